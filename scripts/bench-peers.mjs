#!/usr/bin/env node
// The peer benchmark (issue 15): tsb-akutt through its JS API against fhirpath.js (an expression
// compiled once, with the R4 model) and json-logic-js, on the same AUDIT-C sum, in one run; then our
// evaluate() and the weight of our widget page. Reported, not asserted (see BENCHMARKS.md, "Peers").
//
//   make bench-peers                          builds the package, runs this with --write
//   node scripts/bench-peers.mjs              prints the table (needs wasm/pkg: scripts/pkg.sh)
//   node scripts/bench-peers.mjs --write      and replaces the marked section of BENCHMARKS.md
//   node scripts/bench-peers.mjs --node       without Chromium
//   RUNS=5 COLD=7 RUN_MS=200 node scripts/bench-peers.mjs
//
// The same answers for all three (AUDIT-C 3, 2, 1: the sum 6), each in its own natural input:
//   tsb-akutt     score('audit_c', { q1: 3, q2: 2, q3: 1 })   the whole ScoreReport (band, texts, source)
//   fhirpath.js   compile('item.answer.value.sum()', r4) once, then the compiled function on a
//                 QuestionnaireResponse with the three answers as valueInteger (its only items); also, in a
//                 row of its own, an expression that picks the three items by linkId, as a response with
//                 more items would need
//   json-logic    apply({ '+': [{ var: 'q1' }, { var: 'q2' }, { var: 'q3' }] }, { q1: 3, q2: 2, q3: 1 })
// Each must give 6 before anything is timed (the script aborts otherwise).
//
// Warm: after a warm-up (which also sets the number of calls so that one run takes RUN_MS), RUNS runs of
// each, interleaved (so that a change of load hits all alike); a run's time per call is its total time
// divided by its calls; the table gives the median over the runs, and the ratio peer ÷ tsb-akutt (above 1:
// tsb-akutt is faster). Cold: COLD fresh Node processes per tool (and per module system), timed inside the
// process from before the import to after the first result; in Chromium, COLD fresh browser contexts, timed
// from navigation start. Sizes: what a browser downloads for our widget page, found by following the static
// imports from web/widget.js (language modules, loaded on demand, are not counted) and the `.wasm` each
// glue names; gzip -9 and brotli 11 per file, summed.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PKG = path.join(ROOT, 'wasm/pkg');
const BENCHMARKS = path.join(ROOT, 'BENCHMARKS.md');
const RUNS = Number(process.env.RUNS || 5);
const COLD = Number(process.env.COLD || 7);
const RUN_MS = Number(process.env.RUN_MS || 200);
const write = process.argv.includes('--write');
const nodeOnly = process.argv.includes('--node');
const require = createRequire(import.meta.url);

if (!fs.existsSync(path.join(PKG, 'package.json'))) {
  console.error('wasm/pkg is missing: run scripts/pkg.sh (make bench-peers does)');
  process.exit(1);
}
for (const dep of ['fhirpath', 'json-logic-js', 'esbuild']) {
  try {
    require.resolve(`${dep}/package.json`);
  } catch {
    console.error(`${dep} is missing (node_modules): run scripts/setup.sh (npm ci)`);
    process.exit(1);
  }
}

const versionOf = (dep) => require(`${dep}/package.json`).version;
const FHIRPATH_VERSION = versionOf('fhirpath');
const JSONLOGIC_VERSION = versionOf('json-logic-js');
const OURS_VERSION = JSON.parse(fs.readFileSync(path.join(PKG, 'package.json'), 'utf8')).version;

// ---- The task: the same AUDIT-C answers for all three ----------------------------------------------------

const ANSWERS = { q1: 3, q2: 2, q3: 1 };
const EXPECTED = 6;
const FHIRPATH_EXPRESSION = 'item.answer.value.sum()';
const FHIRPATH_BY_LINK_ID = "item.where(linkId in ('q1' | 'q2' | 'q3')).answer.value.sum()";
const QUESTIONNAIRE_RESPONSE = {
  resourceType: 'QuestionnaireResponse',
  status: 'completed',
  item: Object.entries(ANSWERS).map(([linkId, v]) => ({ linkId, answer: [{ valueInteger: v }] })),
};
const JSONLOGIC_RULE = { '+': Object.keys(ANSWERS).map((q) => ({ var: q })) };
// Our evaluate(): the full input of scripts/bench-wasm.mjs, and the three answers of `make bench`'s partial case.
const THREE_ANSWERS = { answers: { age: 33, sex: 'male', substances: ['benzodiazepines'] } };

