#!/usr/bin/env bash
# Lints the API's OpenAPI document (decision 014): written from the app itself (no server, no
# database), then checked by Redocly (redocly.yaml) and Spectral (.spectral.yaml, fails on any
# warning). Both always run, so one pass shows every finding.
set -uo pipefail
cd "$(dirname "$0")/.."
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
pnpm --filter @stagebureau/api exec tsx src/writeOpenapi.ts "$dir/openapi.json" || exit 1
status=0
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_NOTIFICATIONS=true \
  pnpm exec redocly lint --config redocly.yaml --format stylish "$dir/openapi.json" || status=1
pnpm exec spectral lint --ruleset .spectral.yaml --fail-severity warn "$dir/openapi.json" || status=1
exit "$status"
