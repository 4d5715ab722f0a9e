#!/usr/bin/env bash
# Trains the local sentiment model into .cache/nlp/sentiment-model.json when it is missing or older
# than its trainer/features. It is trained from ../shared/data/sentiment's train splits (research
# terms: the weights stay in the git-ignored cache); without that data the trainer says so and the
# shipped lexicon answers. About 6 minutes on 2 cores, on one of them.
#   VIGIL_SENTIMENT_TRAIN=auto (default) trains when stale; =skip only says that it is stale;
#   =later does nothing (the caller trains it itself, as test.sh does beside its other checks).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
model=.cache/nlp/sentiment-model.json
stale=0
if [ ! -f "$model" ] || [ packages/nlp/scripts/train-sentiment.mjs -nt "$model" ] \
  || [ packages/nlp/src/sentiment/features.ts -nt "$model" ]; then stale=1; fi
if [ "$stale" = 0 ] || [ "${VIGIL_SENTIMENT_TRAIN:-auto}" = "later" ]; then exit 0; fi
if [ "${VIGIL_SENTIMENT_TRAIN:-auto}" = "auto" ]; then
  echo "[setup] training the sentiment model into $model (about 6 minutes)"
  node packages/nlp/scripts/train-sentiment.mjs
else
  echo "[setup] no current trained sentiment model: the shipped lexicon answers." \
    "Train one with: node packages/nlp/scripts/train-sentiment.mjs"
fi
