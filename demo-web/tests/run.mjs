// Browser tests of the widget and the demo page: Playwright (playwright-core) driving Debian's Chromium
// against the assembled site (demo-web/dist) behind demo-web/serve.mjs, so with the real CSP header.
// Every page fails its test on a CSP violation, a console error, an uncaught exception or a request to
// another origin. Prints one line per test and ends with "N passed, M failed".
//
//   node demo-web/tests/run.mjs [--dist DIR] [--only SUBSTRING]
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startServer, CSP } from '../serve.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const repo = resolve(here, '..', '..');
const require = createRequire(join(repo, 'package.json'));
const { chromium } = require('playwright-core');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const DIST = resolve(opt('--dist', process.env.DIST || join(repo, 'demo-web', 'dist')));
const ONLY = opt('--only', '');
const OUT = join(repo, 'test-results');
const SHOTS = join(OUT, 'screenshots');
mkdirSync(SHOTS, { recursive: true });

const LANGS = ['nb', 'nn', 'en'];
const MODES = ['clinician', 'citizen'];
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

// ---- a minimal runner ---------------------------------------------------------------------------
const tests = [];
const test = (name, fn) => tests.push({ name, fn });
// Speed is measured and reported (BENCHMARKS.md), never asserted: timings on a shared machine are not
// a test. `--bench` adds the measurement to the run.
const BENCH = argv.includes('--bench');
const bench_ = (name, fn) => BENCH && tests.push({ name, fn });
const assert = (cond, msg) => {
  if (!cond) throw new Error(msg);
};
const eq = (a, b, msg) => assert(JSON.stringify(a) === JSON.stringify(b), `${msg}: expected ${JSON.stringify(b)}, got ${JSON.stringify(a)}`);

let browser;
let base;
const bench = {};

/** A fresh context and page with the guards; `done()` throws if any guard tripped. */
async function open(options = {}) {
  const { viewport = { width: 1280, height: 900 }, colorScheme = 'light', reducedMotion = 'no-preference', path = '/' } = options;
  const context = await browser.newContext({ viewport, colorScheme, reducedMotion });
  const problems = [];
  // Every request the page makes (documents, modules, fetches, preloads) is seen here; the closed
  // network would refuse a foreign one anyway, so listening (not intercepting) keeps the timing honest.
  context.on('request', (req) => {
    const u = req.url();
    if (!u.startsWith(`${base}/`) && !u.startsWith('data:') && !u.startsWith('blob:')) problems.push(`request to a foreign origin: ${u}`);
  });
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    }, true);
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  const response = await page.goto(base + path);
  eq(response.headers()['content-security-policy'], CSP, 'CSP header of the page');
  await page.waitForSelector('body[data-ready=true]', { timeout: 15000 });
  return {
    page,
    context,
    async done() {
      const csp = await page.evaluate(() => window.__csp).catch(() => []);
      for (const v of csp) problems.push(`CSP violation: ${v}`);
      await context.close();
      if (problems.length) throw new Error(problems.join('\n'));
    },
  };
}

/** Tab (bounded) until the element with `id` (in the light DOM) has the focus. */
async function tabTo(page, id, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((x) => document.activeElement?.id === x, id)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach #${id} with Tab`);
}

/** Chooses an option of a focused <select> by keyboard (Home, then ArrowDown). */
async function chooseByKeyboard(page, id, value) {
  await tabTo(page, id);
  const index = await page.$eval(`#${id}`, (s, v) => [...s.options].findIndex((o) => o.value === v), value);
  assert(index >= 0, `#${id} has no option ${value}`);
  await page.keyboard.press('Home');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  eq(await page.$eval(`#${id}`, (s) => s.value), value, `#${id} chosen by keyboard`);
}

const shown = (page) => page.evaluate(() => {
  const w = document.getElementById('widget');
  const card = w.shadowRoot.querySelector('[part~=routing]');
  return {
    level: card?.dataset.level ?? null,
    summary: card?.dataset.summary ?? null,
    title: card?.querySelector('[part~=level]')?.textContent ?? null,
    label: card ? w.catalog.levels.find((l) => l.id === card.dataset.level)?.label : null,
    errors: !!w.shadowRoot.querySelector('[part~=errors]'),
    live: w.shadowRoot.querySelector('[role=status]')?.textContent ?? '',
  };
});

async function axe(page, label) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const v = result.violations.map((x) => `${x.id} (${x.impact}): ${x.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  assert(!v.length, `axe violations in ${label}:\n  ${v.join('\n  ')}`);
}

// ---- the server and the package ---------------------------------------------------------------------

test('the server sends the CSP, application/wasm, and nothing outside the site', async () => {
  const page = await fetch(`${base}/`);
  eq(page.headers.get('content-security-policy'), CSP, 'CSP');
  eq(page.headers.get('content-type'), 'text/html; charset=utf-8', 'HTML type');
  eq((await fetch(`${base}/pkg/`)).status, 404, 'no directory listing');
  const files = JSON.parse(readFileSync(join(DIST, 'cases', 'index.json'), 'utf8'));
  assert(Array.isArray(files), 'cases/index.json is a list');
  const wasmFile = readdirSync(join(DIST, 'pkg', 'web')).find((f) => f.endsWith('.wasm'));
  const w = await fetch(`${base}/pkg/web/${wasmFile}`);
  eq(w.headers.get('content-type'), 'application/wasm', 'wasm type');
  eq((await fetch(`${base}/..%2f..%2fpackage.json`)).status, 403, 'path traversal');
  eq((await fetch(`${base}/`, { method: 'POST' })).status, 405, 'POST');
});

// The widget's weight beyond the package: measured and reported with the other measurements
// (test-results/web-bench.json, and `make pkg` prints it against its budget), not asserted.
{
  const src = readFileSync(join(DIST, 'pkg', 'web', 'widget.js'));
  bench.widget_bytes = src.length;
  bench.widget_gzip_bytes = gzipSync(src, { level: 9 }).length;
  console.log(`# widget.js: ${bench.widget_bytes} bytes, ${bench.widget_gzip_bytes} bytes gzip (goal 15 KB)`);
}

test('static: no inline script or style, no HTML injection APIs, no eval, no storage', async () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  assert(!/<script(?![^>]*\bsrc=)[^>]*>/i.test(html), 'inline <script> in index.html');
  assert(!/<style[\s>]/i.test(html) && !/\sstyle\s*=/i.test(html), 'inline style in index.html');
  assert(!/\son[a-z]+\s*=/i.test(html), 'inline event handler in index.html');
  for (const f of ['pkg/web/widget.js', 'demo.js']) {
    const src = readFileSync(join(DIST, f), 'utf8');
    for (const bad of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'eval(', 'new Function',
      'localStorage', 'sessionStorage', 'document.cookie', 'indexedDB', '.style.', 'setAttribute(\'style']) {
      assert(!src.includes(bad), `${f} uses ${bad}`);
    }
  }
});

// ---- teaching cases through the UI, by keyboard ---------------------------------------------------------

