// <tsb-akutt-vurdering>: drop-in decision-support widget for acute TSB (framework-free custom element).
//
// The widget renders its form from the engine's catalog and shows the engine's evaluation. It decides
// nothing itself: every rule, threshold, ordering and clinical text comes from the Rust core (through
// the WebAssembly package this file ships with). Only the UI chrome (buttons, headings) lives here.
//
// Shipped as web/widget.js of the tsb-akutt package, beside the package's browser entry web/index.js.
// Usage: <script type="module" src="…/tsb-akutt/web/widget.js"></script> <tsb-akutt-vurdering lang="nb"></tsb-akutt-vurdering>
// Attributes: lang (nb | nn | en), mode (clinician | citizen). Properties: answers, instruments, services,
// cutoffs (get/set), evaluation, errors, catalog (read-only), ready (Promise). Events: evaluation, change.
// Method: reset(). Theming: --tsb-* custom properties and ::part(...). CSP-safe: no inline style, no
// HTML parsing of any text; styles are a constructable stylesheet.
import init, { safeEvaluate, catalog as engineCatalog, loadLanguage, languageLoaded } from './index.js';

let engine;
// Where the module is: by default next to the package's JS (bundlers that copy the `.wasm` keep it
// there); a page that serves it elsewhere sets the attribute `wasm-url` on the first widget or calls
// `configure({ wasmUrl })` before any widget connects. The language modules are looked for beside it.
let wasmUrl;
export function configure(options = {}) {
  if (options.wasmUrl != null) wasmUrl = String(options.wasmUrl);
}
const moduleAt = (file) => (wasmUrl ? { module_or_path: new URL(file, new URL(wasmUrl, document.baseURI)) } : undefined);
const ready = () => (engine ||= init(wasmUrl ? { module_or_path: new URL(wasmUrl, document.baseURI) } : undefined).then(() => true));
const loadTexts = (lang) => loadLanguage(lang, moduleAt(`tsb_akutt_${lang}_bg.wasm`));
const catalogs = {};
const notices = {};
const getCatalog = (lang) => (catalogs[lang] ||= engineCatalog(lang));
const LANGS = ['nb', 'nn', 'en'];

// UI chrome only (no clinical text): nb, nn, en.
const UI = {
  nb: {
    yes: 'Ja', no: 'Nei', unknown: 'Ukjent', dontKnow: 'Vet ikke', notAnswered: 'Ikke besvart',
    optional: 'Valgfritt', requiredWhen: 'Påkrevd {0}', range: 'Område', decisive: 'Avgjørende',
    suggested: 'Foreslått nivå', provisional: 'Foreløpig', mayEscalate: 'Kan heves til: {0}', notSettled: 'Ikke avklart ennå', firstAid: 'Førstehjelp', floor: 'Laveste nivå nå: {0}',
    services: 'Lokale tjenester', why: 'Begrunnelse', warnings: 'Advarsler', entryPath: 'Inngang til akutt TSB',
    next: 'Neste avgjørende spørsmål', nextCitizen: 'Disse svarene kan endre rådet',
    noNext: 'Ingen åpne spørsmål kan endre resultatet.', raises: 'kan heve nivået til {0}',
    indication: 'Indikasjon for akutt TSB', criteria: 'De fem kriteriene', met: 'Oppfylt',
    not_met: 'Ikke oppfylt', undetermined: 'Uavklart', missing: 'Mangler', unresolved: 'Ukjente svar',
    sources: 'Kilder', concurrent: 'Samtidige behov', completeness: 'Fullstendighet', complete: 'Fullført',
    partial: 'Delvis', not_started: 'Ikke startet', answeredOf: '{0} av {1} besvart', scores: 'Skårer',
    total: 'Sum', possible: 'Mulig sum {0}–{1} (ikke alle ledd er utfylt)', thresholds: 'Grenser',
    instruments: 'Instrumenter (valgfritt)', instrTotal: 'Sum, hvis leddene ikke skåres',
    notTestable: 'Ikke testbar', errors: 'Svarene kan ikke vurderes ennå',
    errorsHelp: 'Rett svarene under; det vises ikke noe forslag så lenge et svar er ugyldig.',
    answerFirst: 'Svar først på dette', toCorrect: 'Svar som må rettes',
    helpNow: 'Hvor du får hjelp nå', questions: 'Spørsmål', form: 'Kartlegging', result: 'Resultat',
    loading: 'Laster …', loadingLanguage: 'Laster bokmål …', loadFailed: 'Beslutningsstøtten kunne ikke lastes.', toResult: 'Gå til resultatet', toForm: 'Gå til spørsmålene',
    version: 'Regelsett {0}, motor {1}', level: 'Nivå', more: '{0} til',
  },
  nn: {
    yes: 'Ja', no: 'Nei', unknown: 'Ukjend', dontKnow: 'Veit ikkje', notAnswered: 'Ikkje svart',
    optional: 'Valfritt', requiredWhen: 'Påkravd {0}', range: 'Område', decisive: 'Avgjerande',
    suggested: 'Føreslått nivå', provisional: 'Førebels', mayEscalate: 'Kan hevast til: {0}', notSettled: 'Ikkje avklart enno', firstAid: 'Førstehjelp', floor: 'Lågaste nivå no: {0}',
    services: 'Lokale tenester', why: 'Grunngiving', warnings: 'Åtvaringar', entryPath: 'Inngang til akutt TSB',
    next: 'Neste avgjerande spørsmål', nextCitizen: 'Desse svara kan endre rådet',
    noNext: 'Ingen opne spørsmål kan endre resultatet.', raises: 'kan heve nivået til {0}',
    indication: 'Indikasjon for akutt TSB', criteria: 'Dei fem kriteria', met: 'Oppfylt',
    not_met: 'Ikkje oppfylt', undetermined: 'Uavklart', missing: 'Manglar', unresolved: 'Ukjende svar',
    sources: 'Kjelder', concurrent: 'Samtidige behov', completeness: 'Fullstendigheit', complete: 'Fullført',
    partial: 'Delvis', not_started: 'Ikkje starta', answeredOf: '{0} av {1} svart', scores: 'Skårar',
    total: 'Sum', possible: 'Mogleg sum {0}–{1} (ikkje alle ledd er fylte ut)', thresholds: 'Grenser',
    instruments: 'Instrument (valfritt)', instrTotal: 'Sum, om ledda ikkje blir skåra',
    notTestable: 'Ikkje testbar', errors: 'Svara kan ikkje vurderast enno',
    errorsHelp: 'Rett svara under; det blir ikkje vist noko forslag så lenge eit svar er ugyldig.',
    answerFirst: 'Svar først på dette', toCorrect: 'Svar som må rettast',
    helpNow: 'Kvar du får hjelp no', questions: 'Spørsmål', form: 'Kartlegging', result: 'Resultat',
    loading: 'Lastar …', loadingLanguage: 'Lastar nynorsk …', loadFailed: 'Avgjerdsstøtta kunne ikkje lastast.', toResult: 'Gå til resultatet', toForm: 'Gå til spørsmåla',
    version: 'Regelsett {0}, motor {1}', level: 'Nivå', more: '{0} til',
  },
  en: {
    yes: 'Yes', no: 'No', unknown: 'Unknown', dontKnow: "Don't know", notAnswered: 'Not answered',
    optional: 'Optional', requiredWhen: 'Required {0}', range: 'Range', decisive: 'Decisive',
    suggested: 'Suggested level', provisional: 'Provisional', mayEscalate: 'Could be raised to: {0}', notSettled: 'Not settled yet', firstAid: 'First aid', floor: 'Lowest level now: {0}',
    services: 'Local services', why: 'Reasons', warnings: 'Warnings', entryPath: 'Entry to acute TSB',
    next: 'Next decisive questions', nextCitizen: 'These answers could change the advice',
    noNext: 'No open question can change the outcome.', raises: 'could raise the level to {0}',
    indication: 'Indication for acute TSB', criteria: 'The five criteria', met: 'Met',
    not_met: 'Not met', undetermined: 'Undetermined', missing: 'Missing', unresolved: 'Unknown answers',
    sources: 'Sources', concurrent: 'Concurrent needs', completeness: 'Completeness', complete: 'Complete',
    partial: 'Partial', not_started: 'Not started', answeredOf: '{0} of {1} answered', scores: 'Scores',
    total: 'Total', possible: 'Possible total {0}–{1} (not all items given)', thresholds: 'Thresholds',
    instruments: 'Instruments (optional)', instrTotal: 'Total, if the items are not scored',
    notTestable: 'Not testable', errors: 'The answers cannot be evaluated yet',
    errorsHelp: 'Correct the answers below; no suggestion is shown while an answer is invalid.',
    answerFirst: 'Answer these first', toCorrect: 'Answers to correct',
    helpNow: 'Where to get help now', questions: 'Questions', form: 'Assessment', result: 'Result',
    loading: 'Loading…', loadingLanguage: 'Loading English…', loadFailed: 'The decision support could not be loaded.', toResult: 'Go to the result', toForm: 'Go to the questions',
    version: 'Ruleset {0}, engine {1}', level: 'Level', more: '{0} more',
  },
};
const fill = (s, ...a) => s.replace(/\{(\d)\}/g, (_, i) => a[i]);

