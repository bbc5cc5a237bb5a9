// Every golden case (tests/golden/**/*.json) and every conformance case (tests/fixtures/
// conformance.json) through the JS API of the built package gives exactly the native result: the whole
// evaluation (or the whole error list) and the scores through both entries (`tsb-akutt` and
// `tsb-akutt/fhir`, each over its own module), and the CDS Hooks response, the GuidanceResponse and the
// QuestionnaireResponse round trip through the FHIR entry; and the golden expectations hold
// (tests/golden/README.md).
import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { FHIR_BUILDS, MAIN_BUILDS, ROOT, builds, fhirBuilds, goldenCases, jsonFiles, native, readJson, viaJs } from './helpers.mjs';

// Each with its full input: a case that names a baseline comes expanded (tests/golden/README.md).
const golden = goldenCases();
const conformance = readJson(path.join(ROOT, 'tests/fixtures/conformance.json')).cases.map((c) => ({
  ...c,
  name: `conformance: ${c.name}`,
}));
const cases = [...golden, ...conformance];

const NEWS2_ITEMS = ['resp_rate', 'spo2', 'on_oxygen', 'systolic_bp', 'pulse', 'consciousness', 'temperature', 'age', 'pregnant'];

/** The calls each case makes: evaluate, cdsHooks, guidanceResponse, and each instrument on its own. */
function callsOf(c) {
  const calls = ['evaluate', 'cdsHooks', 'guidanceResponse'].map((fn) => ({ fn, input: c.input, name: c.name }));
  const input = c.input && typeof c.input === 'object' ? c.input : {};
  const options = input.options && typeof input.options === 'object' ? { lang: input.options.lang } : null;
  for (const [id, items] of Object.entries(input.instruments || {})) {
    calls.push({ fn: 'score', id, items, options, name: `${c.name} score ${id}` });
  }
  const answers = input.answers && typeof input.answers === 'object' ? input.answers : {};
  const vitals = Object.fromEntries(NEWS2_ITEMS.filter((k) => k in answers).map((k) => [k, answers[k]]));
  if (Object.keys(vitals).length) {
    calls.push({ fn: 'score', id: 'news2', items: vitals, options, name: `${c.name} score news2` });
  }
  return calls;
}

const calls = [
  ...cases.flatMap(callsOf),
  ...['nb', 'nn', 'en'].flatMap((lang) => [
    { fn: 'catalog', lang, name: `catalog ${lang}` },
    { fn: 'questionnaire', lang, name: `questionnaire ${lang}` },
    { fn: 'questionnaireFor', options: { lang, flavour: 'helsenorge' }, name: `questionnaire ${lang} helsenorge` },
  ]),
  { fn: 'questionnaireFor', options: { flavour: 'fhir3', fonts: 1 }, name: 'questionnaire with bad options' },
  { fn: 'version', name: 'version' },
];
/** The functions only the FHIR entry has. */
const FHIR_ONLY = new Set(['cdsHooks', 'guidanceResponse', 'questionnaire', 'questionnaireFor', 'evaluateQuestionnaireResponse']);

