// The API of the package's opt-in FHIR entry (`tsb-akutt/fhir`): everything the main entry has
// (re-exported from `index.d.ts`: the same functions, types and `InputError` class) and the FHIR R4 and
// CDS Hooks 2.0 functions, over a WebAssembly module of its own with its own `init` and `initSync`.
// Hand-written. (scripts/pkg.sh makes the CommonJS copy `fhir.d.cts`, which re-exports `./index.cjs`.)

import type { Evaluation, Lang } from './core.js';
import type { InitInput, Input, Options, WasmModule } from './index.js';

export * from './index.js';

// ---------------------------------------------------------------------------------------------------
// FHIR R4 and CDS Hooks 2.0 (loosely typed: see docs/FHIR.md for the mapping)

/** A FHIR R4 resource as JSON. */
export interface FhirResource {
  resourceType: string;
  [element: string]: unknown;
}

export interface Questionnaire extends FhirResource {
  resourceType: 'Questionnaire';
}

export interface QuestionnaireResponse extends FhirResource {
  resourceType: 'QuestionnaireResponse';
}

export interface GuidanceResponse extends FhirResource {
  resourceType: 'GuidanceResponse';
}

/** A CDS Hooks 2.0 card. */
export interface CdsCard {
  uuid?: string;
  summary: string;
  detail?: string;
  indicator: 'info' | 'warning' | 'critical';
  source: { label: string; url?: string; topic?: { system?: string; code?: string; display?: string } };
  [field: string]: unknown;
}

/** A CDS Hooks 2.0 response. */
export interface CdsHooksResponse {
  cards: CdsCard[];
  [field: string]: unknown;
}

// ---------------------------------------------------------------------------------------------------
// Loading the FHIR entry's module (independent of the main entry's)

/**
 * Loads the FHIR entry's WebAssembly module (browsers: fetches `tsb_akutt_fhir_bg.wasm` next to the JS
 * by default). Call once before anything else of this entry; the main entry's `init` does not load it.
 * In Node it does nothing (the module loads on import).
 */
export declare function init(options?: { module_or_path?: InitInput | Promise<InitInput> }): Promise<void>;
export default init;

/** Loads the FHIR entry's module synchronously from its bytes or a compiled module. In Node it does nothing. */
export declare function initSync(options?: { module: ArrayBuffer | ArrayBufferView | WasmModule }): void;

/** Nothing to load: the FHIR entry's module has the texts of every language. Resolves at once. */
export declare function loadLanguage(lang: Lang): Promise<void>;

/** Whether a call in `lang` can be answered now: every language, once the module is loaded. */
export declare function languageLoaded(lang: Lang): boolean;

// ---------------------------------------------------------------------------------------------------
// FHIR functions

/** The FHIR R4 Questionnaire of the catalog (`lang` first; all three languages are included). */
export declare function questionnaire(lang?: Lang): Questionnaire;

/** Evaluates a FHIR R4 QuestionnaireResponse of `questionnaire()`. Errors carry FHIR paths. */
export declare function evaluateQuestionnaireResponse(
  questionnaireResponse: QuestionnaireResponse,
  options?: Options | null,
): Evaluation;

/** Evaluates one input and returns the CDS Hooks 2.0 response (`{ cards }`). */
export declare function cdsHooks(input: Input): CdsHooksResponse;

/** Evaluates one input and returns the FHIR R4 GuidanceResponse. */
export declare function guidanceResponse(input: Input): GuidanceResponse;
