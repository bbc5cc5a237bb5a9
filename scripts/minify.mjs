#!/usr/bin/env node
// Minifies the JS shipped in the npm package (scripts/pkg.sh): the wasm-bindgen glue and the JS layer
// (wasm/js/), in place in wasm/pkg. The repository keeps the readable sources; only the package copy is
// minified, without source maps. esbuild (an exact devDependency in package.json) with one set of
// options, shared with the test that checks the package's JS layer is the repository's
// (wasm/tests/node/api.test.mjs).
//
//   node scripts/minify.mjs esm FILE…                ES modules (the browser build, the Node .mjs entries)
//   node scripts/minify.mjs cjs FILE…                CommonJS (the Node build)
//   node scripts/minify.mjs esm|cjs --keep-names FILE…  the same, functions and classes keep their names
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

/**
 * `code` minified, as ES module (`esm`) or CommonJS (`cjs`) text. Syntax newer than ES2020 is
 * lowered and none is introduced (the package's engines: Node 18, browsers with WebAssembly reference
 * types). Local names are shortened; with `keepNames`, functions and classes keep their `name` (for
 * the public JS layer: `InputError.name`, `evaluate` in stack traces; 0.2 KB gzip on api.js), which
 * the glue's internal functions do not need.
 */
export function minify(code, format, { keepNames = false } = {}) {
  if (format !== 'esm' && format !== 'cjs') throw new Error(`format must be esm or cjs, not ${format}`);
  return transformSync(code, {
    format,
    minify: true,
    keepNames,
    target: 'es2020',
    charset: 'utf8',
    legalComments: 'none',
    sourcemap: false,
    logLevel: 'warning',
  }).code;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  const [format, ...args] = process.argv.slice(2);
  const keepNames = args.includes('--keep-names');
  for (const file of args.filter((a) => a !== '--keep-names')) {
    fs.writeFileSync(file, minify(fs.readFileSync(file, 'utf8'), format, { keepNames }));
  }
}