const cases = JSON.parse(readFileSync(join(DIST, 'cases', 'index.json'), 'utf8'));
cases.forEach((c, i) => {
  const lang = LANGS[i % 3];
  test(`case ${c.id} (${lang}) loaded by keyboard shows ${c.level ?? (c.errors ? 'the input errors' : 'a result')}`, async () => {
    const { page, done } = await open();
    await page.keyboard.press('Tab');
    await chooseByKeyboard(page, 'lang', lang);
    await chooseByKeyboard(page, 'case-select', c.id);
    await page.keyboard.press('Tab');
    eq(await page.evaluate(() => document.activeElement.id), 'case-load', 'Tab from the case list reaches Load');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`body[data-case="${c.id}"]`, { timeout: 5000 });
    const s = await shown(page);
    if (c.level) {
      eq(s.level, c.level, 'level shown');
      if (s.summary === 'not_settled') {
        // SPEC 1.7: a non-acute level that may still become acute is never the headline.
        assert(s.title !== s.label, `not settled, yet the headline is the level: ${s.title}`);
      } else {
        eq(s.title, s.label, 'the level title shown is the catalog label');
      }
      assert(s.live.startsWith(s.title), `aria-live announces the level: ${s.live}`);
    } else if (c.errors) {
      assert(s.errors, 'the input errors are shown');
    }
    const data = JSON.parse(readFileSync(join(DIST, 'cases', c.file), 'utf8'));
    const qs = data.teaching?.reflection_questions;
    if (Array.isArray(qs)) {
      const items = await page.$$eval('#case-reflection li', (li) => li.map((x) => x.textContent));
      const want = qs.map((q) => (typeof q === 'string' ? q : q[lang]));
      eq(items, want, `reflection questions in ${lang}`);
    }
    await done();
  });
});

// ---- the widget API ---------------------------------------------------------------------------------

test('language switch: nn is fetched only on the switch, and until it has loaded nothing stays on screen in nb', async () => {
  const { page, done } = await open();
  const r = await page.evaluate(async () => {
    const wasm = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.wasm'));
    const el = document.createElement('tsb-akutt-vurdering');
    document.getElementById('main').append(el);
    await el.ready;
    el.answers = { age: 30, sex: 'male', substances: ['ghb'], consciousness: 'unresponsive' };
    const out = { before: wasm(), nbLevel: el.evaluation.routing.level };
    const t0 = performance.now();
    el.setAttribute('lang', 'nn');
    const root = el.shadowRoot.querySelector('[part~=root]');
    out.during = {
      busy: root.getAttribute('aria-busy'),
      lang: root.getAttribute('lang'),
      text: root.textContent,
      status: root.querySelector('[role=status]')?.textContent,
      level: !!el.shadowRoot.querySelector('[part~=level]'),
    };
    while (!el.shadowRoot.querySelector('[part~=level]')) await new Promise((r) => setTimeout(r, 5));
    out.switchMs = performance.now() - t0;
    out.after = { lang: el.evaluation.lang, level: el.evaluation.routing.level, busy: root.getAttribute('aria-busy'),
      title: el.shadowRoot.querySelector('[part~=level]').textContent, want: el.catalog.levels.find((l) => l.id === 'emergency_113').label };
    out.fetched = wasm();
    el.remove();
    return out;
  });
  assert(!r.before.some((p) => /tsb_akutt_(nn|en)_bg/.test(p)), `no language module before the switch: ${r.before}`);
  eq(r.during, { busy: 'true', lang: 'nn', text: 'Lastar nynorsk …', status: 'Lastar nynorsk …', level: false }, 'while nn loads');
  eq(r.after.lang, 'nn', 'evaluation in nn after the load');
  eq(r.after.level, r.nbLevel, 'the same level');
  eq(r.after.title, r.after.want, 'level title from the nn catalog');
  eq(r.after.busy, null, 'no longer busy');
  assert(r.fetched.some((p) => p.endsWith('/tsb_akutt_nn_bg.wasm')), `nn fetched: ${r.fetched}`);
  console.log(`    language switch to nn (fetch, compile, first render): ${r.switchMs.toFixed(1)} ms`);
  await done();
});

const GHB = { age: 30, sex: 'male', substances: ['ghb'], consciousness: 'unresponsive' };

test('sources: every cited entry is shown by its bibliography id, with a link where it has an address', async () => {
  const { page, done } = await open();
  const r = await page.evaluate(async (ghb) => {
    const el = document.createElement('tsb-akutt-vurdering');
    document.getElementById('main').append(el);
    await el.ready;
    el.answers = ghb;
    const ev = el.evaluation;
    const cited = new Map();
    for (const m of [...ev.routing.reasons, ...ev.warnings]) for (const s of m.sources) cited.set(s.id, s);
    const shown = [...el.shadowRoot.querySelectorAll('[data-source]')].map((n) => ({
      id: n.dataset.source, href: n.getAttribute('href'), rel: n.getAttribute('rel'), text: n.textContent }));
    el.remove();
    return { cited: [...cited.values()], shown };
  }, GHB);
  assert(r.cited.length > 0, 'the 113 reasons cite sources');
  for (const s of r.cited) {
    const n = r.shown.find((x) => x.id === s.id);
    assert(n, `source ${s.id} shown`);
    eq(n.text, s.citation, `citation of ${s.id}`);
    eq(n.href, s.url ?? null, `link of ${s.id}`);
    if (s.url) eq(n.rel, 'noopener noreferrer', `rel of ${s.id}`);
    assert(!/seed|\(\d{3}\)/i.test(s.citation), `no internal label in ${s.citation}`);
  }
  await done();
});

