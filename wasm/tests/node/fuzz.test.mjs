// A fuzz test of the JS layer (issue 13): random JS values, with a fixed seed (fast-check), through
// safeEvaluate of the Node build. For every value: no WebAssembly RuntimeError (which the layer would
// report as `internal_error`), safeEvaluate never throws, the same value twice gives the same output,
// and every output validates against a JSON Schema generated from the package's TypeScript types
// (ts-json-schema-generator over index.d.ts, checked with ajv).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, test } from 'node:test';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { PKG, builds, goodInput } from './helpers.mjs';

const require = createRequire(import.meta.url);
const SEED = 13;
const RUNS = 1500;

let api;
let validate;

before(async () => {
  api = (await builds())['node (require)'];
  // The schema of `SafeResult<Evaluation>`, from the declarations shipped in the package.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsb-schema-'));
  const entry = path.join(dir, 'safe.ts');
  fs.writeFileSync(
    entry,
    `import type { SafeResult, Evaluation } from ${JSON.stringify(path.join(PKG, 'index.js'))};\n` +
      'export type SafeEvaluation = SafeResult<Evaluation>;\n',
  );
  const { createGenerator } = require('ts-json-schema-generator');
  const schema = createGenerator({ path: entry, type: 'SafeEvaluation', skipTypeCheck: true, expose: 'all' })
    .createSchema('SafeEvaluation');
  fs.rmSync(dir, { recursive: true, force: true });
  const Ajv = require('ajv');
  validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
});

const good = goodInput();
const itemIds = Object.keys(good.answers);

// Values an answer may be given, and many it may not.
const answerValue = fc.oneof(
  fc.constantFrom('yes', 'no', 'unknown', 'alcohol', 'ghb', 'male', 'female', 'alert', '', 'x'),
  fc.integer({ min: -5, max: 300 }),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 120.00000000000001, 0.9999999999999999, 1e308),
  fc.array(fc.constantFrom('alcohol', 'ghb', 'opioids', 'none', 'x', 1, null), { maxLength: 4 }),
  fc.anything({ maxDepth: 2, withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true }),
);

// Inputs shaped like the contract, near the good one, with odd values and keys mixed in.
const shapedInput = fc.record(
  {
    answers: fc.dictionary(fc.oneof(fc.constantFrom(...itemIds), fc.constantFrom('pregnnat', 'sp02', 'toJSON', '__proto__')), answerValue, { maxKeys: 8 }),
    instruments: fc.oneof(
      fc.constant({ ciwa_ar: { tremor: 3, nausea_vomiting: 2 } }),
      fc.dictionary(fc.constantFrom('ciwa_ar', 'cows', 'gcs', 'news2', 'x'), fc.dictionary(fc.string({ maxLength: 8 }), answerValue, { maxKeys: 3 }), { maxKeys: 2 }),
    ),
    options: fc.record({ lang: fc.constantFrom('nb', 'nn', 'en', 'xx', 3), audience: fc.constantFrom('clinician', 'citizen', 'x') }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

const anyValue = fc.oneof(
  shapedInput,
  fc.anything({ maxDepth: 4, withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withObjectString: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true }),
);

test('safeEvaluate: any JS value, no trap, never throws, same output twice, output of the declared type', () => {
  let failures = 0;
  let successes = 0;
  fc.assert(
    fc.property(anyValue, (value) => {
      let first;
      let second;
      assert.doesNotThrow(() => {
        first = api.safeEvaluate(value);
        second = api.safeEvaluate(value);
      });
      assert.deepStrictEqual(second, first);
      if (first.success) successes++;
      else failures++;
      const codes = first.success ? [] : first.errors.map((e) => e.code);
      assert.ok(!codes.includes('internal_error'), JSON.stringify(first.errors));
      assert.ok(validate(first), JSON.stringify(validate.errors?.slice(0, 3)));
    }),
    { seed: SEED, numRuns: RUNS },
  );
  // Not a vacuous run: both outcomes occur.
  assert.ok(successes > 0 && failures > 0, `${successes} evaluations, ${failures} error lists`);
});
