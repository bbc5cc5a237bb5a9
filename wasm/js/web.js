// tsb-akutt for browsers (and any ES module host with fetch): load the module once with `await init()`
// (or `initSync({ module })` with the bytes or a compiled WebAssembly.Module), then call the API.
//
// The module has the nb texts. The nn and en texts are language modules of their own (the same engine
// built with that language's texts, tsb_akutt_nn_bg.wasm and tsb_akutt_en_bg.wasm): `await
// loadLanguage('nn')` fetches one once; until then a call in that language fails with
// `language_not_loaded` rather than answer in another language. `init({ languages: ['nn'] })` loads
// them with the main module.
//
// The FHIR and CDS Hooks functions are in the opt-in entry `tsb-akutt/fhir` (./fhir.js), with their own
// module (all three languages): this one does not contain them.
import initWasm, * as raw from './tsb_akutt_wasm.js';
import { createApi, InputError } from './api.js';

let ready = false;
const languages = { nn: null, en: null };
// Literal specifiers, so that bundlers see the language modules and emit them (as separate chunks).
const importers = {
  nn: () => import('./tsb_akutt_nn.js'),
  en: () => import('./tsb_akutt_en.js'),
};
const loading = {};
const api = createApi(raw, () => ready, (lang) => languages[lang] || null);

/**
 * Fetches, compiles and instantiates the WebAssembly module (once; later calls return at once).
 * `options.module_or_path` may name another URL, a Response, bytes or a WebAssembly.Module; by default
 * the `.wasm` file next to this module is fetched. `options.languages` (e.g. `['nn', 'en']`) loads those
 * language modules too, from their default places.
 */
export async function init(options) {
  let wanted = [];
  let forModule = options;
  if (options && Object.getPrototypeOf(options) === Object.prototype && 'languages' in options) {
    ({ languages: wanted, ...forModule } = options);
  }
  await Promise.all([initWasm(forModule), ...(wanted || []).map((lang) => loadLanguage(lang))]);
  ready = true;
}

/** Instantiates the module synchronously from `options.module` (bytes or a WebAssembly.Module). */
export function initSync(options) {
  raw.initSync(options);
  ready = true;
}

/**
 * Loads the language module of `lang` ('nn' or 'en'; 'nb' is built in and returns at once), once;
 * concurrent calls share one load. `options.module_or_path` may name another URL, a Response, bytes or
 * a WebAssembly.Module; by default `tsb_akutt_<lang>_bg.wasm` next to this module is fetched. A failed
 * load can be tried again.
 */
export function loadLanguage(lang, options) {
  if (lang === 'nb' || languages[lang]) return Promise.resolve();
  const load = importers[lang];
  if (!load) {
    return Promise.reject(new TypeError(`unknown language ${JSON.stringify(lang)}: nb, nn or en`));
  }
  loading[lang] ||= load()
    .then(async (module) => {
      await module.default(options);
      languages[lang] = module;
    })
    .finally(() => {
      delete loading[lang];
    });
  return loading[lang];
}

/** Whether the texts of `lang` are loaded (nb always is, once the module is). */
export function languageLoaded(lang) {
  return lang === 'nb' ? ready : Boolean(languages[lang]);
}

export const { evaluate, safeEvaluate, catalog, score, version } = api;
export { InputError };
export default init;