test('widget API: answers, evaluation, events, lang, mode, reset, two independent instances', async () => {
  const { page, done } = await open();
  const r = await page.evaluate(async (ghb) => {
    const out = {};
    const mk = (attrs) => {
      const el = document.createElement('tsb-akutt-vurdering');
      for (const k in attrs) el.setAttribute(k, attrs[k]);
      document.getElementById('main').append(el);
      return el;
    };
    const a = mk({});
    const b = mk({ lang: 'en', mode: 'citizen' });
    await Promise.all([a.ready, b.ready]);
    const events = { a: [], b: [], change: [] };
    a.addEventListener('evaluation', (e) => events.a.push(e.detail));
    b.addEventListener('evaluation', (e) => events.b.push(e.detail));
    a.addEventListener('change', (e) => events.change.push(e.detail));
    a.answers = ghb;
    out.levelA = a.evaluation.routing.level;
    out.eventIsEvaluation = events.a.length === 1 && events.a[0] === a.evaluation;
    out.bUntouched = events.b.length === 0 && JSON.stringify(b.answers) === '{}';
    out.levelB = b.evaluation.routing.level;
    out.noChangeOnSet = events.change.length === 0;
    const got = a.answers;
    got.age = 99;
    out.answersCopied = a.answers.age === 30;
    out.defaults = [a.evaluation.lang, a.evaluation.audience, b.evaluation.lang, b.evaluation.audience];
    // A user answer: the change event carries the answers.
    a.shadowRoot.getElementById('f-seizure-yes').click();
    out.change = events.change.at(-1);
    out.afterClick = a.evaluation.completeness.decisive.some((d) => d.id === 'seizure');
    // Language and mode.
    a.setAttribute('lang', 'en');
    out.langEn = [a.evaluation.lang, a.shadowRoot.querySelector('[part~=level]').textContent,
      a.catalog.levels.find((l) => l.id === 'emergency_113').label,
      a.shadowRoot.querySelector('label[for=f-age]').textContent.startsWith(a.catalog.items[0].label)];
    a.setAttribute('mode', 'citizen');
    out.citizen = {
      audience: a.evaluation.audience,
      scores: Object.keys(a.evaluation.scores).length,
      headline: a.shadowRoot.querySelector('[part~=level]').textContent === a.evaluation.routing.citizen.headline,
      fields: a.shadowRoot.querySelectorAll('[part~=field]').length,
      citizenItems: a.catalog.items.filter((i) => i.citizen).length,
      noScoresShown: !a.shadowRoot.querySelector('[part~=scores]'),
      ageLabel: a.shadowRoot.querySelector('label[for=f-age]').textContent.startsWith(a.catalog.items[0].citizen),
    };
    a.setAttribute('mode', 'clinician');
    out.scoresBack = !!a.shadowRoot.querySelector('[part~=scores]');
    // Invalid input: errors at the field, and the evaluation with those answers left out (issue 12).
    a.answers = { ...ghb, pregnnat: 'no', age: 130 };
    out.invalid = [a.evaluation?.routing.level, a.errors.map((e) => e.path).sort(), !!a.shadowRoot.querySelector('[part~=errors]'),
      a.shadowRoot.getElementById('f-age').getAttribute('aria-invalid'), !a.shadowRoot.getElementById('e-age').hidden];
    out.nullEvent = events.a.at(-1) === a.evaluation && a.evaluation !== null;
    // Services for the level chosen.
    a.answers = ghb;
    a.services = [{ id: 'amk', name: 'AMK Testby', levels: ['emergency_113'], phone: '113' },
      { id: 'x', name: 'Rusakutten', levels: ['tsb_acute_inpatient'] }];
    out.services = [...a.shadowRoot.querySelectorAll('[part~=services] strong')].map((s) => s.textContent);
    // Instruments.
    a.instruments = { ciwa_ar: { total: 20 } };
    out.ciwa = a.evaluation.scores.ciwa_ar?.total;
    // reset()
    const before = events.change.length;
    a.reset();
    out.reset = [JSON.stringify(a.answers), JSON.stringify(a.instruments), events.change.length - before,
      a.evaluation.completeness.answered, b.evaluation.routing.level];
    out.bStill = JSON.stringify(b.answers);
    // Text from the input (here an item key in an error message) is never parsed as HTML.
    a.answers = { '<img src=x onerror=alert(1)>': 'yes' };
    out.injected = a.shadowRoot.querySelectorAll('img').length;
    out.injectedShown = a.shadowRoot.querySelector('[part~=errors]').textContent.includes('<img');
    out.storage = [localStorage.length, sessionStorage.length, document.cookie];
    a.remove();
    b.remove();
    return out;
  }, GHB);
  eq(r.levelA, 'emergency_113', 'level of a');
  assert(r.eventIsEvaluation, 'the evaluation event carries the evaluation property');
  assert(r.bUntouched, 'b is not touched by a');
  assert(r.levelB !== 'emergency_113', 'b has its own (empty) evaluation');
  assert(r.noChangeOnSet, 'setting answers does not fire change');
  assert(r.answersCopied, 'answers returns a copy');
  eq(r.defaults, ['nb', 'clinician', 'en', 'citizen'], 'defaults and attributes');
  eq(r.change?.seizure, 'yes', 'change event detail');
  eq(r.langEn[0], 'en', 'evaluation in en');
  eq(r.langEn[1], r.langEn[2], 'level title in en');
  assert(r.langEn[3], 'labels from the en catalog');
  eq(r.citizen.audience, 'citizen', 'citizen audience');
  eq(r.citizen.scores, 0, 'no scores for citizens');
  assert(r.citizen.headline, 'citizen headline shown');
  eq(r.citizen.fields, r.citizen.citizenItems, 'only the citizen items');
  assert(r.citizen.noScoresShown && r.scoresBack, 'scores only in clinician mode');
  assert(r.citizen.ageLabel, 'citizen question text');
  eq(r.invalid[0], 'emergency_113', 'evaluated with the invalid answers left out');
  eq(r.invalid[1], ['answers.age', 'answers.pregnnat'], 'error paths');
  assert(r.invalid[2] && r.invalid[3] === 'true' && r.invalid[4], 'errors shown at the summary and the field');
  assert(r.nullEvent, 'the evaluation event carries the evaluation with the invalid answers left out');
  eq(r.services, ['AMK Testby'], 'only the services of the level');
  eq(r.ciwa, 20, 'instrument total');
  eq(r.reset.slice(0, 4), ['{}', '{}', 1, 0], 'reset clears, fires change, evaluates the empty form');
  eq(r.bStill, '{}', 'b unchanged');
  eq(r.injected, 0, 'no element from user text');
  assert(r.injectedShown, 'the text is shown as text');
  eq(r.storage, [0, 0, ''], 'no storage and no cookies');
  await done();
});

test('widget setters: values that are not plain data are input errors at their path, never a throw', async () => {
  const { page, done } = await open();
  const r = await page.evaluate(async () => {
    const el = document.createElement('tsb-akutt-vurdering');
    document.getElementById('main').append(el);
    await el.ready;
    const out = {};
    const paths = () => el.errors.map((e) => [e.code, e.path]);
    const attempt = (fn) => {
      try {
        fn();
        return 'ok';
      } catch (e) {
        return `threw ${e?.name}`;
      }
    };
    // A BigInt and a Date among answers that call for 113: both named, the 113 advice stays.
    out.bigint = attempt(() => {
      el.answers = { age: 30n, sex: new Date(0), substances: ['ghb'], consciousness: 'unresponsive' };
    });
    out.bigintErrors = paths();
    out.bigintLevel = el.evaluation?.routing.level ?? null;
    out.bigintAll = JSON.stringify(el.errors);
    // A cycle.
    const cyclic = { age: 30, substances: ['ghb'], consciousness: 'unresponsive' };
    cyclic.self = cyclic;
    out.cycle = attempt(() => { el.answers = cyclic; });
    out.cycleErrors = paths();
    out.cycleLevel = el.evaluation?.routing.level ?? null;
    // services that are not a list: an error at options.services, not ignored.
    out.services = attempt(() => {
      el.answers = { age: 30 };
      el.services = 'x';
    });
    out.servicesErrors = paths();
    out.after = attempt(() => { el.services = []; });
    out.afterErrors = paths();
    el.remove();
    return out;
  });
  await done();
  eq(r.bigint, 'ok', 'setting a BigInt and a Date');
  eq(r.bigintErrors.map((e) => e[1]), ['answers.age', 'answers.sex'], 'both named');
  eq(r.bigintLevel, 'emergency_113', `the advice stays (${r.bigintAll})`);
  eq(r.cycle, 'ok', 'setting a cycle');
  assert(r.cycleErrors.some((e) => e[1] === 'answers.self'), `the cycle is named: ${JSON.stringify(r.cycleErrors)}`);
  eq(r.cycleLevel, 'emergency_113', `the advice stays (${JSON.stringify(r.cycleErrors)})`);
  eq(r.services, 'ok', 'setting services to a string');
  assert(r.servicesErrors.some((e) => e[1] === 'options.services'), `services named: ${JSON.stringify(r.servicesErrors)}`);
  eq(r.after, 'ok', 'services reset');
  eq(r.afterErrors, [], 'no errors once the value is fixed');
});

