// tsb-akutt for browsers (and any ES module host with fetch): load the module once with `await init()`
// (or `initSync({ module })` with the bytes or a compiled WebAssembly.Module), then call the API.
// The FHIR and CDS Hooks functions are in the opt-in entry `tsb-akutt/fhir` (./fhir.js), with their own
// module: this one does not contain them.
import initWasm, * as raw from './tsb_akutt_wasm.js';
import { createApi, InputError } from './api.js';

let ready = false;
const api = createApi(raw, () => ready);

/**
 * Fetches, compiles and instantiates the WebAssembly module (once; later calls return at once).
 * `options.module_or_path` may name another URL, a Response, bytes or a WebAssembly.Module; by default
 * the `.wasm` file next to this module is fetched.
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

export const { evaluate, safeEvaluate, catalog, score, version } = api;
export { InputError };
export default init;
