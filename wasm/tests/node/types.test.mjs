// The package's TypeScript declarations type-check usage examples that import the package by name, so
// that package.json `exports` "types" is used: wasm/tests/ts/usage.ts (the main entry), usage-fhir.ts
// (`tsb-akutt/fhir`) and usage-cjs.cts (both from CommonJS). Their `@ts-expect-error` lines check that
// wrong item ids, values, instruments and languages are type errors, and that the main entry has no
// FHIR functions. (That the
// declarations of the data match the Rust sources is checked by `cargo test -p tsb-akutt-wasm --test
// types`.)
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { PKG, ROOT } from './helpers.mjs';

test('tsc --strict --noEmit (skipLibCheck false) over wasm/tests/ts/usage*.ts and usage-cjs.cts under nodenext, node16 and bundler, with and without the DOM', () => {
  const dir = path.join(ROOT, 'wasm/tests/ts');
  const link = path.join(dir, 'node_modules/tsb-akutt');
  fs.mkdirSync(path.dirname(link), { recursive: true });
  fs.rmSync(link, { force: true, recursive: true });
  fs.symlinkSync(path.relative(path.dirname(link), PKG), link, 'dir');
  const tsc = path.join(ROOT, 'node_modules/.bin/tsc');
  // nodenext (ESM .ts and CommonJS .cts), the same without the DOM, node16, and bundler.
  for (const config of ['tsconfig.json', 'tsconfig.node.json', 'tsconfig.node16.json', 'tsconfig.bundler.json']) {
    const out = spawnSync(tsc, ['-p', path.join(dir, config)], { encoding: 'utf8' });
    assert.equal(out.status, 0, `tsc -p ${config} failed:\n${out.stdout}${out.stderr}`);
  }
});
