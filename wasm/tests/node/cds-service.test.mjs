// The CDS Hooks 2.0 service of the package (`tsb-akutt/cds-service`, its command `tsb-akutt-cds`),
// over HTTP on 127.0.0.1: the discovery document, both services with and without what they need, CORS,
// and the 4xx answers (bad JSON, an oversized body, a wrong hook, …). Its cards must be exactly those
// of `cdsHooks()` of tsb-akutt/fhir for the same QuestionnaireResponse: the service only carries HTTP.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { PKG, native } from './helpers.mjs';

const require = createRequire(import.meta.url);
const service = require(path.join(PKG, 'node/cds-service.cjs'));
const fhir = require(path.join(PKG, 'node/fhir.cjs'));

const LIMIT = 64 * 1024;
let server;
let base;
let qr;

before(async () => {
  server = service.createServer({ maxBodyBytes: LIMIT });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
  // A QuestionnaireResponse of a full case (a GHB overdose), made by the core.
  const input = {
    answers: { age: 30, sex: 'male', substances: ['ghb'], suspected_overdose: 'yes', consciousness: 'unresponsive' },
    instruments: { gcs: { eye: 2, verbal: 2, motor: 4 } },
    options: { lang: 'nb' },
  };
  [{ ok: qr }] = native([{ fn: 'questionnaireResponse', input }]);
  assert.ok(qr && qr.resourceType === 'QuestionnaireResponse');
});

after(() => new Promise((resolve) => server.close(resolve)));

