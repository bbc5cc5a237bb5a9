#!/usr/bin/env node
// Benchmarks of the built package (wasm/pkg, `make pkg`): reported, not asserted (see wasm/BENCHMARKS.md).
// The timings are of the main entry `tsb-akutt` (its module without the FHIR functions); the sizes of
// both entries are printed.
//
//   node scripts/bench-wasm.mjs            Node and headless Chromium
//   node scripts/bench-wasm.mjs --node     Node only
//   RUNS=2000 COLD=15 node scripts/bench-wasm.mjs
//
// Cold start: a fresh process (Node) or a fresh browser context (Chromium) reads or fetches the .wasm,
// compiles, instantiates and runs the first evaluation. Warm: one full evaluation through the JS API
// (JS value in, JS object out) of a fully answered input: the first conformance case with every
// instrument added, every item answered.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PKG = path.join(ROOT, 'wasm/pkg');
const RUNS = Number(process.env.RUNS || 2000);
const COLD = Number(process.env.COLD || 15);
const nodeOnly = process.argv.includes('--node');

if (!fs.existsSync(path.join(PKG, 'package.json'))) {
  console.error('wasm/pkg is missing: run scripts/pkg.sh first');
  process.exit(1);
}

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
}
const us = (ms) => `${(ms * 1000).toFixed(1)} µs`;
const ms = (v) => `${v.toFixed(2)} ms`;

// ---- The input ---------------------------------------------------------------------------------------

const { fullInput } = await import(path.join(ROOT, 'wasm/tests/browser/bench-input.mjs'));
const conformance = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/fixtures/conformance.json'), 'utf8'));

// ---- Sizes ---------------------------------------------------------------------------------------------

/** What a browser downloads for one entry: its module, its glue, the JS layer and the entry. */
function sizes(module, glue, entry) {
  const files = [`web/${module}`, `web/${glue}`, 'web/api.js', `web/${entry}`];
  let raw = 0;
  let gz = 0;
  let br = 0;
  for (const f of files) {
    const b = fs.readFileSync(path.join(PKG, f));
    raw += b.length;
    gz += zlib.gzipSync(b, { level: 9 }).length;
    br += zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  const wasm = fs.readFileSync(path.join(PKG, `web/${module}`));
  return {
    wasm: wasm.length,
    wasmGz: zlib.gzipSync(wasm, { level: 9 }).length,
    raw,
    gz,
    br,
  };
}

// ---- Node ----------------------------------------------------------------------------------------------

// Each in a fresh process (V8 reuses a compiled module for the same bytes within one process).
const COLD_STAGES = `
const t0 = performance.now();
const bytes = require('fs').readFileSync(process.argv[1] + '/web/tsb_akutt_wasm_bg.wasm');
const t1 = performance.now();
const module = new WebAssembly.Module(bytes);
const t2 = performance.now();
import(process.argv[1] + '/web/index.js').then((web) => {
  const t3 = performance.now();
  web.initSync({ module });
  const t4 = performance.now();
  web.evaluate(JSON.parse(process.argv[2]));
  const t5 = performance.now();
  console.log(JSON.stringify({ read: t1 - t0, compile: t2 - t1, importJs: t3 - t2, instantiate: t4 - t3,
    first: t5 - t4, total: t5 - t0 }));
});
`;
const COLD_REQUIRE = `
const input = JSON.parse(process.argv[2]);
const t0 = performance.now();
const tsb = require(process.argv[1] + '/node/index.cjs');
const t1 = performance.now();
tsb.evaluate(input);
const t2 = performance.now();
console.log(JSON.stringify({ require: t1 - t0, requireFirst: t2 - t1 }));
`;

function benchWarm(api, input) {
  for (let i = 0; i < 300; i++) api.evaluate(input);
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    api.evaluate(input);
    times.push(performance.now() - t);
  }
  return times;
}

async function benchNode() {
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  const api = require(path.join(PKG, 'node/index.cjs'));
  const raw = require(path.join(PKG, 'node/tsb_akutt_wasm.js'));
  const input = fullInput(api, conformance);
  const json = JSON.stringify(input);

  const cold = [];
  for (let i = 0; i < COLD; i++) {
    const run = (code) => JSON.parse(execFileSync(process.execPath, ['-e', code, PKG, json], { encoding: 'utf8' }));
    cold.push({ ...run(COLD_STAGES), ...run(COLD_REQUIRE) });
  }
  const coldMedian = Object.fromEntries(Object.keys(cold[0]).map((k) => [k, median(cold.map((c) => c[k]))]));

  const evaluate = benchWarm(api, input);
  // The same evaluation without the JS layer (JSON text in): what JSON.stringify and the checks cost.
  for (let i = 0; i < 300; i++) raw.evaluateJson(json);
  const rawTimes = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    raw.evaluateJson(json);
    rawTimes.push(performance.now() - t);
  }
  return { cold: coldMedian, evaluate, rawTimes, version: process.version };
}

// ---- Chromium ------------------------------------------------------------------------------------------

