// The JS layer of the tsb-akutt package, shared by the browser and the Node build (scripts/pkg.sh
// copies it as `api.js` for ES modules and turns it into `api.cjs` for CommonJS: keep every export an
// `export function` or `export class` at the start of a line).
//
// It only converts: any JS value becomes JSON text for the WebAssembly module (which hands it to the
// core), and every failure becomes an `InputError` with structured `errors` [{ code, path, message }].
// There is no clinical logic here.
//
// Plain data only, and what is not plain data is reported, never guessed or dropped (SPEC 1.4): NaN,
// Infinity, BigInt, symbols, functions, getters and setters, class instances and objects of any other
// prototype (Map, Set, Date, RegExp, `Object.create(proto)` with its inherited properties), and arrays
// with their own `toJSON` (never called) are `wrong_type` errors at their path (the same path syntax as
// the core's: `answers.age`, `answers.substances[1]`, `answers["a b"]`); a cycle, nesting deeper than
// 128 levels, or a proxy trap that throws is an `invalid_json` error at its path. These errors and the
// core's come together, in document order: each bad value is given to the core as `null`, so that it
// checks everything else (`{ age: NaN, pregnnat: 'yes' }` reports both). Properties whose value is
// `undefined` are left out, as JSON.stringify does: in JS they mean "not given"; so are symbol keys and
// non-enumerable properties, which are not data.

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
    nb: '{0} feil til er utelatt',
    nn: '{0} feil til er utelatne',
    en: '{0} more errors left out',
  },
  // The core's message (input.rs `MSG_INPUT_TOO_LARGE`): a text this long is not copied into the module.
  input_too_large: {
    nb: 'inndata er for store: {0} byte JSON, grensen er {1} byte',
    nn: 'inndata er for store: {0} byte JSON, grensa er {1} byte',
    en: 'the input is too large: {0} bytes of JSON, the limit is {1} bytes',
  },
  cycle: {
    nb: 'verdien inneholder seg selv (en sirkel)',
    nn: 'verdien inneheld seg sjølv (ein sirkel)',
    en: 'the value contains itself (a cycle)',
  },
  too_deep: {
    nb: 'nøstet dypere enn {0} nivåer',
    nn: 'nøsta djupare enn {0} nivå',
    en: 'nested deeper than {0} levels',
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

// Boxed primitives are data (JSON.stringify unboxes them): their prototype and how to unbox one (the
// built-in valueOf, taken now, whatever a page does to the prototypes later).
const BOXES = [Number, String, Boolean].map((Box) => {
  const valueOf = Box.prototype.valueOf;
  return [Box.prototype, (v) => valueOf.call(v)];
});

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
    default: {
      // A class instance by its class's name; built-ins (Map, Date, …) by their tag.
      const tag = Object.prototype.toString.call(value).slice(8, -1);
      const name = Object.getPrototypeOf(value)?.constructor?.name;
      return tag === 'Object' && typeof name === 'string' && name ? name : tag;
    }
  }
}

// Deeper than this, the fast check gives up and the full conversion decides (a cycle, say).
const FAST_DEPTH = 64;
// Arrays and objects may nest this deep (the core's limit, json::MAX_DEPTH): the conversion stops there.
const MAX_DEPTH = 128;
// The longest JSON text the core reads, in bytes (the core's input::MAX_INPUT_BYTES): a longer text is
// not copied into the module at all.
const MAX_INPUT_BYTES = 4 * 1024 * 1024;

function isDataProperty(holder, key) {
  const d = Object.getOwnPropertyDescriptor(holder, key);
  return d !== undefined && 'value' in d;
}

