// The JS layer of the tsb-akutt package, shared by the browser and the Node build (scripts/pkg.sh
// copies it as `api.js` for ES modules and turns it into `api.cjs` for CommonJS: keep every export an
// `export function` or `export class` at the start of a line).
//
// It only converts: any JS value becomes JSON text for the WebAssembly module (which hands it to the
// core), and every failure becomes an `InputError` with structured `errors` [{ code, path, message }].
// There is no clinical logic here.
//
// What JSON cannot carry is reported, never guessed or dropped (SPEC 1.4): NaN, Infinity, BigInt,
// symbols, functions and objects such as Map, Set or RegExp are `wrong_type` errors at their path (the
// same path syntax as the core's: `answers.age`, `answers.substances[1]`, `answers["a b"]`); a value
// that JSON.stringify cannot convert at all (a cycle, a getter or Proxy trap that throws, nesting too
// deep for the JS stack) is an `invalid_json` error. Properties whose value is `undefined` are left
// out, as JSON.stringify does: in JS they mean "not given".

const LANGS = ['nb', 'nn', 'en'];
const MAX_ERRORS = 100;
const MAX_DETAIL = 200;

// The binding's own messages, in the style of the core's: lower case, no final period, values in
// backticks. {0}, {1} are replaced by arguments.
const MESSAGES = {
  not_json: {
    nb: 'feil type for {0}: forventet en JSON-verdi, fikk `{1}`',
    nn: 'feil type for {0}: venta ein JSON-verdi, fekk `{1}`',
    en: 'wrong type for {0}: expected a JSON value, got `{1}`',
  },
  wrong_type: {
    nb: 'feil type for {0}: forventet en tekst, fikk `{1}`',
    nn: 'feil type for {0}: venta ein tekst, fekk `{1}`',
    en: 'wrong type for {0}: expected a string, got `{1}`',
  },
  invalid_json: {
    nb: '{0} kan ikke gjøres om til JSON: {1}',
    nn: '{0} kan ikkje gjerast om til JSON: {1}',
    en: '{0} cannot be converted to JSON: {1}',
  },
  too_many_errors: {
    nb: 'flere feil er utelatt',
    nn: 'fleire feil er utelatne',
    en: 'more errors left out',
  },
  not_initialized: {
    nb: 'modulen er ikke lastet: kall `await init()` eller `initSync()` først',
    nn: 'modulen er ikkje lasta: kall `await init()` eller `initSync()` først',
    en: 'the module is not loaded: call `await init()` or `initSync()` first',
  },
  language_not_loaded: {
    nb: 'tekstene på `{0}` er ikke lastet: kall `await loadLanguage("{0}")` først',
    nn: 'tekstane på `{0}` er ikkje lasta: kall `await loadLanguage("{0}")` først',
    en: 'the `{0}` texts are not loaded: call `await loadLanguage("{0}")` first',
  },
  internal_error: {
    nb: 'intern feil i motoren (ikke en feil i inndata), modulen er startet på nytt: {0}',
    nn: 'intern feil i motoren (ikkje ein feil i inndata), modulen er starta på nytt: {0}',
    en: 'internal error in the engine (not an input error), the module has been restarted: {0}',
  },
};

function message(id, lang, ...args) {
  const template = MESSAGES[id][lang] || MESSAGES[id].nb;
  return template.replace(/\{(\d)\}/g, (_, i) => (args[i] === undefined ? '' : String(args[i])));
}

