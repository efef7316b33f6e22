#!/usr/bin/env bash
# `npm test`: every test.
#   1. jest: unit, component and integration tests (integration on a temporary SQLite database per file);
#   2. a production build (only when sources changed), its first-load JS budget per route, then the
#      browser tests (Playwright + Debian Chromium against the build, on a fresh temporary database);
#   3. where PostgreSQL 15 is installed: the integration tests again on a throwaway PostgreSQL database,
#      the two-instance test and a short load-and-fault run.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
step() { echo; echo "=== npm test: $1"; }

step "jest (unit, components, integration on SQLite)"
npx jest --ci

step "build and page-weight budget"
bash scripts/ensure-chromium.sh
# Build once, before Playwright starts its two servers (the second serves the first one's build).
npx tsx scripts/ensure-build.ts
npx tsx scripts/check-bundle-budget.ts

step "browser tests (Playwright + Chromium)"
npx playwright test

if command -v pg_ctlcluster >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
  step "integration tests on PostgreSQL"
  bash scripts/with-test-postgres.sh npx jest --ci --selectProjects integration
  step "two instances on one PostgreSQL database"
  bash scripts/with-test-postgres.sh npx jest --ci --selectProjects scale
  step "load with kill -9 of one instance and a PostgreSQL restart (short run)"
  npx tsx scripts/load-test.ts --duration 10 --connections 10
else
  step "PostgreSQL 15 not available (or not root): PostgreSQL tests not run"
fi
