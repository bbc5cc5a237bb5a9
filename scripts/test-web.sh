#!/usr/bin/env bash
# Browser tests of the widget <tsb-akutt-vurdering> and the demo page (demo-web/tests/run.mjs): every
# teaching case through the UI by keyboard, the widget API, axe-core in both modes and all three
# languages, CSP / console / foreign-request guards, size, screenshots (test-results/screenshots/).
# Builds what it needs first. Exits non-zero on failure; the last line is "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."

fail() {
  printf '\033[1;31m[test-web]\033[0m %s\n' "$*" >&2
  echo "0 passed, 1 failed"
  exit 1
}

bash scripts/demo.sh --build || fail "could not build the demo site (see above)"
# The tools the runner drives (installed by scripts/setup.sh, which the build above runs only when the
# package has to be rebuilt).
if [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ] || [ ! -x /usr/bin/chromium ]; then
  bash scripts/setup.sh || fail "scripts/setup.sh failed"
fi
node demo-web/tests/run.mjs "$@"
