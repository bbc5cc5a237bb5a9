// Every exported function of every entry point of the built package (the main entry `tsb-akutt` and
// the FHIR entry `tsb-akutt/fhir`, each as Node require, Node import and the browser build): outputs,
// the error contract, the InputError class, and how the package.json `exports` resolve.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { FHIR_BUILDS, MAIN_BUILDS, PKG, ROOT, assertPlain, builds, fhirBuilds, goodInput, readJson } from './helpers.mjs';

const MAIN_EXPORTS = [
  'InputError', 'catalog', 'default', 'evaluate', 'init', 'initSync', 'languageLoaded', 'loadLanguage',
  'safeEvaluate', 'score', 'version',
];
const FHIR_FUNCTIONS = [
  'cdsHooks', 'evaluateQuestionnaireResponse', 'guidanceResponse', 'inputFromQuestionnaireResponse', 'questionnaire',
  'safeCdsHooks', 'safeEvaluateQuestionnaireResponse', 'safeGuidanceResponse', 'safeInputFromQuestionnaireResponse',
  'safeQuestionnaire',
];
const FHIR_EXPORTS = [...MAIN_EXPORTS, ...FHIR_FUNCTIONS].sort();

/** Each entry's module in the browser build. */
const WASM = { main: 'web/tsb_akutt_wasm_bg.wasm', fhir: 'web/tsb_akutt_fhir_bg.wasm' };

let apis;
before(async () => {
  apis = { ...(await builds()), ...(await fhirBuilds()) };
});