function detail(e) {
  let text;
  try {
    text = (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).replace(/\s+/g, ' ');
  } catch {
    text = 'unknown error';
  }
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL)}…` : text;
}

/** The error thrown for invalid input: a real `Error`, with the structured errors in `errors`. */
export class InputError extends Error {
  constructor(errors) {
    const list = Array.isArray(errors) ? errors : [];
    const shown = list
      .slice(0, 3)
      .map((e) => (e.path ? `${e.path}: ${e.message}` : e.message))
      .join('; ');
    const more = list.length > 3 ? ` (+${list.length - 3})` : '';
    super(list.length ? `${shown}${more}` : 'invalid input');
    this.name = 'InputError';
    this.errors = list;
  }
}

function error(code, path, text) {
  return { code, path, message: text };
}

// The path syntax of the core (errors.rs `join` and `index`).
const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
function joinPath(parent, key) {
  if (PLAIN_KEY.test(key)) return parent ? `${parent}.${key}` : key;
  return `${parent}[${JSON.stringify(key)}]`;
}

// The language of the binding's messages: `options.lang` when it is readable and valid, else nb.
// Reading may run a getter or a Proxy trap, so it may throw.
function langOf(options) {
  try {
    const lang = options !== null && typeof options === 'object' ? options.lang : undefined;
    return LANGS.includes(lang) ? lang : 'nb';
  } catch {
    return 'nb';
  }
}

function langOfInput(input) {
  try {
    return input !== null && typeof input === 'object' ? langOf(input.options) : 'nb';
  } catch {
    return 'nb';
  }
}

const PLAIN_TAGS = new Set([
  '[object Object]',
  '[object Array]',
  // Boxed primitives: JSON.stringify unboxes them.
  '[object Number]',
  '[object String]',
  '[object Boolean]',
]);

function describe(value) {
  try {
    return describeType(value);
  } catch {
    return 'object';
  }
}

function describeType(value) {
  switch (typeof value) {
    case 'number':
      return String(value);
    case 'bigint':
      return `${value}n`;
    case 'symbol':
      return 'symbol';
    case 'function':
      return 'function';
    case 'undefined':
      return 'undefined';
    default:
      return Object.prototype.toString.call(value).slice(8, -1);
  }
}

// Thrown from the replacer to stop after MAX_ERRORS errors.
const STOP = Symbol('stop');

// Deeper than this, the fast check gives up and the full conversion decides (a cycle, say).
const FAST_DEPTH = 64;

/**
 * Whether `value` is plain JSON data: objects with the prototype `Object.prototype` (or none) and
 * without `toJSON`, arrays, strings, booleans, finite numbers, `null` (and `undefined` members, which
 * JSON leaves out). For such a value `JSON.stringify` alone gives the text the full conversion would
 * give, without a replacer call per value (most of the conversion's time). Anything else, or any
 * doubt (a getter that throws, a proxy, deep nesting), is `false`: the full conversion then runs.
 */
function isPlainJson(value, depth) {
  switch (typeof value) {
    case 'string':
    case 'boolean':
    case 'undefined':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      if (depth > FAST_DEPTH) return false;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          if (!isPlainJson(value[i], depth + 1)) return false;
        }
        return true;
      }
      const proto = Object.getPrototypeOf(value);
      if ((proto !== Object.prototype && proto !== null) || typeof value.toJSON === 'function') return false;
      for (const key in value) {
        if (!isPlainJson(value[key], depth + 1)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

/**
 * `value` as JSON text, or the errors that prevent it. `base` is the path of `value` in the core's
 * error paths ('' for a whole input, 'items', 'options', …).
 */
function toJson(value, base, lang) {
  const where = (path) => (path ? `\`${path}\`` : 'input');
  if (value === undefined) {
    return { errors: [error('wrong_type', base, message('not_json', lang, where(base), 'undefined'))] };
  }
  let plain = false;
  try {
    plain = isPlainJson(value, 0);
  } catch {
    // A getter or a proxy threw: the full conversion reports it.
  }
  if (plain) {
    try {
      return { json: JSON.stringify(value) };
    } catch {
      // Cannot happen for plain data; the full conversion reports whatever it was.
    }
  }
  const parents = new Map();
  const errors = [];
  let root;
  const pathOf = (holder, key) => {
    const keys = [];
    let h = holder;
    let k = key;
    while (h !== root) {
      keys.push([h, k]);
      const up = parents.get(h);
      if (!up) break;
      [h, k] = up;
    }
    let path = base;
    for (let i = keys.length - 1; i >= 0; i--) {
      const [holderAt, keyAt] = keys[i];
      path = Array.isArray(holderAt) ? `${path}[${keyAt}]` : joinPath(path, keyAt);
    }
    return path;
  };
  function replacer(key, v) {
    if (root === undefined) {
      root = this; // the wrapper { "": value } of the first call
    }
    let bad = false;
    if (v === null || typeof v !== 'object') {
      // A primitive may come from an object's toJSON: a Date (or an invalid Date, whose toJSON gives
      // null) is no more a JSON value than a Map is. Plain objects with their own toJSON are fine.
      const original = this[key];
      if (original !== v && original !== null && typeof original === 'object') {
        if (!PLAIN_TAGS.has(Object.prototype.toString.call(original))) v = original;
      }
    }
    switch (typeof v) {
      case 'number':
        bad = !Number.isFinite(v);
        break;
      case 'bigint':
      case 'symbol':
      case 'function':
        bad = true;
        break;
      case 'object':
        if (v !== null) {
          if (!Array.isArray(v) && !PLAIN_TAGS.has(Object.prototype.toString.call(v))) {
            bad = true;
          } else {
            parents.set(v, [this, key]);
          }
        }
        break;
      default:
    }
    if (!bad) return v;
    const path = pathOf(this, key);
    if (errors.length >= MAX_ERRORS) {
      errors.push(error('too_many_errors', '', message('too_many_errors', lang)));
      throw STOP;
    }
    errors.push(error('wrong_type', path, message('not_json', lang, where(path), describe(v))));
    return null;
  }
  let json;
  try {
    json = JSON.stringify(value, replacer);
  } catch (e) {
    if (e === STOP) return { errors };
    return { errors: [error('invalid_json', base, message('invalid_json', lang, where(base), detail(e)))] };
  }
  if (errors.length) return { errors };
  // Only a root symbol or function gives no text; they were reported above.
  return { json: json === undefined ? 'null' : json };
}

