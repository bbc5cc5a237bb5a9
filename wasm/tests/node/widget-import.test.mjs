// The widget module imported where there is no DOM (a portal that renders on the server in Node): it
// defines nothing and throws nothing, and exports its class and `configure` (issue 14).
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { PKG } from './helpers.mjs';

test('tsb-akutt/widget imports in Node without a DOM', async () => {
  assert.equal(typeof globalThis.HTMLElement, 'undefined');
  assert.equal(typeof globalThis.customElements, 'undefined');
  const widget = await import(pathToFileURL(path.join(PKG, 'web', 'widget.js')).href);
  assert.equal(typeof widget.configure, 'function');
  assert.equal(typeof widget.TsbAkuttVurdering, 'function');
  // Configuring before any element exists is allowed and does not load anything.
  widget.configure({ wasmUrl: '/assets/tsb_akutt_wasm_bg.wasm' });
});
