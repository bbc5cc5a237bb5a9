// Loads the browser build of the FHIR entry (`tsb-akutt/fhir`) the way a portal does (`await init()`,
// its own .wasm fetched next to the JS) and calls every function; the result is left in
// `window.__result` for the test (wasm/tests/node/csp.test.mjs).
import init, * as fhir from '/pkg/web/fhir.js';

const input = {
  answers: { age: 30, sex: 'male', substances: ['ghb'], consciousness: 'unresponsive' },
  options: { lang: 'en' },
};

async function run() {
  let beforeInit = null;
  try {
    fhir.cdsHooks(input);
  } catch (e) {
    beforeInit = e.errors.map((x) => x.code);
  }
  await init();
  let inputError = null;
  try {
    fhir.guidanceResponse({ answers: { age: NaN } });
  } catch (e) {
    inputError = { isError: e instanceof Error, isInputError: e instanceof fhir.InputError, name: e.name, errors: e.errors };
  }
  const qr = { resourceType: 'QuestionnaireResponse', status: 'completed', item: [] };
  return {
    beforeInit,
    level: fhir.evaluate(input).routing.level,
    inputError,
    safe: fhir.safeEvaluate(new Map()).success,
    catalogItems: fhir.catalog('nn').items.length,
    score: fhir.score('ciwa_ar', { tremor: 3 }).id,
    version: fhir.version(),
    questionnaire: fhir.questionnaire('en').resourceType,
    fromQr: fhir.evaluateQuestionnaireResponse(qr, { lang: 'en' }).routing.level,
    cards: fhir.cdsHooks(input).cards.length,
    guidance: fhir.guidanceResponse(input).resourceType,
    exports: Object.keys(fhir).sort(),
    fetched: performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname),
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