const CSS = `
:host{display:block;container-type:inline-size;--_fg:var(--tsb-fg,#1b1b1f);--_bg:var(--tsb-bg,#fff);--_muted:var(--tsb-muted,#505560);--_line:var(--tsb-line,#8a8f99);--_soft:var(--tsb-soft,#f2f4f7);--_accent:var(--tsb-accent,#0b5cad);--_on-accent:var(--tsb-on-accent,#fff);--_danger:var(--tsb-danger,#b00020);--_warn:var(--tsb-warn,#8a4b00);--_ok:var(--tsb-ok,#1d6b35);--_tsb:var(--tsb-tsb,#6a2c91);--_focus:var(--tsb-focus,#1a5fff);--_radius:var(--tsb-radius,.4rem);font-family:var(--tsb-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);font-size:var(--tsb-font-size,1rem);line-height:1.45;color:var(--_fg);background:var(--_bg)}
@media (prefers-color-scheme:dark){:host{--_fg:var(--tsb-fg,#eceef2);--_bg:var(--tsb-bg,#16181d);--_muted:var(--tsb-muted,#b7bcc6);--_line:var(--tsb-line,#80868f);--_soft:var(--tsb-soft,#23262e);--_accent:var(--tsb-accent,#7fb4ff);--_on-accent:var(--tsb-on-accent,#0b1220);--_danger:var(--tsb-danger,#ff8a8a);--_warn:var(--tsb-warn,#ffc46b);--_ok:var(--tsb-ok,#7ddc98);--_tsb:var(--tsb-tsb,#d4a6ff);--_focus:var(--tsb-focus,#9cc3ff)}}
*{box-sizing:border-box}
.root{overflow-wrap:anywhere}
h2,h3,h4{line-height:1.25;margin:1.2em 0 .4em}
h2{font-size:1.3em}h3{font-size:1.1em}h4{font-size:1em}
p,ul,ol,dl{margin:.3em 0 .6em}
ul{padding-left:1.2em}
.notice{margin:0 0 1em;padding:.6em .8em;border:2px solid var(--_line);border-radius:var(--_radius);background:var(--_soft);font-weight:600}
.result>*,.field{contain:layout style}
.layout{display:grid;gap:1.2em;grid-template-columns:minmax(0,1fr)}
@container (min-width:56rem){.layout{grid-template-columns:minmax(0,1.15fr) minmax(0,1fr)}.result{grid-column:2;grid-row:1;position:sticky;top:0;max-height:100vh;overflow-y:auto;padding-right:.3em}form{grid-column:1;grid-row:1}.strip{display:none!important}}
.routing{border:2px solid var(--_line);border-left:.6em solid var(--_lvl,var(--_line));border-radius:var(--_radius);padding:.6em .9em;background:var(--_bg)}
.routing[data-level=emergency_113]{--_lvl:var(--_danger)}
.routing[data-level=somatic_emergency],.routing[data-level=psychiatric_emergency]{--_lvl:var(--_warn)}
.routing[data-level^=tsb_acute]{--_lvl:var(--_tsb)}
.routing[data-level=tsb_planned],.routing[data-level=municipal],.routing[data-level=gp]{--_lvl:var(--_ok)}
.routing[data-summary=not_settled]{--_lvl:var(--_warn)}
[data-action=call_113],[data-action=call_112_and_113]{--_lvl:var(--_danger)!important}
[data-action=call_poison_centre],[data-action=call_legevakt],[data-action=not_settled]{--_lvl:var(--_warn)!important}
[data-action=acute_tsb_no_referral]{--_lvl:var(--_tsb)!important}
[data-action=contact_gp]{--_lvl:var(--_ok)!important}
.first{margin:.5em 0;padding:.3em .7em;border:2px dashed var(--_warn);border-radius:var(--_radius)}
.first h3{margin:.2em 0}
.floor{font-size:.88em;color:var(--_muted)}
.tag.to{color:var(--_warn)}.tag.to[data-level=emergency_113]{color:var(--_danger)}
.eyebrow{margin:0;font-size:.85em;font-weight:600;color:var(--_muted);text-transform:uppercase;letter-spacing:.04em}
.level{margin:.1em 0 .3em;font-size:1.5em}
.tag{display:inline-block;padding:.05em .5em;border:2px solid currentColor;border-radius:1em;font-size:.85em;font-weight:700}
.tag.provisional,.tag.undetermined{color:var(--_warn)}
.tag.met{color:var(--_danger)}
.tag.not_met,.tag.complete{color:var(--_ok)}
.tag.partial,.tag.not_started{color:var(--_muted)}
.contacts{display:flex;flex-wrap:wrap;gap:.5em;list-style:none;padding:0;margin:.6em 0}
.contact{display:inline-flex;flex-direction:column;padding:.4em .8em;border-radius:var(--_radius);background:var(--_accent);color:var(--_on-accent);text-decoration:none;font-weight:700;min-width:8em}
.contact .num{font-size:1.4em;letter-spacing:.03em}
.contact .name{font-weight:400;font-size:.9em}
.box{margin-top:1em;padding-top:.2em;border-top:1px solid var(--_line)}
.src{display:block;font-size:.85em;color:var(--_muted)}
.warn{color:var(--_warn);font-weight:600}
.errors{border:2px solid var(--_danger);border-radius:var(--_radius);padding:.6em .9em}
.errors h2,.errors h3{color:var(--_danger);margin-top:0}
button{font:inherit;color:inherit}
.link{background:none;border:0;padding:.1em 0;color:var(--_accent);text-decoration:underline;cursor:pointer;text-align:left}
.qlist{list-style:none;padding:0}.qlist li{margin:.25em 0}
.qlist .raise{display:block;font-size:.85em;color:var(--_warn)}
details>summary{cursor:pointer;padding:.15em 0}
.crit{margin:.5em 0;padding:.4em .6em;border:1px solid var(--_line);border-radius:var(--_radius)}
.crit h4{margin:0 0 .3em;display:flex;flex-wrap:wrap;gap:.4em;align-items:center}
progress{width:100%;height:.8em;accent-color:var(--_accent)}
.dom{display:flex;flex-wrap:wrap;gap:.2em .6em;align-items:baseline}
dl.score{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.1em .8em}dl.score dt{font-weight:600}dl.score dd{margin:0}
form{min-width:0}
.section{margin:0 0 1.2em}
.section>h3{border-bottom:2px solid var(--_line);padding-bottom:.2em}
.field{margin:0 0 .9em;padding:.4em .5em;border:1px solid transparent;border-radius:var(--_radius);min-width:0}
fieldset.field{border-color:transparent}
.field[data-decisive]{border-color:var(--_warn);background:var(--_soft)}
.field.flash{animation:flash 1.2s ease-out}
@keyframes flash{from{box-shadow:0 0 0 .35em var(--_focus)}to{box-shadow:0 0 0 0 transparent}}
legend,.label{display:block;font-weight:600;padding:0;margin-bottom:.2em}
.hint,.err{display:block;font-size:.88em;color:var(--_muted);margin:.1em 0 .3em}
.err{color:var(--_danger);font-weight:600}
.badge{display:inline-block;margin-left:.4em;padding:0 .4em;border-radius:.6em;background:var(--_warn);color:var(--_bg);font-size:.78em;font-weight:700;vertical-align:.1em}
.opts{display:flex;flex-wrap:wrap;gap:.3em 1em}
.opts label{display:inline-flex;align-items:center;gap:.35em;min-height:1.8em;cursor:pointer}
input[type=radio],input[type=checkbox]{width:1.15em;height:1.15em;margin:0;accent-color:var(--_accent)}
input[type=text],select{font:inherit;color:var(--_fg);background:var(--_bg);border:2px solid var(--_line);border-radius:var(--_radius);padding:.3em .45em;max-width:100%;min-height:2.2em}
input[type=text]{width:9em}
select{min-width:min(14em,100%)}
.num-row{display:flex;flex-wrap:wrap;gap:.4em 1em;align-items:center}.num-row label{display:inline-flex;align-items:center;gap:.35em}
[aria-invalid=true]{border-color:var(--_danger)!important}
:focus-visible{outline:3px solid var(--_focus);outline-offset:2px}
.contact:focus-visible{outline-offset:3px}
.strip{position:sticky;top:0;z-index:1;display:flex;flex-wrap:wrap;gap:.3em .8em;align-items:center;margin:0 0 .8em;padding:.4em .6em;background:var(--_soft);border:1px solid var(--_line);border-left:.5em solid var(--_lvl,var(--_line));border-radius:var(--_radius)}
.strip[data-level=emergency_113]{--_lvl:var(--_danger)}
.strip[data-level=somatic_emergency],.strip[data-level=psychiatric_emergency]{--_lvl:var(--_warn)}
.strip[data-level^=tsb_acute]{--_lvl:var(--_tsb)}
.strip[data-summary=not_settled]{--_lvl:var(--_warn)}
.instr summary{font-weight:600}
.meta{font-size:.8em;color:var(--_muted)}
.skip:not(:focus){position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}.skip{margin:0 0 .5em}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}
[hidden]{display:none!important}
@media (prefers-reduced-motion:reduce){*{animation:none!important;transition:none!important;scroll-behavior:auto!important}}
@media (forced-colors:active){.contact,.badge{border:2px solid CanvasText}}
@media print{.layout{display:block}.result{position:static;max-height:none;overflow:visible}.strip,.hint,.link.go{display:none}.contact{color:#000;background:none;border:2px solid #000}details>*{display:block}}
`;
let sheet;
const styles = () => {
  if (!sheet) { sheet = new CSSStyleSheet(); sheet.replaceSync(CSS); }
  return sheet;
};

