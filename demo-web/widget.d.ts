// Types of the drop-in widget <tsb-akutt-vurdering> (web/widget.js of the tsb-akutt package).
// Placed at the package root beside index.d.ts.
import type { Evaluation, CatalogExport, InputErrorDetail, Cutoffs, Instruments, Options } from './index.js';

export type WidgetLang = 'nb' | 'nn' | 'en';
export type WidgetMode = 'clinician' | 'citizen';
/** `answers` of the engine input: item id -> value ("unknown" is accepted by every item). */
export type Answers = Record<string, string | number | string[]>;
export type Service = NonNullable<Options['services']>[number];

export declare class TsbAkuttVurdering extends HTMLElement {
  /** `clinician` (default) or `citizen`; reflects the `mode` attribute. The `lang` attribute is `nb` (default), `nn` or `en`. */
  mode: WidgetMode;
  /** The answers (a copy); setting them re-renders the form and re-evaluates, without a `change` event. */
  answers: Answers;
  /** Instrument item answers or totals (a copy); `{}` when none. */
  instruments: Instruments;
  /** Local services passed as `options.services`. */
  services: Service[];
  /** Optional cut-off choices passed as `options.cutoffs`; null for the defaults. */
  cutoffs: Cutoffs | null;
  /** The latest evaluation; null before the first one and while the input is invalid. */
  readonly evaluation: Evaluation | null;
  /** The input errors of the latest evaluation ([] when it succeeded). */
  readonly errors: InputErrorDetail[];
  /** The catalog in the current language (null until the engine is loaded). */
  readonly catalog: CatalogExport | null;
  /** Resolves after the first render. */
  readonly ready: Promise<void>;
  /** Clears answers and instruments, re-evaluates and fires `change`. */
  reset(): void;
  /** Moves the focus to an item's field (`seizure`), an instrument item (`ciwa_ar.tremor`) or an instrument (`ciwa_ar.`). */
  focusItem(id: string): boolean;
  addEventListener(type: 'evaluation', listener: (e: CustomEvent<Evaluation | null>) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: 'change', listener: (e: CustomEvent<Answers>) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

/**
 * Where the WebAssembly module is, for a page that serves it elsewhere than next to the package's JS
 * (the language modules are looked for beside it). Call before the first widget connects; the attribute
 * `wasm-url` on the first widget does the same.
 */
export declare function configure(options: { wasmUrl?: string | URL }): void;

/** The UI chrome strings (buttons, headings) in nb, nn and en. */
export declare const uiStrings: Record<WidgetLang, Record<string, string>>;

declare global {
  interface HTMLElementTagNameMap {
    'tsb-akutt-vurdering': TsbAkuttVurdering;
  }
}