test('keyboard: typing answers, next decisive question focuses its field, visible focus everywhere', async () => {
  const { page, done } = await open();
  const deepActive = () => page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    const cs = getComputedStyle(el);
    return { id: el.id, item: el.dataset?.item, tag: el.tagName, outline: cs.outlineStyle, width: parseFloat(cs.outlineWidth) };
  });
  // Type the age and choose the sex by keyboard.
  await page.evaluate(() => document.getElementById('widget').shadowRoot.getElementById('f-age').focus());
  await page.keyboard.type('30');
  await page.keyboard.press('Tab'); // the "unknown" box
  await page.keyboard.press('Tab'); // sex
  eq((await deepActive()).id, 'f-sex', 'Tab order age -> unknown -> sex');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const ans = await page.evaluate(() => document.getElementById('widget').answers);
  eq([ans.age, ans.sex], [30, 'male'], 'answers typed by keyboard');
  // The first decisive question: Enter on it moves the focus to its field.
  const id = await page.evaluate(() => {
    const w = document.getElementById('widget');
    w.answers = { age: 30, sex: 'male', substances: ['alcohol'] };
    const b = w.shadowRoot.querySelector('[part~=next] button[data-go]');
    b.focus();
    return b.dataset.go;
  });
  await page.keyboard.press('Enter');
  const a = await deepActive();
  eq(a.item, id, 'the field of the decisive question has the focus');
  // Visible focus on the first 60 tab stops.
  await page.evaluate(() => document.activeElement.blur());
  await page.evaluate(() => window.scrollTo(0, 0));
  const seen = new Set();
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const f = await deepActive();
    assert(f.outline !== 'none' && f.width >= 2, `no visible focus on ${f.tag}#${f.id} (${f.outline} ${f.width})`);
    seen.add(f.id || f.tag);
  }
  assert(seen.size > 30, 'Tab moves through the page');
  await done();
});

// ---- safe presentation (issue 12; SPEC 1.7, 6 "Summary", 9) --------------------------------------------

const SPARSE = { age: 45, sex: 'male', substances: ['alcohol'], consciousness: 'alert' };
// How each language says "call 113" and "call 112" in a headline.
const CALL = { nb: ['Ring 113', 'Ring 112'], nn: ['Ring 113', 'Ring 112'], en: ['Call 113', 'Call 112'] };
const NOT_SETTLED = { nb: 'Ikke avklart ennå', nn: 'Ikkje avklart enno', en: 'Not settled yet' };
// Reassurance a citizen must never read while the advice is not settled.
const REASSURANCE = ['ikke ut til å haste', 'ikkje ut til å haste', 'not seem urgent', 'not urgent', 'haster ikke',
  'hastar ikkje', 'fastlege', 'your gp', 'trygt å vente', 'safe to wait'];
// Clinician terms a citizen never meets (SPEC 9), matched as written in the whole citizen widget.
const CLINICIAN_TERMS = ['ACVPU', '(A)', '(C)', '(V)', '(P)', '(U)', 'SpO₂', 'SpO2', 'NEWS2', 'NEWS ', 'Respirasjonsfrekvens',
  'Respiratory rate', 'Oksygenmetning', 'Oksygenmetting', 'Oxygen saturation', 'Systolisk', 'Systolic', 'CIWA', 'COWS',
  'AUDIT', 'DUDIT', 'GCS', 'PAWSS', 'PEWS', 'Delirium', 'delirium', 'Psykose', 'psykose', 'Psychosis', 'psychosis',
  'suicidal', 'Indikasjon', 'Indication', 'somatisk', 'somatic', 'tiltale'];
// The life-threatening answers of SPEC 9 (each alone), as a relative gives them through the form.
const CALL_113 = [
  ['overdose, does not react', [['suspected_overdose', 'yes'], ['consciousness', 'unresponsive']]],
  ['alcohol, reacts only when you speak loudly', [['substances', 'alcohol'], ['consciousness', 'voice']]],
  ['seizure', [['seizure', 'yes']]],
  ['abnormal breathing', [['abnormal_breathing', 'yes']]],
  ['suicide attempt', [['suicide_attempt', 'yes']]],
];

/** The demo page's widget in a mode and a language, with its answers cleared. */
async function widgetIn(page, mode, lang) {
  await page.selectOption('#lang', lang);
  await page.check(`#mode-${mode}`);
  await page.waitForFunction((l) => document.getElementById('widget').evaluation?.lang === l, lang);
  await page.evaluate(() => document.getElementById('widget').reset());
}

/** Answers one field of the widget by keyboard: arrow keys in a radio group, Space on a box, typing in a text field. */
async function answerByKeyboard(page, id, value) {
  const how = await page.evaluate(([id, value]) => {
    const w = document.getElementById('widget');
    const field = w.shadowRoot.getElementById(`w-${id}`);
    const inputs = [...field.querySelectorAll('input,select')];
    const radios = inputs.filter((i) => i.type === 'radio');
    if (radios.length) {
      const at = Math.max(0, radios.findIndex((r) => r.checked));
      radios[at].focus();
      const to = radios.findIndex((r) => r.value === value);
      return { kind: 'radio', steps: (to - at + radios.length) % radios.length, found: to >= 0 };
    }
    const box = inputs.find((i) => i.type === 'checkbox' && i.value === value);
    if (box) {
      box.focus();
      return { kind: 'box', found: true, checked: box.checked };
    }
    const text = inputs.find((i) => i.type === 'text');
    text.focus();
    text.select();
    return { kind: 'text', found: !!text };
  }, [id, value]);
  assert(how.found, `${id} has no answer ${value} in the form`);
  if (how.kind === 'radio') for (let i = 0; i < how.steps; i++) await page.keyboard.press('ArrowDown');
  else if (how.kind === 'box') { if (!how.checked) await page.keyboard.press('Space'); }
  else await page.keyboard.type(String(value));
}

/** What the widget's result shows: its headline card, in reading order, and the live region. */
const card = (page) => page.evaluate(() => {
  const w = document.getElementById('widget');
  const root = w.shadowRoot;
  const c = root.querySelector('[part~=result] [part~=routing]') || root.querySelector('[part~=routing]');
  const result = root.querySelector('[part~=result]') || c?.parentElement;
  const firstHeading = result?.querySelector('h2,h3');
  return {
    action: c?.dataset.action ?? null,
    summary: c?.dataset.summary ?? null,
    level: c?.dataset.level ?? null,
    eyebrow: c?.querySelector('.eyebrow')?.textContent ?? '',
    headline: c?.querySelector('[part~=level]')?.textContent ?? '',
    firstHeading: firstHeading?.textContent ?? '',
    text: c?.textContent ?? '',
    first: [...(c?.querySelectorAll('[part~=first] li') || [])].map((li) => li.textContent),
    bar: c ? getComputedStyle(c).borderLeftColor : '',
    live: root.querySelector('[role=status]')?.textContent ?? '',
    all: root.textContent + ' ' + [...root.querySelectorAll('[aria-label],[title],[placeholder]')]
      .map((n) => ['aria-label', 'title', 'placeholder'].map((a) => n.getAttribute(a) || '').join(' ')).join(' '),
    evaluation: w.evaluation,
    errors: w.errors,
    answers: w.answers,
  };
});

