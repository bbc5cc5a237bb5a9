// Any JS value gives a structured error, never a WebAssembly.RuntimeError or another exception, through
// every function of every build of both entries (`tsb-akutt` and `tsb-akutt/fhir`); and the module
// evaluates a good input correctly afterwards.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { FHIR_BUILDS, MAIN_BUILDS, apiFactory, builds, fhirBuilds, goodInput, rawNode, rawNodeFhir } from './helpers.mjs';

const CODES = new Set([
  'invalid_json', 'wrong_type', 'unknown_field', 'unknown_item', 'out_of_range', 'invalid_choice',
  'inconsistent', 'unknown_instrument', 'unknown_instrument_item', 'total_mismatch', 'unknown_option',
  'too_many_errors', 'input_too_large', 'internal_error', 'not_initialized',
]);

function deep(depth) {
  let v = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

function deepObject(depth) {
  let v = {};
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

function circular() {
  const o = { answers: {} };
  o.answers.self = o;
  return o;
}

function throwingGetter() {
  return Object.defineProperty({}, 'answers', {
    enumerable: true,
    get() {
      throw new Error('getter says no');
    },
  });
}

function throwingProxy() {
  return new Proxy({}, {
    get() { throw new Error('get trap'); },
    ownKeys() { throw new Error('ownKeys trap'); },
    getOwnPropertyDescriptor() { throw new Error('descriptor trap'); },
  });
}

function revokedProxy() {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

class Patient {
  constructor() {
    this.answers = { age: 30 };
  }
}

const HUGE = 'x'.repeat(10 * 1024 * 1024);
const MB = 'x'.repeat(1024 * 1024);

/** [name, value, expected codes (or undefined: any structured error)]. */
const BAD = [
  ['null', null, ['wrong_type']],
  ['undefined', undefined, ['wrong_type']],
  ['0', 0, ['wrong_type']],
  ['-0', -0, ['wrong_type']],
  ['1.5', 1.5, ['wrong_type']],
  ['NaN', NaN, ['wrong_type']],
  ['Infinity', Infinity, ['wrong_type']],
  ['-Infinity', -Infinity, ['wrong_type']],
  ['true', true, ['wrong_type']],
  ['empty string', '', ['wrong_type']],
  ['JSON text', '{"answers":{}}', ['wrong_type']],
  ['10 MB string', HUGE, ['input_too_large']],
  ['empty array', [], ['wrong_type']],
  ['array', [1, 'a', null], ['wrong_type']],
  ['BigInt', 10n, ['wrong_type']],
  ['Symbol', Symbol('s'), ['wrong_type']],
  ['function', () => 1, ['wrong_type']],
  ['class', Patient, ['wrong_type']],
  ['Date', new Date(0), ['wrong_type']],
  ['invalid Date', new Date(NaN), ['wrong_type']],
  ['Map', new Map([['answers', { age: 30 }]]), ['wrong_type']],
  ['Set', new Set([1]), ['wrong_type']],
  ['WeakMap', new WeakMap(), ['wrong_type']],
  ['RegExp', /x/, ['wrong_type']],
  ['Error', new Error('e'), ['wrong_type']],
  ['Promise', Promise.resolve(1), ['wrong_type']],
  ['Uint8Array', new Uint8Array(4), ['wrong_type']],
  ['ArrayBuffer', new ArrayBuffer(4), ['wrong_type']],
  ['Proxy whose traps throw', throwingProxy(), ['invalid_json']],
  ['revoked Proxy', revokedProxy(), ['invalid_json']],
  ['an instance of a class', new Patient(), ['wrong_type']],
  ['an object with an inherited property', Object.create({ answers: { age: 30 } }), ['wrong_type']],
];

const DEPTH_PATH = '[0]'.repeat(128);
const KEY_PATH = `${'.a'.repeat(128)}`.slice(1);

/** Values that are not data deep inside: [name, value, [code, path] pairs]. */
const INSIDE = [
  // An array is not an input (the core's wrong_type at the root), and it nests too deep.
  ['100k-deep array', deep(100_000), [['wrong_type', ''], ['invalid_json', DEPTH_PATH]]],
  ['100k-deep object', deepObject(100_000), [['unknown_field', 'a'], ['invalid_json', KEY_PATH]]],
  ['1000-deep array', deep(1000), [['wrong_type', ''], ['invalid_json', DEPTH_PATH]]],
  ['circular', circular(), [['invalid_json', 'answers.self']]],
  ['getter that throws', throwingGetter(), [['wrong_type', 'answers']]],
  ['toJSON that throws', { toJSON() { throw new Error('toJSON'); } }, [['wrong_type', 'toJSON']]],
];

/** Values inside an otherwise valid input: [name, input, [code, path] pairs]. */
const NESTED = [
  ['NaN answer', { answers: { age: NaN } }, [['wrong_type', 'answers.age']]],
  ['Infinity answer', { answers: { age: Infinity } }, [['wrong_type', 'answers.age']]],
  ['-0 answer is 0', { answers: { acute_admissions_12m: -0 } }, []],
  ['BigInt answer', { answers: { age: 30n } }, [['wrong_type', 'answers.age']]],
  ['Symbol in a multi', { answers: { substances: ['ghb', Symbol('x')] } }, [['wrong_type', 'answers.substances[1]']]],
  ['function answer', { answers: { sex() {} } }, [['wrong_type', 'answers.sex']]],
  ['Map as answers', { answers: new Map() }, [['wrong_type', 'answers']]],
  ['Date answer', { answers: { age: new Date(0) } }, [['wrong_type', 'answers.age']]],
  ['odd key', { answers: { 'a b': NaN } }, [['wrong_type', 'answers["a b"]']]],
  ['NaN service name', { options: { services: [{ id: 'a', name: NaN, levels: ['gp'] }] } }, [['wrong_type', 'options.services[0].name']]],
  ['10 MB choice', { answers: { sex: HUGE } }, [['input_too_large', '']]],
  ['10 MB key', { answers: { [HUGE]: 1 } }, [['input_too_large', '']]],
  ['1 MB choice', { answers: { sex: MB } }, [['invalid_choice', 'answers.sex']]],
  ['1 MB key', { answers: { [MB]: 1 } }, [['unknown_item', `answers.${MB}`]]],
  ['1 MB odd key', { answers: { [`${MB}-`]: 1 } }, [['unknown_item', `answers[${JSON.stringify(`${MB}-`)}]`]]],
  // Issue 13: what is not plain data is an error at its path, never dropped or converted.
  ['getter on a class', { answers: new (class { get age() { return 30; } })() }, [['wrong_type', 'answers']]],
  ['getter on a plain object', { answers: { get age() { return 30; } } }, [['wrong_type', 'answers.age']]],
  ['inherited answers', { answers: Object.create({ age: 30 }) }, [['wrong_type', 'answers']]],
  ['array with its own toJSON', { answers: { substances: Object.assign(['alcohol'], { toJSON: () => ['ghb'] }) } },
    [['wrong_type', 'answers.substances']]],
  ['a subclass of Array', { answers: { substances: new (class extends Array {})() } }, [['wrong_type', 'answers.substances']]],
  // JS-side errors and the core's together, in document order.
  ['NaN and a typo', { answers: { age: NaN, pregnnat: 'yes' } }, [['wrong_type', 'answers.age'], ['unknown_item', 'answers.pregnnat']]],
  ['a typo, then NaN', { answers: { pregnnat: 'yes', age: NaN } }, [['unknown_item', 'answers.pregnnat'], ['wrong_type', 'answers.age']]],
  ['NaN among choices', { answers: { substances: ['ghb', NaN, 'x'] }, options: { lang: 'xx' } },
    [['wrong_type', 'answers.substances[1]'], ['invalid_choice', 'answers.substances[2]'], ['invalid_choice', 'options.lang']]],
  ['undefined answer is left out', { answers: { age: undefined } }, []],
  ['null answer', { answers: { age: null } }, [['wrong_type', 'answers.age']]],
];

function assertStructured(e, what) {
  assert.ok(!(e instanceof WebAssembly.RuntimeError), `${what}: a RuntimeError: ${e && e.message}`);
  assert.ok(e instanceof Error, `${what}: not an Error: ${String(e)}`);
  assert.equal(e.name, 'InputError', `${what}: ${e.name}: ${e.message}`);
  assert.ok(Array.isArray(e.errors) && e.errors.length > 0, `${what}: no errors`);
  for (const err of e.errors) {
    assert.deepStrictEqual(Object.keys(err).sort(), ['code', 'message', 'path'], what);
    assert.ok(CODES.has(err.code), `${what}: code ${err.code}`);
    assert.equal(typeof err.path, 'string', what);
    assert.ok(typeof err.message === 'string' && err.message.length > 0, what);
    assert.notEqual(err.code, 'internal_error', `${what}: ${err.message}`);
  }
  return e.errors;
}

function throwsStructured(f, what) {
  try {
    f();
  } catch (e) {
    return assertStructured(e, what);
  }
  assert.fail(`${what}: did not throw`);
}

let apis;
let reference;

before(async () => {
  apis = { ...(await builds()), ...(await fhirBuilds()) };
  reference = apis['node (require)'].evaluate(goodInput());
});

for (const buildName of [...MAIN_BUILDS, ...FHIR_BUILDS]) {
  const isFhir = FHIR_BUILDS.includes(buildName);
  // The functions that take a whole input: the FHIR entry has two more.
  const inputFns = isFhir ? ['evaluate', 'cdsHooks', 'guidanceResponse'] : ['evaluate'];
  describe(`${buildName}: hostile values`, () => {
    test(`${inputFns.join(', ')}: every bad value is a structured error`, () => {
      const api = apis[buildName];
      for (const [name, value, codes] of BAD) {
        for (const fn of inputFns) {
          const errors = throwsStructured(() => api[fn](value), `${fn}(${name})`);
          assert.deepStrictEqual([...new Set(errors.map((e) => e.code))], codes, `${fn}(${name})`);
          assert.ok(errors.every((e) => e.path === ''), `${fn}(${name}): path`);
        }
        assert.deepStrictEqual(api.evaluate(goodInput()), reference, `after ${name}`);
      }
    });

    test('safeEvaluate never throws', () => {
      const api = apis[buildName];
      for (const [name, value] of [...BAD, ...INSIDE, ...NESTED].map(([n, v]) => [n, v])) {
        let result;
        assert.doesNotThrow(() => {
          result = api.safeEvaluate(value);
        }, name);
        if (result.success) {
          assert.equal(typeof result.data.routing.level, 'string', name);
        } else {
          assertStructured(new api.InputError(result.errors), name);
        }
      }
      assert.deepStrictEqual(api.safeEvaluate(goodInput()), { success: true, data: reference });
    });

    test('bad values inside an input are reported at their path', () => {
      const api = apis[buildName];
      for (const [name, input, want] of [...INSIDE, ...NESTED]) {
        const result = api.safeEvaluate(input);
        const got = result.success ? [] : result.errors.map((e) => [e.code, e.path]);
        assert.deepStrictEqual(got, want, name);
      }
      assert.deepStrictEqual(api.evaluate(goodInput()), reference);
    });

    test('too many bad values end with too_many_errors, which counts the rest', () => {
      const api = apis[buildName];
      const input = { answers: { substances: new Array(1000).fill(NaN) }, options: { lang: 'en' } };
      const errors = throwsStructured(() => api.evaluate(input), 'many NaN');
      assert.equal(errors.length, 101);
      assert.deepStrictEqual(errors.at(-1), { code: 'too_many_errors', path: '', message: '900 more errors left out' });
      assert.equal(errors[0].path, 'answers.substances[0]');
      // Both sides: 600 NaN (the JS side), then 600 invalid choices (the core).
      const both = { answers: { substances: [...new Array(600).fill(NaN), ...new Array(600).fill('x')] }, options: { lang: 'en' } };
      const all = throwsStructured(() => api.evaluate(both), 'NaN and invalid choices');
      assert.equal(all.at(-1).message, '1100 more errors left out');
    });

    test('a Proxy of a valid input evaluates like the input; a class instance is not plain data', () => {
      const api = apis[buildName];
      assert.deepStrictEqual(api.evaluate(new Proxy(goodInput(), {})), reference);
      const frozen = Object.freeze({ ...goodInput() });
      assert.deepStrictEqual(api.evaluate(frozen), reference);
      const errors = throwsStructured(() => api.evaluate(new Patient()), 'class instance');
      assert.deepStrictEqual(errors.map((e) => [e.code, e.path]), [['wrong_type', '']]);
      assert.match(errors[0].message, /`Patient`/);
    });

    test('plain data (the fast conversion) and the same data in other shapes (the full one) agree', () => {
      const api = apis[buildName];
      // Plain objects take JSON.stringify alone; a null prototype, boxed values or an object nested
      // deeper than the fast check goes take the full conversion. Same evaluation.
      const input = goodInput();
      const bare = Object.assign(Object.create(null), input);
      const boxed = { ...input, answers: { ...input.answers, age: new Number(input.answers.age) } };
      for (const other of [bare, boxed]) {
        assert.deepStrictEqual(api.evaluate(other), reference);
      }
      const deepOptions = { ...input, options: { ...(input.options ?? {}), services: [] } };
      assert.deepStrictEqual(api.evaluate(deepOptions).routing.level, reference.routing.level);
      // Data that only looks plain is still checked: a NaN deep inside is found either way.
      const nan = { answers: { ...input.answers, temperature: NaN } };
      assert.equal(api.safeEvaluate(nan).errors[0].path, 'answers.temperature');
    });

    test('score: any instrument id, items and options', () => {
      const api = apis[buildName];
      for (const [name, value] of BAD) {
        if (typeof value !== 'string') throwsStructured(() => api.score(value, {}), `score(${name}, {})`);
        const items = throwsStructured(() => api.score('ciwa_ar', value), `score('ciwa_ar', ${name})`);
        assert.ok(items.every((e) => e.path.startsWith('items') || e.path === 'instrument'), `items ${name}`);
        if (value !== null && value !== undefined) {
          const opts = throwsStructured(() => api.score('ciwa_ar', {}, value), `score('ciwa_ar', {}, ${name})`);
          assert.ok(opts.every((e) => e.path.startsWith('options')), `options ${name}: ${JSON.stringify(opts)}`);
        }
      }
      assert.deepStrictEqual(
        throwsStructured(() => api.score('ciwa_ar', { tremor: NaN }, { lang: 'en', x: 1n }), 'nested').map((e) => e.path),
        ['items.tremor', 'options.x'],
      );
      assert.equal(api.score('ciwa_ar', { tremor: 3, total: 3 - 3 + 3 }, { lang: 'en' }).min, 3);
    });

    test(`${isFhir ? 'catalog and questionnaire' : 'catalog'}: any language value`, () => {
      const api = apis[buildName];
      for (const [name, value] of BAD) {
        if (value === undefined) continue; // the default language
        for (const fn of isFhir ? ['catalog', 'questionnaire'] : ['catalog']) {
          const errors = throwsStructured(() => api[fn](value), `${fn}(${name})`);
          // `questionnaire` also takes options `{ lang, flavour }`: a value with the prototype of a
          // plain object (a proxy of one) is read as options, and its errors are at `options`.
          let plain = false;
          try {
            const proto = typeof value === 'object' && value !== null && Object.getPrototypeOf(value);
            plain = proto === Object.prototype || proto === null;
          } catch {
            // A revoked proxy: not read as options.
          }
          const path = fn === 'questionnaire' && plain ? 'options' : 'lang';
          assert.deepStrictEqual([...new Set(errors.map((e) => e.path))], [path], `${fn}(${name})`);
        }
      }
      assert.equal(api.catalog().lang, 'nb');
      assert.equal(api.catalog('en').lang, 'en');
    });

    if (!isFhir) return;

    test('evaluateQuestionnaireResponse: any response and options', () => {
      const api = apis[buildName];
      for (const [name, value] of BAD) {
        throwsStructured(() => api.evaluateQuestionnaireResponse(value), `qr(${name})`);
        if (value !== null && value !== undefined) {
          throwsStructured(() => api.evaluateQuestionnaireResponse({ resourceType: 'QuestionnaireResponse' }, value), `qr options(${name})`);
        }
      }
      const errors = throwsStructured(
        () => api.evaluateQuestionnaireResponse({ resourceType: 'QuestionnaireResponse', status: NaN }, { lang: Symbol('x') }),
        'nested qr',
      );
      assert.deepStrictEqual(errors.map((e) => e.path), ['QuestionnaireResponse.status', 'options.lang']);
      assert.deepStrictEqual(api.evaluate(goodInput()), reference);
    });
  });
}

describe('a failure inside the module', () => {
  test('a trap becomes internal_error, the module is re-instantiated, and the next call works', () => {
    const { createApi, InputError } = apiFactory();
    let resets = 0;
    let trap = true;
    const raw = {
      evaluateJson(json) {
        if (trap) {
          trap = false;
          throw new WebAssembly.RuntimeError('unreachable');
        }
        return json; // the raw exports answer JSON text
      },
      __wbg_reset_state() {
        resets++;
      },
    };
    const api = createApi(raw, () => true);
    const errors = assertStructuredInternal(() => api.evaluate({ answers: {} }), InputError);
    assert.equal(errors[0].code, 'internal_error');
    assert.match(errors[0].message, /RuntimeError: unreachable/);
    assert.equal(resets, 1);
    assert.deepStrictEqual(api.evaluate({ answers: {} }), { answers: {} });
    const safe = createApi({ evaluateJson() { throw new RangeError('boom'); }, __wbg_reset_state() {} }, () => true)
      .safeEvaluate({});
    assert.equal(safe.success, false);
    assert.equal(safe.errors[0].code, 'internal_error');
  });

  test('the real modules (main and FHIR) can be re-instantiated and work after it', async () => {
    const raw = rawNode();
    const api = (await builds())['node (require)'];
    const before = api.evaluate(goodInput());
    raw.__wbg_reset_state();
    assert.deepStrictEqual(api.evaluate(goodInput()), before);
    const rawFhir = rawNodeFhir();
    const fhir = (await fhirBuilds())['fhir node (require)'];
    const cards = fhir.cdsHooks(goodInput());
    rawFhir.__wbg_reset_state();
    assert.deepStrictEqual(fhir.cdsHooks(goodInput()), cards);
    assert.deepStrictEqual(fhir.evaluate(goodInput()), before);
  });

  test('the browser build before init() says so, in a structured error', async () => {
    const { createApi } = apiFactory();
    const api = createApi({}, () => false);
    const errors = assertStructuredInternal(() => api.evaluate({}), api.InputError ?? Error);
    assert.equal(errors[0].code, 'not_initialized');
    assert.equal(api.safeEvaluate({}).errors[0].code, 'not_initialized');
  });
});

function assertStructuredInternal(f, Class) {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof Class);
    assert.equal(e.name, 'InputError');
    return e.errors;
  }
  assert.fail('did not throw');
}
