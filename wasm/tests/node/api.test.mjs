// Every exported function of every entry point of the built package: outputs, the error contract,
// the InputError class, and how the package.json `exports` resolve.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { PKG, ROOT, assertPlain, builds, goodInput, readJson } from './helpers.mjs';

const EXPORTS = [
  'InputError', 'catalog', 'cdsHooks', 'default', 'evaluate', 'evaluateQuestionnaireResponse',
  'guidanceResponse', 'init', 'initSync', 'questionnaire', 'safeEvaluate', 'score', 'version',
];

let apis;
before(async () => {
  apis = await builds();
});

for (const buildName of ['node (require)', 'node (import)', 'web (initSync)']) {
  describe(buildName, () => {
    test('exports exactly the documented API', () => {
      const api = apis[buildName];
      const names = Object.keys(api).sort();
      assert.deepStrictEqual(names, EXPORTS);
      for (const name of EXPORTS) assert.equal(typeof api[name], 'function', name);
    });

    test('evaluate: the evaluation of the contract, as plain objects', () => {
      const api = apis[buildName];
      const out = api.evaluate({
        answers: { age: 30, sex: 'male', substances: ['ghb'], consciousness: 'unresponsive' },
        options: { lang: 'en' },
      });
      assertPlain(out);
      assert.equal(out.routing.level, 'emergency_113');
      assert.equal(out.lang, 'en');
      assert.equal(out.ruleset, api.version().ruleset);
      assert.deepStrictEqual(out.indication.criteria.map((c) => c.id),
        ['pregnancy', 'danger_to_life', 'severe_withdrawal', 'dangerous_behaviour', 'social_crisis']);
      assert.equal(typeof out.completeness.percent, 'number');
      assert.equal(out.scores.news2.id, 'news2');
      // Two calls, two independent objects.
      const again = api.evaluate(goodInput());
      again.routing.level = 'changed';
      assert.notEqual(api.evaluate(goodInput()).routing.level, 'changed');
    });

    test('evaluate: invalid input throws an InputError with every error', () => {
      const api = apis[buildName];
      let caught;
      try {
        api.evaluate({ answers: { pregnnat: 'yes', age: 300 }, options: { lang: 'en' } });
      } catch (e) {
        caught = e;
      }
      assert.ok(caught instanceof api.InputError);
      assert.ok(caught instanceof Error);
      assert.equal(caught.name, 'InputError');
      assert.ok(caught.stack.includes('InputError'));
      assert.deepStrictEqual(caught.errors.map((e) => [e.code, e.path]), [
        ['out_of_range', 'answers.age'],
        ['unknown_item', 'answers.pregnnat'],
      ]);
      assert.match(caught.message, /answers\.age: .*; answers\.pregnnat: /);
      assert.match(caught.errors[1].message, /did you mean `pregnant`/);
      assertPlain(caught.errors);
    });

    test('InputError can be made by a host, and is an Error', () => {
      const { InputError } = apis[buildName];
      const e = new InputError([{ code: 'wrong_type', path: 'answers.age', message: 'm' }]);
      assert.ok(e instanceof Error);
      assert.equal(e.message, 'answers.age: m');
      assert.deepStrictEqual(new InputError().errors, []);
    });

    test('safeEvaluate: { success, data } or { success: false, errors }', () => {
      const api = apis[buildName];
      const ok = api.safeEvaluate(goodInput());
      assert.equal(ok.success, true);
      assert.deepStrictEqual(Object.keys(ok).sort(), ['data', 'success']);
      assert.deepStrictEqual(ok.data, api.evaluate(goodInput()));
      const bad = api.safeEvaluate({ answers: { age: 'x' } });
      assert.deepStrictEqual(Object.keys(bad).sort(), ['errors', 'success']);
      assert.equal(bad.success, false);
      assert.deepStrictEqual(bad.errors.map((e) => e.code), ['wrong_type']);
    });

    test('catalog: every language, nb by default', () => {
      const api = apis[buildName];
      for (const lang of ['nb', 'nn', 'en']) {
        const c = api.catalog(lang);
        assertPlain(c);
        assert.equal(c.lang, lang);
        assert.ok(c.items.length > 40);
        assert.ok(c.items.every((i) => typeof i.label === 'string' && i.label));
      }
      assert.deepStrictEqual(api.catalog(), api.catalog('nb'));
      assert.deepStrictEqual(
        (() => { try { api.catalog('se'); } catch (e) { return e.errors.map((x) => [x.code, x.path]); } })(),
        [['invalid_choice', 'lang']],
      );
    });

    test('score: an instrument on its own, options optional', () => {
      const api = apis[buildName];
      const full = Object.fromEntries(api.catalog().instruments.find((i) => i.id === 'ciwa_ar').items.map((i) => [i.id, 2]));
      const r = api.score('ciwa_ar', full);
      assertPlain(r);
      assert.equal(r.total, 2 * Object.keys(full).length);
      assert.equal(r.band, 'severe');
      assert.deepStrictEqual(api.score('ciwa_ar', full, null), r);
      assert.deepStrictEqual(api.score('ciwa_ar', full, undefined), r);
      assert.equal(api.score('ciwa_ar', full, { lang: 'en', cutoffs: { ciwa_ar: 'asam' } }).band, 'severe');
      assert.notEqual(api.score('ciwa_ar', full, { cutoffs: { ciwa_ar: 'asam' } }).thresholds, r.thresholds);
      const news2 = api.score('news2', { resp_rate: 26, spo2: 95, on_oxygen: 'no', systolic_bp: 120, pulse: 80, consciousness: 'alert', temperature: 37 });
      assert.equal(news2.id, 'news2');
      assert.equal(typeof news2.total, 'number');
      for (const [args, want] of [
        [['nope', {}], [['unknown_instrument', 'instrument']]],
        [['ciwa_ar', { tremor: 8 }], [['out_of_range', 'items.tremor']]],
        [['ciwa_ar', [], { lang: 'xx' }], [['invalid_choice', 'options.lang'], ['wrong_type', 'items']]],
        [[7, {}], [['wrong_type', 'instrument']]],
      ]) {
        try {
          api.score(...args);
          assert.fail(`score(${JSON.stringify(args)}) did not throw`);
        } catch (e) {
          assert.deepStrictEqual(e.errors.map((x) => [x.code, x.path]), want, JSON.stringify(args));
        }
      }
    });

    test('version: engine and ruleset', () => {
      const api = apis[buildName];
      const v = api.version();
      assert.deepStrictEqual(Object.keys(v).sort(), ['engine', 'ruleset']);
      assert.equal(v.engine, readJson(path.join(PKG, 'package.json')).version);
      assert.match(v.ruleset, /^\d{4}\.\d+$/);
    });

    test('questionnaire: a FHIR R4 Questionnaire in every language', () => {
      const api = apis[buildName];
      for (const lang of ['nb', 'nn', 'en']) {
        const q = api.questionnaire(lang);
        assertPlain(q);
        assert.equal(q.resourceType, 'Questionnaire');
        assert.ok(Array.isArray(q.item) && q.item.length > 0);
      }
      assert.deepStrictEqual(api.questionnaire(), api.questionnaire('nb'));
    });

    test('evaluateQuestionnaireResponse: a QuestionnaireResponse gives the same decision as the input', () => {
      const api = apis[buildName];
      const q = api.questionnaire('en');
      const qr = {
        resourceType: 'QuestionnaireResponse',
        questionnaire: q.url,
        status: 'completed',
        item: [],
      };
      const out = api.evaluateQuestionnaireResponse(qr, { lang: 'en' });
      assertPlain(out);
      assert.deepStrictEqual(out, api.evaluate({ options: { lang: 'en' } }));
      assert.deepStrictEqual(api.evaluateQuestionnaireResponse(qr), api.evaluateQuestionnaireResponse(qr, null));
      try {
        api.evaluateQuestionnaireResponse({ resourceType: 'Patient' });
        assert.fail('accepted a Patient');
      } catch (e) {
        assert.ok(e instanceof api.InputError);
        assert.ok(e.errors.every((x) => x.path.startsWith('QuestionnaireResponse')), JSON.stringify(e.errors));
      }
    });

    test('cdsHooks: the CDS Hooks response of an input', () => {
      const api = apis[buildName];
      const r = api.cdsHooks(goodInput());
      assertPlain(r);
      assert.ok(Array.isArray(r.cards) && r.cards.length > 0);
      for (const card of r.cards) {
        assert.equal(typeof card.summary, 'string');
        assert.ok(card.summary.length < 140);
        assert.ok(['info', 'warning', 'critical'].includes(card.indicator));
        assert.equal(typeof card.source.label, 'string');
      }
      assert.throws(() => api.cdsHooks({ answers: { age: -1 } }), api.InputError);
    });

    test('guidanceResponse: the FHIR GuidanceResponse of an input', () => {
      const api = apis[buildName];
      const g = api.guidanceResponse(goodInput());
      assertPlain(g);
      assert.equal(g.resourceType, 'GuidanceResponse');
      assert.throws(() => api.guidanceResponse({ answers: { age: -1 } }), api.InputError);
    });

    test('init and initSync can be called (again) without harm', async () => {
      const api = apis[buildName];
      if (buildName.startsWith('node')) {
        await api.default();
        api.initSync();
      } else {
        api.initSync({ module: fs.readFileSync(path.join(PKG, 'web/tsb_akutt_wasm_bg.wasm')) });
      }
      assert.equal(api.evaluate(goodInput()).ruleset, api.version().ruleset);
    });
  });
}

