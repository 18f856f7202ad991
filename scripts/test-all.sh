#!/usr/bin/env bash
# npm test: type check, lint, unit + component tests (jsdom), then end-to-end tests in Chromium.
set -euo pipefail
export TZ=UTC
cd "$(dirname "$0")/.."
echo "== type check"
npx tsc -p tsconfig.json --noEmit
echo "== lint (eslint: super-linear regular expressions, React hooks)"
npx eslint . --max-warnings 0
echo "== unit and component tests (vitest, jsdom)"
npx vitest run
echo "== end-to-end tests (Playwright, Chromium)"
bash scripts/ensure-chromium.sh
npx vite build --logLevel warn
npx playwright test
