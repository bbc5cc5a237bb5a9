'use strict';
// tsb-akutt for Node (CommonJS): the module is compiled and instantiated synchronously on require. It
// has the nb texts; the nn and en texts are language modules of their own (the same engine built with
// that language's texts), each required synchronously the first time a call asks for that language.
// The FHIR and CDS Hooks functions are in `tsb-akutt/fhir` (./fhir.cjs).
const raw = require('./tsb_akutt_wasm.js');
const { createApi, InputError } = require('./api.cjs');

const languages = {};
function moduleFor(lang) {
  if (lang === 'nn') return (languages.nn ||= require('./tsb_akutt_nn.js'));
  if (lang === 'en') return (languages.en ||= require('./tsb_akutt_en.js'));
  return null;
}

const { evaluate, safeEvaluate, catalog, score, version } = createApi(raw, () => true, moduleFor);

/** Nothing to do in Node (the module is loaded on require); kept for code shared with browsers. */
async function init() {}

/** Nothing to do in Node; kept for code shared with browsers. */
function initSync() {}

/** Loads the language module of `lang` now rather than on its first call (Node loads synchronously). */
async function loadLanguage(lang) {
  if (lang !== 'nb' && !moduleFor(lang)) {
    throw new TypeError(`unknown language ${JSON.stringify(lang)}: nb, nn or en`);
  }
}

/** Always true for nb, nn and en in Node: a language module is loaded on its first call. */
function languageLoaded(lang) {
  return lang === 'nb' || lang === 'nn' || lang === 'en';
}

module.exports = {
  evaluate,
  safeEvaluate,
  catalog,
  score,
  version,
  InputError,
  init,
  initSync,
  loadLanguage,
  languageLoaded,
  default: init,
};