// Element helper: attributes by name ('text' = textContent), children strings or nodes (falsy skipped).
function h(tag, attrs, ...kids) {
  const el = document.createElement(tag);
  for (const k in attrs || {}) {
    const v = attrs[k];
    if (v == null || v === false) continue;
    if (k === 'text') el.textContent = v;
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of kids.flat(3)) if (c != null && c !== false) el.append(c);
  return el;
}
// A source of the bibliography: its citation, a link where it has an address (opened apart from the
// page, with no referrer).
const cite = (src) => (src.url && /^https?:\/\//i.test(src.url)
  ? h('a', { href: src.url, rel: 'noopener noreferrer', target: '_blank', 'data-source': src.id, text: src.citation })
  : h('span', { 'data-source': src.id, text: src.citation }));
const cites = (list) => (list || []).map((src, i) => [i ? '; ' : '', cite(src)]);
const itemOf = (path) => /^answers\.([a-z0-9_]+)/.exec(path || '')?.[1];
const instrOf = (path) => /^instruments\.([a-z0-9_]+)(?:\.([a-z0-9_]+))?/.exec(path || '');
// What a host sets: the plain objects and arrays copied (later changes by the host do not leak in), any
// other value kept as it is (a BigInt, a Date, a class instance, a getter, a cycle), so that the
// engine's JS layer names it at its path in `errors`, like any input error; a setter never throws.
function clone(v, seen = new Set()) {
  if (v === null || typeof v !== 'object' || seen.has(v)) return v;
  const proto = Object.getPrototypeOf(v);
  const array = Array.isArray(v);
  if (array ? proto !== Array.prototype : proto !== Object.prototype && proto !== null) return v;
  let descriptors;
  try {
    descriptors = Object.entries(Object.getOwnPropertyDescriptors(v));
  } catch {
    return v; // a proxy that throws
  }
  if (descriptors.some(([k, d]) => !('value' in d) || k === 'toJSON')) return v;
  seen.add(v);
  const out = array ? [] : {};
  for (const [k, d] of descriptors) if (d.enumerable) out[k] = clone(d.value, seen);
  seen.delete(v);
  return out;
}
const isRecord = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

// Importing the module where there is no DOM (server rendering in Node) defines nothing and throws
// nothing: the element is defined only where custom elements exist.
const Base = typeof HTMLElement === 'undefined' ? class {} : HTMLElement;

