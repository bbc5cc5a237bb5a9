// A page bundled with esbuild that loads the widget with the module URL option (issue 14). esbuild
// bundles the package's JS but, unlike Vite and webpack 5, does not copy the `.wasm` that the glue finds
// with `new URL(…, import.meta.url)`: the page copies it to /assets/ and says so with the widget's
// `wasm-url` attribute, under the strict CSP, and the widget evaluates.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { PKG, ROOT } from './helpers.mjs';
import { CHROMIUM } from './server.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
let dir;
let server;
let url;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsb-esbuild-'));
  // The package as an installed dependency of the page's project.
  fs.mkdirSync(path.join(dir, 'node_modules'));
  fs.symlinkSync(PKG, path.join(dir, 'node_modules', 'tsb-akutt'), 'dir');
  fs.writeFileSync(
    path.join(dir, 'entry.js'),
    `import 'tsb-akutt/widget';
const el = document.querySelector('tsb-akutt-vurdering');
el.ready.then(() => {
  el.answers = { age: 30, sex: 'male', substances: ['ghb'], consciousness: 'unresponsive' };
  window.__result = {
    level: el.evaluation && el.evaluation.routing.level,
    wasm: performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.wasm')),
  };
}, (e) => { window.__result = { failed: String(e) }; });
`,
  );
  const esbuild = await import(path.join(ROOT, 'node_modules', 'esbuild', 'lib', 'main.js'));
  await esbuild.build({
    entryPoints: [path.join(dir, 'entry.js')],
    bundle: true,
    format: 'esm',
    outfile: path.join(dir, 'site', 'app.js'),
    logLevel: 'silent',
  });
  fs.mkdirSync(path.join(dir, 'site', 'assets'));
  fs.copyFileSync(path.join(PKG, 'web', 'tsb_akutt_wasm_bg.wasm'), path.join(dir, 'site', 'assets', 'tsb_akutt_wasm_bg.wasm'));
  fs.writeFileSync(
    path.join(dir, 'site', 'index.html'),
    '<!doctype html><html lang="nb"><title>esbuild</title>' +
      '<tsb-akutt-vurdering wasm-url="/assets/tsb_akutt_wasm_bg.wasm"></tsb-akutt-vurdering>' +
      '<script type="module" src="/app.js"></script></html>',
  );
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };
  server = http.createServer((req, res) => {
    const pathname = new URL(req.url, 'http://127.0.0.1').pathname;
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = path.join(dir, 'site', pathname === '/' ? 'index.html' : pathname);
    if (!file.startsWith(path.join(dir, 'site')) || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream', 'Content-Security-Policy': CSP });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${server.address().port}/`;
});

after(async () => {
  await new Promise((r) => server?.close(r));
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test('an esbuild bundle loads the widget with wasm-url under the strict CSP', async () => {
  const browser = await chromium.launch(CHROMIUM);
  try {
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.goto(url);
    await page.waitForFunction(() => window.__result !== undefined, null, { timeout: 30_000 });
    const r = await page.evaluate(() => window.__result);
    assert.equal(r.failed, undefined, r.failed);
    assert.equal(r.level, 'emergency_113');
    assert.deepEqual(r.wasm, ['/assets/tsb_akutt_wasm_bg.wasm']);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
  }
});