/** The golden expectations, with the semantics of tests/src/lib.rs `compare`. */
function compare(out, expect) {
  const diffs = [];
  const check = (what, got, want) => {
    try {
      assert.deepStrictEqual(got, want);
    } catch {
      diffs.push(`${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
    }
  };
  const criterion = (id) => out.indication.criteria.find((c) => c.id === id) || {};
  const sorted = (list) => [...(list || [])].sort();
  if ('indication' in expect) check('indication', out.indication.status, expect.indication);
  for (const [id, status] of Object.entries(expect.criteria || {})) check(`criterion ${id}`, criterion(id).status, status);
  for (const [id, list] of Object.entries(expect.missing || {})) check(`missing of ${id}`, sorted(criterion(id).missing), sorted(list));
  for (const field of ['level', 'provisional', 'may_escalate_to']) {
    if (field in expect) check(field, out.routing[field], expect[field]);
  }
  if ('concurrent' in expect) check('concurrent', sorted(out.routing.concurrent.map((m) => m.id)), sorted(expect.concurrent));
  for (const id of expect.routing_reasons || []) {
    if (!out.routing.reasons.some((r) => r.id === id)) diffs.push(`routing reason ${id} missing`);
  }
  if ('next_questions' in expect) check('next_questions', out.completeness.next_questions, expect.next_questions);
  if ('next_questions_start' in expect) {
    const n = expect.next_questions_start.length;
    check('next_questions_start', out.completeness.next_questions.slice(0, n), expect.next_questions_start);
  }
  if (expect.completeness) {
    if ('percent' in expect.completeness) check('completeness percent', out.completeness.percent, expect.completeness.percent);
    for (const [id, status] of Object.entries(expect.completeness.domains || {})) {
      check(`domain ${id}`, (out.completeness.domains.find((d) => d.id === id) || {}).status ?? null, status);
    }
  }
  for (const [id, fields] of Object.entries(expect.scores || {})) {
    for (const [field, value] of Object.entries(fields)) check(`scores.${id}.${field}`, (out.scores[id] || {})[field] ?? null, value);
  }
  return diffs;
}

const pairs = (errors) => errors.map((e) => `${e.code} ${e.path}`).sort();

let apis;
let nativeResults;
let qrCalls;
let nativeQr;

before(async () => {
  apis = { ...(await builds()), ...(await fhirBuilds()) };
  nativeResults = native(calls);
  // QuestionnaireResponses of the valid inputs, made natively, evaluated through the JS API.
  const valid = cases.filter((c) => !(c.expect && c.expect.errors));
  const qrs = native(valid.map((c) => ({ fn: 'questionnaireResponse', input: c.input })));
  // Each QuestionnaireResponse through every function that takes one: evaluated, mapped to the
  // engine input, and (as an engine input would be) to CDS Hooks cards and a GuidanceResponse.
  qrCalls = valid.flatMap((c, i) => {
    if (!qrs[i].ok) return [];
    const [qr, options, name] = [qrs[i].ok, c.input.options ?? null, c.name];
    return [
      { fn: 'evaluateQuestionnaireResponse', qr, options, name },
      { fn: 'inputFromQuestionnaireResponse', qr, options, name },
      { fn: 'cdsHooks', input: qr, options, name },
      { fn: 'guidanceResponse', input: qr, options, name },
    ];
  });
  nativeQr = native(qrCalls);
});

test('the fixtures are there', () => {
  assert.ok(conformance.length >= 12, 'conformance cases');
  assert.ok(golden.length > 0, 'golden cases');
  // Every case file (tests/golden/**/*.json but the baselines) came through the loader.
  const files = jsonFiles(path.join(ROOT, 'tests/golden'))
    .map((f) => path.relative(ROOT, f).split(path.sep).join('/'))
    .filter((f) => !f.startsWith('tests/golden/baselines/'));
  assert.deepStrictEqual(golden.map((c) => c.file), files);
});

for (const buildName of [...MAIN_BUILDS, ...FHIR_BUILDS]) {
  const isFhir = FHIR_BUILDS.includes(buildName);
  // The main entry: every call but the FHIR ones; the FHIR entry: every call.
  const mine = calls.map((call, i) => [call, i]).filter(([call]) => isFhir || !FHIR_ONLY.has(call.fn));
  describe(`${buildName}: same results as the native core`, () => {
    const fns = [...new Set(mine.map(([call]) => call.fn))].join(', ');
    test(`${mine.length} calls: ${fns}`, () => {
      const api = apis[buildName];
      let compared = 0;
      for (const [call, i] of mine) {
        assert.deepStrictEqual(viaJs(api, call), nativeResults[i], `${call.fn}: ${call.name}`);
        compared++;
      }
      assert.equal(compared, mine.length);
      assert.ok(compared > (isFhir ? 400 : 200), `only ${compared} calls`);
    });

    if (isFhir) {
      test('every valid case as a QuestionnaireResponse: evaluated, mapped, cards, GuidanceResponse', () => {
        const api = apis[buildName];
        assert.ok(qrCalls.length > 0);
        qrCalls.forEach((call, i) => {
          assert.deepStrictEqual(viaJs(api, call), nativeQr[i], call.name);
        });
      });
    }

    test('every golden and conformance expectation holds', () => {
      const api = apis[buildName];
      const failures = [];
      for (const c of cases) {
        const got = viaJs(api, { fn: 'evaluate', input: c.input });
        const expect = c.expect || {};
        if (expect.errors) {
          if (got.ok) failures.push(`${c.name}: accepted, want errors`);
          else if (JSON.stringify(pairs(got.err)) !== JSON.stringify(pairs(expect.errors))) {
            failures.push(`${c.name}: errors ${JSON.stringify(pairs(got.err))}, want ${JSON.stringify(pairs(expect.errors))}`);
          }
        } else if (got.err) {
          failures.push(`${c.name}: rejected: ${JSON.stringify(got.err)}`);
        } else {
          failures.push(...compare(got.ok, expect).map((d) => `${c.name}: ${d}`));
        }
      }
      assert.deepStrictEqual(failures, []);
    });
  });
}