/**
 * Whether `value` is plain JSON data, so that `JSON.stringify(value)` alone gives the text the full
 * conversion would: objects whose prototype is `Object.prototype` (or none) and arrays whose prototype
 * is `Array.prototype`, with own data properties only (no getters) and no `toJSON` (own or inherited),
 * strings, booleans, finite numbers, `null` (and `undefined` members, which JSON leaves out). Anything
 * else, or any doubt (a proxy trap that throws, deep nesting), is `false`: the full conversion runs.
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
      if (depth > FAST_DEPTH || value.toJSON !== undefined) return false;
      const proto = Object.getPrototypeOf(value);
      if (Array.isArray(value)) {
        if (proto !== Array.prototype) return false;
        for (let i = 0; i < value.length; i++) {
          if (!isDataProperty(value, i) || !isPlainJson(value[i], depth + 1)) return false;
        }
        return true;
      }
      if (proto !== Object.prototype && proto !== null) return false;
      for (const key of Object.keys(value)) {
        if (!isDataProperty(value, key) || !isPlainJson(value[key], depth + 1)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

/** The length of `text` in UTF-8 bytes (the core's limit is in bytes). */
function utf8Length(text) {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      i++; // a surrogate pair: 4 bytes for 2 units
      bytes += 2;
    } else if (c >= 0x800) {
      bytes += 2;
    } else if (c >= 0x80) {
      bytes += 1;
    }
  }
  return bytes;
}

/**
 * `value` as JSON text for the core, and the errors only the JS side can see: `{ json, errors,
 * leftOut }`. Plain data (see isPlainJson) is `JSON.stringify` alone. Anything else goes through the
 * full conversion below, which reads own data properties only (never a getter, never a `toJSON`) and
 * reports, at its path, each value that is not plain data: NaN, ±Infinity, BigInt, symbols, functions,
 * getters and setters, class instances and objects with any other prototype (Map, Date, …, and
 * `Object.create(proto)`, whose properties are inherited), arrays with their own `toJSON` or another
 * prototype (`wrong_type`), and cycles, nesting deeper than 128 levels and proxy traps that throw
 * (`invalid_json`). Each such value is written as `null`, so that the core still checks everything
 * else; its own error at that path (about the `null`) is then dropped (see `merged`). `json` is
 * undefined when there is nothing to give the core: the text is too long (`input_too_large`), or the
 * value is `undefined`. `base` is the path of `value` in the core's error paths ('' for a whole input,
 * 'items', 'options', …).
 */
