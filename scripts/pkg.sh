#!/usr/bin/env bash
# Builds the npm package `tsb-akutt` in wasm/pkg/. Four WebAssembly modules, each a release build of
# wasm/ for wasm32:
#   - the main entry `tsb-akutt` (evaluate, safeEvaluate, catalog, score, version; the widget uses it):
#     the crate with the texts of nb only (`--features language-nb`) and none of the FHIR code;
#   - its language modules tsb_akutt_nn and tsb_akutt_en: the same engine with the nn or the en texts,
#     loaded by the main entry when a call asks for that language (the browser with
#     `await loadLanguage('nn')`, Node on the first call). Three languages in one module no longer fit
#     the main entry's 80 KB budget (BENCHMARKS.md);
#   - the opt-in entry `tsb-akutt/fhir` (all of the above and questionnaire,
#     evaluateQuestionnaireResponse, cdsHooks, guidanceResponse): the crate with `--features fhir`, all
#     three languages in one module.
# For each: wasm-bindgen 0.2.130 glue for browsers (ES module, `--target web`) and for Node (CommonJS,
# `--target nodejs`), wasm-opt 132 -Oz on the module; then the hand-written JS layer (wasm/js/) and the
# TypeScript declarations (wasm/types/). The shipped JS (glue and JS layer) is minified with esbuild
# (scripts/minify.mjs; no source maps): the repository keeps the readable sources. Prints the sizes of
# both entries at the end.
#
# Layout: web/index.js (main, with the language modules tsb_akutt_nn* and tsb_akutt_en*) and web/fhir.js
# (FHIR), each over its own glue and .wasm (tsb_akutt_wasm*, tsb_akutt_fhir*), sharing web/api.js; node/ the same in CommonJS (index.cjs,
# fhir.cjs, api.cjs) with ES module entries (index.mjs, fhir.mjs).
#
# wasm-pack is not used: its wasm-bindgen settings cannot pass `--experimental-reset-state-function`,
# which the JS layer uses to re-instantiate the module after a trap (see wasm/js/api.js).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[pkg]\033[0m %s\n' "$*"; }
die() { printf '\033[1;31m[pkg]\033[0m %s\n' "$*" >&2; exit 1; }

WASM_BINDGEN_VERSION=0.2.130
WASM_OPT=node_modules/.bin/wasm-opt
# The features rustc 1.95 emits for wasm32-unknown-unknown (shared/design/TOOLCHAIN.md).
# `--converge` repeats -Oz while it still shrinks the module; the producers and target-features sections
# are metadata for linkers, which no browser or Node reads. `--low-memory-unused` lets it fold constant
# addresses: rustc puts the data at 1 MiB and the stack below it, so the low 1 KiB is never used (only a
# stack overflow of the full 1 MiB would reach it). 0.5 KB gzip. `--one-caller-inline-max-function-size 30`:
# a function with one caller is inlined into it only when small. By default every such function is, which
# merges most of the engine into one export function; kept apart, the functions make a module 1.5 % larger
# raw but 4.2 KB smaller gzip, for 1 to 4 % more time (measured, BENCHMARKS.md "Comparing two builds").
WASM_OPT_FLAGS=(-Oz --converge --one-caller-inline-max-function-size 30 --strip-producers
  --strip-target-features --enable-bulk-memory --enable-reference-types --enable-multivalue
  --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --low-memory-unused)

command -v wasm-bindgen >/dev/null || die "wasm-bindgen is missing: run scripts/setup.sh"
[ "$(wasm-bindgen --version | awk '{print $2}')" = "$WASM_BINDGEN_VERSION" ] ||
  die "wasm-bindgen $WASM_BINDGEN_VERSION is needed (found $(wasm-bindgen --version)): run scripts/setup.sh"
[ -x "$WASM_OPT" ] || die "$WASM_OPT is missing: run scripts/setup.sh (npm ci)"
[ -d node_modules/esbuild ] || die "esbuild is missing (node_modules/esbuild): run scripts/setup.sh (npm ci)"
"$WASM_OPT" --version | grep -q 'version 132' || die "wasm-opt 132 is needed, found: $("$WASM_OPT" --version)"

TARGET_DIR=$(cargo metadata --format-version 1 --no-deps | node -e \
  'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')
VERSION=$(cargo metadata --format-version 1 --no-deps | node -e \
  'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).packages.find(p=>p.name==="tsb-akutt-wasm").version))')
