#!/usr/bin/env bash
# Trains the local sentiment model into .cache/nlp/sentiment-model.json when it is missing or older
# than its trainer/features. It is trained from ../shared/data/sentiment's train splits (research
# terms: the weights stay in the git-ignored cache); without that data the trainer says so and the
# shipped lexicon answers. About 5 minutes on 2 cores, both busy.
#   VIGIL_SENTIMENT_TRAIN=auto (default) trains when stale; =skip only says that it is stale;
#   =later does nothing (the caller trains it itself, as test.sh does beside its other checks).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
model=.cache/nlp/sentiment-model.json
stale=0
if [ ! -f "$model" ] || [ packages/nlp/scripts/train-sentiment.mjs -nt "$model" ] \
  || [ packages/nlp/src/sentiment/features.ts -nt "$model" ] \
  || [ packages/nlp/src/sentiment/cues.ts -nt "$model" ] \
  || [ packages/nlp/models/sentiment-shipped.json -nt "$model" ]; then stale=1; fi
if [ "$stale" = 0 ] || [ "${VIGIL_SENTIMENT_TRAIN:-auto}" = "later" ]; then exit 0; fi
if [ "${VIGIL_SENTIMENT_TRAIN:-auto}" = "auto" ]; then
  # Two processes, one per core, on languages of about equal work (English and Arabic are the
  # largest sets); the parts are then joined into one model file.
  echo "[setup] training the sentiment model into $model (about 5 minutes)"
  parts=.cache/nlp/parts
  rm -rf "$parts" && mkdir -p "$parts"
  node packages/nlp/scripts/train-sentiment.mjs --langs en,fr,it,hi,nl --out "$parts/a.json" >"$parts/a.log" 2>&1 &
  first=$!
  status=0
  node packages/nlp/scripts/train-sentiment.mjs --langs ar,zh,de,es,pt --out "$parts/b.json" >"$parts/b.log" 2>&1 || status=$?
  wait "$first" || status=$?
  cat "$parts/a.log" "$parts/b.log"
  [ "$status" = 0 ] || exit "$status"
  node packages/nlp/scripts/merge-sentiment.mjs "$model" "$parts/a.json" "$parts/b.json"
  rm -rf "$parts"
else
  echo "[setup] no current trained sentiment model: the shipped lexicon answers." \
    "Train one with: node packages/nlp/scripts/train-sentiment.mjs"
fi
