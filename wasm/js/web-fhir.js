// tsb-akutt/fhir for browsers (and any ES module host with fetch): the whole API of `tsb-akutt` and the
// FHIR R4 and CDS Hooks functions, over a module of its own (tsb_akutt_fhir_bg.wasm, which has all of
// them). Load it once with `await init()` (or `initSync({ module })`); it is independent of the main
// entry's module, whose `init` does not load this one. `InputError` is the same class as the main
// entry's (one api.js).
import initWasm, * as raw from './tsb_akutt_fhir.js';
import { createApi, InputError } from './api.js';

let ready = false;
const api = createApi(raw, () => ready);

/**
 * Fetches, compiles and instantiates the FHIR entry's WebAssembly module (once; later calls return at
 * once). `options.module_or_path` may name another URL, a Response, bytes or a WebAssembly.Module; by
 * default the `tsb_akutt_fhir_bg.wasm` file next to this module is fetched.
 */
export async function init(options) {
  await initWasm(options);
  ready = true;
}

/** Instantiates the module synchronously from `options.module` (bytes or a WebAssembly.Module). */
export function initSync(options) {
  raw.initSync(options);
  ready = true;
}

/** Nothing to load: this entry's module has the texts of every language (kept for code shared with the main entry). */
export async function loadLanguage() {}

/** Whether the texts of `lang` are loaded: all are, once the module is. */
export function languageLoaded(lang) {
  return ready && (lang === 'nb' || lang === 'nn' || lang === 'en');
}

export const {
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
} = api;
export { InputError };
export default init;
