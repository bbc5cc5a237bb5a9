// The API of the package's opt-in FHIR entry (`tsb-akutt/fhir`): everything the main entry has
// (re-exported from `index.d.ts`: the same functions, types and `InputError` class) and the FHIR R4 and
// CDS Hooks 2.0 functions, over a WebAssembly module of its own with its own `init` and `initSync`.
// Hand-written. (scripts/pkg.sh makes the CommonJS copy `fhir.d.cts`, which re-exports `./index.cjs`.)

import type { Evaluation, Lang } from './core.js';
import type { InitInput, Input, Options, SafeResult, WasmModule } from './index.js';

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

/** A Bundle (type `collection`), as the Helsenorge flavour of the Questionnaire is returned. */
export interface Bundle extends FhirResource {
  resourceType: 'Bundle';
  type: 'collection';
  entry: { fullUrl: string; resource: Questionnaire }[];
}

/** `options` of `questionnaire`. */
export interface QuestionnaireOptions {
  /** The primary language (`nb` by default). */
  lang?: Lang;
  /**
   * `r4` (default): one plain R4 Questionnaire with the other two languages in the `translation`
   * extension. `helsenorge`: a Bundle of one `sdf-Questionnaire` per language (`meta.tag` urn:ietf:bcp:47),
   * `lang` first.
   */
  flavour?: 'r4' | 'helsenorge';
}

/** The FHIR R4 Questionnaire of the catalog (`lang` first; all three languages are included). */
export declare function questionnaire(lang?: Lang): Questionnaire;
/** The Questionnaire in a language and a flavour: plain R4, or Helsenorge's Bundle. */
export declare function questionnaire(options: QuestionnaireOptions & { flavour: 'helsenorge' }): Bundle;
export declare function questionnaire(options: QuestionnaireOptions & { flavour?: 'r4' }): Questionnaire;
export declare function questionnaire(options: QuestionnaireOptions): Questionnaire | Bundle;

/** Evaluates a FHIR R4 QuestionnaireResponse of `questionnaire()`. Errors carry FHIR paths. */
export declare function evaluateQuestionnaireResponse(
  questionnaireResponse: QuestionnaireResponse,
  options?: Options | null,
): Evaluation;

/**
 * The engine input a QuestionnaireResponse maps to (what `evaluate` would be given), with `options`
 * as its `options`. Errors carry FHIR paths.
 */
export declare function inputFromQuestionnaireResponse(
  questionnaireResponse: QuestionnaireResponse,
  options?: Options | null,
): Input;

/**
 * Evaluates an engine input, or a QuestionnaireResponse (told apart by `resourceType`), and returns the
 * CDS Hooks 2.0 response (`{ cards }`). `options` are for a QuestionnaireResponse only (an engine
 * input carries its own: giving both is an `inconsistent` error at `options`).
 */
export declare function cdsHooks(input: Input | QuestionnaireResponse, options?: Options | null): CdsHooksResponse;

/** Evaluates an engine input or a QuestionnaireResponse and returns the FHIR R4 GuidanceResponse. */
export declare function guidanceResponse(
  input: Input | QuestionnaireResponse,
  options?: Options | null,
): GuidanceResponse;

// The same, never throwing: `{ success: true, data }` or `{ success: false, errors }`.
export declare function safeQuestionnaire(lang?: Lang): SafeResult<Questionnaire>;
export declare function safeQuestionnaire(
  options: QuestionnaireOptions & { flavour: 'helsenorge' },
): SafeResult<Bundle>;
export declare function safeQuestionnaire(options: QuestionnaireOptions): SafeResult<Questionnaire | Bundle>;
export declare function safeEvaluateQuestionnaireResponse(
  questionnaireResponse: QuestionnaireResponse,
  options?: Options | null,
): SafeResult<Evaluation>;
export declare function safeInputFromQuestionnaireResponse(
  questionnaireResponse: QuestionnaireResponse,
  options?: Options | null,
): SafeResult<Input>;
export declare function safeCdsHooks(
  input: Input | QuestionnaireResponse,
  options?: Options | null,
): SafeResult<CdsHooksResponse>;
export declare function safeGuidanceResponse(
  input: Input | QuestionnaireResponse,
  options?: Options | null,
): SafeResult<GuidanceResponse>;
