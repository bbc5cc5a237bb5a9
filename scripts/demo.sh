#!/usr/bin/env bash
# The interactive demo: builds what it needs and serves demo-web/dist at http://127.0.0.1:${PORT:-8080}/
# with the page's CSP (default-src 'self'; script-src 'self' 'wasm-unsafe-eval') and application/wasm.
#
#   scripts/demo.sh            build (the npm package too, when it is missing or older than its sources),
#                              assemble the site, serve it until Ctrl+C
#   scripts/demo.sh --build    build and assemble only (scripts/test-web.sh uses this)
#
# Environment: PORT (default 8080), HOST (default 127.0.0.1).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[demo]\033[0m %s\n' "$*"; }
die() { printf '\033[1;31m[demo]\033[0m %s\n' "$*" >&2; exit 1; }

build_only=false
case "${1:-}" in
  --build) build_only=true ;;
  "") ;;
  *) die "unknown argument $1 (use --build, or nothing)" ;;
esac

# The package is stale when a source it is built from is newer than its browser module.
pkg_stale() {
  local wasm=wasm/pkg/web/tsb_akutt_wasm_bg.wasm
  [ -f wasm/pkg/web/index.js ] && [ -f "$wasm" ] || return 0
  local newer
  newer=$(find core wasm/src wasm/js wasm/types wasm/Cargo.toml Cargo.toml Cargo.lock scripts/pkg.sh scripts/minify.mjs \
    -type f -newer "$wasm" -print -quit 2>/dev/null || true)
  [ -n "$newer" ]
}

if pkg_stale; then
  [ -f scripts/pkg.sh ] || die "scripts/pkg.sh is missing: cannot build the npm package (wasm/pkg)"
  say "the package wasm/pkg is missing or stale: scripts/setup.sh, then scripts/pkg.sh"
  bash scripts/setup.sh
  bash scripts/pkg.sh
fi
command -v node >/dev/null || die "node is missing (Node 20 is expected on these machines)"

say "assembling demo-web/dist"
node demo-web/build.mjs

if $build_only; then
  exit 0
fi
say "open http://${HOST:-127.0.0.1}:${PORT:-8080}/"
exec node demo-web/serve.mjs demo-web/dist