// ---- Statistics and formatting ---------------------------------------------------------------------------

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
const stat = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length });
const fmtUs = (msPerCall) => {
  const v = msPerCall * 1000;
  return `${v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0)} µs`;
};
const fmtMs = (v) => `${v < 10 ? v.toFixed(2) : v.toFixed(1)} ms`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ratio = (peer, ours) => `${(peer / ours).toFixed(2)}×`;

// ---- Warm timing (the same function runs in Node and, as source, in the page) -----------------------------

/**
 * `ops`: [name, fn] pairs, each fn returning a number. Warms each up (at least 1000 calls and runMs / 2),
 * sets its calls per run from that, then `runs` interleaved runs; returns each op's time per call (ms)
 * in each run.
 */
function warmRuns(ops, runs, runMs) {
  const now = () => performance.now();
  let sink = 0;
  const calls = {};
  const perCall = {};
  for (const [name, fn] of ops) {
    let n = 0;
    const t0 = now();
    while (n < 1000 || now() - t0 < runMs / 2) {
      sink += fn();
      n++;
    }
    calls[name] = Math.max(10, Math.round(runMs / ((now() - t0) / n)));
    perCall[name] = [];
  }
  for (let r = 0; r < runs; r++) {
    for (const [name, fn] of ops) {
      const n = calls[name];
      const t0 = now();
      for (let i = 0; i < n; i++) sink += fn();
      perCall[name].push((now() - t0) / n);
    }
  }
  return { perCall, calls, sink };
}

// ---- Node: warm ------------------------------------------------------------------------------------------

async function nodeWarm() {
  const ours = require(path.join(PKG, 'node/index.cjs'));
  const fhirpath = (await import('fhirpath')).default;
  const r4 = (await import('fhirpath/fhir-context/r4')).default;
  const jsonLogic = (await import('json-logic-js')).default;
  const { fullInput } = await import(pathToFileURL(path.join(ROOT, 'wasm/tests/browser/bench-input.mjs')).href);
  const conformance = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/fixtures/conformance.json'), 'utf8'));
  const full = fullInput(ours, conformance);
  const compiled = fhirpath.compile(FHIRPATH_EXPRESSION, r4);
  const byLinkId = fhirpath.compile(FHIRPATH_BY_LINK_ID, r4);

  // Every tool computes the same sum before anything is timed.
  const got = {
    'tsb-akutt': ours.score('audit_c', ANSWERS).total,
    fhirpath: compiled(QUESTIONNAIRE_RESPONSE),
    'fhirpath (by linkId)': byLinkId(QUESTIONNAIRE_RESPONSE),
    'json-logic': jsonLogic.apply(JSONLOGIC_RULE, ANSWERS),
  };
  check(got);
  // Both evaluate() inputs are valid (evaluate throws otherwise).
  ours.evaluate(full);
  ours.evaluate(THREE_ANSWERS);

  const ops = [
    ['ours', () => ours.score('audit_c', ANSWERS).total],
    ['fhirpath', () => compiled(QUESTIONNAIRE_RESPONSE)[0]],
    ['jsonLogic', () => jsonLogic.apply(JSONLOGIC_RULE, ANSWERS)],
    ['fhirpathByLinkId', () => byLinkId(QUESTIONNAIRE_RESPONSE)[0]],
    ['evaluateFull', () => (ours.evaluate(full).routing ? 1 : 0)],
    ['evaluateThree', () => (ours.evaluate(THREE_ANSWERS).routing ? 1 : 0)],
  ];
  const { perCall, calls } = warmRuns(ops, RUNS, RUN_MS);
  return { perCall, calls, full };
}

function check(got) {
  const wrong = Object.entries(got).filter(([, v]) => !(v === EXPECTED || (Array.isArray(v) && v.length === 1 && v[0] === EXPECTED)));
  if (wrong.length) {
    console.error(`not the same sum (expected ${EXPECTED}): ${JSON.stringify(got)}`);
    process.exit(1);
  }
}

