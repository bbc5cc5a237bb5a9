// The FHIR entry's QuestionnaireResponse-to-cards path (issue 14), in each of its builds: `cdsHooks` and
// `guidanceResponse` take a QuestionnaireResponse as well as an engine input, `inputFromQuestionnaireResponse`
// gives the engine input a response maps to, the `safe…` forms never throw, and `questionnaire` takes
// `{ lang, flavour }`. (That every valid case gives the native result this way is parity.test.mjs.)
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { FHIR_BUILDS, assertPlain, fhirBuilds, goodInput } from './helpers.mjs';

const ORDINAL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';

let apis;
before(async () => {
  apis = await fhirBuilds();
});

/** A QuestionnaireResponse with CIWA-Ar answered item by item as LHC-Forms exports it: each answer the
 * option's Coding of `questionnaire()`, with its points in an `ordinalValue` extension of the Coding. */
function ciwaResponse(api, points) {
  const q = api.questionnaire('nb');
  const group = q.item.find((i) => i.linkId === 'instruments.ciwa_ar');
  const item = Object.entries(points).map(([id, p]) => {
    const linkId = `instruments.ciwa_ar.${id}`;
    const option = group.item.find((i) => i.linkId === linkId).answerOption.find((o) => o.valueCoding.code === String(p));
    const { system, code, display } = option.valueCoding;
    return { linkId, answer: [{ valueCoding: { system, code, display, extension: [{ url: ORDINAL, valueDecimal: p }] } }] };
  });
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: q.url,
    status: 'in-progress',
    item: [{ linkId: 'instruments.ciwa_ar', item }],
  };
}

const CIWA = {
  nausea_vomiting: 3, tremor: 4, paroxysmal_sweats: 2, anxiety: 3, agitation: 2,
  tactile: 1, auditory: 0, visual: 1, headache: 2, orientation: 1,
};

const codes = (errors) => errors.map((e) => `${e.code} ${e.path}`);

