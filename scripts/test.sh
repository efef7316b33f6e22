#!/usr/bin/env bash
# `npm test`: every test. Unit, component and integration tests (jest, on a temporary SQLite database;
# also on PostgreSQL when TEST_DATABASE_URL is set), then the browser tests (Playwright + Chromium
# against a production build on a fresh temporary database).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
npx jest --ci
bash scripts/ensure-chromium.sh
# Build once, before Playwright starts its two servers (the second serves the first one's build).
npx tsx scripts/ensure-build.ts
npx playwright test
