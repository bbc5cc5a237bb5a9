// The package's TypeScript declarations type-check usage examples that import the package by name, so
// that package.json `exports` "types" is used: wasm/tests/ts/usage.ts (the main entry), usage-fhir.ts
// (`tsb-akutt/fhir`) and usage-cjs.cts (both from CommonJS). Their `@ts-expect-error` lines check that
// wrong item ids, values, instruments and languages are type errors, and that the main entry has no
// FHIR functions. (That the
// declarations of the data match the Rust sources is checked by `cargo test -p tsb-akutt-wasm --test
// types`.)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { PKG, ROOT } from './helpers.mjs';

test('tsc --noEmit over wasm/tests/ts/usage.ts, usage-fhir.ts (lib dom) and usage-cjs.cts (lib dom, and without)', () => {
  const dir = path.join(ROOT, 'wasm/tests/ts');
  const link = path.join(dir, 'node_modules/tsb-akutt');
  fs.mkdirSync(path.dirname(link), { recursive: true });
  fs.rmSync(link, { force: true, recursive: true });
  fs.symlinkSync(path.relative(path.dirname(link), PKG), link, 'dir');
  const tsc = path.join(ROOT, 'node_modules/.bin/tsc');
  for (const config of ['tsconfig.json', 'tsconfig.node.json']) {
    const out = spawnSync(tsc, ['-p', path.join(dir, config)], { encoding: 'utf8' });
    assert.equal(out.status, 0, `tsc -p ${config} failed:\n${out.stdout}${out.stderr}`);
  }
});
