#!/usr/bin/env bash
# Installs what Vigil needs on a fresh machine of this kind and builds it. Idempotent.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
PNPM_VERSION="10.18.3"

if ! command -v node >/dev/null || [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
  echo "Node.js 20 or newer is required" >&2
  exit 1
fi
if ! command -v java >/dev/null || ! command -v mvn >/dev/null; then
  echo "[setup] installing Java and Maven (Kafka runs on the JVM)"
  apt-get update -qq && apt-get install -y -qq default-jre-headless maven >/dev/null
fi
if ! command -v pnpm >/dev/null || [ "$(pnpm --version)" != "$PNPM_VERSION" ]; then
  echo "[setup] installing pnpm $PNPM_VERSION"
  npm install -g "pnpm@$PNPM_VERSION" >/dev/null
fi
echo "[setup] pnpm install"
CI=true pnpm install --frozen-lockfile --reporter=silent
echo "[setup] building"
pnpm run build >/dev/null
bash infra/kafka/kafka.sh fetch
# The local sentiment model (infra/local/sentiment-model.sh). VIGIL_SENTIMENT_TRAIN=auto trains it
# when missing or stale; =skip leaves it (start.sh: the demo should not wait, and the lexicon
# answers until a model is trained; test.sh trains it beside the lint and the Helm check).
bash infra/local/sentiment-model.sh
