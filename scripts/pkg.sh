#!/usr/bin/env bash
# Builds the npm package `tsb-akutt` in wasm/pkg/: one release build of wasm/ for wasm32, wasm-bindgen
# 0.2.130 glue for browsers (ES module, `--target web`) and for Node (CommonJS, `--target nodejs`),
# wasm-opt 132 -Oz on the module, the hand-written JS layer (wasm/js/) and the TypeScript declarations
# (wasm/types/). Prints the sizes at the end.
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
WASM_OPT_FLAGS=(-Oz --enable-bulk-memory --enable-reference-types --enable-multivalue
  --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals)

command -v wasm-bindgen >/dev/null || die "wasm-bindgen is missing: run scripts/setup.sh"
[ "$(wasm-bindgen --version | awk '{print $2}')" = "$WASM_BINDGEN_VERSION" ] ||
  die "wasm-bindgen $WASM_BINDGEN_VERSION is needed (found $(wasm-bindgen --version)): run scripts/setup.sh"
[ -x "$WASM_OPT" ] || die "$WASM_OPT is missing: run scripts/setup.sh (npm ci)"
"$WASM_OPT" --version | grep -q 'version 132' || die "wasm-opt 132 is needed, found: $("$WASM_OPT" --version)"

say "cargo build --release --target wasm32-unknown-unknown -p tsb-akutt-wasm"
cargo build --release --target wasm32-unknown-unknown -p tsb-akutt-wasm
TARGET_DIR=$(cargo metadata --format-version 1 --no-deps | node -e \
  'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')
VERSION=$(cargo metadata --format-version 1 --no-deps | node -e \
  'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).packages.find(p=>p.name==="tsb-akutt-wasm").version))')
INPUT="$TARGET_DIR/wasm32-unknown-unknown/release/tsb_akutt_wasm.wasm"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for target in web nodejs; do
  wasm-bindgen --target "$target" --no-typescript --experimental-reset-state-function \
    --out-dir "$WORK/$target" "$INPUT"
done

say "wasm-opt $("$WASM_OPT" --version | awk '{print $3}') ${WASM_OPT_FLAGS[*]}"
"$WASM_OPT" "${WASM_OPT_FLAGS[@]}" "$WORK/web/tsb_akutt_wasm_bg.wasm" -o "$WORK/opt.wasm"
# Both targets get the same module from wasm-bindgen; optimise once, unless that ever changes.
if cmp -s "$WORK/web/tsb_akutt_wasm_bg.wasm" "$WORK/nodejs/tsb_akutt_wasm_bg.wasm"; then
  cp "$WORK/opt.wasm" "$WORK/nodejs/tsb_akutt_wasm_bg.wasm"
else
  "$WASM_OPT" "${WASM_OPT_FLAGS[@]}" "$WORK/nodejs/tsb_akutt_wasm_bg.wasm" -o "$WORK/nodejs/tsb_akutt_wasm_bg.wasm"
fi
cp "$WORK/opt.wasm" "$WORK/web/tsb_akutt_wasm_bg.wasm"

PKG=wasm/pkg
rm -rf "$PKG"
mkdir -p "$PKG/web" "$PKG/node"

# Browser build: ES modules.
cp "$WORK/web/tsb_akutt_wasm.js" "$WORK/web/tsb_akutt_wasm_bg.wasm" "$PKG/web/"
cp wasm/js/api.js "$PKG/web/api.js"
cp wasm/js/web.js "$PKG/web/index.js"
echo '{ "type": "module" }' >"$PKG/web/package.json"

# Node build: CommonJS (wasm-bindgen's nodejs glue), with an ES module entry over the same instance.
cp "$WORK/nodejs/tsb_akutt_wasm.js" "$WORK/nodejs/tsb_akutt_wasm_bg.wasm" "$PKG/node/"
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
echo '{ "type": "commonjs" }' >"$PKG/node/package.json"

# The drop-in widget <tsb-akutt-vurdering> (demo-web/widget.js) imports ./index.js: it sits beside it.
cp demo-web/widget.js "$PKG/web/widget.js"
cp demo-web/widget.d.ts "$PKG/widget.d.ts"

cp wasm/types/index.d.ts wasm/types/core.d.ts wasm/types/input.d.ts "$PKG/"
# The same declarations for CommonJS importers (a `.d.ts` is an ES module here: "type": "module").
cp wasm/types/index.d.ts "$PKG/index.d.cts"
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
    "./widget": { "types": "./widget.d.ts", "default": "./web/widget.js" },
    "./widget.js": { "types": "./widget.d.ts", "default": "./web/widget.js" },
    "./tsb_akutt_bg.wasm": "./web/tsb_akutt_wasm_bg.wasm",
    "./package.json": "./package.json"
  },
  "files": ["index.d.ts", "index.d.cts", "core.d.ts", "input.d.ts", "widget.d.ts", "web/", "node/", "README.md"],
  "sideEffects": ["./web/widget.js"],
  "engines": { "node": ">=18" }
}
EOF

# Sizes: the module, and what a browser downloads (module + glue + JS layer), gzip -9 and brotli.
node - "$PKG" <<'EOF'
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const dir = process.argv[2];
const web = ['web/tsb_akutt_wasm_bg.wasm', 'web/tsb_akutt_wasm.js', 'web/api.js', 'web/index.js'];
const sizes = web.map((f) => {
  const b = fs.readFileSync(path.join(dir, f));
  return {
    f,
    raw: b.length,
    gz: zlib.gzipSync(b, { level: 9 }).length,
    br: zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sum = (k) => sizes.reduce((s, x) => s + x[k], 0);
for (const s of sizes) console.log(`[pkg] ${s.f.padEnd(28)} ${kb(s.raw).padStart(9)}   gzip ${kb(s.gz).padStart(8)}   brotli ${kb(s.br).padStart(8)}`);
console.log(`[pkg] ${'wasm + glue (browser)'.padEnd(28)} ${kb(sum('raw')).padStart(9)}   gzip ${kb(sum('gz')).padStart(8)}   brotli ${kb(sum('br')).padStart(8)}   (budget 80 KB gzip, goal 60 KB)`);
EOF
say "wasm/pkg: tsb-akutt $VERSION (browser: web/, Node: node/)"
