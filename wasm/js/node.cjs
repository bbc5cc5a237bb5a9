'use strict';
// tsb-akutt for Node (CommonJS): the module is compiled and instantiated synchronously on require. The
// FHIR and CDS Hooks functions are in `tsb-akutt/fhir` (./fhir.cjs).
const raw = require('./tsb_akutt_wasm.js');
const { createApi, InputError } = require('./api.cjs');

const { evaluate, safeEvaluate, catalog, score, version } = createApi(raw, () => true);

/** Nothing to do in Node (the module is loaded on require); kept for code shared with browsers. */
async function init() {}

/** Nothing to do in Node; kept for code shared with browsers. */
function initSync() {}

module.exports = { evaluate, safeEvaluate, catalog, score, version, InputError, init, initSync, default: init };
