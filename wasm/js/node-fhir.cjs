'use strict';
// tsb-akutt/fhir for Node (CommonJS): the whole API of `tsb-akutt` and the FHIR R4 and CDS Hooks
// functions, over a module of its own (tsb_akutt_fhir_bg.wasm), compiled and instantiated synchronously
// on require. `InputError` is the same class as the main entry's (one api.cjs).
const raw = require('./tsb_akutt_fhir.js');
const { createApi, InputError } = require('./api.cjs');

const {
  evaluate,
  safeEvaluate,
  catalog,
  score,
  version,
  questionnaire,
  evaluateQuestionnaireResponse,
  inputFromQuestionnaireResponse,
  cdsHooks,
  guidanceResponse,
  safeQuestionnaire,
  safeEvaluateQuestionnaireResponse,
  safeInputFromQuestionnaireResponse,
  safeCdsHooks,
  safeGuidanceResponse,
} = createApi(raw, () => true);

/** Nothing to do in Node (the module is loaded on require); kept for code shared with browsers. */
async function init() {}

/** Nothing to do in Node; kept for code shared with browsers. */
function initSync() {}

/** Nothing to load: this entry's module has the texts of every language (kept for code shared with the main entry). */
async function loadLanguage() {}

/** Whether the texts of `lang` are loaded: all are. */
function languageLoaded(lang) {
  return lang === 'nb' || lang === 'nn' || lang === 'en';
}

module.exports = {
  evaluate,
  safeEvaluate,
  catalog,
  score,
  version,
  questionnaire,
  evaluateQuestionnaireResponse,
  inputFromQuestionnaireResponse,
  cdsHooks,
  guidanceResponse,
  safeQuestionnaire,
  safeEvaluateQuestionnaireResponse,
  safeInputFromQuestionnaireResponse,
  safeCdsHooks,
  safeGuidanceResponse,
  InputError,
  init,
  initSync,
  loadLanguage,
  languageLoaded,
  default: init,
};