OUTPUT="$TARGET_DIR/wasm32-unknown-unknown/release/tsb_akutt_wasm.wasm"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# One module: `build NAME [cargo features…]` leaves $WORK/{web,nodejs}/NAME.js and NAME_bg.wasm (the
# glue names its files after the module, so the two modules can sit side by side).
build() {
  local name=$1
  shift
  say "cargo build --release --target wasm32-unknown-unknown -p tsb-akutt-wasm $* ($name)"
  cargo build --release --target wasm32-unknown-unknown -p tsb-akutt-wasm "$@"
  cp "$OUTPUT" "$WORK/$name.wasm"
  for target in web nodejs; do
    wasm-bindgen --target "$target" --no-typescript --experimental-reset-state-function \
      --out-dir "$WORK/$target" "$WORK/$name.wasm"
  done
  say "wasm-opt $("$WASM_OPT" --version | awk '{print $3}') ${WASM_OPT_FLAGS[*]} ($name)"
  "$WASM_OPT" "${WASM_OPT_FLAGS[@]}" "$WORK/web/${name}_bg.wasm" -o "$WORK/$name.opt.wasm"
  # Both targets get the same module from wasm-bindgen; optimise once, unless that ever changes.
  if cmp -s "$WORK/web/${name}_bg.wasm" "$WORK/nodejs/${name}_bg.wasm"; then
    cp "$WORK/$name.opt.wasm" "$WORK/nodejs/${name}_bg.wasm"
  else
    "$WASM_OPT" "${WASM_OPT_FLAGS[@]}" "$WORK/nodejs/${name}_bg.wasm" -o "$WORK/nodejs/${name}_bg.wasm"
  fi
  cp "$WORK/$name.opt.wasm" "$WORK/web/${name}_bg.wasm"
}
build tsb_akutt_wasm --features language-nb
build tsb_akutt_nn --features language-nn
build tsb_akutt_en --features language-en
build tsb_akutt_fhir --features fhir
if grep -q questionnaireJson "$WORK/web/tsb_akutt_wasm.js"; then
  die "the main module exports FHIR functions: is the feature \`fhir\` on by default?"
fi
grep -q questionnaireJson "$WORK/web/tsb_akutt_fhir.js" || die "the FHIR module has no FHIR functions"

PKG=wasm/pkg
rm -rf "$PKG"
mkdir -p "$PKG/web" "$PKG/node"

# Browser build: ES modules.
MODULES=(tsb_akutt_wasm tsb_akutt_nn tsb_akutt_en tsb_akutt_fhir)
for name in "${MODULES[@]}"; do
  cp "$WORK/web/$name.js" "$WORK/web/${name}_bg.wasm" "$PKG/web/"
done
cp wasm/js/api.js "$PKG/web/api.js"
cp wasm/js/web.js "$PKG/web/index.js"
cp wasm/js/web-fhir.js "$PKG/web/fhir.js"
echo '{ "type": "module" }' >"$PKG/web/package.json"

# Node build: CommonJS (wasm-bindgen's nodejs glue), with ES module entries over the same instances.
for name in "${MODULES[@]}"; do
  cp "$WORK/nodejs/$name.js" "$WORK/nodejs/${name}_bg.wasm" "$PKG/node/"
done
{
  echo "'use strict';"
  sed -E 's/^export (function|class) /\1 /' wasm/js/api.js
  echo 'module.exports = { createApi, InputError };'
} >"$PKG/node/api.cjs"
if grep -nE '^\s*(export|import)\b' "$PKG/node/api.cjs"; then
  die "wasm/js/api.js has an export or import that the CommonJS copy cannot take (see its header)"
fi
cp wasm/js/node.cjs "$PKG/node/index.cjs"
cp wasm/js/node.mjs "$PKG/node/index.mjs"
cp wasm/js/node-fhir.cjs "$PKG/node/fhir.cjs"
cp wasm/js/node-fhir.mjs "$PKG/node/fhir.mjs"
# The CDS Hooks service (Node only, over the FHIR entry) and its command `tsb-akutt-cds`.
cp wasm/js/cds-service.cjs "$PKG/node/cds-service.cjs"
cp wasm/js/cds-service.mjs "$PKG/node/cds-service.mjs"
cp wasm/js/cds-bin.cjs "$PKG/node/cds-bin.cjs"
chmod +x "$PKG/node/cds-bin.cjs"
echo '{ "type": "commonjs" }' >"$PKG/node/package.json"

