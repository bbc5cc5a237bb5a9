#!/usr/bin/env bash
# Coverage-guided fuzzing of the core (issue 13) with libFuzzer, on the stable toolchain: the targets of
# fuzz/ (evaluate_json, score, questionnaire_response) are built as ordinary binaries with the
# `libfuzzer-sys` crate (which compiles libFuzzer with the C++ compiler) and LLVM's sanitizer-coverage
# passes switched on by RUSTFLAGS; `cargo fuzz` would need nightly for its sanitizers, which these
# targets do without (a panic aborts, and that is the crash libFuzzer reports).
#
#   scripts/fuzz.sh [SECONDS] [TARGET…]   each target for SECONDS (default $FUZZ_SECONDS, else 20)
#
# `make test-fuzz` is the smoke run (20 s per target, about a minute), `make fuzz` the longer campaign.
# Seeds: every golden case and conformance vector (tests/examples/fuzz_seeds.rs); what the fuzzer finds
# new is kept in fuzz/corpus/<target>/ (not committed) and read again by the next run. A crash stops the
# run with its input in fuzz/artifacts/<target>/; replay it with `<binary> <file>`.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[fuzz]\033[0m %s\n' "$*"; }

SECONDS_PER_TARGET=${1:-${FUZZ_SECONDS:-20}}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(evaluate_json score questionnaire_response)

HOST=$(rustc -vV | sed -n 's/^host: //p')
# Its own target folder: the instrumented build must not replace the ordinary one.
FUZZ_TARGET_DIR=${FUZZ_TARGET_DIR:-${CARGO_TARGET_DIR:-$PWD/target}/fuzz}
# `--target` keeps the flags off build scripts (they would need libFuzzer's symbols too).
say "building the fuzz targets (libfuzzer-sys, sanitizer coverage) for $HOST"
RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Cdebug-assertions -Coverflow-checks" \
  cargo build --release --manifest-path fuzz/Cargo.toml --target "$HOST" --target-dir "$FUZZ_TARGET_DIR"
BIN="$FUZZ_TARGET_DIR/$HOST/release"

SEEDS=$(mktemp -d)
trap 'rm -rf "$SEEDS"' EXIT
cargo run -q -p tsb-akutt-tests --example fuzz_seeds -- "$SEEDS"

SUMMARY=()
for target in "${TARGETS[@]}"; do
  mkdir -p "fuzz/corpus/$target" "fuzz/artifacts/$target"
  say "$target: ${SECONDS_PER_TARGET} s"
  LOG="$SEEDS/$target.log"
  # -timeout: one input taking 10 s is a finding too (the work of a call is meant to be bounded).
  if ! "$BIN/$target" "fuzz/corpus/$target" "$SEEDS/$target" -max_total_time="$SECONDS_PER_TARGET" \
    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="fuzz/artifacts/$target/" \
    >"$LOG" 2>&1; then
    tail -n 60 "$LOG"
    say "$target: a crash or a timeout; its input is in fuzz/artifacts/$target/"
    exit 1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$LOG" | tail -n 1)
  done_line=$(grep -aE '^#[0-9]+[[:space:]]+DONE' "$LOG" | tail -n 1 || true)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$done_line")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$done_line")
  corpus=$(find "fuzz/corpus/$target" -type f | wc -l)
  SUMMARY+=("$(printf '%-24s %10s runs   cov %6s   ft %6s   corpus %5s   crashes 0' "$target" "$runs" "$cov" "$ft" "$corpus")")
done
for line in "${SUMMARY[@]}"; do say "$line"; done