class TsbAkuttVurdering extends Base {
  static get observedAttributes() { return ['lang', 'mode']; }

  #answers = {};
  #instruments = {};
  #services = [];
  #cutoffs = null;
  #evaluation = null;
  #errors = [];
  #cat = null;
  #shadow;
  #el = {};
  #built = false;
  #decisive = new Set();
  #invalid = new Set();
  #blocks = new Map();
  #live = '';
  #resolve;
  #ready;
  #loads = 0;

  constructor() {
    super();
    this.#shadow = this.attachShadow({ mode: 'open' });
    this.#shadow.adoptedStyleSheets = [styles()];
    this.#ready = new Promise((r) => (this.#resolve = r));
  }

  connectedCallback() {
    if (this.#el.root) return;
    if (!engine && this.hasAttribute('wasm-url')) configure({ wasmUrl: this.getAttribute('wasm-url') });
    this.#el.root = h('div', { class: 'root', part: 'root' });
    this.#shadow.append(this.#el.root);
    this.#load();
  }

  attributeChangedCallback(_name, old, value) {
    if (!this.#el.root || old === value) return;
    if (this.#built && languageLoaded(this.#lang)) this.#build();
    else this.#load();
  }

  // Loads the engine and the texts of the current language, then builds. The nn and en texts are
  // language modules of the package: until one has loaded, nothing of the old language stays on screen
  // (it could be read as the answer), only a status in the new language saying that it is loading.
  #load() {
    const lang = this.#lang;
    const load = ++this.#loads;
    const root = this.#el.root;
    this.#built = false;
    root.setAttribute('aria-busy', 'true');
    root.setAttribute('lang', lang);
    root.replaceChildren(h('p', { role: 'status', text: lang === 'nb' ? UI.nb.loading : UI[lang].loadingLanguage }));
    Promise.all([ready(), loadTexts(lang)]).then(() => {
      if (load !== this.#loads) return; // the language changed again meanwhile
      performance.mark?.('tsb-akutt:engine-ready');
      this.#build();
    }, (err) => {
      if (load !== this.#loads) return;
      root.removeAttribute('aria-busy');
      root.replaceChildren(h('p', { class: 'errors', role: 'alert', text: UI[lang].loadFailed }));
      this.#resolve();
      throw err;
    });
  }

  get mode() { return this.getAttribute('mode') === 'citizen' ? 'citizen' : 'clinician'; }
  set mode(v) { this.setAttribute('mode', v); }
  get answers() { return clone(this.#answers); }
  set answers(v) { this.#answers = v == null ? {} : clone(v); this.#update(); }
  get instruments() { return clone(this.#instruments); }
  set instruments(v) { this.#instruments = v == null ? {} : clone(v); this.#update(); }
  get services() { return clone(this.#services); }
  set services(v) { this.#services = v == null ? [] : clone(v); this.#update(); }
  get cutoffs() { return clone(this.#cutoffs); }
  set cutoffs(v) { this.#cutoffs = v == null ? null : clone(v); this.#update(); }
  /** The latest evaluation (null before the first one and while the input is invalid). */
  get evaluation() { return this.#evaluation; }
  /** The input errors of the latest evaluation ([] when it succeeded). */
  get errors() { return this.#errors; }
  /** The catalog in the current language (null until the engine is loaded). */
  get catalog() { return this.#cat; }
  /** Resolves after the first render. */
  get ready() { return this.#ready; }

  reset() {
    this.#answers = {};
    this.#instruments = {};
    this.#update();
    this.#emitChange();
  }

  get #lang() {
    const l = this.getAttribute('lang');
    return LANGS.includes(l) ? l : 'nb';
  }
  get #t() { return UI[this.#lang]; }
  get #citizen() { return this.mode === 'citizen'; }

  #update() {
    if (!this.#built) return;
    this.#syncForm();
    this.#evaluate();
  }

  #emitChange() {
    this.dispatchEvent(new CustomEvent('change', { detail: this.answers, bubbles: true }));
  }

  // ---- structure -------------------------------------------------------------------------------

  #build() {
    const focused = this.#shadow.activeElement?.id;
    const t = this.#t;
    const lang = this.#lang;
    this.#cat = getCatalog(lang);
    this.#decisive = new Set();
    this.#invalid = new Set();
    this.#blocks = new Map();
    this.#live = '';
    const el = this.#el;
    el.live = h('p', { class: 'sr', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
    el.notice = h('p', { class: 'notice', part: 'notice', text: this.#notice(lang) });
    el.result = h('section', { class: 'result', part: 'result', id: 'result', tabindex: '-1', 'aria-label': t.result });
    el.strip = h('p', { class: 'strip', part: 'strip' });
    el.form = h('form', { part: 'form', novalidate: true, 'aria-label': this.#citizen ? t.questions : t.form });
    el.form.append(el.strip, ...this.#sections());
    el.form.addEventListener('input', (e) => e.target.type === 'text' && this.#onInput(e.target));
    el.form.addEventListener('change', (e) => e.target.type !== 'text' && this.#onInput(e.target));
    el.form.addEventListener('submit', (e) => e.preventDefault());
    el.root.removeAttribute('aria-busy');
    el.root.setAttribute('lang', lang);
    el.root.setAttribute('data-mode', this.mode);
    const skip = h('button', { type: 'button', class: 'skip link', text: t.toForm });
    skip.addEventListener('click', () => el.form.querySelector('input,select')?.focus());
    el.root.replaceChildren(el.notice, el.live, skip, h('div', { class: 'layout' }, el.result, el.form));
    this.#built = true;
    this.#syncForm();
    this.#evaluate();
    if (focused) this.#shadow.getElementById(focused)?.focus();
    this.#resolve();
  }

  #notice(lang) {
    if (!(lang in notices)) {
      const r = safeEvaluate({ answers: {}, options: { lang } });
      notices[lang] = r.success ? r.data.notice.text : '';
    }
    return notices[lang];
  }

  #sections() {
    const t = this.#t;
    const items = this.#cat.items;
    if (this.#citizen) {
      return [h('div', { class: 'section', part: 'section' }, h('h3', { text: t.questions }),
        this.#cat.citizen_order.map((id) => this.#field(items.find((i) => i.id === id))))];
    }
    const out = this.#cat.sections.map((s) => h('div', { class: 'section', part: 'section', 'data-section': s.id },
      h('h3', { text: s.title }), items.filter((i) => i.section === s.id).map((i) => this.#field(i))));
    out.push(h('div', { class: 'section', part: 'section', 'data-section': 'instruments' },
      h('h3', { text: t.instruments }), this.#cat.instruments.map((x) => this.#instrument(x))));
    return out;
  }

  #hint(item) {
    if (this.#citizen) return item.citizen_help;
    const t = this.#t;
    const bits = [item.help];
    if (item.min != null) bits.push(`${t.range} ${item.min}–${item.max}${item.unit ? ' ' + item.unit : ''}.`);
    if (item.required_when) bits.push(fill(t.requiredWhen, item.required_when) + '.');
    else if (item.required === 'never') bits.push(t.optional + '.');
    return bits.join(' ');
  }

  #field(item) {
    const t = this.#t;
    const id = item.id;
    const label = (this.#citizen && item.citizen) || item.label;
    const hint = this.#hint(item);
    const hintEl = hint && h('span', { class: 'hint', id: `h-${id}`, text: hint });
    const err = h('span', { class: 'err', id: `e-${id}`, hidden: true });
    const badge = h('span', { class: 'badge', hidden: true, text: t.decisive });
    const desc = [hint && `h-${id}`, `e-${id}`].filter(Boolean).join(' ');
    // A citizen sees the engine's plain answers (never ACVPU); a choice is a radio group then.
    const plain = this.#citizen && item.citizen_choices.map((c) => [c.id, c.label]);
    const unknown = plain ? plain.at(-1)[1] : t.unknown;
    const attrs = { class: 'field', part: 'field', id: `w-${id}`, 'data-item': id };
    const data = { 'data-item': id };
    if (item.type === 'tri' || item.type === 'multi' || (plain && item.type === 'choice')) {
      const multi = item.type === 'multi';
      const opts = plain ? [...plain, ...(multi ? [] : [['', t.notAnswered]])]
        : multi ? [...item.choices.map((c) => [c.id, c.label]), ['unknown', unknown]]
          : [['yes', t.yes], ['no', t.no], ['unknown', unknown], ['', t.notAnswered]];
      return h('fieldset', { ...attrs, 'aria-describedby': desc },
        h('legend', null, label, badge), hintEl, err,
        h('div', { class: 'opts' }, opts.map(([v, l]) => h('label', null,
          h('input', { ...data, type: multi ? 'checkbox' : 'radio', name: id, value: v, id: `f-${id}-${v || 'none'}` }), l))));
    }
    const control = item.type === 'choice'
      ? h('select', { ...data, id: `f-${id}`, 'aria-describedby': desc },
        h('option', { value: '', text: `— ${t.notAnswered} —` }),
        item.choices.map((c) => h('option', { value: c.id, text: c.label })),
        h('option', { value: 'unknown', text: unknown }))
      : h('input', { ...data, id: `f-${id}`, type: 'text', inputmode: item.type === 'int' ? 'numeric' : 'decimal',
        autocomplete: 'off', spellcheck: 'false', 'aria-describedby': desc });
    const unit = item.unit && !this.#citizen ? ` (${item.unit})` : '';
    return h('div', attrs, h('label', { class: 'label', for: `f-${id}` }, label + unit, badge), hintEl, err,
      item.type === 'choice' ? control : h('div', { class: 'num-row' }, control,
        h('label', null, h('input', { ...data, type: 'checkbox', value: 'unknown', id: `f-${id}-unknown` }), unknown)));
  }

  // An instrument is a closed <details>; its items are built when it is first opened (a third of the
  // form's nodes, and rarely needed), then kept.
  #instrument(x) {
    const det = h('details', { class: 'instr', id: `w-i-${x.id}`, 'data-instr': x.id },
      h('summary', null, x.name, h('span', { class: 'meta', 'data-total': x.id })));
    det.addEventListener('toggle', () => det.open && this.#instrumentItems(det));
    return det;
  }

  #instrumentItems(det) {
    if (det.dataset.built) return;
    det.dataset.built = '1';
    const t = this.#t;
    const x = this.#cat.instruments.find((i) => i.id === det.dataset.instr);
    const sel = (key, label, options) => {
      const id = `i-${x.id}-${key}`;
      const v = this.#instruments[x.id]?.[key];
      const c = options ? h('select', { id, 'data-instr': x.id, 'data-key': key, 'aria-describedby': `e-${id}` },
        h('option', { value: '', text: `— ${t.notAnswered} —` }), options.map(([o, l]) => h('option', { value: o, text: l })))
        : h('input', { id, type: 'text', inputmode: 'numeric', autocomplete: 'off', 'data-instr': x.id, 'data-key': key, 'aria-describedby': `e-${id}` });
      c.value = v == null ? '' : String(v);
      return h('div', { class: 'field', id: `w-${id}` },
        h('label', { class: 'label', for: id, text: label }), h('span', { class: 'err', id: `e-${id}`, hidden: true }), c);
    };
    det.append(...x.items.map((it) => sel(it.id, it.label, it.boolean ? [['true', t.yes], ['false', t.no]]
      : [...it.points.map((p) => [String(p), String(p)]), ...(it.not_testable_allowed ? [['nt', t.notTestable]] : [])])),
    sel('total', `${t.instrTotal} (${x.min_total}–${x.max_total})`));
    this.#markFields(this.#evaluation);
  }

  // ---- state <-> form --------------------------------------------------------------------------

  #onInput(target) {
    const item = target.dataset.item;
    const instr = target.dataset.instr;
    if (item) {
      if (!isRecord(this.#answers)) this.#answers = {};
      const v = this.#read(item, target);
      if (v === undefined) delete this.#answers[item];
      else this.#answers[item] = v;
    } else if (instr) {
      const key = target.dataset.key;
      const raw = target.value.trim();
      if (!isRecord(this.#instruments)) this.#instruments = {};
      const o = (this.#instruments[instr] ||= {});
      if (raw === '') delete o[key];
      else o[key] = raw === 'true' ? true : raw === 'false' ? false : raw === 'nt' ? 'nt' : num(raw);
      if (!Object.keys(o).length) delete this.#instruments[instr];
    } else return;
    this.#evaluate();
    this.#emitChange();
  }

  #read(id, target) {
    const root = this.#shadow;
    const w = root.getElementById(`w-${id}`);
    const item = this.#cat.items.find((i) => i.id === id);
    if (item.type === 'tri' || (item.type === 'choice' && !w.querySelector('select'))) return w.querySelector('input:checked')?.value || undefined;
    if (item.type === 'choice') return w.querySelector('select').value || undefined;
    if (item.type === 'multi') {
      const boxes = [...w.querySelectorAll('input')];
      const unk = boxes.find((b) => b.value === 'unknown');
      // "Unknown" and the choices exclude each other in the form (a display convenience, no rule).
      if (target.value === 'unknown' && target.checked) boxes.forEach((b) => (b.checked = b === unk));
      else if (target.checked) unk.checked = false;
      if (unk.checked) return 'unknown';
      const vals = boxes.filter((b) => b.checked).map((b) => b.value);
      return vals.length ? vals : undefined;
    }
    const text = w.querySelector('input[type=text]');
    const unk = w.querySelector('input[type=checkbox]');
    if (target === unk && unk.checked) text.value = '';
    else if (target === text && text.value) unk.checked = false;
    if (unk.checked) return 'unknown';
    const raw = text.value.trim();
    return raw === '' ? undefined : num(raw);
  }

  #syncForm() {
    const root = this.#shadow;
    for (const item of this.#cat.items) {
      const w = root.getElementById(`w-${item.id}`);
      if (!w) continue;
      const v = this.#answers[item.id];
      if (item.type === 'tri' || (item.type === 'choice' && !w.querySelector('select'))) {
        for (const r of w.querySelectorAll('input')) r.checked = r.value === (typeof v === 'string' ? v : '');
      } else if (item.type === 'choice') {
        w.querySelector('select').value = typeof v === 'string' ? v : '';
      } else if (item.type === 'multi') {
        for (const b of w.querySelectorAll('input')) {
          b.checked = v === 'unknown' ? b.value === 'unknown' : Array.isArray(v) && v.includes(b.value);
        }
      } else {
        w.querySelector('input[type=checkbox]').checked = v === 'unknown';
        // A decimal comma in nb and nn (the field reads both).
        const s = v == null || v === 'unknown' ? '' : String(v);
        w.querySelector('input[type=text]').value = typeof v === 'number' && this.#lang !== 'en' ? s.replace('.', ',') : s;
      }
    }
    for (const c of root.querySelectorAll('[data-instr][data-key]')) {
      const v = this.#instruments[c.dataset.instr]?.[c.dataset.key];
      c.value = v == null ? '' : String(v);
    }
  }

  // ---- evaluation ------------------------------------------------------------------------------

  #evaluate() {
    const options = { lang: this.#lang, audience: this.mode };
    // Whatever the host set goes to the engine, which reports what it cannot take (`services = 'x'`
    // is an error at `options.services`, not ignored); only an empty list or object is left out.
    if (!(Array.isArray(this.#services) && !this.#services.length)) options.services = this.#services;
    if (this.#cutoffs != null) options.cutoffs = this.#cutoffs;
    const input = { answers: clone(this.#answers), options };
    if (!isRecord(this.#instruments) || Object.keys(this.#instruments).length) input.instruments = clone(this.#instruments);
    const run = () => {
      try {
        return safeEvaluate(input);
      } catch (e) {
        return { success: false, errors: [{ code: 'internal_error', path: '', message: String(e?.message || e) }] };
      }
    };
    let r = run();
    const errors = r.success ? [] : [...(r.errors || [])];
    // Invalid answers never hide the advice: each answer the engine refuses is left out (read as not
    // answered, the cautious reading) and the rest is evaluated again; its message stays at its field.
    // Errors outside the answers and instruments (options from the host) leave no evaluation.
    for (let round = 0; !r.success && round < 3 && r.errors?.every((e) => leaveOut(input, e.path)); round++) {
      r = run();
      if (!r.success) errors.push(...(r.errors || []));
    }
    this.#evaluation = r.success ? r.data : null;
    this.#errors = errors;
    this.#render();
    if (!this.#painted) {
      this.#painted = true;
      performance.mark?.('tsb-akutt:first-render');
      requestAnimationFrame(() => setTimeout(() => performance.mark?.('tsb-akutt:first-frame')));
    }
    this.dispatchEvent(new CustomEvent('evaluation', { detail: this.#evaluation, bubbles: true }));
  }
  #painted = false;

  #levelLabel(id) { return this.#cat.levels.find((l) => l.id === id)?.label || id; }
  #itemLabel(id) {
    const i = this.#cat.items.find((x) => x.id === id);
    return (i && ((this.#citizen && i.citizen) || i.label)) || id;
  }

  #go(id, text, cls) {
    const b = h('button', { type: 'button', class: `link go ${cls || ''}`, text: text ?? this.#itemLabel(id), 'data-go': id });
    b.addEventListener('click', () => this.focusItem(id));
    return b;
  }

  /** Moves the focus to the field of an item id (or `ciwa_ar.tremor` for an instrument item). */
  focusItem(id) {
    const root = this.#shadow;
    // `item`, `instrument.item` or `instrument.` (the instrument itself).
    const [a, b] = id.split('.');
    let w = b === undefined ? root.getElementById(`w-${a}`) : null;
    if (!w) {
      const det = root.getElementById(`w-i-${a}`);
      if (!det) return false;
      det.open = true;
      this.#instrumentItems(det);
      w = (b && root.getElementById(`w-i-${a}-${b}`)) || det;
    }
    const target = w.matches('details') ? w.querySelector('summary')
      : w.querySelector('input:checked:not([type=checkbox])') || w.querySelector('input,select');
    target.focus({ preventScroll: true });
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    w.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    w.classList.remove('flash');
    void w.offsetWidth;
    w.classList.add('flash');
    return true;
  }

  #render() {
    const ev = this.#evaluation;
    const t = this.#t;
    this.#markFields(ev);
    const strip = this.#el.strip;
    let live;
    let title;
    let blocks;
    let stripKey;
    if (!ev) {
      live = t.errors;
      blocks = [[JSON.stringify(this.#errors), () => this.#renderErrors()]];
      stripKey = '';
    } else {
      const r = ev.routing;
      title = this.#citizen && r.citizen ? r.citizen.headline : this.#headline(r);
      live = `${title}${r.provisional ? ` (${t.provisional})` : ''}`;
      blocks = this.#citizen ? this.#renderCitizen(ev) : this.#renderClinician(ev);
      stripKey = r.level + live;
      this.#el.notice.textContent = ev.notice.text;
      for (const span of this.#shadow.querySelectorAll('[data-total]')) {
        const s = ev.scores?.[span.dataset.total];
        span.textContent = s && s.total != null ? ` — ${t.total} ${s.total}${s.band_text ? `: ${s.band_text}` : ''}` : '';
      }
    }
    // Only the blocks whose content changed are rebuilt (one frame even on slow machines).
    const prev = this.#blocks;
    const next = new Map();
    const nodes = blocks.map(([key, make]) => {
      const n = prev.get(key) || make();
      next.set(key, n);
      return n;
    });
    this.#blocks = next;
    const box = this.#el.result;
    nodes.forEach((n, i) => {
      const c = box.children[i];
      if (c !== n) box.insertBefore(n, c || null);
    });
    while (box.children.length > nodes.length) box.lastElementChild.remove();
    if (stripKey !== strip.dataset.key) {
      strip.dataset.key = stripKey;
      if (!ev) {
        strip.removeAttribute('data-level');
        strip.removeAttribute('data-summary');
        strip.replaceChildren(h('span', { text: t.errors }));
      } else {
        strip.setAttribute('data-level', ev.routing.level);
        strip.setAttribute('data-summary', ev.routing.summary.id);
        if (this.#citizen && ev.routing.citizen) strip.setAttribute('data-action', ev.routing.citizen.action);
        else strip.removeAttribute('data-action');
        const toResult = h('button', { type: 'button', class: 'link', text: t.toResult });
        toResult.addEventListener('click', () => {
          box.scrollIntoView();
          box.focus({ preventScroll: true });
        });
        strip.replaceChildren(h('strong', { text: title }),
          ev.routing.provisional ? h('span', { class: 'tag provisional', text: t.provisional }) : null, toResult);
      }
    }
    if (live !== this.#live) this.#el.live.textContent = this.#live = live;
  }

  #markFields(ev) {
    const root = this.#shadow;
    const decisive = new Set(ev ? ev.completeness.decisive.map((d) => d.id) : []);
    for (const id of new Set([...this.#decisive, ...decisive])) {
      const w = root.getElementById(`w-${id}`);
      if (!w) continue;
      w.toggleAttribute('data-decisive', decisive.has(id));
      w.querySelector('.badge').hidden = !decisive.has(id);
    }
    this.#decisive = decisive;
    const invalid = new Map();
    for (const e of this.#errors) {
      const item = itemOf(e.path);
      const m = instrOf(e.path);
      const key = item || (m && (m[2] ? `i-${m[1]}-${m[2]}` : null));
      if (key) invalid.set(key, [...(invalid.get(key) || []), this.#plain(e)]);
    }
    for (const key of new Set([...this.#invalid, ...invalid.keys()])) {
      const err = root.getElementById(`e-${key}`);
      if (!err) continue;
      const msgs = invalid.get(key) && [...new Set(invalid.get(key))];
      err.hidden = !msgs;
      err.textContent = msgs ? msgs.join('; ') : '';
      for (const c of root.getElementById(`w-${key}`).querySelectorAll('input,select')) {
        if (msgs) c.setAttribute('aria-invalid', 'true');
        else c.removeAttribute('aria-invalid');
      }
    }
    this.#invalid = new Set(invalid.keys());
  }

  // The message for people at a field (from the engine's catalog): what to write or choose.
  #plain(e) {
    const cat = this.#cat;
    const m = instrOf(e.path);
    if (e.code === 'inconsistent' || e.code === 'total_mismatch') return cat.form.inconsistent;
    return cat.items.find((i) => i.id === itemOf(e.path))?.invalid
      || (m?.[2] === 'total' && cat.instruments.find((x) => x.id === m[1])?.invalid_total) || e.message;
  }

  // Beside the advice while answers are left out: which, and that they count as not answered.
  #leftOut() {
    const t = this.#t;
    return h('div', { class: 'errors', part: 'errors' }, h('h3', { text: t.toCorrect }), h('p', { text: this.#cat.form.left_out }),
      h('ul', null, this.#errors.map((e) => {
        const item = itemOf(e.path);
        const m = instrOf(e.path);
        const id = item || (m && `${m[1]}.${m[2] || ''}`);
        const label = item ? this.#itemLabel(item) : m ? this.#cat.instruments.find((x) => x.id === m[1])?.name : null;
        return h('li', null, id && label ? this.#go(id, label) : h('code', { text: e.path }), ': ', this.#plain(e),
          this.#citizen ? null : h('span', { class: 'src', text: e.message }));
      })));
  }

  #renderErrors() {
    const t = this.#t;
    return h('div', { class: 'errors', part: 'errors' }, h('h2', { text: t.errors }), h('p', { text: t.errorsHelp }),
      h('ul', null, this.#errors.map((e) => {
        const item = itemOf(e.path);
        const m = instrOf(e.path);
        const id = item || (m && `${m[1]}.${m[2] || ''}`);
        const label = item ? this.#itemLabel(item) : m ? this.#cat.instruments.find((x) => x.id === m[1])?.name : null;
        return h('li', null, id && label ? this.#go(id, label) : h('code', { text: e.path }), ': ', e.message);
      })));
  }

  #contacts(r) {
    const list = r.contacts.map((c) => h('li', null, h('a', { class: 'contact', part: 'contact', href: `tel:${c.number.replace(/[^\d+]/g, '')}` },
      h('span', { class: 'num', text: c.number }), h('span', { class: 'name', text: c.name }))));
    return list.length ? h('ul', { class: 'contacts', part: 'contacts' }, list) : null;
  }

  #servicesBlock(r) {
    if (!r.services.length) return null;
    return h('div', { part: 'services' }, h('h3', { text: this.#t.services }), h('ul', null, r.services.map((s) => h('li', null,
      h('strong', { text: s.name }),
      s.phone ? [' ', h('a', { href: `tel:${String(s.phone).replace(/[^\d+]/g, '')}`, text: s.phone })] : null,
      s.url && /^https?:\/\//i.test(s.url) ? [' ', h('a', { href: s.url, rel: 'noopener noreferrer', text: s.url })] : null,
      s.hours ? [' ', h('span', { class: 'src', text: s.hours })] : null))));
  }

  #msgs(list, cls) {
    return h('ul', { class: cls }, list.map((m) => h('li', { 'data-id': m.id }, m.text, m.sources?.length ? h('span', { class: 'src' }, cites(m.sources)) : null)));
  }

  // The decisive questions in the engine's order; past the first six, the rest behind a disclosure.
  #questions(ev, citizen) {
    const root = this.#shadow;
    const c = citizen && ev.routing.citizen;
    return (c ? c.questions.map((id) => ({ id })) : ev.completeness.decisive).filter((d) => root.getElementById(`w-${d.id}`));
  }

  #decisiveList(ev, citizen) {
    const t = this.#t;
    const list = this.#questions(ev, citizen);
    const li = (d) => h('li', null, this.#go(d.id, citizen ? this.#itemLabel(d.id) : d.label),
      d.escalates_to && !citizen ? h('span', { class: 'raise', text: fill(t.raises, this.#levelLabel(d.escalates_to)) }) : null);
    return h('div', { class: 'box', part: 'next' }, h('h3', { text: citizen ? t.nextCitizen : t.next }),
      list.length ? h('ol', { class: 'qlist' }, list.slice(0, 6).map(li)) : h('p', { text: t.noNext }),
      list.length > 6 ? h('details', null, h('summary', { text: fill(t.more, list.length - 6) }),
        h('ol', { class: 'qlist', start: '7' }, list.slice(6).map(li))) : null);
  }

  // The headline is the engine's summary (SPEC 1.7): while a non-acute level may still become acute,
  // "not settled yet", never the non-acute level.
  #headline(r) {
    return r.summary.id === 'not_settled' ? this.#t.notSettled : r.title;
  }

  // The headline card. Not settled: "not settled yet", what it may become (in the text) and the
  // questions to answer first, in a colour that does not signal safety; the non-acute floor only as a
  // secondary line. Otherwise the current action first, unsoftened; what it may become after it.
  #routingHead(ev, title, text, warnings, firstAid) {
    const t = this.#t;
    const r = ev.routing;
    const c = this.#citizen && r.citizen;
    const unsettled = c ? c.action === 'not_settled' : r.summary.id === 'not_settled';
    const first = unsettled && this.#questions(ev, !!c).slice(0, 3);
    return h('div', { class: 'routing', part: 'routing', 'data-level': r.level, 'data-summary': r.summary.id, 'data-action': c ? c.action : null },
      h('p', { class: 'eyebrow', text: c ? (unsettled ? t.notSettled : t.helpNow) : t.suggested }),
      h('h2', { class: 'level', part: 'level', text: title }),
      h('p', { text }),
      first?.length ? h('div', { class: 'first', part: 'first' }, h('h3', { text: t.answerFirst }),
        h('ol', { class: 'qlist' }, first.map((d) => h('li', null, this.#go(d.id, c ? this.#itemLabel(d.id) : d.label))))) : null,
      firstAid?.length ? h('div', { part: 'first-aid' }, h('h3', { text: t.firstAid }),
        h('ol', null, firstAid.map((m) => h('li', { text: m.text })))) : null,
      r.provisional && !c ? h('p', null, h('span', { class: 'tag provisional', text: t.provisional }),
        r.may_escalate_to ? [' ', h('span', { class: 'tag to', 'data-level': r.may_escalate_to, text: fill(t.mayEscalate, this.#levelLabel(r.may_escalate_to)) })] : null) : null,
      this.#contacts(r),
      unsettled && !c ? h('p', { class: 'floor', part: 'floor', text: fill(t.floor, r.title) }) : null,
      warnings.length ? h('div', { class: 'warn', part: 'warnings' }, h('h3', { text: t.warnings }), this.#msgs(warnings)) : null,
      this.#servicesBlock(r));
  }

  // Each block: [key, build]. The key is the data the block shows.
  #renderCitizen(ev) {
    const r = ev.routing;
    const c = r.citizen || { headline: r.title, text: r.summary.text, first_aid: [], questions: [] };
    const head = { ...r, reasons: 0, concurrent: 0, entry_path: 0 };
    return [[JSON.stringify(['head', head]), () => this.#routingHead(ev, c.headline, c.text, [], c.first_aid)],
      ...this.#leftOutBlock(),
      [JSON.stringify(['next', c.questions]), () => this.#decisiveList(ev, true)]];
  }

  #leftOutBlock() {
    return this.#errors.length ? [[JSON.stringify(['errors', this.#errors]), () => this.#leftOut()]] : [];
  }

  #renderClinician(ev) {
    const t = this.#t;
    const r = ev.routing;
    const ind = ev.indication;
    const comp = ev.completeness;
    const key = (...x) => JSON.stringify(x);
    const out = [[key('head', { ...r, reasons: 0, concurrent: 0, entry_path: 0 }, ev.warnings), () => this.#routingHead(ev, this.#headline(r), r.summary.text, ev.warnings)],
      ...this.#leftOutBlock(),
      [key('next', comp.decisive), () => this.#decisiveList(ev, false)],
      [key('why', r.reasons, r.entry_path), () => h('div', { class: 'box', part: 'reasons' }, h('h3', { text: t.why }), this.#msgs(r.reasons),
        r.entry_path ? [h('h4', { text: t.entryPath }), this.#msgs([r.entry_path])] : null)]];
    if (r.concurrent.length) out.push([key('concurrent', r.concurrent), () => h('div', { class: 'box', part: 'concurrent' }, h('h3', { text: t.concurrent }), this.#msgs(r.concurrent))]);
    out.push([key('criteria', ind), () => h('div', { class: 'box', part: 'criteria' }, h('h3', { text: t.indication }),
      h('p', { 'data-status': ind.status }, h('strong', { text: ind.text })), this.#msgs(ind.reasons),
      h('h4', { text: t.criteria }),
      ind.criteria.map((c) => h('div', { class: 'crit', 'data-criterion': c.id, 'data-status': c.status },
        h('h4', null, c.title, h('span', { class: `tag ${c.status}`, text: t[c.status] || c.status })),
        h('ul', null, c.because.map((b) => h('li', { text: b.text }))),
        c.missing.length ? h('p', null, `${t.missing}: `, c.missing.map((m, i) => [i ? ', ' : '', this.#go(m)])) : null,
        h('details', null, h('summary', { text: t.sources }), h('ul', null, c.sources.map((s) => h('li', { class: 'src' }, cite(s))))))))]);
    const dom = (d) => h('li', { 'data-domain': d.id },
      h('div', { class: 'dom' }, h('strong', { text: d.title }), h('span', { class: `tag ${d.status}`, text: t[d.status] || d.status }),
        h('span', { text: fill(t.answeredOf, d.answered, d.required) })),
      d.missing.length ? h('details', null, h('summary', { text: `${t.missing} (${d.missing.length})` }),
        h('ul', null, d.missing.map((m) => h('li', null, this.#go(m))))) : null,
      d.unresolved.length ? h('details', null, h('summary', { text: `${t.unresolved} (${d.unresolved.length})` }),
        h('ul', null, d.unresolved.map((m) => h('li', null, this.#go(m))))) : null);
    out.push([key('completeness', comp.percent, comp.context, comp.domains), () => h('div', { class: 'box', part: 'completeness' },
      h('h3', { id: 'comp-h', text: `${t.completeness}: ${comp.percent} %` }),
      h('progress', { max: '100', value: String(comp.percent), 'aria-labelledby': 'comp-h' }),
      h('ul', { class: 'qlist' }, [comp.context, ...comp.domains].filter(Boolean).map(dom)))]);
    const scores = Object.values(ev.scores || {});
    if (scores.length) {
      out.push([key('scores', scores), () => h('div', { class: 'box', part: 'scores' }, h('h3', { text: t.scores }), scores.map((s) => h('div', { 'data-score': s.id },
        h('h4', { text: s.name }), h('dl', { class: 'score' },
          h('dt', { text: t.total }), h('dd', { text: s.total != null ? String(s.total) : s.not_valid || fill(t.possible, s.min, s.max) }),
          s.band_text ? [h('dt', { text: t.level }), h('dd', { text: s.band_text })] : null,
          s.flags?.length ? [h('dt', { text: t.warnings }), h('dd', { text: s.flags.map((f) => f.text).join('; ') })] : null,
          s.missing_items?.length ? [h('dt', { text: t.missing }), h('dd', { text: s.missing_items.map((m) => this.#itemLabel(m)).join(', ') })] : null,
          s.thresholds ? [h('dt', { text: t.thresholds }), h('dd', { text: s.thresholds })] : null,
          s.sources?.length ? [h('dt', { text: t.sources }), h('dd', { class: 'src' }, cites(s.sources))] : null))))]);
    }
    out.push([key('version', ev.ruleset, ev.engine), () => h('p', { class: 'meta', text: fill(t.version, ev.ruleset, ev.engine) })]);
    return out;
  }
}

// Leaves the value at an error's path out of an input (an answer, an instrument item, an instrument);
// false for a path outside them.
function leaveOut(input, path) {
  const m = /^(answers|instruments)(?:\.([A-Za-z0-9_]+)|\[("(?:[^"\\]|\\.)*")\])(?:\.([A-Za-z0-9_]+))?/.exec(path || '');
  const box = m && input[m[1]];
  const key = m && (m[2] ?? JSON.parse(m[3]));
  if (!isRecord(box)) return false;
  // A key already gone was left out for an earlier error of the same answer (a cycle is reported at
  // the item and again deeper down).
  if (!(key in box)) return true;
  if (m[1] === 'instruments' && m[4] && isRecord(box[key]) && m[4] in box[key]) delete box[key][m[4]];
  else delete box[key];
  return true;
}

// A number typed with a comma or a point; anything else goes to the engine as text, which reports it.
function num(raw) {
  const n = Number(raw.replace(',', '.'));
  return raw && Number.isFinite(n) ? n : raw;
}

if (typeof customElements !== 'undefined' && !customElements.get('tsb-akutt-vurdering')) {
  customElements.define('tsb-akutt-vurdering', TsbAkuttVurdering);
}
export { TsbAkuttVurdering, UI as uiStrings };