function toJson(value, base, lang) {
  const where = (path) => (path ? `\`${path}\`` : 'input');
  if (value === undefined) {
    const errors = [error('wrong_type', base, message('not_json', lang, where(base), 'undefined'))];
    return { base, errors, leftOut: 0 };
  }
  let json;
  let plain = false;
  try {
    plain = isPlainJson(value, 0);
  } catch {
    // A proxy trap threw: the full conversion reports it.
  }
  const errors = [];
  let leftOut = 0;
  if (plain) {
    json = JSON.stringify(value);
  } else {
    // Paths are built only for the errors listed.
    const pathOf = (at) => {
      const keys = [];
      for (let p = at; p !== null; p = p.parent) keys.push(p);
      let path = base;
      for (let i = keys.length - 1; i >= 0; i--) {
        path = keys[i].index ? `${path}[${keys[i].key}]` : joinPath(path, keys[i].key);
      }
      return path;
    };
    const report = (code, at, id, what) => {
      if (errors.length >= MAX_ERRORS) {
        leftOut++;
        return;
      }
      const path = pathOf(at);
      errors.push(error(code, path, message(id, lang, where(path), what)));
    };
    const ancestors = new Set();
    // The JSON text of `v` at `at` (a chain { parent, key, index } from the root, null at the root),
    // or undefined for a member to leave out.
    const walk = (v, at, depth) => {
      try {
        switch (typeof v) {
          case 'string':
            return JSON.stringify(v);
          case 'boolean':
            return v ? 'true' : 'false';
          case 'undefined':
            return undefined;
          case 'number':
            if (Number.isFinite(v)) return JSON.stringify(v);
            break;
          case 'object': {
            if (v === null) return 'null';
            if (ancestors.has(v)) {
              report('invalid_json', at, 'invalid_json', message('cycle', lang));
              return 'null';
            }
            if (depth >= MAX_DEPTH) {
              report('invalid_json', at, 'invalid_json', message('too_deep', lang, MAX_DEPTH));
              return 'null';
            }
            const proto = Object.getPrototypeOf(v);
            const box = BOXES.find(([p]) => p === proto);
            if (box) return walk(box[1](v), at, depth);
            const isArray = Array.isArray(v);
            if (isArray ? proto !== Array.prototype : proto !== Object.prototype && proto !== null) break;
            if (isArray && Object.prototype.hasOwnProperty.call(v, 'toJSON')) {
              report('wrong_type', at, 'not_json', 'Array with toJSON');
              return 'null';
            }
            ancestors.add(v);
            const parts = [];
            const keys = isArray ? v.length : Object.keys(v);
            for (let i = 0; i < (isArray ? keys : keys.length); i++) {
              const key = isArray ? i : keys[i];
              const child = { parent: at, key, index: isArray };
              const d = Object.getOwnPropertyDescriptor(v, key);
              let text;
              if (d && !('value' in d)) {
                report('wrong_type', child, 'not_json', d.get ? 'getter' : 'setter');
                text = 'null';
              } else {
                text = walk(d ? d.value : undefined, child, depth + 1);
              }
              if (isArray) parts.push(text === undefined ? 'null' : text);
              else if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`);
            }
            ancestors.delete(v);
            return isArray ? `[${parts.join(',')}]` : `{${parts.join(',')}}`;
          }
          default:
        }
        report('wrong_type', at, 'not_json', describe(v));
      } catch (e) {
        // A proxy trap or a revoked proxy: this value cannot be read.
        report('invalid_json', at, 'invalid_json', detail(e));
      }
      return 'null';
    };
    json = walk(value, null, 0);
    if (json === undefined) json = 'null';
  }
  if (json.length > MAX_INPUT_BYTES) {
    // UTF-16 units never outnumber UTF-8 bytes: too long already, and not copied into the module.
    const text = message('input_too_large', lang, utf8Length(json), MAX_INPUT_BYTES);
    return { base, errors: [error('input_too_large', base, text), ...errors], leftOut };
  }
  return { base, json, errors, leftOut };
}

// The position of each key of a path in document order, for sorting errors from the JS side and the
// core's together: the path's segments (`answers`, `.age`, `[3]`, `["a b"]`) looked up in the plain
// data the core read. A key that is not there (a missing field) sorts after its siblings.
const SEGMENT = /\.?([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
function positionOf(path, base, root) {
  const position = [];
  if (!path.startsWith(base)) return [Infinity];
  let node = root;
  SEGMENT.lastIndex = base.length;
  while (SEGMENT.lastIndex < path.length) {
    const m = SEGMENT.exec(path);
    if (!m) return [...position, Infinity];
    const key = m[1] ?? (m[2] !== undefined ? Number(m[2]) : JSON.parse(m[3]));
    let at = Infinity;
    if (Array.isArray(node) && typeof key === 'number') at = key;
    else if (node !== null && typeof node === 'object') {
      const keys = Object.keys(node);
      at = keys.indexOf(String(key));
      if (at < 0) at = keys.length;
    }
    position.push(at);
    node = node !== null && typeof node === 'object' ? node[key] : undefined;
  }
  return position;
}

function comparePositions(a, b) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * The errors of one call, from the JS side (`converted`: the toJson results of its arguments, each
 * with its `base`) and from the core (`core`), in one list in document order. A core error at a path
 * the JS side reported is about the `null` written there, and is dropped. At most MAX_ERRORS are listed,
 * then one `too_many_errors` that says how many more there were.
 */
function merged(converted, core, lang) {
  const jsPaths = new Set(converted.flatMap((c) => c.errors.map((e) => e.path)));
  const coreAll = core.filter((e) => e.code !== 'too_many_errors');
  const coreListed = coreAll.filter((e) => !jsPaths.has(e.path));
  // The core's "N more" (its message starts with the number, in every language).
  const coreMore = core
    .filter((e) => e.code === 'too_many_errors')
    .reduce((n, e) => n + (Number.parseInt(e.message, 10) || 0), 0);
  const js = converted.reduce((n, c) => n + c.errors.length + c.leftOut, 0);
  // Each value given as `null` is one core error at its path: those beyond the core's list are
  // counted out of its "N more" too.
  const droppedUnlisted = Math.min(coreMore, js - (coreAll.length - coreListed.length));
  const all = [...converted.flatMap((c) => c.errors), ...coreListed];
  // Each error's place: the argument it belongs to (by its base), then its position there.
  let roots;
  const place = (e) => {
    const arg = converted.findIndex((c) => c.base === '' || e.path === c.base || e.path.startsWith(c.base));
    if (arg < 0) return [-1];
    roots ??= converted.map((c) => {
      try {
        return c.json === undefined ? null : JSON.parse(c.json);
      } catch {
        return null;
      }
    });
    return [arg, ...positionOf(e.path, converted[arg].base, roots[arg])];
  };
  const sorted = all
    .map((e, i) => ({ e, i, at: place(e) }))
    .sort((a, b) => comparePositions(a.at, b.at) || a.i - b.i)
    .map(({ e }) => e);
  const listed = sorted.slice(0, MAX_ERRORS);
  const total = js + coreListed.length + coreMore - droppedUnlisted;
  const more = total - listed.length;
  if (more > 0) listed.push(error('too_many_errors', '', message('too_many_errors', lang, more)));
  return listed;
}

// WebAssembly memory grows and never shrinks: after a large input a module would keep its peak size.
// Past this size after a call, the instance is replaced by a fresh one (wasm-bindgen's reset, as after
// a trap), and the old memory is left to the garbage collector. Normal inputs use about 2 MiB.
const RECYCLE_BYTES = 64 * 1024 * 1024;

function recycleIfGrown(module) {
  try {
    if (typeof module.memoryBytes === 'function' && module.memoryBytes() > RECYCLE_BYTES) {
      module.__wbg_reset_state();
    }
  } catch {
    // A module that cannot say or reset: it keeps its memory, and still works.
  }
}

function checkString(value, path, lang) {
  if (typeof value === 'string') return null;
  return error('wrong_type', path, message('wrong_type', lang, `\`${path}\``, describe(value)));
}

/**
 * The public API over the raw wasm-bindgen exports. `raw` has the `*Json` functions of
 * wasm/src/lib.rs (JSON text in, JSON text out) and `__wbg_reset_state`; `isReady()` says whether the module is instantiated.
 * The FHIR functions (questionnaire, evaluateQuestionnaireResponse, inputFromQuestionnaireResponse,
 * cdsHooks, guidanceResponse, and their `safe…` forms) need
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
    } finally {
      recycleIfGrown(module);
    }
    throw new InputError(errors);
  }

  // Calls `name` with the `leading` arguments and the JSON texts of `converted` (toJson results). The
  // errors the JS side found and the core's are reported together (see `merged`); without any from the
  // JS side, the core's errors are reported as they are.
  function callConverted(lang, name, leading, converted) {
    const fromJs = converted.some((c) => c.errors.length > 0 || c.leftOut > 0);
    if (converted.some((c) => c.json === undefined)) {
      throw new InputError(merged(converted, [], lang));
    }
    let out;
    try {
      out = call(lang, name, ...leading, ...converted.map((c) => c.json));
    } catch (e) {
      if (!fromJs || !(e instanceof InputError) || e.errors.some((x) => x.code === 'internal_error')) throw e;
      throw new InputError(merged(converted, e.errors, lang));
    }
    if (fromJs) throw new InputError(merged(converted, [], lang));
    return out;
  }

  // The `safe…` form of a function: `{ success: true, data }` or `{ success: false, errors }`, never
  // a throw.
  const safe =
    (f) =>
    (...args) => {
      try {
        return { success: true, data: f(...args) };
      } catch (e) {
        const errors =
          e instanceof InputError
            ? e.errors
            : [error('internal_error', '', message('internal_error', 'nb', detail(e)))];
        return { success: false, errors };
      }
    };

  function evaluate(input) {
    const lang = langOfInput(input);
    return callConverted(lang, 'evaluateJson', [], [toJson(input, '', lang)]);
  }

  function safeEvaluate(input) {
    return safe(evaluate)(input);
  }

  function catalog(lang = 'nb') {
    const bad = checkString(lang, 'lang', 'nb');
    if (bad) throw new InputError([bad]);
    return call(LANGS.includes(lang) ? lang : 'nb', 'catalogJson', lang);
  }

  function score(instrumentId, items, options = null) {
    const lang = langOf(options);
    const bad = checkString(instrumentId, 'instrument', lang);
    const converted = [toJson(items, 'items', lang), toJson(options, 'options', lang)];
    if (bad) throw new InputError([bad, ...merged(converted, [], lang)]);
    return callConverted(lang, 'scoreJson', [instrumentId], converted);
  }

  function version() {
    return call('nb', 'version');
  }

  // `questionnaire('nn')` as before, or `questionnaire({ lang, flavour })` (a plain object; any other
  // value is a wrong `lang`).
  function questionnaire(langOrOptions = 'nb') {
    let plainObject = false;
    try {
      const proto = typeof langOrOptions === 'object' && langOrOptions !== null && Object.getPrototypeOf(langOrOptions);
      plainObject = proto === Object.prototype || proto === null;
    } catch {
      // A proxy trap threw: reported as a wrong `lang` below.
    }
    if (plainObject) {
      const lang = langOf(langOrOptions);
      return callConverted(lang, 'questionnaireForJson', [], [toJson(langOrOptions, 'options', lang)]);
    }
    const bad = checkString(langOrOptions, 'lang', 'nb');
    if (bad) throw new InputError([bad]);
    return call('nb', 'questionnaireJson', langOrOptions);
  }

  function evaluateQuestionnaireResponse(questionnaireResponse, options = null) {
    const lang = langOf(options);
    const converted = [toJson(questionnaireResponse, 'QuestionnaireResponse', lang), toJson(options, 'options', lang)];
    return callConverted(lang, 'evaluateQuestionnaireResponseJson', [], converted);
  }

  function inputFromQuestionnaireResponse(questionnaireResponse, options = null) {
    const lang = langOf(options);
    const converted = [toJson(questionnaireResponse, 'QuestionnaireResponse', lang), toJson(options, 'options', lang)];
    return callConverted(lang, 'inputFromQuestionnaireResponseJson', [], converted);
  }

  // An engine input or a QuestionnaireResponse (an object with `resourceType`; the core tells them
  // apart the same way and checks the resource type): a response's errors have FHIR paths, and the
  // options are the second argument; an engine input has its own.
  function inputOrResponse(name, input, options) {
    let resource = false;
    try {
      resource = input !== null && typeof input === 'object' && Object.hasOwn(input, 'resourceType');
    } catch {
      // A proxy trap threw: the conversion reports it.
    }
    const lang = resource || options !== null ? langOf(options) : langOfInput(input);
    const converted = [toJson(input, resource ? 'QuestionnaireResponse' : '', lang), toJson(options, 'options', lang)];
    return callConverted(lang, name, [], converted);
  }

  function cdsHooks(input, options = null) {
    return inputOrResponse('cdsHooksJson', input, options);
  }

  function guidanceResponse(input, options = null) {
    return inputOrResponse('guidanceResponseJson', input, options);
  }

  return {
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
    safeQuestionnaire: safe(questionnaire),
    safeEvaluateQuestionnaireResponse: safe(evaluateQuestionnaireResponse),
    safeInputFromQuestionnaireResponse: safe(inputFromQuestionnaireResponse),
    safeCdsHooks: safe(cdsHooks),
    safeGuidanceResponse: safe(guidanceResponse),
  };
}