async function benchChromium() {
  const { chromium } = await import('playwright-core');
  const { serve, CHROMIUM } = await import(path.join(ROOT, 'wasm/tests/node/server.mjs'));
  const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
  const server = await serve(() => CSP, { isolated: true });
  const browser = await chromium.launch(CHROMIUM);
  try {
    const version = browser.version();
    const cold = [];
    for (let i = 0; i < COLD; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}/test/bench.html`);
      await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 30_000 });
      const r = await page.evaluate(() => window.__bench);
      if (r.failed) throw new Error(r.failed);
      cold.push(r);
      await context.close();
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/test/bench.html`);
    await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 30_000 });
    const warm = await page.evaluate(
      async ({ runs, conformance: conf }) => {
        const tsb = await import('/pkg/web/index.js');
        const { fullInput: make } = await import('/test/bench-input.mjs');
        const input = make(tsb, conf);
        for (let i = 0; i < 300; i++) tsb.evaluate(input);
        const times = [];
        for (let i = 0; i < runs; i++) {
          const t = performance.now();
          tsb.evaluate(input);
          times.push(performance.now() - t);
        }
        return { times, isolated: window.crossOriginIsolated };
      },
      { runs: RUNS, conformance },
    );
    await context.close();
    const coldMedian = Object.fromEntries(
      Object.keys(cold[0]).filter((k) => typeof cold[0][k] === 'number').map((k) => [k, median(cold.map((c) => c[k]))]),
    );
    return { cold: coldMedian, evaluate: warm.times, isolated: warm.isolated, version };
  } finally {
    await browser.close();
    await server.close();
  }
}

// ---- Report ----------------------------------------------------------------------------------------------

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`# wasm package benchmark (${os.cpus().length} × ${os.cpus()[0].model.trim()}, ${RUNS} runs, ${COLD} cold starts)\n`);
console.log('The timings below are of the main entry `tsb-akutt`; the FHIR entry\'s size is for comparison.\n');
console.log('| size | raw | gzip -9 | brotli 11 |');
console.log('| --- | --- | --- | --- |');
for (const [name, s] of [
  ['`tsb-akutt`', sizes('tsb_akutt_wasm_bg.wasm', 'tsb_akutt_wasm.js', 'index.js')],
  ['`tsb-akutt/fhir`', sizes('tsb_akutt_fhir_bg.wasm', 'tsb_akutt_fhir.js', 'fhir.js')],
]) {
  console.log(`| ${name}: .wasm (wasm-opt -Oz) | ${kb(s.wasm)} | ${kb(s.wasmGz)} | |`);
  console.log(`| ${name}: .wasm + JS glue + JS layer (browser) | ${kb(s.raw)} | ${kb(s.gz)} | ${kb(s.br)} |`);
}
console.log('');

const node = await benchNode();
console.log(`## Node ${node.version}\n`);
console.log('| cold start (median) | time |');
console.log('| --- | --- |');
console.log(`| read the .wasm | ${ms(node.cold.read)} |`);
console.log(`| compile (new WebAssembly.Module) | ${ms(node.cold.compile)} |`);
console.log(`| load the JS (import) | ${ms(node.cold.importJs)} |`);
console.log(`| instantiate (initSync) | ${ms(node.cold.instantiate)} |`);
console.log(`| first evaluation | ${ms(node.cold.first)} |`);
console.log(`| **total: read to first evaluation** | **${ms(node.cold.total)}** |`);
console.log(`| package entry: require('tsb-akutt') (JS, read, compile, instantiate) | ${ms(node.cold.require)} |`);
console.log(`| package entry: then the first evaluation | ${ms(node.cold.requireFirst)} |`);
console.log(`| **package entry: total** | **${ms(node.cold.require + node.cold.requireFirst)}** |`);
console.log('');
console.log('| warm, one full evaluation | median | p99 |');
console.log('| --- | --- | --- |');
console.log(`| evaluate(input) (JS API) | ${us(median(node.evaluate))} | ${us(quantile(node.evaluate, 0.99))} |`);
console.log(`| evaluateJson(text) (raw export, no JS layer) | ${us(median(node.rawTimes))} | ${us(quantile(node.rawTimes, 0.99))} |`);
console.log('');

if (!nodeOnly) {
  const chrome = await benchChromium();
  console.log(`## Chromium ${chrome.version} (headless${chrome.isolated ? ', cross-origin isolated: 5 µs timer' : ''})\n`);
  console.log('| cold start (median, fresh context) | time |');
  console.log('| --- | --- |');
  console.log(`| await init(): fetch, compile and instantiate (streaming) | ${ms(chrome.cold.init)} |`);
  console.log(`| first evaluation | ${ms(chrome.cold.first)} |`);
  console.log(`| **total: init to first evaluation** | **${ms(chrome.cold.init + chrome.cold.first)}** |`);
  console.log(`| from navigation (HTML, JS modules, init, first evaluation) | ${ms(chrome.cold.sinceNavigation)} |`);
  console.log(`| of which: fetch the .wasm (arrayBuffer) | ${ms(chrome.cold.fetch)} |`);
  console.log(`| of which: compile (WebAssembly.compile) | ${ms(chrome.cold.compile)} |`);
  console.log('');
  console.log('| warm, one full evaluation | median | p99 |');
  console.log('| --- | --- | --- |');
  console.log(`| evaluate(input) (JS API) | ${us(median(chrome.evaluate))} | ${us(quantile(chrome.evaluate, 0.99))} |`);
  console.log('');
}
