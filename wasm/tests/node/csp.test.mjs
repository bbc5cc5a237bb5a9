// The browser builds of both entries (`tsb-akutt`, `tsb-akutt/fhir`) load and evaluate in headless
// Chromium under `Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'`
// with no CSP violation, no console error or warning; the main entry's page fetches no FHIR file; and,
// as a control that the watch works, the same page without 'wasm-unsafe-eval' is caught.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM, serve } from './server.mjs';

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
const NO_WASM = "default-src 'self'; script-src 'self'";

let server;
let browser;

before(async () => {
  server = await serve((pathname) => (pathname.startsWith('/nowasm') ? NO_WASM : CSP));
  browser = await chromium.launch(CHROMIUM);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function load(pathname) {
  const page = await browser.newPage();
  const messages = [];
  page.on('console', (m) => {
    if (['error', 'warning'].includes(m.type())) messages.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => messages.push(`requestfailed: ${r.url()}`));
  const response = await page.goto(`${server.url}${pathname}`);
  assert.equal(response.headers()['content-security-policy'], pathname.startsWith('/nowasm') ? NO_WASM : CSP);
  await page.waitForFunction(() => window.__result !== undefined, null, { timeout: 30_000 });
  const result = await page.evaluate(() => window.__result);
  const violations = await page.evaluate(() => window.__violations);
  await page.close();
  return { result, violations, messages };
}

test('the main entry works under the strict CSP: every function, no violation, no FHIR file fetched', async () => {
  const { result, violations, messages } = await load('/');
  assert.deepStrictEqual(violations, []);
  assert.deepStrictEqual(messages, []);
  assert.equal(result.failed, undefined, result.failed);
  assert.equal(result.level, 'emergency_113');
  assert.equal(result.lang, 'en');
  assert.deepStrictEqual(
    { isError: result.inputError.isError, isInputError: result.inputError.isInputError, name: result.inputError.name },
    { isError: true, isInputError: true, name: 'InputError' },
  );
  // Both: the NaN the JS side finds and the unknown item the core finds (api.js: reported together).
  assert.deepStrictEqual(result.inputError.errors.map((e) => [e.code, e.path]), [
    ['wrong_type', 'answers.age'],
    ['unknown_item', 'answers.pregnnat'],
  ]);
  assert.equal(result.safe.success, false);
  assert.deepStrictEqual(result.safe.errors.map((e) => [e.code, e.path]), [['wrong_type', '']]);
  assert.ok(result.catalogItems > 40);
  assert.equal(result.score, 'ciwa_ar');
  assert.equal(typeof result.version.ruleset, 'string');
  assert.deepStrictEqual(result.exports, ['InputError', 'catalog', 'default', 'evaluate', 'init', 'initSync',
    'languageLoaded', 'loadLanguage', 'safeEvaluate', 'score', 'version']);
  assert.ok(result.fetched.includes('/pkg/web/tsb_akutt_wasm_bg.wasm'), JSON.stringify(result.fetched));
  // en was refused until its language module had loaded, then fetched from beside the entry.
  assert.deepStrictEqual(result.beforeLanguage, ['language_not_loaded']);
  assert.ok(result.fetched.includes('/pkg/web/tsb_akutt_en_bg.wasm'), JSON.stringify(result.fetched));
  assert.deepStrictEqual(result.fetched.filter((p) => /fhir/.test(p)), []);
});

test('the FHIR entry works under the strict CSP: its own module, every function, no violation', async () => {
  const { result, violations, messages } = await load('/test/fhir.html');
  assert.deepStrictEqual(violations, []);
  assert.deepStrictEqual(messages, []);
  assert.equal(result.failed, undefined, result.failed);
  assert.deepStrictEqual(result.beforeInit, ['not_initialized']);
  assert.equal(result.level, 'emergency_113');
  assert.deepStrictEqual(
    { isError: result.inputError.isError, isInputError: result.inputError.isInputError, name: result.inputError.name },
    { isError: true, isInputError: true, name: 'InputError' },
  );
  assert.deepStrictEqual(result.inputError.errors.map((e) => [e.code, e.path]), [['wrong_type', 'answers.age']]);
  assert.equal(result.safe, false);
  assert.ok(result.catalogItems > 40);
  assert.equal(result.score, 'ciwa_ar');
  assert.equal(typeof result.version.ruleset, 'string');
  assert.equal(result.questionnaire, 'Questionnaire');
  assert.equal(typeof result.fromQr, 'string');
  assert.ok(result.cards > 0);
  assert.equal(result.guidance, 'GuidanceResponse');
  assert.ok(['cdsHooks', 'evaluateQuestionnaireResponse', 'guidanceResponse', 'questionnaire'].every((f) => result.exports.includes(f)));
  // Its own module, and not the main entry's.
  const wasm = result.fetched.filter((p) => p.endsWith('.wasm'));
  assert.deepStrictEqual(wasm, ['/pkg/web/tsb_akutt_fhir_bg.wasm']);
});

test('control: without wasm-unsafe-eval the page is blocked, and the watch sees it', async () => {
  const { result, violations } = await load('/nowasm/');
  assert.ok(result.failed, 'the module loaded although the CSP forbids it');
  assert.ok(violations.some((v) => v.directive.startsWith('script-src') && v.blocked === 'wasm-eval'), JSON.stringify(violations));
});
