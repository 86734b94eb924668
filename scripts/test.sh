#!/usr/bin/env bash
# One command: install, check (lint, format, types), build, and run every test suite.
# Uses an embedded PostgreSQL unless DATABASE_URL is set (then a fresh database per test file).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-pnpm.sh
bash scripts/ensure-system-deps.sh
pnpm install --frozen-lockfile
echo "==> lint, format, types"
pnpm lint
pnpm lint:openapi
pnpm format:check
pnpm typecheck
echo "==> build"
pnpm build
echo "==> tests (database: ${DATABASE_URL:-embedded PostgreSQL})"
pnpm exec vitest run
echo "==> crash, outage, shutdown and backup tests (each starts its own PostgreSQL)"
pnpm test:crash
