// LHC-Forms round trip (issue 14): NLM's FHIR form renderer LHC-Forms 40.1.3 (npm `lforms`, its prebuilt
// web component, installed in wasm/tests/interop/node_modules by scripts/setup.sh) renders our nb
// Questionnaire (fhir/Questionnaire.json) in headless Chromium; an overdose case and a withdrawal case
// are filled through the form as a user would (typing into LHC-Forms' inputs and picking from its
// answer lists, instrument items included); the QuestionnaireResponse is exported with LHC-Forms' own
// export (LForms.Util.getFormFHIRData); the package (tsb-akutt/fhir) evaluates it. The level and the
// scores must be those of the same answers given to the engine directly.
//
// The page's Content-Security-Policy is looser than ours (wasm/tests/node/csp.test.mjs): LHC-Forms is an
// Angular web component that sets inline styles (`style` attributes and injected `<style>` elements), so
// it needs `style-src 'self' 'unsafe-inline'`. Scripts stay `'self'` only (no 'unsafe-eval', no inline
// script): the test checks that no CSP violation is reported.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../../..');
const LFORMS = path.join(HERE, 'node_modules/lforms/dist/lforms');
const require = createRequire(import.meta.url);
const fhir = require(path.join(ROOT, 'wasm/pkg/node/fhir.cjs'));
const QUESTIONNAIRE = JSON.parse(fs.readFileSync(path.join(ROOT, 'fhir/Questionnaire.json'), 'utf8'));

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:";

const PAGE = `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><title>LHC-Forms round trip</title>
<link rel="stylesheet" href="/lforms/webcomponent/styles.css"></head>
<body><div id="form"></div>
<script src="/lforms/webcomponent/assets/lib/zone.min.js"></script>
<script src="/lforms/webcomponent/runtime.js"></script>
<script src="/lforms/webcomponent/polyfills.js"></script>
<script src="/lforms/webcomponent/main.js"></script>
<script src="/lforms/fhir/R4/lformsFHIR.min.js"></script>
<script src="/csp-watch.js"></script>
</body></html>`;
const CSP_WATCH = `window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`;
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.ico': 'image/x-icon' };

let server;
let base;
let browser;

before(async () => {
  if (!fs.existsSync(path.join(LFORMS, 'webcomponent/main.js'))) {
    throw new Error('lforms is missing: run scripts/setup.sh (npm ci in wasm/tests/interop)');
  }
  server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const headers = { 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store' };
    if (url.pathname === '/') return res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE);
    if (url.pathname === '/csp-watch.js') return res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(CSP_WATCH);
    if (url.pathname === '/Questionnaire.json') {
      return res.writeHead(200, { ...headers, 'Content-Type': 'application/json' }).end(JSON.stringify(QUESTIONNAIRE));
    }
    const file = path.normalize(path.join(LFORMS, decodeURIComponent(url.pathname.replace(/^\/lforms\//, ''))));
    if (!url.pathname.startsWith('/lforms/') || !file.startsWith(LFORMS + path.sep) || !fs.existsSync(file)) {
      return res.writeHead(404, headers).end();
    }
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve) ?? resolve());
});

/** Every item of the Questionnaire by linkId. */
const ITEMS = new Map();
(function walk(items) {
  for (const item of items ?? []) {
    ITEMS.set(item.linkId, item);
    walk(item.item);
  }
})(QUESTIONNAIRE.item);

/** The nb display of the answer option `code` of an item (what LHC-Forms lists). */
function display(linkId, code) {
  const option = ITEMS.get(linkId)?.answerOption?.find((o) => o.valueCoding?.code === String(code));
  assert.ok(option, `${linkId} has no option ${code}`);
  return option.valueCoding.display;
}

async function openForm() {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('Failed to load resource')) errors.push(`console: ${m.text()}`);
  });
  await page.goto(`${base}/`);
  await page.waitForFunction(() => window.LForms?.Util?.addFormToPage);
  await page.evaluate(async () => {
    const q = await (await fetch('/Questionnaire.json')).json();
    await window.LForms.Util.addFormToPage(q, 'form', {});
  });
  await page.waitForSelector('[id="age/1/1"]');
  return { page, errors };
}