async function post(id, body, headers = {}) {
  const res = await fetch(`${base}/cds-services/${id}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: 'https://ehr.example', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

const call = (hook, extra = {}) => ({
  hook,
  hookInstance: 'd1577c69-dfbe-44ad-ba6d-3e05e953b2ea',
  context: { userId: 'Practitioner/1', patientId: '42' },
  ...extra,
});

describe('discovery', () => {
  test('GET /cds-services: the CDS Hooks 2.0 shape, a patient-view service with its prefetch, the custom hook', async () => {
    const res = await fetch(`${base}/cds-services`, { headers: { Origin: 'https://ehr.example' } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /^application\/json/);
    assert.equal(res.headers.get('access-control-allow-origin'), 'https://ehr.example');
    const body = await res.json();
    assert.deepStrictEqual(Object.keys(body), ['services']);
    for (const s of body.services) {
      // Required: hook, description, id; optional: title, prefetch, usageRequirements.
      for (const field of ['hook', 'description', 'id']) assert.equal(typeof s[field], 'string', field);
      for (const field of Object.keys(s)) {
        assert.ok(['hook', 'title', 'description', 'id', 'prefetch', 'usageRequirements'].includes(field), field);
      }
      assert.match(s.id, /^[A-Za-z0-9._~-]+$/, 'an id usable in a URL as it is');
    }
    assert.deepStrictEqual(body.services.map((s) => s.hook), ['patient-view', 'tsb-akutt-assessment']);
    const prefetch = body.services[0].prefetch.assessment;
    assert.match(prefetch, /^QuestionnaireResponse\?subject=\{\{context\.patientId\}\}&questionnaire=/);
    assert.ok(prefetch.includes(encodeURIComponent(qr.questionnaire.split('|')[0])), prefetch);
    assert.match(prefetch, /_sort=-authored&_count=1$/);
  });
});

describe('patient-view', () => {
  test('with the prefetch: the cards of cdsHooks() for the latest QuestionnaireResponse', async () => {
    const expected = fhir.cdsHooks(qr);
    assert.ok(expected.cards.length > 0);
    const bundle = { resourceType: 'Bundle', type: 'searchset', entry: [{ resource: qr }] };
    for (const assessment of [bundle, qr]) {
      const res = await post('tsb-akutt-patient-view', call('patient-view', { prefetch: { assessment } }));
      assert.equal(res.status, 200);
      assert.deepStrictEqual(res.body, expected);
      assert.equal(res.headers.get('access-control-allow-origin'), 'https://ehr.example');
    }
    assert.ok(expected.cards.some((c) => c.indicator === 'critical'), 'a GHB overdose with GCS 8 is critical');
  });

  test('a patient without an assessment (prefetch null or an empty Bundle): no cards', async () => {
    for (const assessment of [null, { resourceType: 'Bundle', type: 'searchset', total: 0 }]) {
      const res = await post('tsb-akutt-patient-view', call('patient-view', { prefetch: { assessment } }));
      assert.equal(res.status, 200);
      assert.deepStrictEqual(res.body, { cards: [] });
    }
  });

  test('without the prefetch: 412 Precondition Failed, as CDS Hooks 2.0 says', async () => {
    for (const extra of [{}, { prefetch: {} }, { fhirServer: 'https://fhir.example/r4' }]) {
      const res = await post('tsb-akutt-patient-view', call('patient-view', extra));
      assert.equal(res.status, 412);
      assert.equal(res.body.error, 'prefetch_missing');
    }
  });
});

describe('tsb-akutt-assessment (custom hook)', () => {
  test('the QuestionnaireResponse in context: the cards of cdsHooks(), with or without options', async () => {
    const res = await post('tsb-akutt-assessment', call('tsb-akutt-assessment', { context: { questionnaireResponse: qr } }));
    assert.equal(res.status, 200);
    assert.deepStrictEqual(res.body, fhir.cdsHooks(qr));
    const en = await post(
      'tsb-akutt-assessment',
      call('tsb-akutt-assessment', { context: { questionnaireResponse: qr, options: { lang: 'en' } } }),
    );
    assert.deepStrictEqual(en.body, fhir.cdsHooks(qr, { lang: 'en' }));
    assert.notDeepStrictEqual(en.body, res.body);
  });

  test('an invalid QuestionnaireResponse: 422 with the engine\'s structured errors', async () => {
    const bad = { ...qr, item: [{ linkId: 'age', answer: [{ valueInteger: 300 }] }] };
    const res = await post('tsb-akutt-assessment', call('tsb-akutt-assessment', { context: { questionnaireResponse: bad } }));
    assert.equal(res.status, 422);
    assert.equal(res.body.error, 'invalid_questionnaire_response');
    assert.deepStrictEqual(
      res.body.errors.map((e) => `${e.code} ${e.path}`),
      ['out_of_range QuestionnaireResponse.item[0].answer[0].valueInteger'],
    );
  });

  test('no QuestionnaireResponse in context: 400', async () => {
    const res = await post('tsb-akutt-assessment', call('tsb-akutt-assessment'));
    assert.equal(res.status, 400);
    assert.equal(res.body.error, 'bad_request');
  });
});

describe('bad requests', () => {
  test('bad JSON: 400 invalid_json', async () => {
    const res = await post('tsb-akutt-assessment', '{"hook": ');
    assert.equal(res.status, 400);
    assert.equal(res.body.error, 'invalid_json');
  });

  test('a wrong hook for the service: 400 wrong_hook', async () => {
    const res = await post('tsb-akutt-patient-view', call('order-sign', { prefetch: { assessment: qr } }));
    assert.equal(res.status, 400);
    assert.equal(res.body.error, 'wrong_hook');
  });

  test('missing hookInstance or context, a body that is not an object: 400', async () => {
    for (const body of [{ hook: 'patient-view', context: {} }, { hook: 'patient-view', hookInstance: 'x' }, [1], 'null']) {
      const res = await post('tsb-akutt-patient-view', body);
      assert.equal(res.status, 400, JSON.stringify(body));
    }
  });

  test('an oversized body: 413, by Content-Length and by what arrives (chunked)', async () => {
    const big = JSON.stringify(call('tsb-akutt-assessment', { context: { pad: 'x'.repeat(LIMIT) } }));
    const res = await post('tsb-akutt-assessment', big);
    assert.equal(res.status, 413);
    assert.equal(res.body.error, 'body_too_large');
    // Without a Content-Length: counted as it arrives.
    const status = await new Promise((resolve, reject) => {
      const req = http.request(`${base}/cds-services/tsb-akutt-assessment`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      });
      req.on('response', (r) => {
        r.resume();
        resolve(r.statusCode);
      });
      req.on('error', reject);
      for (let i = 0; i < 8; i++) req.write('x'.repeat(LIMIT / 4));
      req.end();
    });
    assert.equal(status, 413);
  });

  test('unknown service or path 404, wrong method 405, a body that is not JSON 415', async () => {
    assert.equal((await post('no-such-service', call('patient-view'))).status, 404);
    assert.equal((await fetch(`${base}/elsewhere`)).status, 404);
    const get = await fetch(`${base}/cds-services/tsb-akutt-patient-view`);
    assert.equal(get.status, 405);
    assert.equal(get.headers.get('allow'), 'POST, OPTIONS');
    assert.equal((await fetch(`${base}/cds-services`, { method: 'POST', body: '{}' })).status, 405);
    const text = await post('tsb-akutt-assessment', 'hello', { 'Content-Type': 'text/plain' });
    assert.equal(text.status, 415);
  });

  test('CORS preflight: 204 with the methods and headers a browser client sends', async () => {
    const res = await fetch(`${base}/cds-services/tsb-akutt-assessment`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://ehr.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), 'https://ehr.example');
    assert.match(res.headers.get('access-control-allow-methods'), /POST/);
    assert.match(res.headers.get('access-control-allow-headers'), /Authorization/);
    assert.match(res.headers.get('access-control-allow-headers'), /Content-Type/);
  });

  test('feedback is accepted', async () => {
    const res = await post('tsb-akutt-patient-view/feedback', { feedback: [] });
    assert.equal(res.status, 200);
  });
});

test('npx tsb-akutt-cds: the command serves the discovery on the port it is given', async () => {
  const child = spawn(process.execPath, [path.join(PKG, 'node/cds-bin.cjs'), '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const line = await new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        if (out.includes('\n')) resolve(out);
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}`)));
    });
    const url = /http:\/\/\S+\/cds-services/.exec(line)[0];
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/cds-services$/);
    const body = await (await fetch(url)).json();
    assert.deepStrictEqual(body, JSON.parse(JSON.stringify(service.DISCOVERY)));
  } finally {
    child.kill('SIGTERM');
  }
  const bad = spawn(process.execPath, [path.join(PKG, 'node/cds-bin.cjs'), '--port', 'x'], { stdio: 'ignore' });
  assert.equal(await new Promise((resolve) => bad.on('exit', resolve)), 2);
});
