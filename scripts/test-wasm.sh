#!/usr/bin/env bash
# The tests of the WebAssembly package (issue 3), on the built, optimised package in wasm/pkg (built by
# scripts/pkg.sh when it is missing or older than its sources): both entries, `tsb-akutt` and the opt-in
# `tsb-akutt/fhir` (each over its own module):
#   1. the TypeScript declarations of the data are those the Rust sources generate (native cargo test);
#   2. wasm_bindgen_test tests of every export in headless Chromium (ChromeDriver), built with the
#      feature `fhir` so that the FHIR exports are there too;
#   3. Node tests (node --test wasm/tests/node/*.test.mjs): every function of every entry point, the
#      golden and conformance cases against the native core, hostile JS values, tsc over usage
#      examples, and both browser builds under a strict Content-Security-Policy (playwright-core).
# Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[test-wasm]\033[0m %s\n' "$*"; }

if [ ! -f wasm/pkg/package.json ] ||
  [ -n "$(find wasm/src wasm/js wasm/types wasm/Cargo.toml wasm/README.md core/src core/Cargo.toml Cargo.lock \
    scripts/pkg.sh scripts/minify.mjs -newer wasm/pkg/package.json -print -quit 2>/dev/null)" ]; then
  say "building the package (scripts/pkg.sh)"
  ./scripts/pkg.sh
fi

say "1/3 TypeScript declarations are current"
cargo test -q -p tsb-akutt-wasm --test types

say "2/3 wasm_bindgen_test in headless Chromium"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/profile"
# Root needs --no-sandbox; the rest keeps Chromium from calling out on a closed network.
cat >"$WORK/webdriver.json" <<EOF
{
  "goog:chromeOptions": {
    "binary": "${CHROMIUM:-/usr/bin/chromium}",
    "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--user-data-dir=$WORK/profile"]
  }
}
EOF
CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver} \
  WASM_BINDGEN_TEST_WEBDRIVER_JSON="$WORK/webdriver.json" \
  WASM_BINDGEN_TEST_TIMEOUT=120 \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown -p tsb-akutt-wasm --features fhir --test web

say "3/3 Node tests of the built package"
# The native answers the parity tests compare with.
cargo build -q -p tsb-akutt-wasm --example native
node --test --test-reporter=spec wasm/tests/node/*.test.mjs
