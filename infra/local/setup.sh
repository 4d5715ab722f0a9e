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
# The sentiment model is trained locally from ../shared/data/sentiment's train splits (research
# terms: the weights stay in the git-ignored cache). Without that data the script says so and the
# shipped lexicon answers. VIGIL_SENTIMENT_TRAIN=auto trains when the model is missing or older than
# its trainer/features (about 6 minutes on 2 cores); =skip leaves it (start.sh: the demo should not
# wait, and the lexicon answers until a model is trained).
model=.cache/nlp/sentiment-model.json
stale=0
if [ ! -f "$model" ] || [ packages/nlp/scripts/train-sentiment.mjs -nt "$model" ] \
  || [ packages/nlp/src/sentiment/features.ts -nt "$model" ]; then stale=1; fi
if [ "${VIGIL_SENTIMENT_TRAIN:-auto}" = "auto" ] && [ "$stale" = 1 ]; then
  echo "[setup] training the sentiment model into $model (about 6 minutes)"
  node packages/nlp/scripts/train-sentiment.mjs
elif [ "$stale" = 1 ]; then
  echo "[setup] no current trained sentiment model: the shipped lexicon answers." \
    "Train one with: node packages/nlp/scripts/train-sentiment.mjs"
fi
