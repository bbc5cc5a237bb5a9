'use strict';
// tsb-akutt/cds-service: a CDS Hooks 2.0 service over the package's FHIR entry, for Node's `node:http`
// (no framework). It only carries HTTP: every card comes from `cdsHooks()` of tsb-akutt/fhir, the same
// engine as everywhere else; there is no clinical logic here.
//
//   GET  /cds-services                         discovery (two services)
//   POST /cds-services/tsb-akutt-patient-view  hook `patient-view`: the latest QuestionnaireResponse of
//                                              our Questionnaire, fetched by the client as prefetch
//                                              `assessment` (a searchset Bundle, the resource, or null)
//   POST /cds-services/tsb-akutt-assessment    custom hook `tsb-akutt-assessment`: the QuestionnaireResponse
//                                              in `context.questionnaireResponse`
//   POST /cds-services/{id}/feedback           accepted and ignored (200)
//   OPTIONS *                                  CORS preflight
//
// Errors are JSON `{ error, message }` (and `errors`, the engine's structured errors, for an invalid
// QuestionnaireResponse): 400 bad JSON or request, 404 unknown service or path, 405 wrong method,
// 412 the prefetch this service needs is missing (CDS Hooks 2.0: "unable to retrieve the necessary FHIR
// data"; this service does not query the client's FHIR server itself), 413 body over the limit,
// 415 a body that is not JSON, 422 an invalid QuestionnaireResponse.
const http = require('node:http');
const fhir = require('./fhir.cjs');

const QUESTIONNAIRE_URL = 'https://tsb-akutt.no/fhir/Questionnaire/tsb-akutt';
const CUSTOM_HOOK = 'tsb-akutt-assessment';
const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** The discovery document (CDS Hooks 2.0 `GET /cds-services`). */
const DISCOVERY = Object.freeze({
  services: [
    {
      hook: 'patient-view',
      id: 'tsb-akutt-patient-view',
      title: 'TSB-akutt: akutt tverrfaglig spesialisert rusbehandling',
      description:
        'Cards from the latest TSB-akutt assessment of the patient (a QuestionnaireResponse of ' +
        `${QUESTIONNAIRE_URL}): acute indication, level of care and what is still missing.`,
      prefetch: {
        assessment:
          'QuestionnaireResponse?subject={{context.patientId}}' +
          `&questionnaire=${encodeURIComponent(QUESTIONNAIRE_URL)}&_sort=-authored&_count=1`,
      },
      usageRequirements: 'The QuestionnaireResponse must answer the Questionnaire of tsb-akutt (fhir/Questionnaire.json).',
    },
    {
      hook: CUSTOM_HOOK,
      id: 'tsb-akutt-assessment',
      title: 'TSB-akutt: vurdering av et utfylt skjema',
      description:
        'Cards for one TSB-akutt assessment given in the request: context.questionnaireResponse (a ' +
        `QuestionnaireResponse of ${QUESTIONNAIRE_URL}); optional context.options (engine options).`,
    },
  ],
});

class HttpError extends Error {
  constructor(status, code, message, extra = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.extra = extra;
  }
}

function send(res, status, body, extraHeaders = {}) {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    ...(text ? { 'Content-Type': 'application/json; charset=utf-8' } : {}),
    'Content-Length': Buffer.byteLength(text),
    ...extraHeaders,
  });
  res.end(text);
}

// CORS, as CDS Hooks asks of a service that browser-based clients call.
function corsHeaders(req) {
  return {
    'Access-Control-Allow-Origin': req.headers.origin || '*',
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type',
    'Access-Control-Max-Age': '600',
    Vary: 'Origin',
  };
}

/** Reads the body, at most `limit` bytes (413 past it, before reading on). */
function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new HttpError(413, 'body_too_large', `the request body is ${declared} bytes; the limit is ${limit}`));
      req.resume();
      return;
    }
    const chunks = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        reject(new HttpError(413, 'body_too_large', `the request body is over the limit of ${limit} bytes`));
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', (e) => {
      if (!done) reject(new HttpError(400, 'bad_request', `the request could not be read: ${e.message}`));
    });
  });
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The QuestionnaireResponse of a prefetch value: the resource, or the first of a Bundle's entries; null for none. */
function responseOfPrefetch(value) {
  if (value === null) return null;
  if (!isObject(value)) throw new HttpError(400, 'bad_request', '`prefetch.assessment` is not a FHIR resource');
  if (value.resourceType === 'QuestionnaireResponse') return value;
  if (value.resourceType === 'Bundle') {
    const entries = Array.isArray(value.entry) ? value.entry : [];
    const found = entries.map((e) => (isObject(e) ? e.resource : undefined)).find((r) => isObject(r) && r.resourceType === 'QuestionnaireResponse');
    return found ?? null;
  }
  throw new HttpError(400, 'bad_request', `\`prefetch.assessment\` is a ${String(value.resourceType)}, not a QuestionnaireResponse or a Bundle`);
}