# The drop-in widget <tsb-akutt-vurdering> (demo-web/widget.js) imports ./index.js: it sits beside it.
cp demo-web/widget.js "$PKG/web/widget.js"
cp demo-web/widget.d.ts "$PKG/widget.d.ts"

# Minify the glue, the JS layer and the widget (not the declarations).
say "esbuild $(node -p "require('esbuild').version") --minify (glue and JS layer)"
node scripts/minify.mjs esm "$PKG"/web/{tsb_akutt_wasm,tsb_akutt_nn,tsb_akutt_en,tsb_akutt_fhir}.js
node scripts/minify.mjs cjs "$PKG"/node/{tsb_akutt_wasm,tsb_akutt_nn,tsb_akutt_en,tsb_akutt_fhir}.js
# The JS layer is the public API: its functions and classes keep their names (`InputError.name`).
node scripts/minify.mjs esm --keep-names "$PKG"/web/{api,index,fhir}.js "$PKG"/node/{index,fhir,cds-service}.mjs
# The widget's internal names need not survive (its class is registered by reference).
node scripts/minify.mjs esm "$PKG"/web/widget.js
node scripts/minify.mjs cjs --keep-names "$PKG"/node/{api,index,fhir,cds-service,cds-bin}.cjs

cp wasm/types/index.d.ts wasm/types/fhir.d.ts wasm/types/core.d.ts wasm/types/input.d.ts wasm/types/cds-service.d.ts "$PKG/"
cp wasm/types/cds-service.d.ts "$PKG/cds-service.d.cts"
# The same declarations for CommonJS importers (a `.d.ts` is an ES module here: "type": "module"); the
# FHIR entry's re-export of the main entry's declarations points at their CommonJS copy.
# Every declaration a `.d.cts` imports is a `.d.cts` too: under `node16`/`nodenext`, a CommonJS file that
# imports an ES module's types fails with TS1541/TS1479.
cp wasm/types/core.d.ts "$PKG/core.d.cts"
cp wasm/types/input.d.ts "$PKG/input.d.cts"
to_cjs() { sed -e "s|from './index.js'|from './index.cjs'|" -e "s|from './core.js'|from './core.cjs'|" -e "s|from './input.js'|from './input.cjs'|" "$1"; }
to_cjs wasm/types/index.d.ts >"$PKG/index.d.cts"
to_cjs wasm/types/fhir.d.ts >"$PKG/fhir.d.cts"
grep -q "from './index.cjs'" "$PKG/fhir.d.cts" || die "wasm/types/fhir.d.ts does not re-export from './index.js'"
! grep -q "from '\./[a-z-]*\.js'" "$PKG/index.d.cts" "$PKG/fhir.d.cts" || die "a .d.cts still imports an ES module's declarations"
cp wasm/README.md "$PKG/README.md"

