#!/usr/bin/env node
// A/B timing of two or more builds of the main module, in one Node process: the raw wasm exports
// (JSON text in, JSON text out; no JS layer), interleaved run by run so that the machine's drift hits
// every build alike. Reported, not asserted (BENCHMARKS.md, "Comparing two builds").
//
//   node scripts/bench-ab.cjs DIR_A DIR_B [...]
//
// Each DIR is a `node/` directory of a built package (`wasm/pkg/node` after `make pkg`, copied aside
// before building the other). Cases: the full input of scripts/bench-wasm.mjs (every item answered),
// three answers (age, sex, substances: the decisive-question search at its largest), one AUDIT-C score.
// Prints the median of RUNS runs (default 9) per build and case, and the ratio to the first build.
'use strict';
const fs = require('fs');
const path = require('path');

const RUNS = Number(process.env.RUNS || 9);
const dirs = process.argv.slice(2);
if (dirs.length < 2) {
  console.error('usage: node scripts/bench-ab.cjs DIR_A DIR_B [...] (each a wasm/pkg/node directory)');
  process.exit(1);
}
const builds = dirs.map((d) => [d, require(path.resolve(d, 'tsb_akutt_wasm.js'))]);

// The full input of the package benchmarks (wasm/tests/browser/bench-input.mjs builds it from the first
// conformance case and the catalog).
const ROOT = path.resolve(__dirname, '..');
async function fullInput() {
  const { fullInput: build } = await import(path.join(ROOT, 'wasm/tests/browser/bench-input.mjs'));
  const conformance = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/fixtures/conformance.json'), 'utf8'));
  // The catalog it reads comes through the JS API of any built package.
  const apiDir = dirs.find((d) => fs.existsSync(path.join(d, 'index.cjs'))) ?? path.join(ROOT, 'wasm/pkg/node');
  const api = require(path.resolve(apiDir, 'index.cjs'));
  return JSON.stringify(build(api, conformance));
}

(async () => {
  const full = await fullInput();
  const three = JSON.stringify({ answers: { age: 33, sex: 'male', substances: ['benzodiazepines'] } });
  const cases = [
    ['evaluateJson full', (m) => m.evaluateJson(full), 300],
    ['evaluateJson three answers', (m) => m.evaluateJson(three), 300],
    ['scoreJson AUDIT-C', (m) => m.scoreJson('audit_c', '{"q1":3,"q2":2,"q3":1}', 'null'), 6000],
  ];
  // Each build gives the same text for each case (else the comparison means nothing).
  for (const [name, f] of cases) {
    const texts = new Set(builds.map(([, m]) => f(m)));
    if (texts.size !== 1) console.warn(`[bench-ab] the builds differ in their output for ${name}`);
  }
  for (const [, m] of builds) for (const [, f] of cases) for (let i = 0; i < 500; i++) f(m);
  const times = builds.map(() => cases.map(() => []));
  for (let r = 0; r < RUNS; r++) {
    builds.forEach(([, m], b) =>
      cases.forEach(([, f, n], c) => {
        const t = process.hrtime.bigint();
        for (let i = 0; i < n; i++) f(m);
        times[b][c].push(Number(process.hrtime.bigint() - t) / n / 1000);
      }),
    );
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`| case | ${dirs.join(' | ')} |`);
  console.log(`| --- | ${dirs.map(() => '---:').join(' | ')} |`);
  cases.forEach(([name], c) => {
    const base = median(times[0][c]);
    const cells = times.map((t, b) => {
      const m = median(t[c]);
      return b === 0 ? `${m.toFixed(2)} µs` : `${m.toFixed(2)} µs (${(m / base).toFixed(2)}×)`;
    });
    console.log(`| ${name} | ${cells.join(' | ')} |`);
  });
})();
