// Memory returns (issue 13): WebAssembly memory grows and never shrinks, so a module that read one
// large input would keep that memory for good. The JS layer replaces an instance whose memory grew
// past 64 MiB after a call (wasm/js/api.js, `recycleIfGrown`); this test evaluates a large input and
// then checks the module's memory after a normal evaluation.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { builds, goodInput, rawNode } from './helpers.mjs';

const MIB = 1024 * 1024;

test('after a large input, the module is back to its normal size', async () => {
  const api = (await builds())['node (require)'];
  const raw = rawNode();
  const reference = api.evaluate(goodInput());
  const normal = raw.memoryBytes();
  assert.ok(normal < 16 * MIB, `a normal evaluation uses ${normal / MIB} MiB`);
  // About 3.8 MB of JSON, under the 4 MiB limit: 1.9 million numbers, each a value in the core's
  // tree (about 60 MiB of it) and a wrong type.
  const large = { answers: { substances: new Array(1_900_000).fill(1) } };
  const result = api.safeEvaluate(large);
  assert.equal(result.success, false);
  assert.equal(result.errors.length, 101);
  assert.deepStrictEqual(api.evaluate(goodInput()), reference);
  const after = raw.memoryBytes();
  assert.ok(after <= Math.max(2 * normal, 16 * MIB), `after the large input: ${after / MIB} MiB (normal ${normal / MIB} MiB)`);
});
