// Loads the browser build of the main entry the way a portal does (`await init()`, the .wasm fetched
// next to the JS) and calls every function; the result is left in `window.__result` for the test.
// (The FHIR entry has its own page: fhir.html, page-fhir.js.)
import init, * as tsb from '/pkg/web/index.js';

const input = {
  answers: { age: 30, sex: 'male', substances: ['ghb'], consciousness: 'unresponsive' },
  options: { lang: 'en' },
};

async function run() {
  const t0 = performance.now();
  await init();
  const t1 = performance.now();
  // The module has the nb texts; en is a language module, loaded on request.
  const beforeLanguage = tsb.safeEvaluate(input).errors?.map((e) => e.code);
  const l0 = performance.now();
  await tsb.loadLanguage('en');
  const l1 = performance.now();
  const t2a = performance.now();
  const evaluation = tsb.evaluate(input);
  const t2 = performance.now();
  await tsb.loadLanguage('nn');
  let inputError = null;
  try {
    tsb.evaluate({ answers: { age: NaN, pregnnat: 'yes' } });
  } catch (e) {
    inputError = { isError: e instanceof Error, isInputError: e instanceof tsb.InputError, name: e.name, errors: e.errors };
  }
  const safe = tsb.safeEvaluate(new Map());
  return {
    level: evaluation.routing.level,
    lang: evaluation.lang,
    inputError,
    safe,
    catalogItems: tsb.catalog('nn').items.length,
    score: tsb.score('ciwa_ar', { tremor: 3 }).id,
    version: tsb.version(),
    exports: Object.keys(tsb).sort(),
    // What the page fetched: the main module only, never the FHIR entry's.
    fetched: performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname),
    beforeLanguage,
    initMs: t1 - t0,
    languageMs: l1 - l0,
    firstEvaluationMs: t2 - t2a,
  };
}

run().then(
  (result) => {
    window.__result = result;
    document.getElementById('status').textContent = `level: ${result.level}`;
  },
  (e) => {
    window.__result = { failed: String(e && e.stack ? e.stack : e) };
    document.getElementById('status').textContent = 'failed';
  },
);