cat >"$PKG/package.json" <<EOF
{
  "name": "tsb-akutt",
  "version": "$VERSION",
  "description": "Decision support for acute substance-use treatment (TSB, Norway): acute indication, assessment completeness and care-level routing, in WebAssembly",
  "license": "MIT OR Apache-2.0",
  "keywords": ["tsb", "rus", "decision-support", "webassembly", "fhir", "cds-hooks"],
  "type": "module",
  "types": "./index.d.ts",
  "main": "./node/index.cjs",
  "module": "./web/index.js",
  "browser": "./web/index.js",
  "exports": {
    ".": {
      "browser": { "types": "./index.d.ts", "default": "./web/index.js" },
      "node": {
        "import": { "types": "./index.d.ts", "default": "./node/index.mjs" },
        "require": { "types": "./index.d.cts", "default": "./node/index.cjs" }
      },
      "import": { "types": "./index.d.ts", "default": "./web/index.js" },
      "require": { "types": "./index.d.cts", "default": "./node/index.cjs" },
      "default": "./web/index.js"
    },
    "./fhir": {
      "browser": { "types": "./fhir.d.ts", "default": "./web/fhir.js" },
      "node": {
        "import": { "types": "./fhir.d.ts", "default": "./node/fhir.mjs" },
        "require": { "types": "./fhir.d.cts", "default": "./node/fhir.cjs" }
      },
      "import": { "types": "./fhir.d.ts", "default": "./web/fhir.js" },
      "require": { "types": "./fhir.d.cts", "default": "./node/fhir.cjs" },
      "default": "./web/fhir.js"
    },
    "./cds-service": {
      "node": {
        "import": { "types": "./cds-service.d.ts", "default": "./node/cds-service.mjs" },
        "require": { "types": "./cds-service.d.cts", "default": "./node/cds-service.cjs" }
      }
    },
    "./widget": { "types": "./widget.d.ts", "default": "./web/widget.js" },
    "./widget.js": { "types": "./widget.d.ts", "default": "./web/widget.js" },
    "./tsb_akutt_bg.wasm": "./web/tsb_akutt_wasm_bg.wasm",
    "./tsb_akutt_fhir_bg.wasm": "./web/tsb_akutt_fhir_bg.wasm",
    "./package.json": "./package.json"
  },
  "bin": { "tsb-akutt-cds": "./node/cds-bin.cjs" },
  "files": ["index.d.ts", "index.d.cts", "fhir.d.ts", "fhir.d.cts", "core.d.ts", "core.d.cts", "input.d.ts", "input.d.cts", "cds-service.d.ts",
    "cds-service.d.cts", "widget.d.ts", "web/", "node/", "README.md"],
  "sideEffects": ["./web/widget.js"],
  "engines": { "node": ">=18" }
}
EOF

# Sizes: what a browser downloads for each entry (module + glue + JS layer), gzip -9 and brotli 11.
node - "$PKG" <<'EOF'
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const dir = process.argv[2];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
function report(title, files) {
  const sizes = files.map((f) => {
    const b = fs.readFileSync(path.join(dir, f));
    return {
      f,
      raw: b.length,
      gz: zlib.gzipSync(b, { level: 9 }).length,
      br: zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const sum = (k) => sizes.reduce((s, x) => s + x[k], 0);
  const line = (name, raw, gz, br) =>
    `[pkg] ${name.padEnd(30)} ${kb(raw).padStart(9)}   gzip ${kb(gz).padStart(8)}   brotli ${kb(br).padStart(8)}`;
  for (const s of sizes) console.log(line(s.f, s.raw, s.gz, s.br));
  console.log(line(`= ${title}`, sum('raw'), sum('gz'), sum('br')));
  return sum('gz');
}
const main = report('tsb-akutt (browser)',
  ['web/tsb_akutt_wasm_bg.wasm', 'web/tsb_akutt_wasm.js', 'web/api.js', 'web/index.js']);
const engine = report('module + glue', ['web/tsb_akutt_wasm_bg.wasm', 'web/tsb_akutt_wasm.js']);
const page = report('widget page', ['web/tsb_akutt_wasm_bg.wasm', 'web/tsb_akutt_wasm.js', 'web/api.js',
  'web/index.js', 'web/widget.js']);
const langs = ['nn', 'en'].map((l) =>
  report(`language module ${l}`, [`web/tsb_akutt_${l}_bg.wasm`, `web/tsb_akutt_${l}.js`]));
const fhir = report('tsb-akutt/fhir (browser)',
  ['web/tsb_akutt_fhir_bg.wasm', 'web/tsb_akutt_fhir.js', 'web/api.js', 'web/fhir.js']);
const verdict = (size, budget) => (size <= budget * 1024 ? 'met' : `missed by ${kb(size - budget * 1024)}`);
console.log(`[pkg] main entry tsb-akutt (module + glue): ${kb(engine).padStart(8)} gzip (budget 80 KB): ${verdict(engine, 80)}`);
console.log(`[pkg]   with the JS layer:                ${kb(main).padStart(8)} gzip`);
console.log(`[pkg] widget page (+ JS layer, widget.js): ${kb(page).padStart(8)} gzip (budget 85 KB): ${verdict(page, 85)}`);
console.log(`[pkg] language modules nn, en:             ${langs.map((l) => kb(l)).join(', ')} gzip (loaded on a switch)`);
console.log(`[pkg] FHIR entry tsb-akutt/fhir: ${kb(fhir).padStart(8)} gzip (opt-in: only those who import it load it)`);
EOF
say "wasm/pkg: tsb-akutt $VERSION (browser: web/index.js, web/fhir.js; Node: node/index.cjs, node/fhir.cjs)"