/** The widget's colours, resolved: what each state's bar should (not) be. */
const colours = (page) => page.evaluate(() => {
  const root = document.getElementById('widget').shadowRoot;
  const probe = document.createElement('span');
  root.append(probe);
  const out = {};
  for (const k of ['danger', 'warn', 'ok', 'tsb']) {
    probe.style.setProperty('color', `var(--_${k})`);
    out[k] = getComputedStyle(probe).color;
  }
  probe.remove();
  return out;
});

function assertNoClinicianTerm(text, what) {
  for (const term of CLINICIAN_TERMS) assert(!text.includes(term), `clinician term ${JSON.stringify(term)} in the citizen widget (${what})`);
}

for (const lang of LANGS) {
  test(`citizen (${lang}): a sparse answer is "not settled yet", names what it may become, and never reassures`, async () => {
    const { page, done } = await open();
    await widgetIn(page, 'citizen', lang);
    await page.evaluate((a) => { document.getElementById('widget').answers = a; }, SPARSE);
    const s = await card(page);
    eq(s.action, 'not_settled', 'citizen action');
    eq(s.eyebrow, NOT_SETTLED[lang], 'the card says "not settled yet"');
    eq(s.headline, s.evaluation.routing.citizen.headline, 'the headline is the citizen advice');
    eq(s.firstHeading, s.headline, 'the advice is the first heading of the result');
    assert(s.text.includes(`«${CALL[lang][0]}`), `what it may become (113) is named: ${s.text}`);
    assert(s.first.length >= 1, 'the questions to answer first are in the card');
    const want = await page.evaluate((id) => document.getElementById('widget').catalog.items.find((i) => i.id === id).citizen,
      s.evaluation.routing.citizen.questions[0]);
    eq(s.first[0], want, 'the first question to answer is the engine\'s first, in plain words');
    const lower = s.text.toLowerCase();
    for (const r of REASSURANCE) assert(!lower.includes(r), `reassurance ${JSON.stringify(r)} while not settled: ${s.text}`);
    const c = await colours(page);
    assert(s.bar !== c.ok, `not settled is not in the colour of safety (${s.bar})`);
    eq(s.bar, c.warn, 'not settled has the warning colour');
    assert(s.live.startsWith(s.headline), `the live region announces the advice: ${s.live}`);
    assertNoClinicianTerm(s.all, 'sparse');
    await done();
  });

  test(`citizen (${lang}): each life-threatening answer, given by keyboard, shows "${CALL[lang][0]}" first; danger to others 112 and 113`, async () => {
    const { page, done } = await open();
    await widgetIn(page, 'citizen', lang);
    const c = await colours(page);
    for (const [name, answers] of CALL_113) {
      await page.evaluate(() => document.getElementById('widget').reset());
      for (const [id, value] of answers) await answerByKeyboard(page, id, value);
      const s = await card(page);
      for (const [id, value] of answers) {
        const got = s.answers[id];
        assert(Array.isArray(got) ? got.includes(value) : got === value, `${name}: ${id} answered ${value} by keyboard (${JSON.stringify(s.answers)})`);
      }
      eq(s.action, 'call_113', `${name}: citizen action`);
      assert(s.headline.startsWith(CALL[lang][0]), `${name}: the headline is "${CALL[lang][0]}": ${s.headline}`);
      eq(s.firstHeading, s.headline, `${name}: the 113 advice is the first heading of the result`);
      eq(s.bar, c.danger, `${name}: the colour of danger`);
      assert(s.live.startsWith(s.headline), `${name}: announced (${s.live})`);
      assert(!s.first.length, `${name}: no "answer first" list before the 113 advice`);
      assertNoClinicianTerm(s.all, name);
      // The focus stays in the form (the live region announces; nothing steals the focus).
      const focus = await page.evaluate(() => document.getElementById('widget').shadowRoot.activeElement?.dataset.item);
      eq(focus, answers.at(-1)[0], `${name}: the focus stays on the field answered`);
    }
    await page.evaluate(() => document.getElementById('widget').reset());
    await answerByKeyboard(page, 'danger_to_others', 'yes');
    const s = await card(page);
    eq(s.action, 'call_112_and_113', 'danger to others');
    assert(s.headline.includes('112'), `112 in the headline: ${s.headline}`);
    assert(s.text.includes('113'), `113 in the advice: ${s.text}`);
    eq(s.bar, c.danger, 'danger to others: the colour of danger');
    assertNoClinicianTerm(s.all, 'danger to others');
    await done();
  });

  test(`citizen (${lang}): no clinician term anywhere in the citizen widget, whatever the answers`, async () => {
    const { page, done } = await open();
    await widgetIn(page, 'citizen', lang);
    const states = [{}, SPARSE, { consciousness: 'new_confusion' }, { suspected_overdose: 'yes', consciousness: 'alert', abnormal_breathing: 'no' },
      { age: 4, substances: ['other'], consciousness: 'alert', abnormal_breathing: 'no' }, { psychosis: 'yes', consciousness: 'alert', abnormal_breathing: 'no' },
      { age: 30, substances: ['ghb'], daily_use: 'yes' }, { age: '30 år', consciousness: 'unresponsive' }];
    for (const a of states) {
      await page.evaluate((x) => {
        const w = document.getElementById('widget');
        w.answers = x;
        for (const d of w.shadowRoot.querySelectorAll('details')) d.open = true;
      }, a);
      assertNoClinicianTerm((await card(page)).all, JSON.stringify(a));
    }
    await done();
  });

  test(`citizen (${lang}): "30 år" and age 300 with "does not react": the message at the field, and the 113 advice stays`, async () => {
    const { page, done } = await open();
    await widgetIn(page, 'citizen', lang);
    const invalid = await page.evaluate(() => document.getElementById('widget').catalog.items.find((i) => i.id === 'age').invalid);
    for (const age of ['30 år', '300']) {
      await page.evaluate(() => document.getElementById('widget').reset());
      await answerByKeyboard(page, 'consciousness', 'unresponsive');
      await answerByKeyboard(page, 'age', age);
      const s = await card(page);
      const field = await page.evaluate(() => {
        const root = document.getElementById('widget').shadowRoot;
        const e = root.getElementById('e-age');
        return { shown: !e.hidden, text: e.textContent, invalid: root.getElementById('f-age').getAttribute('aria-invalid'),
          focus: root.activeElement?.id };
      });
      assert(field.shown, `${age}: the message is shown at the field`);
      eq(field.text, invalid, `${age}: the core's plain message`);
      eq(field.invalid, 'true', `${age}: aria-invalid`);
      eq(field.focus, 'f-age', `${age}: the focus stays in the field`);
      assert(!/`answers\.|forventet et|expected an|fikk `|got `/.test(s.all), `${age}: no developer wording: ${s.all.slice(0, 300)}`);
      eq(s.action, 'call_113', `${age}: the 113 advice stays`);
      assert(s.headline.startsWith(CALL[lang][0]), `${age}: headline ${s.headline}`);
      eq(s.evaluation.completeness.answered >= 1, true, `${age}: evaluated with the age left out`);
    }
    await done();
  });
}

test('clinician: an invalid age leaves the field out, shows the plain message there, and keeps the 113 level', async () => {
  const { page, done } = await open();
  await widgetIn(page, 'clinician', 'nb');
  await page.evaluate(() => { document.getElementById('widget').answers = { age: 300, consciousness: 'unresponsive' }; });
  const s = await card(page);
  eq(s.level, 'emergency_113', 'the level stays');
  eq(s.errors.map((e) => e.path), ['answers.age'], 'the error is still reported');
  const msg = await page.evaluate(() => document.getElementById('widget').shadowRoot.getElementById('e-age').textContent);
  eq(msg, 'Skriv et helt tall, 0–120 år.', 'the plain message at the field');
  await done();
});

// The golden cases in full (a case that names a baseline, with its differences applied; tests/src/golden.rs).
function goldenCases() {
  const dir = join(repo, 'tests', 'golden');
  const walk = (d) => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory()
    ? (e.name === 'baselines' ? [] : walk(join(d, e.name))) : e.name.endsWith('.json') ? [join(d, e.name)] : []));
  return walk(dir).map((file) => {
    const c = JSON.parse(readFileSync(file, 'utf8'));
    if (c.baseline) {
      const input = JSON.parse(readFileSync(join(dir, 'baselines', `${c.baseline}.json`), 'utf8')).input;
      for (const k of ['answers', 'instruments', 'options']) if (c[k]) input[k] = { ...(input[k] || {}), ...c[k] };
      for (const w of c.without || []) {
        const [k, key] = w.split('.');
        delete input[k][key];
      }
      c.input = input;
    }
    return { file: file.slice(dir.length + 1), ...c };
  }).filter((c) => c.input && typeof c.input === 'object' && typeof c.input.answers === 'object' && !Array.isArray(c.input.answers));
}

test('clinician: "not settled yet" is the headline whenever the engine says not_settled (golden cases)', async () => {
  const { page, done } = await open();
  await widgetIn(page, 'clinician', 'nb');
  const cases = goldenCases().filter((c) => (c.input.options?.audience ?? 'clinician') === 'clinician' && !c.expect?.errors);
  const r = await page.evaluate((cases) => {
    const w = document.getElementById('widget');
    const out = [];
    for (const c of cases) {
      w.reset();
      w.cutoffs = c.input.options?.cutoffs ?? null;
      w.instruments = c.input.instruments ?? {};
      w.answers = c.input.answers;
      const ev = w.evaluation;
      if (!ev) continue;
      const card = w.shadowRoot.querySelector('[part~=routing]');
      out.push({ file: c.file, want: c.expect?.summary ?? null, summary: ev.routing.summary.id, headline: card.querySelector('[part~=level]').textContent,
        title: ev.routing.title, eyebrow: card.querySelector('.eyebrow').textContent, floor: card.querySelector('[part~=floor]')?.textContent ?? null,
        text: card.textContent, summaryText: ev.routing.summary.text, attr: card.dataset.summary });
    }
    w.cutoffs = null;
    return out;
  }, cases);
  const unsettled = r.filter((x) => x.summary === 'not_settled');
  assert(unsettled.length >= 4, `several golden cases are not settled (${unsettled.map((x) => x.file)})`);
  for (const x of r) {
    if (x.want) eq(x.summary, x.want, `${x.file}: the summary of the golden expectation`);
    eq(x.attr, x.summary, `${x.file}: data-summary`);
    assert(x.text.includes(x.summaryText), `${x.file}: the summary text is shown`);
    if (x.summary === 'not_settled') {
      eq(x.headline, NOT_SETTLED.nb, `${x.file}: headline`);
      assert(x.headline !== x.title, `${x.file}: the level is not the headline`);
      assert(x.floor && x.floor.includes(x.title), `${x.file}: the floor only as a secondary line (${x.floor})`);
    } else {
      eq(x.headline, x.title, `${x.file}: the level is the headline`);
    }
  }
  console.log(`    ${r.length} golden cases, ${unsettled.length} not settled`);
  await done();
});

// Every summary state of both modes, kept as test artefacts (test-results/screenshots/states/).
const STATES = {
  clinician: [
    ['settled', { age: 30, sex: 'male', substances: ['ghb'], consciousness: 'unresponsive' }],
    ['not_settled', SPARSE],
    ['may_escalate', { age: 40, sex: 'male', substances: ['alcohol'], consciousness: 'new_confusion' }],
    ['provisional_minor', null],
    ['invalid_field', { age: 300, consciousness: 'unresponsive' }],
  ],
  citizen: [
    ['call_113', { suspected_overdose: 'yes', consciousness: 'unresponsive' }],
    ['call_112_and_113', { danger_to_others: 'yes' }],
    ['call_poison_centre', { age: 4, substances: ['other'], consciousness: 'alert', abnormal_breathing: 'no' }],
    ['call_legevakt', { consciousness: 'alert', abnormal_breathing: 'no', suspected_overdose: 'yes' }],
    ['acute_tsb_no_referral', null],
    ['contact_gp', null],
    ['not_settled', SPARSE],
    ['invalid_field', { age: '30 år', consciousness: 'unresponsive' }],
  ],
};

test('screenshots of every summary state in both modes (test-results/screenshots/states/)', async () => {
  const dir = join(SHOTS, 'states');
  mkdirSync(dir, { recursive: true });
  const golden = goldenCases();
  // States no short input above reaches: taken from the golden cases.
  const find = (pred) => golden.find(pred)?.input;
  const complete = find((c) => c.expect?.level === 'gp' && c.expect?.summary === 'settled' && c.input.options?.audience !== 'citizen');
  const { page, done } = await open({ viewport: { width: 480, height: 900 } });
  const seen = [];
  for (const mode of MODES) {
    await widgetIn(page, mode, 'nb');
    for (const [name, given] of STATES[mode]) {
      let input = given ? { answers: given } : null;
      if (!input && mode === 'citizen') input = await page.evaluate(([name, complete]) => {
        // The citizen's answers of a complete case, varied until the advice is the one named.
        const base = { ...complete.answers, consciousness: 'alert', abnormal_breathing: 'no', suspected_overdose: 'no', seizure: 'no',
          suicide_attempt: 'no', red_flag_symptoms: 'no', danger_to_others: 'no', delirium_now: 'no', self_harm_signs: 'no',
          dangerous_behaviour_self: 'no', psychosis: 'no', naloxone_given: 'no', withdrawal_signs: 'no', minor_children: 'no',
          acute_social_risks: ['none'] };
        const tries = name === 'contact_gp' ? [base, { ...base, daily_use: 'no' }] : [{ ...base, withdrawal_signs: 'yes', daily_use: 'yes' },
          { ...base, substances: ['alcohol'], daily_use: 'yes', withdrawal_signs: 'yes' }, { ...base, dangerous_behaviour_self: 'yes' }];
        const w = document.getElementById('widget');
        for (const a of tries) {
          w.answers = a;
          if (w.evaluation?.routing.citizen?.action === name) return { answers: a };
        }
        return null;
      }, [name, complete]);
      // Otherwise the first golden case the engine gives that state for.
      if (!input) input = await page.evaluate(([mode, name, cases]) => {
        const w = document.getElementById('widget');
        for (const c of cases) {
          w.reset();
          w.instruments = c.instruments ?? {};
          w.answers = c.answers;
          const r = w.evaluation?.routing;
          if (r && (mode === 'citizen' ? r.citizen?.action : r.summary.id) === name) return c;
        }
        return null;
      }, [mode, name, golden.filter((c) => !c.input.options?.cutoffs).map((c) => c.input)]);
      if (!input) {
        seen.push(`${mode}/${name}: no input found`);
        continue;
      }
      await page.evaluate((i) => {
        const w = document.getElementById('widget');
        w.reset();
        w.instruments = i.instruments ?? {};
        w.answers = i.answers;
      }, input);
      const s = await card(page);
      const state = mode === 'citizen' ? s.action : s.summary;
      if (name !== 'invalid_field') eq(state, name, `${mode}: the state screenshot as ${name}`);
      const el = await page.evaluateHandle(() => document.getElementById('widget').shadowRoot.querySelector('[part~=routing]'));
      await el.asElement().screenshot({ path: join(dir, `${mode}-${name}.png`) });
      if (name === 'invalid_field') {
        // The box of the answers left out under the card, and the message at the field.
        const box = await page.evaluateHandle(() => document.getElementById('widget').shadowRoot.querySelector('[part~=result] [part~=errors], [part~=errors]'));
        assert(box.asElement(), `${mode}: the answers left out are listed`);
        await box.asElement().screenshot({ path: join(dir, `${mode}-${name}-left-out.png`) });
        const field = await page.evaluateHandle(() => document.getElementById('widget').shadowRoot.getElementById('w-age'));
        await field.asElement().screenshot({ path: join(dir, `${mode}-${name}-at-field.png`) });
      }
      seen.push(`${mode}/${name}`);
    }
  }
  await page.evaluate(() => document.getElementById('widget').reset());
  console.log(`    ${seen.join(', ')}`);
  // provisional_minor (a non-acute level that may only rise to another non-acute one) is reached by no
  // golden case nor by any one-answer change of the complete baseline in ruleset 2026.2: no screenshot.
  assert(!seen.some((x) => x.includes('no input') && !x.startsWith('clinician/provisional_minor')), seen.join(', '));
  await done();
});

for (const mode of MODES) {
  for (const lang of LANGS) {
    test(`axe: ${mode} mode, ${lang}: not settled, an invalid field left out, at 320 px in the dark scheme and at 200 % zoom`, async () => {
      for (const o of [{ viewport: { width: 320, height: 700 }, colorScheme: 'dark' }, { viewport: { width: 640, height: 450 }, colorScheme: 'light' }]) {
        const { page, done } = await open(o);
        await widgetIn(page, mode, lang);
        for (const a of [SPARSE, { age: '30 år', consciousness: 'unresponsive' }, { danger_to_others: 'yes' }]) {
          await page.evaluate((x) => { document.getElementById('widget').answers = x; }, a);
          await axe(page, `${mode}/${lang} ${o.viewport.width}px ${o.colorScheme} ${JSON.stringify(a)}`);
          const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert(over <= 0, `horizontal overflow of ${over}px`);
        }
        await done();
      }
    });
  }
}

// ---- accessibility -------------------------------------------------------------------------------------

for (const mode of MODES) {
  for (const lang of LANGS) {
    test(`axe: no violations, ${mode} mode, ${lang}`, async () => {
      const { page, done } = await open();
      await page.selectOption('#lang', lang);
      await page.check(`#mode-${mode}`);
      await axe(page, `${mode}/${lang}, empty form`);
      if (cases.length) {
        const c = cases.find((x) => x.level) || cases[0];
        await page.selectOption('#case-select', c.id);
        await page.click('#case-load');
        await page.waitForSelector(`body[data-case="${c.id}"]`);
        // Open every disclosure so that axe sees all content.
        await page.evaluate(() => {
          for (const d of document.querySelectorAll('details')) d.open = true;
          for (const d of document.getElementById('widget').shadowRoot.querySelectorAll('details')) d.open = true;
        });
        await axe(page, `${mode}/${lang}, case ${c.id}`);
      }
      await done();
    });
  }
}

test('axe: dark colour scheme, input errors, 320 px', async () => {
  const { page, done } = await open({ colorScheme: 'dark', viewport: { width: 320, height: 700 } });
  await page.evaluate(() => { document.getElementById('widget').answers = { age: 300, sex: 'male', pregnant: 'yes' }; });
  await axe(page, 'dark, errors');
  await page.evaluate((ghb) => { document.getElementById('widget').answers = ghb; }, GHB);
  await axe(page, 'dark, emergency');
  await done();
});

test('layout: no horizontal scrolling at 320 px and at 200 % zoom; reduced motion; dark scheme', async () => {
  for (const width of [320, 640]) {
    const { page, done } = await open({ viewport: { width, height: 800 } });
    if (cases.length) {
      await page.selectOption('#case-select', cases[0].id);
      await page.click('#case-load');
      await page.waitForSelector(`body[data-case="${cases[0].id}"]`);
    }
    const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert(over <= 0, `horizontal overflow of ${over}px at ${width}px`);
    await done();
  }
  const { page, done } = await open({ reducedMotion: 'reduce', colorScheme: 'dark' });
  const r = await page.evaluate(() => {
    const w = document.getElementById('widget');
    w.focusItem('seizure');
    const field = w.shadowRoot.getElementById('w-seizure');
    return { anim: getComputedStyle(field).animationName, flash: field.classList.contains('flash'),
      bg: getComputedStyle(w).backgroundColor };
  });
  assert(r.flash && r.anim === 'none', `no animation with reduced motion (${r.anim})`);
  assert(/rgb\((\d+), (\d+), (\d+)\)/.exec(r.bg).slice(1).every((x) => Number(x) < 80), `dark background (${r.bg})`);
  await done();
});

// ---- journal note and print -------------------------------------------------------------------------

test('journal note: copied to the clipboard, textarea fallback, print stylesheet', async () => {
  const { page, context, done } = await open();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  await page.evaluate((ghb) => { document.getElementById('widget').answers = ghb; }, GHB);
  await page.selectOption('#lang', 'en');
  // The en module loads on the switch: the note is copied once the evaluation is in English.
  await page.waitForFunction(() => document.getElementById('widget').evaluation?.lang === 'en');
  await page.focus('#copy');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('copy-status').textContent);
  const note = await page.evaluate(() => navigator.clipboard.readText());
  const ev = await page.evaluate(() => document.getElementById('widget').evaluation);
  for (const want of [ev.notice.text, ev.routing.title, ev.indication.text, ev.indication.criteria[1].title,
    'Completeness: ', 'Age: 30', 'Consciousness (ACVPU): Unresponsive (U)']) {
    assert(note.includes(want), `the note has ${JSON.stringify(want)}:\n${note}`);
  }
  // Fallback when the Clipboard API refuses.
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
  });
  await page.click('#copy');
  await page.waitForFunction(() => !document.getElementById('note-box').hidden);
  const fallback = await page.evaluate(() => [document.activeElement.id, document.getElementById('note').value]);
  eq(fallback[0], 'note', 'the textarea has the focus');
  assert(fallback[1].includes(ev.routing.title), 'the textarea holds the note');
  await page.emulateMedia({ media: 'print' });
  const hidden = await page.evaluate(() => ['.controls', '.case-controls', '.buttons'].map((s) => getComputedStyle(document.querySelector(s)).display));
  eq(hidden, ['none', 'none', 'none'], 'controls hidden in print');
  await page.screenshot({ path: join(SHOTS, 'print-media-en-clinician-1280.png'), fullPage: true });
  await done();
});