// ---- Node: cold start in fresh processes -------------------------------------------------------------------

const url = (spec) => import.meta.resolve(spec);
const NODE_COLD = {
  esm: {
    ours: `
      const t0 = performance.now();
      const tsb = await import(${JSON.stringify(pathToFileURL(path.join(PKG, 'node/index.mjs')).href)});
      const t1 = performance.now();
      const v = tsb.score('audit_c', ${JSON.stringify(ANSWERS)}).total;
      const t2 = performance.now();
      console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1, value: v }));`,
    fhirpath: `
      const t0 = performance.now();
      const fhirpath = (await import(${JSON.stringify(url('fhirpath'))})).default;
      const r4 = (await import(${JSON.stringify(url('fhirpath/fhir-context/r4'))})).default;
      const t1 = performance.now();
      const v = fhirpath.compile(${JSON.stringify(FHIRPATH_EXPRESSION)}, r4)(${JSON.stringify(QUESTIONNAIRE_RESPONSE)})[0];
      const t2 = performance.now();
      console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1, value: v }));`,
    jsonLogic: `
      const t0 = performance.now();
      const jsonLogic = (await import(${JSON.stringify(url('json-logic-js'))})).default;
      const t1 = performance.now();
      const v = jsonLogic.apply(${JSON.stringify(JSONLOGIC_RULE)}, ${JSON.stringify(ANSWERS)});
      const t2 = performance.now();
      console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1, value: v }));`,
  },
  cjs: {
    ours: `
      const t0 = performance.now();
      const tsb = require(${JSON.stringify(path.join(PKG, 'node/index.cjs'))});
      const t1 = performance.now();
      const v = tsb.score('audit_c', ${JSON.stringify(ANSWERS)}).total;
      const t2 = performance.now();
      console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1, value: v }));`,
    fhirpath: `
      const t0 = performance.now();
      const fhirpath = require(${JSON.stringify(require.resolve('fhirpath'))});
      const r4 = require(${JSON.stringify(require.resolve('fhirpath/fhir-context/r4'))});
      const t1 = performance.now();
      const v = fhirpath.compile(${JSON.stringify(FHIRPATH_EXPRESSION)}, r4)(${JSON.stringify(QUESTIONNAIRE_RESPONSE)})[0];
      const t2 = performance.now();
      console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1, value: v }));`,
    jsonLogic: `
      const t0 = performance.now();
      const jsonLogic = require(${JSON.stringify(require.resolve('json-logic-js'))});
      const t1 = performance.now();
      const v = jsonLogic.apply(${JSON.stringify(JSONLOGIC_RULE)}, ${JSON.stringify(ANSWERS)});
      const t2 = performance.now();
      console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1, value: v }));`,
  },
};

