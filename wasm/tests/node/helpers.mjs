// Shared by the Node tests of the built package (wasm/pkg, built by scripts/pkg.sh: the optimised
// module is the one tested).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const PKG = path.join(ROOT, 'wasm/pkg');
const require = createRequire(import.meta.url);

if (!fs.existsSync(path.join(PKG, 'package.json'))) {
  throw new Error('wasm/pkg is missing: run scripts/pkg.sh (scripts/test-wasm.sh does)');
}

/** The main entry's (`tsb-akutt`) builds, each a full API: the Node build (require and import), and the
 * browser build instantiated with initSync (the same JS a browser runs, on the same .wasm). */
export async function builds() {
  const cjs = require(path.join(PKG, 'node/index.cjs'));
  const esm = await import(pathToFileURL(path.join(PKG, 'node/index.mjs')).href);
  const web = await import(pathToFileURL(path.join(PKG, 'web/index.js')).href);
  web.initSync({ module: fs.readFileSync(path.join(PKG, 'web/tsb_akutt_wasm_bg.wasm')) });
  // The browser build has the nb texts in its module; nn and en are language modules it loads.
  for (const lang of ['nn', 'en']) {
    await web.loadLanguage(lang, { module_or_path: fs.readFileSync(path.join(PKG, `web/tsb_akutt_${lang}_bg.wasm`)) });
  }
  return { 'node (require)': cjs, 'node (import)': esm, 'web (initSync)': web };
}

/** The same three builds of the FHIR entry (`tsb-akutt/fhir`), over its own module. */
export async function fhirBuilds() {
  const cjs = require(path.join(PKG, 'node/fhir.cjs'));
  const esm = await import(pathToFileURL(path.join(PKG, 'node/fhir.mjs')).href);
  const web = await import(pathToFileURL(path.join(PKG, 'web/fhir.js')).href);
  web.initSync({ module: fs.readFileSync(path.join(PKG, 'web/tsb_akutt_fhir_bg.wasm')) });
  return { 'fhir node (require)': cjs, 'fhir node (import)': esm, 'fhir web (initSync)': web };
}

/** The names of the builds() and fhirBuilds(). */
export const MAIN_BUILDS = ['node (require)', 'node (import)', 'web (initSync)'];
export const FHIR_BUILDS = ['fhir node (require)', 'fhir node (import)', 'fhir web (initSync)'];

/** The raw wasm-bindgen exports of the Node build (the instance the Node entry points use). */
export function rawNode() {
  return require(path.join(PKG, 'node/tsb_akutt_wasm.js'));
}

/** The raw wasm-bindgen exports of the FHIR entry's Node build. */
export function rawNodeFhir() {
  return require(path.join(PKG, 'node/tsb_akutt_fhir.js'));
}

/** The JS layer's factory, for tests that give it a fake module. */
export function apiFactory() {
  return require(path.join(PKG, 'node/api.cjs'));
}

/** Runs calls through the core natively (wasm/examples/native.rs): `[{ ok } | { err }]`. */
export function native(calls) {
  const out = spawnSync('cargo', ['run', '-q', '-p', 'tsb-akutt-wasm', '--example', 'native'], {
    cwd: ROOT,
    input: JSON.stringify(calls),
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  if (out.status !== 0) throw new Error(`native oracle failed (${out.status}): ${out.stderr}`);
  return JSON.parse(out.stdout);
}

/** Every golden case (tests/golden/, README there), each with its full engine input in `input`: a case
 * that names a baseline is expanded by the Rust tests' loader (tests/src/golden.rs, through
 * tests/examples/golden_cases.rs), the one definition of the format. `file` is its path from the
 * repository root; `name` the case's own name, or its file when it has none. */
export function goldenCases() {
  const out = spawnSync('cargo', ['run', '-q', '-p', 'tsb-akutt-tests', '--example', 'golden_cases'], {
    cwd: ROOT,
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  if (out.status !== 0) throw new Error(`golden case loader failed (${out.status}): ${out.stderr}`);
  return JSON.parse(out.stdout).map(({ file, case: c }) => ({ name: file, file, ...c }));
}

/** The same call through the JS API: `{ ok }` or `{ err }` (InputError's errors). */
export function viaJs(api, call) {
  const run = () => {
    switch (call.fn) {
      case 'evaluate':
        return api.evaluate(call.input);
      case 'cdsHooks':
        return api.cdsHooks(call.input, call.options);
      case 'guidanceResponse':
        return api.guidanceResponse(call.input, call.options);
      case 'inputFromQuestionnaireResponse':
        return api.inputFromQuestionnaireResponse(call.qr, call.options);
      case 'questionnaireFor':
        return api.questionnaire(call.options);
      case 'score':
        return api.score(call.id, call.items, call.options);
      case 'catalog':
        return api.catalog(call.lang);
      case 'questionnaire':
        return api.questionnaire(call.lang);
      case 'evaluateQuestionnaireResponse':
        return api.evaluateQuestionnaireResponse(call.qr, call.options);
      case 'version':
        return api.version();
      default:
        throw new Error(`no such call ${call.fn}`);
    }
  };
  try {
    return { ok: run() };
  } catch (e) {
    if (e instanceof api.InputError) return { err: e.errors };
    throw e;
  }
}

export function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** Every `*.json` below `dir`, sorted. */
export function jsonFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...jsonFiles(p));
    else if (entry.name.endsWith('.json')) out.push(p);
  }
  return out.sort();
}

/** A valid input with every section: the first conformance case. */
export function goodInput() {
  return readJson(path.join(ROOT, 'tests/fixtures/conformance.json')).cases[0].input;
}

/** Checks that a value holds only plain objects, arrays and JSON primitives (no Map, no undefined). */
export function assertPlain(value, where = '') {
  if (value === null || ['string', 'boolean'].includes(typeof value)) return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number at ${where}`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => assertPlain(v, `${where}[${i}]`));
    return;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) assertPlain(v, `${where}.${k}`);
    return;
  }
  throw new Error(`not a JSON value at ${where || '(root)'}: ${Object.prototype.toString.call(value)}`);
}
