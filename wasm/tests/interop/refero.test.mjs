// refero render test (issue 14): helsenorge's FHIR form renderer (npm @helsenorge/refero 22.2.1 with
// its pinned peers, installed in wasm/tests/interop/node_modules by scripts/setup.sh) renders the
// Helsenorge flavour of the Questionnaire (`questionnaire({ flavour: 'helsenorge' })`: one
// sdf-Questionnaire per language) in headless Chromium: every item that is enabled from the start is
// rendered, the scored instrument options show their words, and refero reports no error.
//
// The page is bundled with esbuild from refero-entry.jsx. refero's design system imports `.scss`
// modules that need a Sass build of the host's; they are stubbed (class names only), so this test checks
// what refero renders, not how it looks. No CSP on this page: it is a structure test of the third-party
// renderer (the package's own CSP is tested in wasm/tests/node/csp.test.mjs).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../../..');
const require = createRequire(import.meta.url);
const fhir = require(path.join(ROOT, 'wasm/pkg/node/fhir.cjs'));
const { build } = require(path.join(ROOT, 'node_modules/esbuild'));

let dir;
let server;
let base;
let browser;

before(async () => {
  if (!fs.existsSync(path.join(HERE, 'node_modules/@helsenorge/refero'))) {
    throw new Error('refero is missing: run scripts/setup.sh (npm ci in wasm/tests/interop)');
  }
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsb-akutt-refero-'));
  const stub = {
    name: 'scss-modules-as-class-names',
    setup(b) {
      b.onResolve({ filter: /\.s?css$/ }, (a) => ({ path: a.path, namespace: 'style-stub' }));
      b.onLoad({ filter: /.*/, namespace: 'style-stub' }, () => ({
        contents: 'export default new Proxy({}, { get: (_, k) => (typeof k === "string" ? k : undefined) });',
        loader: 'js',
      }));
    },
  };
  await build({
    entryPoints: [path.join(HERE, 'refero-entry.jsx')],
    absWorkingDir: HERE,
    bundle: true,
    format: 'esm',
    outfile: path.join(dir, 'bundle.js'),
    loader: { '.js': 'jsx', '.svg': 'dataurl', '.png': 'dataurl', '.woff': 'empty', '.woff2': 'empty' },
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [stub],
    logLevel: 'error',
  });
  server = http.createServer((req, res) => {
    if (req.url === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><html><head><meta charset="utf-8"></head><body><div id="root"></div><script type="module" src="/bundle.js"></script></body></html>');
    } else if (req.url === '/bundle.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      fs.createReadStream(path.join(dir, 'bundle.js')).pipe(res);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** The items refero shows before any answer: every item outside a disabled (enableWhen) branch. */
function shownAtStart(items, out = []) {
  for (const item of items ?? []) {
    if (item.enableWhen) continue;
    out.push(item);
    shownAtStart(item.item, out);
  }
  return out;
}

/** refero's element id of an item: `item_` and the linkId with its dots as `%2E`. */
const idOf = (linkId) => `item_${linkId.replaceAll('.', '%2E')}`;

for (const lang of ['nb', 'en']) {
  test(`refero renders the Helsenorge flavour (${lang}): every item enabled at the start, no error`, async () => {
    const bundle = fhir.questionnaire({ flavour: 'helsenorge', lang });
    const q = bundle.entry[0].resource;
    assert.equal(q.meta.profile[0], 'http://ehelse.no/fhir/StructureDefinition/sdf-Questionnaire');
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().includes('Failed to load resource')) problems.push(`console: ${m.text()}`);
    });
    try {
      await page.goto(`${base}/`);
      await page.waitForFunction(() => typeof window.renderRefero === 'function');
      await page.evaluate(([questionnaire, language]) => window.renderRefero(questionnaire, language), [q, q.language]);
      await page.waitForSelector(`[id="${idOf('age')}"]`, { timeout: 30_000 });
      const ids = new Set(await page.evaluate(() => [...document.querySelectorAll('[id^="item_"]')].map((e) => e.id)));
      const expected = shownAtStart(q.item);
      assert.ok(expected.length > 60, `${expected.length} items enabled at the start`);
      const missing = expected
        .map((item) => item.linkId)
        .filter((linkId) => ![...ids].some((id) => id === idOf(linkId) || id.startsWith(`${idOf(linkId)}^`) || id.startsWith(`${idOf(linkId)}-`)));
      assert.deepStrictEqual(missing, [], 'items refero did not render');
      // A scored instrument item: its options with their words (refero shows radio buttons or a list).
      const eye = q.item.find((i) => i.linkId === 'instruments.gcs').item.find((i) => i.linkId === 'instruments.gcs.eye');
      const text = await page.locator('#root').innerText();
      for (const option of eye.answerOption) assert.ok(text.includes(option.valueCoding.display), option.valueCoding.display);
      assert.deepStrictEqual(problems, []);
    } finally {
      await page.close();
    }
  });
}
