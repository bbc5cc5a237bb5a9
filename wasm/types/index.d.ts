// The API of the tsb-akutt package's main entry (`tsb-akutt`). Hand-written: the functions, the input
// envelope and the error class. The data shapes come from the Rust sources: `core.d.ts` (outputs) and
// `input.d.ts` (answers and instrument items), both generated and checked by wasm/tests/types.rs. The
// FHIR and CDS Hooks functions are declared in `fhir.d.ts` (the entry `tsb-akutt/fhir`).

import type {
  Audience,
  CatalogExport,
  ErrorCode,
  Evaluation,
  InputError as CoreInputError,
  Lang,
  ScoreReport,
  Service,
} from './core.js';
import type { Answers, InstrumentId, InstrumentItems, News2Items } from './input.js';

export type * from './core.js';
export type * from './input.js';

// ---------------------------------------------------------------------------------------------------
// Input (SPEC section 2)

/** The cut-offs that differ between sources (SPEC section 4). */
export interface Cutoffs {
  /** `va` (default): < 8 minimal, 8–14 moderate, ≥ 15 severe; `asam`: < 10, 10–18, ≥ 19. */
  ciwa_ar?: 'va' | 'asam';
  /** `bradley` (default): men ≥ 4, women ≥ 3; `swedish`: men ≥ 5, women ≥ 4. */
  audit_c?: 'bradley' | 'swedish';
}

/** `options` of an input. */
export interface Options {
  /** The language of every text of the output; `nb` by default. */
  lang?: Lang;
  /** `clinician` (default) or `citizen` (plain language, no scores). */
  audience?: Audience;
  /** Local services; each is shown when the routing lands on one of its `levels`. */
  services?: Service[];
  cutoffs?: Cutoffs;
  /**
   * `false`: ids only (SPEC 2), for a host that renders its own texts. The output then leaves out
   * every text field (`text`, `title`, `label`, `advice`, `headline`, `name`, `band_text`,
   * `not_valid`, `thresholds`, `citation`); ids, levels, numbers, flags and source ids and addresses
   * stay, and so do `routing.level`, `routing.summary.id` and `routing.citizen.action`. The types of
   * the output still name those fields: read them only when `texts` is not `false`. `true` by default.
   */
  texts?: boolean;
}

/** The instruments given item by item (or by total). */
export type Instruments = { [K in InstrumentId]?: InstrumentItems[K] };

/** One input: the answers, the instruments and the options (all optional). */
export interface Input {
  answers?: Answers;
  instruments?: Instruments;
  options?: Options;
}

/** `options` of `score`. */
export interface ScoreOptions {
  lang?: Lang;
  /** For the sex-specific cut-offs; `other` and absent use the more cautious (female) ones. */
  sex?: 'female' | 'male' | 'other';
  cutoffs?: Cutoffs;
}

/** The items `score` reads for each instrument: NEWS2 reads the vital signs of `answers`. */
export type ScoreItems = Omit<InstrumentItems, 'news2'> & { news2: News2Items };

// ---------------------------------------------------------------------------------------------------
// Errors

/** Codes that only the JS binding gives (never the core). */
export type BindingErrorCode =
  /** The engine failed (a bug, not the input's fault); the module was restarted and works again. */
  | 'internal_error'
  /** The browser build was used before `init()` or `initSync()`. */
  | 'not_initialized'
  /** The browser build was asked for nn or en before `loadLanguage()` of that language had finished. */
  | 'language_not_loaded';

/** One structured error: `code` is stable, `path` names the offending key, `message` is localised. */
export interface InputErrorDetail extends Omit<CoreInputError, 'code'> {
  code: ErrorCode | BindingErrorCode;
}

/** Thrown by every function for invalid input (and for the binding's own failures). */
export declare class InputError extends Error {
  constructor(errors: InputErrorDetail[]);
  readonly name: 'InputError';
  /** Every problem found, each with its `code`, `path` and `message`. */
  readonly errors: InputErrorDetail[];
}

/** What `safeEvaluate` returns: it never throws. */
export type SafeResult<T> =
  | { success: true; data: T }
  | { success: false; errors: InputErrorDetail[] };

// ---------------------------------------------------------------------------------------------------
// Functions

/** Engine and ruleset versions. */
export interface Version {
  engine: string;
  ruleset: string;
}

// The web types are looked up on `globalThis`, so that these declarations need neither lib "dom" nor
// @types/node (each gives them); without either, they are `never`.
type InstanceOf<K extends PropertyKey> = typeof globalThis extends {
  [P in K]: abstract new (...args: never[]) => infer I;
}
  ? I
  : never;
/** A compiled `WebAssembly.Module`. */
export type WasmModule = typeof globalThis extends {
  WebAssembly: { Module: abstract new (...args: never[]) => infer M };
}
  ? M
  : never;

/** What `init` accepts: a URL, a fetch Request or Response, the bytes, or a compiled module. */
export type InitInput =
  | string
  | InstanceOf<'URL'>
  | InstanceOf<'Request'>
  | InstanceOf<'Response'>
  | ArrayBuffer
  | ArrayBufferView
  | WasmModule;

/**
 * Loads the WebAssembly module (browsers: fetches the `.wasm` next to the JS by default). Call once
 * before anything else. `languages` loads those language modules as well (see `loadLanguage`). In Node
 * it does nothing (the module loads on import).
 */
export declare function init(options?: {
  module_or_path?: InitInput | Promise<InitInput>;
  languages?: Array<'nn' | 'en'>;
}): Promise<void>;
export default init;

/**
 * Loads the texts of `lang`. The main module has the nb texts; nn and en are language modules of their
 * own (the same engine with that language's texts), fetched once by the browser build (by default the
 * `tsb_akutt_<lang>_bg.wasm` next to the JS). Until it resolves, a call in that language throws
 * `InputError` with the code `language_not_loaded`. In Node a language module loads on its first call;
 * this loads it now. Resolves at once for nb and for a language already loaded.
 */
export declare function loadLanguage(
  lang: Lang,
  options?: { module_or_path?: InitInput | Promise<InitInput> },
): Promise<void>;

/** Whether a call in `lang` can be answered now (browsers: after `init` for nb, `loadLanguage` for nn and en). */
export declare function languageLoaded(lang: Lang): boolean;

/** Loads the module synchronously from its bytes or a compiled module. In Node it does nothing. */
export declare function initSync(options?: { module: ArrayBuffer | ArrayBufferView | WasmModule }): void;

/** Evaluates one input. Throws `InputError` for invalid input. */
export declare function evaluate(input: Input): Evaluation;

/** Evaluates one input; never throws. */
export declare function safeEvaluate(input: Input): SafeResult<Evaluation>;

/** The item catalog in one language (`nb` by default): everything a form needs. */
export declare function catalog(lang?: Lang): CatalogExport;

/** Scores one instrument on its own. Throws `InputError` for invalid input. */
export declare function score<K extends InstrumentId>(
  instrumentId: K,
  items: ScoreItems[K],
  options?: ScoreOptions | null,
): ScoreReport;

/** Engine and ruleset versions. */
export declare function version(): Version;