// The functions of the main entry, in both entries (the FHIR entry has them too, over its own module).
for (const buildName of [...MAIN_BUILDS, ...FHIR_BUILDS]) {
  const isFhir = FHIR_BUILDS.includes(buildName);
  describe(buildName, () => {
    test('exports exactly the documented API', () => {
      const api = apis[buildName];
      const names = Object.keys(api).sort();
      const want = isFhir ? FHIR_EXPORTS : MAIN_EXPORTS;
      assert.deepStrictEqual(names, want);
      for (const name of want) assert.equal(typeof api[name], 'function', name);
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
      // In the order of the input.
      assert.deepStrictEqual(caught.errors.map((e) => [e.code, e.path]), [
        ['unknown_item', 'answers.pregnnat'],
        ['out_of_range', 'answers.age'],
      ]);
      assert.match(caught.message, /answers\.pregnnat: .*; answers\.age: /);
      assert.match(caught.errors[0].message, /did you mean `pregnant`/);
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

    test('init and initSync can be called (again) without harm', async () => {
      const api = apis[buildName];
      if (buildName.startsWith('node')) {
        await api.default();
        api.initSync();
      } else {
        api.initSync({ module: fs.readFileSync(path.join(PKG, isFhir ? WASM.fhir : WASM.main)) });
      }
      assert.equal(api.evaluate(goodInput()).ruleset, api.version().ruleset);
    });
  });
}

// The FHIR functions: only in the FHIR entry.
for (const buildName of FHIR_BUILDS) {
  describe(`${buildName}: FHIR and CDS Hooks`, () => {
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

  });
}

describe('the two entries', () => {
  test('the main entry has none of the FHIR functions, the FHIR entry all of them', () => {
    for (const name of MAIN_BUILDS) {
      for (const fn of FHIR_FUNCTIONS) assert.equal(apis[name][fn], undefined, `${name}: ${fn}`);
    }
    for (const name of FHIR_BUILDS) {
      for (const fn of FHIR_FUNCTIONS) assert.equal(typeof apis[name][fn], 'function', `${name}: ${fn}`);
    }
  });

  test('one InputError class: an error of either entry is an instance of the other entry\'s class', () => {
    for (const [main, fhir] of MAIN_BUILDS.map((m, i) => [m, FHIR_BUILDS[i]])) {
      assert.equal(apis[main].InputError, apis[fhir].InputError, `${main} and ${fhir}`);
      assert.throws(() => apis[fhir].cdsHooks({ answers: { age: -1 } }), apis[main].InputError);
      assert.throws(() => apis[main].evaluate({ answers: { age: -1 } }), apis[fhir].InputError);
    }
  });

  test('the same evaluation from either entry', () => {
    for (const [main, fhir] of MAIN_BUILDS.map((m, i) => [m, FHIR_BUILDS[i]])) {
      assert.deepStrictEqual(apis[fhir].evaluate(goodInput()), apis[main].evaluate(goodInput()));
      assert.deepStrictEqual(apis[fhir].catalog('nn'), apis[main].catalog('nn'));
      assert.deepStrictEqual(apis[fhir].version(), apis[main].version());
    }
  });

  test('each browser entry needs its own init: loading one does not load the other', async () => {
    const v = Date.now();
    const main = await import(`${pathToFileURL(path.join(PKG, 'web/index.js')).href}?fresh=${v}`);
    const fhir = await import(`${pathToFileURL(path.join(PKG, 'web/fhir.js')).href}?fresh=${v}`);
    // A fresh import of the entry shares the glue module (and its instance) with the earlier imports,
    // but its own "ready" flag starts false: it answers not_initialized until its init.
    const code = (f) => { try { f(); return 'ok'; } catch (e) { return e.errors[0].code; } };
    assert.equal(code(() => fhir.cdsHooks(goodInput())), 'not_initialized');
    assert.equal(code(() => main.evaluate(goodInput())), 'not_initialized');
    main.initSync({ module: fs.readFileSync(path.join(PKG, WASM.main)) });
    assert.equal(code(() => main.evaluate(goodInput())), 'ok');
    assert.equal(code(() => fhir.evaluate(goodInput())), 'not_initialized');
    fhir.initSync({ module: fs.readFileSync(path.join(PKG, WASM.fhir)) });
    assert.equal(code(() => fhir.cdsHooks(goodInput())), 'ok');
  });

  test('language modules: nn and en answer only once loaded, never in another language, as the FHIR entry does', async () => {
    const main = await import(`${pathToFileURL(path.join(PKG, 'web/index.js')).href}?languages=${Date.now()}`);
    main.initSync({ module: fs.readFileSync(path.join(PKG, WASM.main)) });
    const input = { ...goodInput(), options: { lang: 'nn' } };
    const errorOf = (f) => { try { f(); return null; } catch (e) { return e.errors.map((x) => [x.code, x.path]); } };
    assert.equal(main.languageLoaded('nb'), true);
    assert.equal(main.languageLoaded('nn'), false);
    assert.deepStrictEqual(errorOf(() => main.evaluate(input)), [['language_not_loaded', 'options.lang']]);
    assert.deepStrictEqual(errorOf(() => main.catalog('en')), [['language_not_loaded', 'lang']]);
    assert.deepStrictEqual(errorOf(() => main.score('audit_c', { q1: 1, q2: 1, q3: 0 }, { lang: 'en' })),
      [['language_not_loaded', 'options.lang']]);
    const refused = main.safeEvaluate(input);
    assert.equal(refused.success, false);
    assert.match(refused.errors[0].message, /loadLanguage\("nn"\)/);
    // nb and an invalid language are the main module's (the core reports the invalid one).
    assert.equal(main.evaluate(goodInput()).lang, 'nb');
    assert.deepStrictEqual(errorOf(() => main.evaluate({ ...goodInput(), options: { lang: 'de' } }))[0], ['invalid_choice', 'options.lang']);
    await assert.rejects(main.loadLanguage('de'), TypeError);

    // Concurrent loads share one; afterwards the answers equal those of the FHIR entry (every language
    // in one module).
    const bytes = fs.readFileSync(path.join(PKG, 'web/tsb_akutt_nn_bg.wasm'));
    await Promise.all([main.loadLanguage('nn', { module_or_path: bytes }), main.loadLanguage('nn', { module_or_path: bytes })]);
    assert.equal(main.languageLoaded('nn'), true);
    assert.equal(main.languageLoaded('en'), false);
    const fhir = apis['fhir node (require)'];
    assert.deepStrictEqual(main.evaluate(input), fhir.evaluate(input));
    assert.deepStrictEqual(main.catalog('nn'), fhir.catalog('nn'));

    // Node loads a language module on its first call.
    const node = apis['node (require)'];
    assert.equal(node.languageLoaded('en'), true);
    assert.deepStrictEqual(node.evaluate({ ...input, options: { lang: 'en' } }), fhir.evaluate({ ...input, options: { lang: 'en' } }));
  });
});

describe('the package', () => {
  test('package.json: name, exports of both entries with node, browser, import, require and types', () => {
    const pkg = readJson(path.join(PKG, 'package.json'));
    assert.equal(pkg.name, 'tsb-akutt');
    for (const [entry, types, cts] of [['.', './index.d.ts', './index.d.cts'], ['./fhir', './fhir.d.ts', './fhir.d.cts']]) {
      const root = pkg.exports[entry];
      assert.deepStrictEqual(Object.keys(root), ['browser', 'node', 'import', 'require', 'default'], entry);
      const targets = [root.browser, root.node.import, root.node.require, root.import, root.require];
      for (const t of targets) assert.deepStrictEqual(Object.keys(t), ['types', 'default'], entry);
      assert.deepStrictEqual(
        targets.map((t) => t.types),
        [types, types, cts, types, cts],
        `${entry}: the ES module and the CommonJS declarations`,
      );
      for (const file of [root.default, ...targets.flatMap((t) => [t.types, t.default])]) {
        assert.ok(fs.existsSync(path.join(PKG, file)), `${entry}: ${file}`);
      }
    }
    for (const file of [pkg.types, pkg.main]) assert.ok(fs.existsSync(path.join(PKG, file)), file);
    for (const [key, file] of Object.entries(pkg.exports)) {
      if (typeof file === 'string') assert.ok(fs.existsSync(path.join(PKG, file)), `${key}: ${file}`);
    }
    for (const file of pkg.files) assert.ok(fs.existsSync(path.join(PKG, file)), file);
    assert.ok(fs.existsSync(path.join(PKG, 'README.md')));
  });

  test('`tsb-akutt` and `tsb-akutt/fhir` resolve to the Node build in Node and to the browser build under "browser"', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsb-akutt-resolve-'));
    try {
      fs.mkdirSync(path.join(dir, 'node_modules'));
      fs.symlinkSync(PKG, path.join(dir, 'node_modules/tsb-akutt'), 'dir');
      const run = (args, code) =>
        execFileSync(process.execPath, [...args, '--input-type=module', '-e', code], { cwd: dir, encoding: 'utf8' }).trim();
      const node = (code) => execFileSync(process.execPath, ['-p', code], { cwd: dir, encoding: 'utf8' }).trim();
      for (const [name, base] of [['tsb-akutt', 'index'], ['tsb-akutt/fhir', 'fhir']]) {
        const resolved = (conditions) =>
          fs.realpathSync(run(conditions, `console.log(import.meta.resolve(${JSON.stringify(name)}).replace("file://", ""))`));
        assert.equal(resolved([]), fs.realpathSync(path.join(PKG, `node/${base}.mjs`)), name);
        assert.equal(resolved(['--conditions=browser']), fs.realpathSync(path.join(PKG, `web/${base}.js`)), name);
        assert.equal(
          fs.realpathSync(node(`require.resolve(${JSON.stringify(name)})`)),
          fs.realpathSync(path.join(PKG, `node/${base}.cjs`)),
          name,
        );
      }
      // And they work, both ways, through the package name.
      assert.ok(run([], 'import { evaluate } from "tsb-akutt"; console.log(evaluate({}).routing.level)').length > 0);
      assert.equal(node('require("tsb-akutt").evaluate({ options: { lang: "en" } }).lang'), 'en');
      assert.equal(
        run([], 'import init, { questionnaire } from "tsb-akutt/fhir"; await init(); console.log(questionnaire("en").resourceType)'),
        'Questionnaire',
      );
      assert.equal(node('require("tsb-akutt/fhir").cdsHooks({ options: { lang: "en" } }).cards.length > 0'), 'true');
      assert.equal(node('typeof require("tsb-akutt").cdsHooks'), 'undefined');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the shipped modules are the optimised ones, each the same for both builds', () => {
    for (const name of ['tsb_akutt_wasm_bg.wasm', 'tsb_akutt_fhir_bg.wasm']) {
      const web = fs.readFileSync(path.join(PKG, 'web', name));
      const node = fs.readFileSync(path.join(PKG, 'node', name));
      assert.ok(web.equals(node), name);
      // wasm-opt strips the name section that rustc and wasm-bindgen leave in.
      assert.ok(!web.includes(Buffer.from('\u0004name')), `${name}: the name section is still there: not optimised?`);
      assert.ok(WebAssembly.validate(web), name);
    }
  });

  test('the main module has no FHIR code; the FHIR module has every function', () => {
    const exportsOf = (file) =>
      WebAssembly.Module.exports(new WebAssembly.Module(fs.readFileSync(path.join(PKG, file))))
        .map((e) => e.name)
        .filter((n) => !n.startsWith('__') && n !== 'memory')
        .sort();
    const main = ['catalogJson', 'evaluateJson', 'memoryBytes', 'scoreJson', 'version'];
    const fhir = [
      'cdsHooksJson', 'evaluateQuestionnaireResponseJson', 'guidanceResponseJson', 'inputFromQuestionnaireResponseJson',
      'questionnaireForJson', 'questionnaireJson',
    ];
    assert.deepStrictEqual(exportsOf(WASM.main), main);
    assert.deepStrictEqual(exportsOf(WASM.fhir), [...main, ...fhir].sort());
    // Not just the exports: the mapping itself (its URLs and resource names) is not in the main module.
    const bytes = fs.readFileSync(path.join(PKG, WASM.main));
    for (const text of ['hl7.org/fhir', 'QuestionnaireResponse', 'GuidanceResponse', 'linkId']) {
      assert.ok(!bytes.includes(Buffer.from(text)), `the main module contains ${text}`);
      assert.ok(fs.readFileSync(path.join(PKG, WASM.fhir)).includes(Buffer.from(text)), `the FHIR module lacks ${text}`);
    }
    // And the main module is the smaller one.
    assert.ok(bytes.length < fs.statSync(path.join(PKG, WASM.fhir)).size);
  });

  test('the JS layer and the declarations in the package are those in the repository', async () => {
    // The package's JS is the repository's, minified (scripts/minify.mjs, as scripts/pkg.sh does it).
    const { minify } = await import(pathToFileURL(path.join(ROOT, 'scripts/minify.mjs')).href);
    const layer = (file) => minify(fs.readFileSync(path.join(ROOT, 'wasm/js', file), 'utf8'), 'esm', { keepNames: true });
    assert.equal(fs.readFileSync(path.join(PKG, 'web/api.js'), 'utf8'), layer('api.js'));
    assert.equal(fs.readFileSync(path.join(PKG, 'web/index.js'), 'utf8'), layer('web.js'));
    assert.equal(fs.readFileSync(path.join(PKG, 'web/fhir.js'), 'utf8'), layer('web-fhir.js'));
    // Minified, without source maps.
    for (const dir of ['web', 'node']) {
      for (const f of fs.readdirSync(path.join(PKG, dir)).filter((f) => /\.[cm]?js$/.test(f) && f !== 'widget.js')) {
        const text = fs.readFileSync(path.join(PKG, dir, f), 'utf8');
        assert.ok(!text.includes('sourceMappingURL'), `${dir}/${f} points at a source map`);
        assert.ok(!/\n\s*\/\//.test(text), `${dir}/${f} is not minified`);
      }
      assert.ok(!fs.readdirSync(path.join(PKG, dir)).some((f) => f.endsWith('.map')), `a source map in ${dir}/`);
    }
    for (const f of ['index.d.ts', 'fhir.d.ts', 'core.d.ts', 'input.d.ts', 'cds-service.d.ts']) {
      assert.equal(fs.readFileSync(path.join(PKG, f), 'utf8'), fs.readFileSync(path.join(ROOT, 'wasm/types', f), 'utf8'), f);
    }
    // The CommonJS declarations: the same, importing each other's CommonJS copies (node16 needs that).
    const cjs = (f) => fs.readFileSync(path.join(PKG, f), 'utf8')
      .replaceAll("from './index.js'", "from './index.cjs'")
      .replaceAll("from './core.js'", "from './core.cjs'")
      .replaceAll("from './input.js'", "from './input.cjs'");
    for (const f of ['index', 'fhir', 'core', 'input']) {
      assert.equal(fs.readFileSync(path.join(PKG, `${f}.d.cts`), 'utf8'), cjs(`${f}.d.ts`), `${f}.d.cts`);
    }
  });
});
