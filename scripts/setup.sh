#!/usr/bin/env bash
# Installs what the build and the tests need, on a fresh machine with only the Rust toolchain, Node and
# npm, and reach to the package registries (see shared/design/TOOLCHAIN.md). Idempotent: each step is
# skipped when what it installs is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

# Exactly the wasm-bindgen of wasm/Cargo.toml: the CLI refuses a module from another version.
WASM_BINDGEN_VERSION=0.2.130
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding $component"
    rustup component add "$component"
  fi
done

# `--locked` first, as TOOLCHAIN.md says; the registry mirror has lacked one pinned dependency, so fall
# back to a fresh resolution of the same version.
cargo_install() {
  local crate=$1 version=${2:-}
  local args=("$crate")
  [ -n "$version" ] && args+=(--version "$version")
  cargo install "${args[@]}" --locked || cargo install "${args[@]}"
}
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  cargo_install wasm-bindgen-cli "$WASM_BINDGEN_VERSION"
fi

# Debian's Chromium and ChromeDriver for the browser tests (a test tool's own browser download fails here).
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  say "installing chromium and chromium-driver from Debian"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# A C++ compiler: the fuzz targets' libfuzzer-sys builds libFuzzer from its C++ sources (scripts/fuzz.sh).
if ! command -v c++ >/dev/null; then
  say "installing g++ from Debian (for libFuzzer)"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq g++ >/dev/null
fi

# JS tools: wasm-opt 132 (not Debian's binaryen 108, which breaks the glue), esbuild (minifies the
# package's JS), TypeScript, Playwright's driver for Debian's Chromium, axe-core, the FHIR JSON schema
# validator.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing the JS development tools (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi
# The third-party FHIR form renderers of the interop tests (LHC-Forms, refero: wasm/tests/interop/),
# apart from the tools above: their trees are large (about 350 MB) and their peer ranges only resolve
# with legacy-peer-deps (wasm/tests/interop/.npmrc). About a minute.
INTEROP=wasm/tests/interop
if [ ! -d "$INTEROP/node_modules" ] || [ "$INTEROP/package-lock.json" -nt "$INTEROP/node_modules/.package-lock.json" ]; then
  say "installing the interop test renderers (npm ci in $INTEROP)"
  (cd "$INTEROP" && npm ci --legacy-peer-deps --ignore-scripts --no-audit --no-fund --loglevel=error)
fi
say "ready"
