#!/usr/bin/env bash
# One command: install, build, lint, type-check and run every test (unit, integration against
# a real Kafka broker and embedded ClickHouse, end-to-end and browser).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
bash infra/local/setup.sh
if ! command -v chromium >/dev/null; then
  echo "[test] installing Debian's chromium for the browser test"
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
echo "[test] lint"
pnpm exec biome check .
echo "[test] the Helm chart and the compose file (helm lint, helm template, Kubernetes API types)"
bash infra/helm/check.sh
echo "[test] type-check the tests (the build checked the code)"
pnpm exec tsc -p tsconfig.tests.json
echo "[test] vitest"
pnpm exec vitest run