/** Types into a text or number item. */
async function type(page, linkId, value) {
  const input = page.locator(`[id="${linkId}/1/1"]`);
  await input.click();
  await input.fill(String(value));
  await input.press('Tab');
}

/** The text of an entry of LHC-Forms' answer list, without its list number and without the score that
 * LHC-Forms shows after an option with `ordinalValue` (`2 – Ved trykk (smerte) - 2`). */
const entryText = (t) => t.replace(/^\s*\d+:\s*/, '').replace(/ - \d+$/, '').trim();

/** Picks the option `code` of a choice item from LHC-Forms' answer list, as a user does: click the
 * field, type the start of the text, click the entry in the list. */
async function choose(page, linkId, code) {
  const text = display(linkId, code);
  const input = page.locator(`[id="${linkId}/1/1"]`);
  await input.click();
  await input.pressSequentially(text.slice(0, Math.min(text.length, 6)));
  // LHC-Forms' answer list: `<li><span class="listNum">2:</span>&nbsp; Mann</li>`.
  const entries = page.locator('#lhc-tools-searchResults li:visible');
  await entries.first().waitFor({ state: 'visible', timeout: 10_000 });
  // The list is filtered as the text is typed, and redrawn: wait until it holds the text and has
  // stopped changing (the same entries twice, 100 ms apart), then click the entry by its text. An
  // index read from a list still being redrawn picked the wrong entry (or one no longer there) in a
  // newer Chromium.
  let texts = [];
  let before = null;
  for (let i = 0; i < 50; i++) {
    texts = (await entries.allTextContents()).map(entryText);
    const now = JSON.stringify(texts);
    if (now === before && texts.includes(text)) break;
    before = now;
    await page.waitForTimeout(100);
  }
  assert.ok(texts.includes(text), `${linkId}: "${text}" is not in LHC-Forms' list ${JSON.stringify(texts)}`);
  const exactly = new RegExp(`^\\s*(\\d+:\\s*)?${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( - \\d+)?\\s*$`);
  await entries.filter({ hasText: exactly }).first().click();
}

/** LHC-Forms' QuestionnaireResponse once the form has taken the last answer: the field left (as a user
 * moves on), then the same export twice, 100 ms apart (it updates its model after the click). */