function checkString(value, path, lang) {
  if (typeof value === 'string') return null;
  return error('wrong_type', path, message('wrong_type', lang, `\`${path}\``, describe(value)));
}

/**
 * The public API over the raw wasm-bindgen exports. `raw` has the `*Json` functions of
 * wasm/src/lib.rs (JSON text in, JSON text out) and `__wbg_reset_state`; `isReady()` says whether the module is instantiated.
 * The FHIR functions (questionnaire, evaluateQuestionnaireResponse, cdsHooks, guidanceResponse) need
 * the module built with the feature `fhir`: only the `tsb-akutt/fhir` entries (web-fhir.js,
 * node-fhir.cjs) export them; the main entries pick the others.
 *
 * `moduleFor(lang)`, when given, says which module holds the texts of `lang`: the main entries' module
 * has the nb texts only, and nn and en are language modules of their own (the same engine built with
 * that language's texts, scripts/pkg.sh). It returns that module's raw exports, or `null` while the
 * module is not loaded: the call then fails with `language_not_loaded`, never an answer in another
 * language. Without it, `raw` has every language (the FHIR entries).
 */
export function createApi(raw, isReady, moduleFor = null) {
  // Calls the raw export `name` of the module for `lang`. Its output is JSON text, parsed here into
  // plain objects and arrays. The core answers invalid input with the array of errors as JSON text
  // (thrown by wasm-bindgen as a string); anything else is a failure of the module itself (a trap): the
  // module is re-instantiated so that the next call works, and the failure is reported as
  // `internal_error`.
  function call(lang, name, ...args) {
    if (!isReady()) {
      throw new InputError([error('not_initialized', '', message('not_initialized', lang))]);
    }
    const module = moduleFor && lang !== 'nb' ? moduleFor(lang) : raw;
    if (!module) {
      const path = name === 'catalogJson' ? 'lang' : 'options.lang';
      throw new InputError([error('language_not_loaded', path, message('language_not_loaded', lang, lang))]);
    }
    let errors;
    try {
      return JSON.parse(module[name](...args));
    } catch (e) {
      if (typeof e === 'string') {
        errors = JSON.parse(e);
      } else {
        try {
          module.__wbg_reset_state();
        } catch {
          // Nothing more can be done here; the next call reports again.
        }
        errors = [error('internal_error', '', message('internal_error', lang, detail(e)))];
      }
    }
    throw new InputError(errors);
  }

  function json(value, base, lang) {
    const out = toJson(value, base, lang);
    if (out.errors) throw new InputError(out.errors);
    return out.json;
  }

  function evaluate(input) {
    const lang = langOfInput(input);
    return call(lang, 'evaluateJson', json(input, '', lang));
  }

  function safeEvaluate(input) {
    try {
      return { success: true, data: evaluate(input) };
    } catch (e) {
      const errors =
        e instanceof InputError
          ? e.errors
          : [error('internal_error', '', message('internal_error', 'nb', detail(e)))];
      return { success: false, errors };
    }
  }

  function catalog(lang = 'nb') {
    const bad = checkString(lang, 'lang', 'nb');
    if (bad) throw new InputError([bad]);
    return call(LANGS.includes(lang) ? lang : 'nb', 'catalogJson', lang);
  }

  function score(instrumentId, items, options = null) {
    const lang = langOf(options);
    const bad = checkString(instrumentId, 'instrument', lang);
    const itemsJson = toJson(items, 'items', lang);
    const optionsJson = toJson(options, 'options', lang);
    const errors = [bad, ...(itemsJson.errors || []), ...(optionsJson.errors || [])].filter(Boolean);
    if (errors.length) throw new InputError(errors);
    return call(lang, 'scoreJson', instrumentId, itemsJson.json, optionsJson.json);
  }

  function version() {
    return call('nb', 'version');
  }

  function questionnaire(lang = 'nb') {
    const bad = checkString(lang, 'lang', 'nb');
    if (bad) throw new InputError([bad]);
    return call('nb', 'questionnaireJson', lang);
  }

  function evaluateQuestionnaireResponse(questionnaireResponse, options = null) {
    const lang = langOf(options);
    const qr = toJson(questionnaireResponse, 'QuestionnaireResponse', lang);
    const opts = toJson(options, 'options', lang);
    const errors = [...(qr.errors || []), ...(opts.errors || [])];
    if (errors.length) throw new InputError(errors);
    return call(lang, 'evaluateQuestionnaireResponseJson', qr.json, opts.json);
  }

  function cdsHooks(input) {
    const lang = langOfInput(input);
    return call(lang, 'cdsHooksJson', json(input, '', lang));
  }

  function guidanceResponse(input) {
    const lang = langOfInput(input);
    return call(lang, 'guidanceResponseJson', json(input, '', lang));
  }

  return {
    evaluate,
    safeEvaluate,
    catalog,
    score,
    version,
    questionnaire,
    evaluateQuestionnaireResponse,
    cdsHooks,
    guidanceResponse,
  };
}
