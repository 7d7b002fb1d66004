#!/usr/bin/env bash
# The whole test chain, as CI runs it: format, lint, types, unit/component tests, build,
# first-load budget (in the browser), npm audit of what ships, end-to-end journeys in a real Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n\033[1m== %s ==\033[0m\n' "$1"; }
step 'Format check (prettier)';   npx prettier --check . --log-level warn
step 'Lint (eslint, layering)';   npx eslint . --max-warnings 0
step 'Typecheck (tsc -b)';        npx tsc -b
step 'Unit and component tests';  npx vitest run
step 'Production build';          npx vite build
step 'No test hooks in the build';  node scripts/check-shipped-build.mjs
step 'Browser for the checks';    node scripts/ensure-browser.mjs
step 'First-load budget';         node scripts/bundle-size.mjs --check | tail -n 2
step 'Security advisories';       node scripts/audit.mjs
step 'End-to-end journeys';       npx playwright test
