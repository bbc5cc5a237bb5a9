// Cold start in a fresh browser context (scripts/bench-wasm.mjs): init() (fetch, compile, instantiate),
// then the first evaluation; then, for the breakdown, the fetch and the compile on their own.
import init, * as tsb from '/pkg/web/index.js';
import { fullInput } from '/test/bench-input.mjs';

async function run() {
  const t0 = performance.now();
  await init();
  const t1 = performance.now();
  const conformance = await (await fetch('/fixtures/conformance.json')).json();
  const input = fullInput(tsb, conformance);
  const t2 = performance.now();
  tsb.evaluate(input);
  const t3 = performance.now();
  const f0 = performance.now();
  const bytes = await (await fetch('/pkg/web/tsb_akutt_wasm_bg.wasm')).arrayBuffer();
  const f1 = performance.now();
  await WebAssembly.compile(bytes);
  const f2 = performance.now();
  return { init: t1 - t0, first: t3 - t2, sinceNavigation: t1 + (t3 - t2), fetch: f1 - f0, compile: f2 - f1 };
}

run().then(
  (r) => {
    window.__bench = r;
  },
  (e) => {
    window.__bench = { failed: String(e && e.stack ? e.stack : e) };
  },
);