function cardsFor(qr, options) {
  const out = fhir.safeCdsHooks(qr, options ?? null);
  if (!out.success) {
    throw new HttpError(422, 'invalid_questionnaire_response', 'the QuestionnaireResponse is not a valid answer to the tsb-akutt Questionnaire', {
      errors: out.errors,
    });
  }
  return out.data;
}

function callService(service, request) {
  if (!isObject(request)) throw new HttpError(400, 'bad_request', 'the request body is not a JSON object');
  if (request.hook !== service.hook) {
    throw new HttpError(400, 'wrong_hook', `service \`${service.id}\` answers the hook \`${service.hook}\`, not \`${String(request.hook)}\``);
  }
  if (typeof request.hookInstance !== 'string' || request.hookInstance === '') {
    throw new HttpError(400, 'bad_request', '`hookInstance` (a string) is required');
  }
  if (!isObject(request.context)) throw new HttpError(400, 'bad_request', '`context` (an object) is required');
  if (service.hook === 'patient-view') {
    const prefetch = isObject(request.prefetch) ? request.prefetch : {};
    if (!Object.hasOwn(prefetch, 'assessment')) {
      throw new HttpError(412, 'prefetch_missing', 'the prefetch `assessment` (the latest QuestionnaireResponse) is missing; this service does not query the FHIR server itself');
    }
    const qr = responseOfPrefetch(prefetch.assessment);
    // No assessment of this patient: nothing to say.
    if (qr === null) return { cards: [] };
    return cardsFor(qr, null);
  }
  const qr = request.context.questionnaireResponse;
  if (!isObject(qr)) throw new HttpError(400, 'bad_request', '`context.questionnaireResponse` (a QuestionnaireResponse) is required');
  const options = request.context.options;
  if (options !== undefined && options !== null && !isObject(options)) {
    throw new HttpError(400, 'bad_request', '`context.options` must be an object');
  }
  return cardsFor(qr, options);
}

/**
 * A request handler for `http.createServer`. `options.maxBodyBytes` (default 1 MiB) limits the request
 * body; `options.basePath` (default '') is a prefix before `/cds-services`.
 */
function createHandler(options = {}) {
  const limit = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const base = (options.basePath ?? '').replace(/\/$/, '');
  return async function handle(req, res) {
    const cors = corsHeaders(req);
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let path = url.pathname;
      if (base && !path.startsWith(`${base}/`)) throw new HttpError(404, 'not_found', `no such path: ${path}`);
      path = path.slice(base.length).replace(/\/$/, '');
      if (req.method === 'OPTIONS') {
        send(res, 204, undefined, cors);
        return;
      }
      if (path === '/cds-services') {
        if (req.method !== 'GET') throw new HttpError(405, 'method_not_allowed', 'use GET for the discovery', { allow: 'GET, OPTIONS' });
        send(res, 200, DISCOVERY, cors);
        return;
      }
      const m = /^\/cds-services\/([^/]+)(\/feedback)?$/.exec(path);
      const service = m && DISCOVERY.services.find((s) => s.id === decodeURIComponent(m[1]));
      if (!service) throw new HttpError(404, 'not_found', `no such service: ${path}`);
      if (req.method !== 'POST') throw new HttpError(405, 'method_not_allowed', 'use POST to call a service', { allow: 'POST, OPTIONS' });
      const type = String(req.headers['content-type'] ?? 'application/json');
      if (!/^application\/(fhir\+)?json\b/i.test(type)) {
        throw new HttpError(415, 'unsupported_media_type', `the body must be application/json, not ${type}`);
      }
      const text = await readBody(req, limit);
      let request;
      try {
        request = JSON.parse(text);
      } catch (e) {
        throw new HttpError(400, 'invalid_json', `the request body is not JSON: ${e.message}`);
      }
      if (m[2]) {
        send(res, 200, {}, cors);
        return;
      }
      send(res, 200, callService(service, request), cors);
    } catch (e) {
      if (e instanceof HttpError) {
        const { allow, ...extra } = e.extra;
        send(res, e.status, { error: e.code, message: e.message, ...extra }, { ...cors, ...(allow ? { Allow: allow } : {}) });
      } else {
        send(res, 500, { error: 'internal_error', message: 'internal error of the CDS service' }, cors);
      }
    }
  };
}

/** An `http.Server` with the handler (not yet listening). */
function createServer(options = {}) {
  return http.createServer(createHandler(options));
}

module.exports = { createHandler, createServer, DISCOVERY, CUSTOM_HOOK, QUESTIONNAIRE_URL, DEFAULT_MAX_BODY_BYTES };