for (const buildName of FHIR_BUILDS) {
  describe(buildName, () => {
    test('a QuestionnaireResponse gives the cards and the GuidanceResponse of the input it maps to', () => {
      const api = apis[buildName];
      const qr = ciwaResponse(api, CIWA);
      const input = api.inputFromQuestionnaireResponse(qr, { lang: 'en' });
      assertPlain(input);
      assert.deepStrictEqual(input.instruments, { ciwa_ar: CIWA });
      assert.deepStrictEqual(input.options, { lang: 'en' });
      assert.deepStrictEqual(api.cdsHooks(qr, { lang: 'en' }), api.cdsHooks(input));
      assert.deepStrictEqual(api.guidanceResponse(qr, { lang: 'en' }), api.guidanceResponse(input));
      assert.equal(api.evaluateQuestionnaireResponse(qr).scores.ciwa_ar.total, 19);
      // The cards of a response are in its language unless options say otherwise.
      const nn = api.cdsHooks({ ...qr, language: 'nn-NO' });
      assert.deepStrictEqual(nn, api.cdsHooks({ ...input, options: { lang: 'nn' } }));
    });

    test('errors of a QuestionnaireResponse carry FHIR paths, from the JS side and from the core', () => {
      const api = apis[buildName];
      const qr = {
        resourceType: 'QuestionnaireResponse',
        status: 'completed',
        item: [
          { linkId: 'alcohol_permille', answer: [{ valueDecimal: Number.NaN }] },
          { linkId: 'age', answer: [{ valueInteger: 300 }] },
        ],
      };
      for (const f of [api.cdsHooks, api.guidanceResponse, api.inputFromQuestionnaireResponse]) {
        assert.throws(
          () => f(qr),
          (e) => {
            assert.ok(e instanceof api.InputError);
            assert.deepStrictEqual(codes(e.errors), [
              'wrong_type QuestionnaireResponse.item[0].answer[0].valueDecimal',
              'out_of_range QuestionnaireResponse.item[1].answer[0].valueInteger',
            ]);
            return true;
          },
        );
      }
      assert.throws(() => api.cdsHooks({ resourceType: 'Patient' }), (e) => {
        assert.deepStrictEqual(codes(e.errors), ['invalid_choice QuestionnaireResponse.resourceType']);
        return true;
      });
      // An engine input has its options inside: options beside it are an error, not ignored.
      assert.throws(() => api.cdsHooks(goodInput(), { lang: 'en' }), (e) => {
        assert.deepStrictEqual(codes(e.errors), ['inconsistent options']);
        return true;
      });
      // An engine input's errors keep the engine's paths.
      assert.throws(() => api.guidanceResponse({ answers: { age: -1 } }), (e) => {
        assert.deepStrictEqual(codes(e.errors), ['out_of_range answers.age']);
        return true;
      });
    });

    test('questionnaire: a language, or { lang, flavour }', () => {
      const api = apis[buildName];
      assert.deepStrictEqual(api.questionnaire({ lang: 'nn' }), api.questionnaire('nn'));
      assert.deepStrictEqual(api.questionnaire({}), api.questionnaire());
      const bundle = api.questionnaire({ flavour: 'helsenorge', lang: 'en' });
      assertPlain(bundle);
      assert.equal(bundle.resourceType, 'Bundle');
      assert.deepStrictEqual(
        bundle.entry.map((e) => [e.resource.language, e.resource.meta.profile[0]]),
        ['en-GB', 'nb-NO', 'nn-NO'].map((l) => [l, 'http://ehelse.no/fhir/StructureDefinition/sdf-Questionnaire']),
      );
      assert.throws(() => api.questionnaire({ flavour: 'sdc', lang: 'sv' }), (e) => {
        assert.deepStrictEqual(codes(e.errors), ['invalid_choice options.flavour', 'invalid_choice options.lang']);
        return true;
      });
      assert.throws(() => api.questionnaire({ flavour: Symbol('x') }), (e) => {
        assert.deepStrictEqual(codes(e.errors), ['wrong_type options.flavour']);
        return true;
      });
    });

    test('the safe… forms never throw, whatever they are given', () => {
      const api = apis[buildName];
      const cycle = {};
      cycle.self = cycle;
      const trap = new Proxy({}, { ownKeys() { throw new Error('trap'); }, get() { throw new Error('trap'); } });
      const hostile = [undefined, null, Number.NaN, 10n, Symbol('s'), () => 1, cycle, trap, 'text', [1], new Map(),
        { resourceType: 'QuestionnaireResponse', item: cycle }, { resourceType: 7 }];
      const safe = [
        ['safeQuestionnaire', api.questionnaire],
        ['safeEvaluateQuestionnaireResponse', api.evaluateQuestionnaireResponse],
        ['safeInputFromQuestionnaireResponse', api.inputFromQuestionnaireResponse],
        ['safeCdsHooks', api.cdsHooks],
        ['safeGuidanceResponse', api.guidanceResponse],
      ];
      for (const [name, plain] of safe) {
        for (const a of hostile) {
          for (const b of [undefined, null, Number.NaN, trap, { lang: 'xx' }]) {
            let out;
            assert.doesNotThrow(() => {
              out = api[name](a, b);
            }, name);
            assert.equal(typeof out.success, 'boolean', name);
            if (out.success) {
              // What the throwing form gives.
              assert.deepStrictEqual(out.data, plain(a, b), name);
            } else {
              assert.ok(out.errors.length > 0, name);
              for (const e of out.errors) {
                assert.deepStrictEqual(Object.keys(e).sort(), ['code', 'message', 'path'], name);
              }
            }
          }
        }
      }
      const good = api.safeCdsHooks(ciwaResponse(api, CIWA));
      assert.equal(good.success, true);
      assert.deepStrictEqual(good.data, api.cdsHooks(ciwaResponse(api, CIWA)));
      const bad = api.safeInputFromQuestionnaireResponse({ resourceType: 'QuestionnaireResponse', item: 3 });
      assert.deepStrictEqual(bad.success, false);
      assert.deepStrictEqual(codes(bad.errors), ['wrong_type QuestionnaireResponse.item']);
    });
  });
}
