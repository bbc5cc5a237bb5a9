# One command per job; each does its own set-up (scripts/setup.sh is idempotent and quick when done).
#   make demo   build everything and serve the demo at http://127.0.0.1:8080 (PORT overrides)
#   make test   every test of the project: formatting, lints, Rust, FHIR schemas, wasm, browser, interop
#   make pkg    the npm package tsb-akutt in wasm/pkg/
#   make bench  the native benchmarks of BENCHMARKS.md (a full evaluation; the worst cases of hostile input)
#   make fuzz   coverage-guided fuzzing of the core, FUZZ_SECONDS per target (default 600)
#   make bench-peers  the package against fhirpath.js and json-logic-js; writes its section of BENCHMARKS.md
#   make docs   regenerate docs/CATALOG.md, docs/RULES.md, fhir/ and the package's TypeScript types

SHELL := /bin/bash
.PHONY: setup test lint test-rust test-fhir test-wasm test-web test-interop test-fuzz demo pkg bench bench-peers docs fuzz

setup:
	@./scripts/setup.sh

test: setup lint test-rust test-fhir test-wasm test-web test-interop test-fuzz
	@echo "make test: all suites passed"

lint:
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p tsb-akutt-wasm --target wasm32-unknown-unknown -- -D warnings
	cargo clippy -p tsb-akutt-wasm --target wasm32-unknown-unknown --all-targets --features fhir -- -D warnings

test-rust:
	cargo test --workspace

test-fhir:
	./scripts/test-fhir.sh

# The fuzzing smoke run: each fuzz target 20 s (scripts/fuzz.sh); a crash fails the test.
test-fuzz:
	./scripts/fuzz.sh 20

FUZZ_SECONDS ?= 600
fuzz: setup
	./scripts/fuzz.sh $(FUZZ_SECONDS)

pkg: setup
	./scripts/pkg.sh

test-wasm: pkg
	./scripts/test-wasm.sh

test-web: pkg
	./scripts/test-web.sh

# Third-party clients in headless Chromium (wasm/tests/interop/): LHC-Forms fills the Questionnaire and
# exports a QuestionnaireResponse; refero renders the Helsenorge flavour.
test-interop: pkg
	node --test --test-reporter=spec wasm/tests/interop/*.test.mjs

demo: setup
	./scripts/demo.sh

bench:
	cargo bench -p tsb-akutt-core --bench evaluate
	cargo bench -p tsb-akutt-core --bench hostile

bench-peers: pkg
	node scripts/bench-peers.mjs --write

docs:
	UPDATE_DOCS=1 cargo test -p tsb-akutt-tests --test docs --test review
	UPDATE_FHIR=1 cargo test -p tsb-akutt-tests --test fhir
	UPDATE_TYPES=1 cargo test -p tsb-akutt-wasm --test types