async function exportResponse(page) {
  await page.evaluate(() => document.activeElement?.blur());
  const once = () =>
    page.evaluate(() => window.LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', document.getElementById('form')));
  const same = (a, b) => JSON.stringify({ ...a, authored: null }) === JSON.stringify({ ...b, authored: null });
  let qr = await once();
  for (let i = 0; i < 50; i++) {
    await page.waitForTimeout(100);
    const next = await once();
    if (same(next, qr)) return next;
    qr = next;
  }
  return qr;
}

/** Fills a case through the form, exports, evaluates with the package; returns both evaluations. */
async function roundTrip({ answers, instruments }) {
  const { page, errors } = await openForm();
  try {
    for (const [id, value] of Object.entries(answers)) {
      if (typeof value === 'number') await type(page, id, value);
      else for (const v of [value].flat()) await choose(page, id, v);
    }
    for (const [instrument, items] of Object.entries(instruments)) {
      for (const [item, points] of Object.entries(items)) await choose(page, `instruments.${instrument}.${item}`, points);
    }
    const qr = await exportResponse(page);
    const violations = await page.evaluate(() => window.__violations);
    assert.deepStrictEqual(violations, [], 'CSP violations');
    assert.deepStrictEqual(errors, [], 'page errors');
    return { qr, viaForm: fhir.evaluateQuestionnaireResponse(qr), direct: fhir.evaluate({ answers, instruments }) };
  } finally {
    await page.close();
  }
}

/** The answers of a linkId in a QuestionnaireResponse. */
function answersOf(qr, linkId) {
  const found = [];
  (function walk(items) {
    for (const item of items ?? []) {
      if (item.linkId === linkId) found.push(...(item.answer ?? []));
      walk(item.item);
    }
  })(qr.item);
  return found;
}

test('LHC-Forms renders the nb Questionnaire: every item, instrument options with their words', async () => {
  const { page, errors } = await openForm();
  try {
    const rendered = await page.evaluate(() =>
      [...document.querySelectorAll('lhc-item[id^="item-"]')].map((e) => e.id.slice(5).replace(/\/1(\/1)*$/, '')),
    );
    // Items behind an unmet enableWhen are not rendered until it is met: every rendered item is ours,
    // and every item without enableWhen (and outside a group with one) is rendered.
    for (const id of rendered) assert.ok(ITEMS.has(id), `LHC-Forms rendered an unknown item ${id}`);
    for (const id of ['age', 'substances', 'instruments.gcs.eye', 'instruments.ciwa_ar.tremor', 'instruments.audit.q1']) {
      assert.ok(rendered.includes(id), `${id} is not rendered`);
    }
    // GCS eye lists its options with words, not bare points.
    await page.locator('[id="instruments.gcs.eye/1/1"]').click();
    await page.locator('#lhc-tools-searchResults li').first().waitFor({ state: 'visible' });
    const list = await page.locator('#lhc-tools-searchResults li:visible').allTextContents();
    assert.deepStrictEqual(list.map(entryText), [1, 2, 3, 4, 'nt'].map((c) => display('instruments.gcs.eye', c)));
    // LHC-Forms shows the ordinalValue after the text: the points are read from our extension.
    assert.deepStrictEqual(
      list.map((t) => t.replace(/^\s*\d+:\s*/, '').trim()),
      ['1 – Ingen - 1', '2 – Ved trykk (smerte) - 2', '3 – Ved lyd (tiltale) - 3', '4 – Spontant - 4', 'Ikke testbar'],
    );
    assert.deepStrictEqual(errors, []);
    assert.deepStrictEqual(await page.evaluate(() => window.__violations), []);
  } finally {
    await page.close();
  }
});

test('an overdose case filled through LHC-Forms, exported by LHC-Forms: emergency, GCS 8', async () => {
  const { qr, viaForm, direct } = await roundTrip({
    answers: { age: 30, sex: 'male', substances: ['ghb'], suspected_overdose: 'yes', consciousness: 'unresponsive' },
    instruments: { gcs: { eye: 2, verbal: 2, motor: 4 } },
  });
  // What LHC-Forms exports for a scored option: our Coding, with the points as ordinalValue.
  const [eye] = answersOf(qr, 'instruments.gcs.eye');
  assert.equal(eye.valueCoding.code, '2');
  assert.equal(eye.valueCoding.system, 'https://tsb-akutt.no/fhir/CodeSystem/instruments.gcs.eye');
  assert.deepStrictEqual(eye.valueCoding.extension, [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 2 }]);
  assert.equal(viaForm.routing.level, 'emergency_113');
  assert.equal(viaForm.scores.gcs.total, 8);
  assert.deepStrictEqual(viaForm.routing, direct.routing);
  assert.deepStrictEqual(viaForm.scores, direct.scores);
});

test('a withdrawal case with CIWA-Ar item by item through LHC-Forms: CIWA-Ar 19, acute inpatient TSB', async () => {
  const ciwa = {
    nausea_vomiting: 3, tremor: 4, paroxysmal_sweats: 2, anxiety: 3, agitation: 2,
    tactile: 1, auditory: 0, visual: 1, headache: 2, orientation: 1,
  };
  const { qr, viaForm, direct } = await roundTrip({
    answers: {
      age: 58, sex: 'male', substances: ['alcohol'], daily_use: 'yes', withdrawal_signs: 'yes',
      suspected_overdose: 'no', consciousness: 'alert',
    },
    instruments: { ciwa_ar: ciwa },
  });
  assert.equal(answersOf(qr, 'instruments.ciwa_ar.tremor')[0].valueCoding.code, '4');
  assert.equal(viaForm.scores.ciwa_ar.total, 19);
  assert.equal(viaForm.scores.ciwa_ar.band, 'severe');
  assert.equal(viaForm.routing.level, 'tsb_acute_inpatient');
  assert.deepStrictEqual(viaForm.routing, direct.routing);
  assert.deepStrictEqual(viaForm.scores, direct.scores);
  assert.deepStrictEqual(fhir.cdsHooks(qr), fhir.cdsHooks({ answers: fhir.inputFromQuestionnaireResponse(qr).answers, instruments: { ciwa_ar: ciwa } }));
});