describe('the package', () => {
  test('package.json: name, exports with node, browser, import, require and types', () => {
    const pkg = readJson(path.join(PKG, 'package.json'));
    assert.equal(pkg.name, 'tsb-akutt');
    const root = pkg.exports['.'];
    assert.deepStrictEqual(Object.keys(root), ['browser', 'node', 'import', 'require', 'default']);
    const targets = [root.browser, root.node.import, root.node.require, root.import, root.require];
    for (const t of targets) assert.deepStrictEqual(Object.keys(t), ['types', 'default']);
    for (const file of [pkg.types, pkg.main, root.default, ...targets.flatMap((t) => [t.types, t.default])]) {
      assert.ok(fs.existsSync(path.join(PKG, file)), file);
    }
    for (const file of pkg.files) assert.ok(fs.existsSync(path.join(PKG, file)), file);
    assert.ok(fs.existsSync(path.join(PKG, 'README.md')));
  });

  test('`tsb-akutt` resolves to the Node build in Node and to the browser build under "browser"', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsb-akutt-resolve-'));
    try {
      fs.mkdirSync(path.join(dir, 'node_modules'));
      fs.symlinkSync(PKG, path.join(dir, 'node_modules/tsb-akutt'), 'dir');
      const run = (args, code) =>
        execFileSync(process.execPath, [...args, '--input-type=module', '-e', code], { cwd: dir, encoding: 'utf8' }).trim();
      const resolved = (conditions) =>
        fs.realpathSync(run(conditions, 'console.log(import.meta.resolve("tsb-akutt").replace("file://", ""))'));
      assert.equal(resolved([]), fs.realpathSync(path.join(PKG, 'node/index.mjs')));
      assert.equal(resolved(['--conditions=browser']), fs.realpathSync(path.join(PKG, 'web/index.js')));
      assert.equal(
        fs.realpathSync(execFileSync(process.execPath, ['-p', 'require.resolve("tsb-akutt")'], { cwd: dir, encoding: 'utf8' }).trim()),
        fs.realpathSync(path.join(PKG, 'node/index.cjs')),
      );
      // And it works, both ways, through the package name.
      assert.equal(run([], 'import { evaluate } from "tsb-akutt"; console.log(evaluate({}).routing.level)').length > 0, true);
      const cjs = execFileSync(process.execPath, ['-p', 'require("tsb-akutt").evaluate({ options: { lang: "en" } }).lang'], { cwd: dir, encoding: 'utf8' }).trim();
      assert.equal(cjs, 'en');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the shipped module is the optimised one, the same for both builds', () => {
    const web = fs.readFileSync(path.join(PKG, 'web/tsb_akutt_wasm_bg.wasm'));
    const node = fs.readFileSync(path.join(PKG, 'node/tsb_akutt_wasm_bg.wasm'));
    assert.ok(web.equals(node));
    // wasm-opt strips the name section that rustc and wasm-bindgen leave in.
    assert.ok(!web.includes(Buffer.from('\u0004name')), 'the name section is still there: not optimised?');
    assert.ok(WebAssembly.validate(web));
  });

  test('the JS layer in the package is the one in the repository', () => {
    assert.equal(fs.readFileSync(path.join(PKG, 'web/api.js'), 'utf8'), fs.readFileSync(path.join(ROOT, 'wasm/js/api.js'), 'utf8'));
    for (const f of ['index.d.ts', 'core.d.ts', 'input.d.ts']) {
      assert.equal(fs.readFileSync(path.join(PKG, f), 'utf8'), fs.readFileSync(path.join(ROOT, 'wasm/types', f), 'utf8'), f);
    }
  });
});