function nodeCold() {
  const out = {};
  for (let i = 0; i < COLD; i++) {
    for (const [system, tools] of Object.entries(NODE_COLD)) {
      for (const [tool, code] of Object.entries(tools)) {
        const args = system === 'esm' ? ['--input-type=module', '-e', code] : ['-e', code];
        const r = JSON.parse(execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' }));
        if (r.value !== EXPECTED) throw new Error(`cold ${system} ${tool}: got ${r.value}, expected ${EXPECTED}`);
        ((out[system] ||= {})[tool] ||= []).push({ load: r.load, first: r.first, total: r.load + r.first });
      }
    }
  }
  return out;
}

// ---- Sizes: our widget page ------------------------------------------------------------------------------

const esbuild = (await import('esbuild')).default;

/** The files a browser downloads for a page with web/widget.js: its static import graph and the .wasm of each glue. */
async function widgetPageFiles() {
  const entry = path.join(PKG, 'web/widget.js');
  const result = await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    format: 'esm',
    metafile: true,
    logLevel: 'silent',
    plugins: [
      {
        // Loaded on demand (language modules): not part of the default page, and need not exist.
        name: 'dynamic-imports-external',
        setup(build) {
          build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
        },
      },
    ],
  });
  const inputs = result.metafile.inputs;
  const files = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    for (const imp of inputs[file]?.imports ?? []) {
      if (imp.kind === 'import-statement' && !imp.external) visit(imp.path);
    }
  };
  visit(path.relative(ROOT, entry));
  for (const file of [...files]) {
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    for (const m of text.matchAll(/new URL\(\s*["'`]([^"'`]+\.wasm)["'`]\s*,\s*import\.meta\.url\s*\)/g)) {
      files.add(path.join(path.dirname(file), m[1]));
    }
  }
  if (![...files].some((f) => f.endsWith('.wasm'))) throw new Error('no .wasm found in the widget page\'s import graph');
  return [...files].sort();
}

function compressed(bytes) {
  return {
    raw: bytes.length,
    gz: zlib.gzipSync(bytes, { level: 9 }).length,
    br: zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

async function sizes() {
  const files = await widgetPageFiles();
  const each = files.map((f) => ({ file: path.relative(PKG, path.join(ROOT, f)), ...compressed(fs.readFileSync(path.join(ROOT, f))) }));
  const sum = (list, k) => list.reduce((s, x) => s + x[k], 0);
  const total = { raw: sum(each, 'raw'), gz: sum(each, 'gz'), br: sum(each, 'br') };
  const engineFiles = each.filter((x) => !x.file.endsWith('widget.js'));
  const engine = { raw: sum(engineFiles, 'raw'), gz: sum(engineFiles, 'gz'), br: sum(engineFiles, 'br') };
  return { each, total, engine };
}

/** The peers as a page would ship them: one ES module each, bundled and minified by esbuild. */
async function peerBundles() {
  const bundle = async (contents) => {
    const r = await esbuild.build({
      stdin: { contents, resolveDir: ROOT, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    return Buffer.from(r.outputFiles[0].contents);
  };
  return {
    fhirpath: await bundle(
      "export { default as fhirpath } from 'fhirpath'; export { default as r4 } from 'fhirpath/fhir-context/r4';",
    ),
    jsonLogic: await bundle("export { default as jsonLogic } from 'json-logic-js';"),
  };
}

// ---- Chromium ------------------------------------------------------------------------------------------

const page = (body) => `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>bench-peers</title></head>\n<body>${body}</body></html>\n`;
const coldScript = (load, first) => `<script type="module">
try {
  const t0 = performance.now();
  ${load}
  const t1 = performance.now();
  const value = ${first};
  const t2 = performance.now();
  window.__bench = { load: t1 - t0, first: t2 - t1, sinceNavigation: t2, value };
} catch (e) { window.__bench = { failed: String(e && e.stack || e) }; }
</script>`;

function chromiumPages(params) {
  const answers = JSON.stringify(ANSWERS);
  return {
    '/cold/ours.html': page(
      coldScript(
        "const tsb = await import('/pkg/web/index.js'); await tsb.default();",
        `tsb.score('audit_c', ${answers}).total`,
      ),
    ),
    '/cold/fhirpath.html': page(
      coldScript(
        "const { fhirpath, r4 } = await import('/peer/fhirpath.js');",
        `fhirpath.compile(${JSON.stringify(FHIRPATH_EXPRESSION)}, r4)(${JSON.stringify(QUESTIONNAIRE_RESPONSE)})[0]`,
      ),
    ),
    '/cold/json-logic.html': page(
      coldScript(
        "const { jsonLogic } = await import('/peer/json-logic.js');",
        `jsonLogic.apply(${JSON.stringify(JSONLOGIC_RULE)}, ${answers})`,
      ),
    ),
    // The drop-in widget as a host page embeds it; the widget marks its first render (performance.mark).
    '/cold/widget.html': page(
      '<script type="module" src="/pkg/web/widget.js"></script>\n<tsb-akutt-vurdering lang="nb" mode="clinician"></tsb-akutt-vurdering>',
    ),
    '/warm.html': page(`<script type="module">
try {
  const tsb = await import('/pkg/web/index.js');
  await tsb.default();
  const { fhirpath, r4 } = await import('/peer/fhirpath.js');
  const { jsonLogic } = await import('/peer/json-logic.js');
  const { warmRuns } = await import('/bench/warm.js');
  const p = ${JSON.stringify(params)};
  const compiled = fhirpath.compile(p.expression, r4);
  const byLinkId = fhirpath.compile(p.byLinkId, r4);
  const got = { ours: tsb.score('audit_c', p.answers).total, fhirpath: compiled(p.qr)[0], byLinkId: byLinkId(p.qr)[0],
    jsonLogic: jsonLogic.apply(p.rule, p.answers) };
  if (Object.values(got).some((v) => v !== p.expected)) throw new Error('not the same sum: ' + JSON.stringify(got));
  const ops = [
    ['ours', () => tsb.score('audit_c', p.answers).total],
    ['fhirpath', () => compiled(p.qr)[0]],
    ['jsonLogic', () => jsonLogic.apply(p.rule, p.answers)],
    ['fhirpathByLinkId', () => byLinkId(p.qr)[0]],
    ['evaluateFull', () => (tsb.evaluate(p.full).routing ? 1 : 0)],
    ['evaluateThree', () => (tsb.evaluate(p.three).routing ? 1 : 0)],
  ];
  window.__bench = { ...warmRuns(ops, p.runs, p.runMs), isolated: window.crossOriginIsolated };
} catch (e) { window.__bench = { failed: String(e && e.stack || e) }; }
</script>`),
  };
}

function startServer(files) {
  const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json' };
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://127.0.0.1');
    let body = files[pathname];
    if (body === undefined && pathname.startsWith('/pkg/')) {
      const p = path.normalize(path.join(PKG, decodeURIComponent(pathname.slice(5))));
      if (p.startsWith(PKG + path.sep) && fs.existsSync(p) && fs.statSync(p).isFile()) body = fs.readFileSync(p);
    }
    if (body === undefined) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(pathname)] || 'application/octet-stream',
      'Cache-Control': 'no-store',
      // Cross-origin isolated: a 5 µs timer in the page.
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
    });
    res.end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

async function chromium(bundles, full) {
  let playwright;
  let CHROMIUM;
  try {
    playwright = await import('playwright-core');
    ({ CHROMIUM } = await import(pathToFileURL(path.join(ROOT, 'wasm/tests/node/server.mjs')).href));
  } catch (e) {
    return { skipped: `playwright-core not available (${e.message})` };
  }
  if (!fs.existsSync(CHROMIUM.executablePath)) return { skipped: `no Chromium at ${CHROMIUM.executablePath}` };

  const params = {
    expression: FHIRPATH_EXPRESSION,
    byLinkId: FHIRPATH_BY_LINK_ID,
    qr: QUESTIONNAIRE_RESPONSE,
    rule: JSONLOGIC_RULE,
    answers: ANSWERS,
    expected: EXPECTED,
    full,
    three: THREE_ANSWERS,
    runs: RUNS,
    runMs: RUN_MS,
  };
  const server = await startServer({
    ...chromiumPages(params),
    '/peer/fhirpath.js': bundles.fhirpath,
    '/peer/json-logic.js': bundles.jsonLogic,
    '/bench/warm.js': `export ${warmRuns.toString()}\n`,
  });
  const browser = await playwright.chromium.launch(CHROMIUM);
  try {
    const version = browser.version();
    const open = async (pathname, ready) => {
      const context = await browser.newContext();
      const p = await context.newPage();
      const errors = [];
      p.on('pageerror', (e) => errors.push(String(e)));
      await p.goto(`${server.url}${pathname}`);
      try {
        await p.waitForFunction(ready, null, { timeout: 120_000 });
      } catch (e) {
        throw new Error(`${pathname}: ${e.message} ${errors.join('; ')}`);
      }
      return { p, context };
    };
    const cold = {};
    for (let i = 0; i < COLD; i++) {
      for (const [tool, pathname] of [['ours', '/cold/ours.html'], ['fhirpath', '/cold/fhirpath.html'], ['jsonLogic', '/cold/json-logic.html']]) {
        const { p, context } = await open(pathname, () => window.__bench !== undefined);
        const r = await p.evaluate(() => window.__bench);
        await context.close();
        if (r.failed) throw new Error(`${pathname}: ${r.failed}`);
        if (r.value !== EXPECTED) throw new Error(`${pathname}: got ${r.value}, expected ${EXPECTED}`);
        (cold[tool] ||= []).push({ ...r, total: r.load + r.first });
      }
      // The widget page: navigation start to the widget's first render (its form, evaluation and result).
      const { p, context } = await open('/cold/widget.html', () => performance.getEntriesByName('tsb-akutt:first-render').length > 0);
      const r = await p.evaluate(() => {
        const at = (n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN;
        return { engine: at('tsb-akutt:engine-ready'), render: at('tsb-akutt:first-render') };
      });
      await context.close();
      (cold.widget ||= []).push(r);
    }
    const { p, context } = await open('/warm.html', () => window.__bench !== undefined);
    const warm = await p.evaluate(() => window.__bench);
    await context.close();
    if (warm.failed) throw new Error(`/warm.html: ${warm.failed}`);
    return { version, cold, warm };
  } finally {
    await browser.close();
    await server.close();
  }
}

// ---- Run ---------------------------------------------------------------------------------------------------

const cpus = os.cpus();
const machine = {
  cpu: cpus[0].model.replace(/\s+/g, ' ').trim(),
  cores: cpus.length,
  load: os.loadavg()[0],
  node: process.version,
  date: new Date().toISOString().slice(0, 10),
  tree: gitTree(),
};
/** The commit the package was built from, and whether the package's sources had uncommitted changes. */
function gitTree() {
  const sources = ['core', 'wasm', 'demo-web/widget.js', 'Cargo.toml', 'Cargo.lock', 'scripts/pkg.sh', 'scripts/minify.mjs'];
  try {
    const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
    const commit = git('rev-parse', '--short', 'HEAD');
    const dirty = git('status', '--porcelain', '--untracked-files=no', '--', ...sources);
    return `${commit}${dirty ? ' with uncommitted changes to its sources' : ''}`;
  } catch {
    return 'an unknown commit';
  }
}
console.error(`[bench-peers] ${machine.cores} × ${machine.cpu}, Node ${machine.node}, ${RUNS} runs of ${RUN_MS} ms, ${COLD} cold starts`);

const size = await sizes();
const bundles = await peerBundles();
console.error('[bench-peers] Node: warm');
const node = await nodeWarm();
console.error('[bench-peers] Node: cold starts');
const cold = nodeCold();
let chrome = { skipped: 'not run (--node)' };
if (!nodeOnly) {
  console.error('[bench-peers] Chromium: cold starts and warm');
  chrome = await chromium(bundles, node.full);
}
machine.loadAfter = os.loadavg()[0];

// ---- Report ------------------------------------------------------------------------------------------------

const W = Object.fromEntries(Object.entries(node.perCall).map(([k, v]) => [k, stat(v)]));
const CW = chrome.warm ? Object.fromEntries(Object.entries(chrome.warm.perCall).map(([k, v]) => [k, stat(v)])) : null;
const coldStat = (runs, k = 'total') => stat(runs.map((r) => r[k]));
const range = (s, f) => `${f(s.min).replace(/ .*/, '')}–${f(s.max)}`;
const warmCell = (s, ours) => `${fmtUs(s.median)}${ours ? ` = ${ratio(s.median, ours.median)}` : ''}`;
const coldCell = (s, ours) => `${fmtMs(s.median)}${ours ? ` = ${ratio(s.median, ours.median)}` : ''}`;

const lines = [];
// Prose wrapped at 110 columns as the rest of BENCHMARKS.md; table rows as they are.
const add = (s = '') => lines.push(s.startsWith('|') ? s : wrap(s, 110));
function wrap(text, width) {
  const out = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) out.push(line);
  return out.join('\n');
}
const chromeLabel = chrome.version ? `Chromium ${chrome.version}` : 'Chromium';
add(
  `Measured ${machine.date} by \`make bench-peers\` (\`node scripts/bench-peers.mjs --write\`, RUNS=${RUNS}, ` +
    `RUN_MS=${RUN_MS}, COLD=${COLD}) on ${machine.cores} × ${machine.cpu}, Node ${machine.node}` +
    `${chrome.version ? `, ${chromeLabel} headless` : ''}; load average ${machine.load.toFixed(2)} before, ` +
    `${machine.loadAfter.toFixed(2)} after. tsb-akutt ${OURS_VERSION} (\`wasm/pkg\` as built from ${machine.tree}), fhirpath.js ` +
    `${FHIRPATH_VERSION}, json-logic-js ${JSONLOGIC_VERSION}.`,
);
add();
add(
  'The same AUDIT-C answers (3, 2, 1: sum 6, checked for each before timing): tsb-akutt `score(\'audit_c\', { q1, q2, q3 })` ' +
    '(the whole report: total, band, texts, source); fhirpath.js with `' + FHIRPATH_EXPRESSION + '` compiled once ' +
    '(`fhirpath.compile(expression, r4)`, the R4 model) on a QuestionnaireResponse whose only items are the three ' +
    'answers (`valueInteger`); json-logic-js ' +
    '`apply({ "+": [{ "var": "q1" }, { "var": "q2" }, { "var": "q3" }] }, answers)`. Warm: median over ' +
    `${RUNS} interleaved runs of about ${RUN_MS} ms each (time per call = a run's time ÷ its calls), after a warm-up; ` +
    `min–max of the runs in brackets. Cold: median of ${COLD} fresh processes (Node) or fresh browser contexts ` +
    '(Chromium; the peers bundled and minified by esbuild, everything served from 127.0.0.1), timed from before the ' +
    'import to after the first result; in Chromium also from navigation start, which adds the same page load to ' +
    'all three. × = peer ÷ tsb-akutt: above 1, tsb-akutt is faster.',
);
add();
add(`| | tsb-akutt | fhirpath.js, precompiled | json-logic-js |`);
add('| --- | ---: | ---: | ---: |');
add(
  `| one AUDIT-C sum through the JS API, warm, Node | **${fmtUs(W.ours.median)}** (${range(W.ours, fmtUs)}) | ` +
    `${warmCell(W.fhirpath, W.ours)} (${range(W.fhirpath, fmtUs)}) | ${warmCell(W.jsonLogic, W.ours)} (${range(W.jsonLogic, fmtUs)}) |`,
);
if (CW) {
  add(
    `| the same, warm, Chromium | **${fmtUs(CW.ours.median)}** (${range(CW.ours, fmtUs)}) | ` +
      `${warmCell(CW.fhirpath, CW.ours)} (${range(CW.fhirpath, fmtUs)}) | ${warmCell(CW.jsonLogic, CW.ours)} (${range(CW.jsonLogic, fmtUs)}) |`,
  );
}
// A pipe inside a table cell must be escaped, even in code.
add(
  `| the same, fhirpath.js picking the three items by linkId: \`${FHIRPATH_BY_LINK_ID.replaceAll('|', '\\|')}\` ` +
    `(Node${CW ? ' / Chromium' : ''}) | as above | ${warmCell(W.fhirpathByLinkId, W.ours)}` +
    `${CW ? ` / ${warmCell(CW.fhirpathByLinkId, CW.ours)}` : ''} | |`,
);
for (const [system, label] of [['esm', '`import()`'], ['cjs', '`require()`']]) {
  const c = cold[system];
  const o = coldStat(c.ours);
  add(
    `| cold start, Node, ${label} + first sum (fhirpath.js: + R4 model + compile) | **${fmtMs(o.median)}** ` +
      `(import ${fmtMs(coldStat(c.ours, 'load').median)}) | ${coldCell(coldStat(c.fhirpath), o)} ` +
      `(import ${fmtMs(coldStat(c.fhirpath, 'load').median)}) | ${coldCell(coldStat(c.jsonLogic), o)} |`,
  );
}
if (chrome.cold) {
  const c = chrome.cold;
  const o = coldStat(c.ours);
  const nav = (tool) => `from navigation ${fmtMs(coldStat(c[tool], 'sinceNavigation').median)}`;
  add(
    `| cold start, Chromium, fresh context, \`import()\` + first sum (ours: + \`init()\`; fhirpath.js: + compile) | ` +
      `**${fmtMs(o.median)}** (${nav('ours')}) | ${coldCell(coldStat(c.fhirpath), o)} (${nav('fhirpath')}) | ` +
      `${coldCell(coldStat(c.jsonLogic), o)} (${nav('jsonLogic')}) |`,
  );
}
const fp = compressed(bundles.fhirpath);
const jl = compressed(bundles.jsonLogic);
add(
  `| what a browser downloads for the sum: gzip / brotli (raw) | ${kb(size.engine.gz)} / ${kb(size.engine.br)} (${kb(size.engine.raw)}) ` +
    `| ${kb(fp.gz)} / ${kb(fp.br)} (${kb(fp.raw)}) | ${kb(jl.gz)} / ${kb(jl.br)} (${kb(jl.raw)}) |`,
);
add();
add(
  'Our engine in that last row is the widget page\'s files without widget.js (module, glue, JS layer, entry); ' +
    'fhirpath.js includes its R4 model, which the compiled expression needs. json-logic-js is an expression ' +
    'evaluator without a model, validation or texts; fhirpath.js a FHIRPath engine; tsb-akutt validates the ' +
    'answers and returns a report with the band, its texts and source.',
);
add();
add(`| tsb-akutt only | Node | ${chrome.version ? 'Chromium' : 'Chromium (not run)'} |`);
add('| --- | ---: | ---: |');
add(
  `| \`evaluate()\`, full input (every item and instrument; scripts/bench-wasm.mjs's), warm | **${fmtUs(W.evaluateFull.median)}** ` +
    `(${range(W.evaluateFull, fmtUs)}) | ${CW ? `**${fmtUs(CW.evaluateFull.median)}** (${range(CW.evaluateFull, fmtUs)})` : '—'} |`,
);
add(
  `| \`evaluate()\`, three answers (age, sex, substances: \`make bench\`'s partial case), warm | **${fmtUs(W.evaluateThree.median)}** ` +
    `(${range(W.evaluateThree, fmtUs)}) | ${CW ? `**${fmtUs(CW.evaluateThree.median)}** (${range(CW.evaluateThree, fmtUs)})` : '—'} |`,
);
if (chrome.cold) {
  const w = chrome.cold.widget;
  const render = stat(w.map((x) => x.render).filter(Number.isFinite));
  const engine = stat(w.map((x) => x.engine).filter(Number.isFinite));
  add(
    `| the widget page, cold: navigation to the widget's first render (engine ready at) | — | ` +
      `**${fmtMs(render.median)}** (${fmtMs(engine.median)}) |`,
  );
}
add();
add('| our widget page, as a browser downloads it | raw | gzip -9 | brotli 11 |');
add('| --- | ---: | ---: | ---: |');
for (const f of size.each) add(`| \`${f.file}\` | ${kb(f.raw)} | ${kb(f.gz)} | ${kb(f.br)} |`);
add(`| **total** (the files above; no HTML) | ${kb(size.total.raw)} | **${kb(size.total.gz)}** | **${kb(size.total.br)}** |`);
add();
add(
  `Files found from \`web/widget.js\` by its static imports and the \`.wasm\` each glue names (modules loaded on demand, ` +
    'such as language modules, are not counted); each file compressed on its own, as a server sends it. For ' +
    'comparison, not measured by this script (measured once outside this repository, issue 15), the gzip weight ' +
    'of a page with a form of LHC-Forms: 806.6 KB; of refero with React: 793.7 KB.',
);
if (chrome.skipped) add(`\nChromium: ${chrome.skipped}.`);

const report = lines.join('\n');
console.log(report);

// Calls per run, for the record (stderr: not part of the table).
console.error(`[bench-peers] calls per run, Node: ${JSON.stringify(node.calls)}${chrome.warm ? `; Chromium: ${JSON.stringify(chrome.warm.calls)}` : ''}`);

if (write) {
  const START = '<!-- bench-peers:start -->';
  const END = '<!-- bench-peers:end -->';
  let text = fs.readFileSync(BENCHMARKS, 'utf8');
  if (!text.includes(START) || !text.includes(END)) {
    text =
      `${text.replace(/\s*$/, '\n')}\n## Peers (issue 15)\n\n` +
      wrap(
        'tsb-akutt against fhirpath.js and json-logic-js on the same AUDIT-C sum, our `evaluate()` and the weight ' +
          'of our widget page, in one run: `make bench-peers` (builds the package, then `node ' +
          'scripts/bench-peers.mjs --write`, which replaces what is between the markers below). Reported, not ' +
          'asserted; the ratios within one run hold better than the absolute times on this shared machine.',
        110,
      ) +
      `\n\n${START}\n${END}\n`;
  }
  const before = text.slice(0, text.indexOf(START) + START.length);
  const after = text.slice(text.indexOf(END));
  fs.writeFileSync(BENCHMARKS, `${before}\n${report}\n${after}`);
  console.error(`[bench-peers] wrote the section of ${path.relative(ROOT, BENCHMARKS)}`);
}
