#!/usr/bin/env bash
# One command: install, build, lint, type-check and run every test (unit, integration against
# a real Kafka broker and embedded ClickHouse, end-to-end and browser).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
VIGIL_SENTIMENT_TRAIN=later bash infra/local/setup.sh
if ! command -v chromium >/dev/null; then
  echo "[test] installing Debian's chromium for the browser test"
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
# Training the sentiment model (two processes, ~5 minutes on a fresh clone) runs beside the lint, the
# Helm check and the type-check; the tests wait for it.
mkdir -p .cache
train_log=.cache/sentiment-train.log
bash infra/local/sentiment-model.sh >"$train_log" 2>&1 &
train_pid=$!
echo "[test] lint"
pnpm exec biome check .
echo "[test] the Helm chart and the compose file (helm lint, helm template, Kubernetes API types)"
bash infra/helm/check.sh
echo "[test] type-check the tests (the build checked the code)"
pnpm exec tsc -p tsconfig.tests.json
echo "[test] waiting for the sentiment model"
if ! wait "$train_pid"; then
  cat "$train_log" >&2
  echo "[test] training the sentiment model failed" >&2
  exit 1
fi
cat "$train_log"
echo "[test] vitest"
pnpm exec vitest run