// ---- speed ---------------------------------------------------------------------------------------------

bench_('speed: first render after loading, re-evaluation after an input (reported, budgets 100 ms and 16 ms)', async () => {
  // Cold loads (a new context each, no cache: the server sends no-store). Times from navigation start:
  // engine = the package's module compiled and instantiated; render = the widget's form, evaluation and
  // result built; frame = the first frame after it. The widget's own cost is render - engine.
  const loads = [];
  for (let i = 0; i < 7; i++) {
    const { page, done } = await open();
    await page.waitForFunction(() => performance.getEntriesByName('tsb-akutt:first-frame').length);
    loads.push(await page.evaluate(() => {
      const at = (n) => performance.getEntriesByName(n)[0].startTime;
      const nav = performance.getEntriesByType('navigation')[0];
      const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
      return { engine: at('tsb-akutt:engine-ready'), render: at('tsb-akutt:first-render'), frame: at('tsb-akutt:first-frame'),
        dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, wasm: wasm ? wasm.responseEnd : NaN };
    }));
    if (i < 6) {
      await done();
      continue;
    }
    const times = await page.evaluate(() => {
      const w = document.getElementById('widget');
      w.answers = { age: 34, sex: 'female', substances: ['alcohol', 'benzodiazepines'], daily_use: 'yes' };
      const root = w.shadowRoot;
      const ids = ['f-seizure-yes', 'f-seizure-no', 'f-psychosis-yes', 'f-psychosis-no', 'f-pregnant-unknown', 'f-pregnant-no'];
      const out = [];
      for (let k = 0; k < 60; k++) {
        const t0 = performance.now();
        root.getElementById(ids[k % ids.length]).click(); // change -> evaluate -> render
        void root.querySelector('[part~=routing]').getBoundingClientRect(); // + style and layout
        out.push(performance.now() - t0);
      }
      return out.sort((a, b) => a - b);
    });
    const typed = [];
    for (let k = 0; k < 9; k++) {
      typed.push(await page.evaluate((v) => new Promise((ok) => {
        const f = document.getElementById('widget').shadowRoot.getElementById('f-resp_rate');
        const t0 = performance.now();
        f.value = v;
        f.dispatchEvent(new Event('input', { bubbles: true }));
        requestAnimationFrame(() => ok(performance.now() - t0));
      }), String(6 + k * 3)));
    }
    typed.sort((a, b) => a - b);
    bench.reevaluate_ms = { median: times[30], p95: times[56], min: times[0], max: times[59], runs: 60 };
    bench.input_to_next_frame_ms = { median: typed[4], min: typed[0], max: typed[8], runs: 9 };
    await done();
  }
  const stat = (k) => {
    const v = loads.map((x) => x[k]).sort((a, b) => a - b);
    return { median: v[3], min: v[0], max: v[6] };
  };
  for (const x of loads) {
    x.own = x.render - x.engine;
    x.compile = x.engine - x.wasm;
  }
  bench.first_load_ms = { runs: loads.length, wasm_downloaded: stat('wasm'), engine_ready: stat('engine'),
    wasm_compile_and_instantiate: stat('compile'), first_render: stat('render'),
    first_frame: stat('frame'), widget_own_render: stat('own'), dom_content_loaded: stat('dcl'), load_event: stat('load') };
  const own = bench.first_load_ms.widget_own_render;
  console.log(`  first render: median ${bench.first_load_ms.first_render.median.toFixed(1)} ms from navigation start, `
    + `${own.median.toFixed(1)} ms after the engine loaded (budget 100 ms); re-evaluation median `
    + `${bench.reevaluate_ms.median.toFixed(2)} ms, p95 ${bench.reevaluate_ms.p95.toFixed(2)} ms (budget 16 ms)`);
});

// ---- screenshots -----------------------------------------------------------------------------------------

test('screenshots of the demo at 1280 px and 320 px', async () => {
  const c = cases.find((x) => x.id === 'teaching-aud') || cases.find((x) => x.level) || null;
  const shots = [
    { name: 'demo-1280-nb-clinician', width: 1280, lang: 'nb', mode: 'clinician' },
    { name: 'demo-1280-en-citizen', width: 1280, lang: 'en', mode: 'citizen' },
    { name: 'demo-1280-nn-clinician-dark', width: 1280, lang: 'nn', mode: 'clinician', dark: true },
    { name: 'demo-320-nb-clinician', width: 320, lang: 'nb', mode: 'clinician' },
    { name: 'demo-320-en-citizen', width: 320, lang: 'en', mode: 'citizen' },
  ];
  for (const s of shots) {
    const { page, done } = await open({ viewport: { width: s.width, height: s.width > 600 ? 900 : 720 }, colorScheme: s.dark ? 'dark' : 'light' });
    await page.selectOption('#lang', s.lang);
    await page.check(`#mode-${s.mode}`);
    if (c) {
      await page.selectOption('#case-select', c.id);
      await page.click('#case-load');
      await page.waitForSelector(`body[data-case="${c.id}"]`);
    }
    const settle = () => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(ok, 150)))));
    await settle();
    await page.screenshot({ path: join(SHOTS, `${s.name}-top.png`) });
    await page.evaluate(() => document.getElementById('widget').scrollIntoView());
    await settle();
    await page.screenshot({ path: join(SHOTS, `${s.name}-widget.png`) });
    await page.screenshot({ path: join(SHOTS, `${s.name}-full.png`), fullPage: true });
    await done();
  }
});

// ---- run -------------------------------------------------------------------------------------------------

const { server, url } = await startServer({ root: DIST, port: 0 });
base = url;
// Playwright gives the browser a fresh temporary profile (user-data-dir) of its own.
browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGS });
let passed = 0;
let failed = 0;
const started = Date.now();
for (const t of tests.filter((x) => x.name.includes(ONLY))) {
  const t0 = Date.now();
  try {
    await t.fn();
    passed++;
    console.log(`ok - ${t.name} (${Date.now() - t0} ms)`);
  } catch (e) {
    failed++;
    console.log(`not ok - ${t.name}\n    ${String(e?.stack || e).split('\n').join('\n    ')}`);
  }
}
await browser.close();
server.close();
if (Object.keys(bench).length) {
  // Merged into the last measurements, so that a partial run (--only) keeps the others.
  let old = {};
  try {
    old = JSON.parse(readFileSync(join(OUT, 'web-bench.json'), 'utf8'));
  } catch {
    old = {};
  }
  writeFileSync(join(OUT, 'web-bench.json'), JSON.stringify({ ...old, ...bench }, null, 2) + '\n');
}
console.log(`# ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in test-results/screenshots/; measurements in test-results/web-bench.json`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
