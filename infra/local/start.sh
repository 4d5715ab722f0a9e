#!/usr/bin/env bash
# One command: install, build, start Kafka and every service with a demo crisis, print the URL.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
# --open: an open local demo (anyone who reaches the api may acknowledge and give feedback).
# Without it the launcher makes a local operator token and prints the link that carries it.
for arg in "$@"; do
  case "$arg" in
    --open) export VIGIL_OPEN_DEMO=1 ;;
    *) echo "usage: $0 [--open]" >&2; exit 2 ;;
  esac
done
VIGIL_SENTIMENT_TRAIN="${VIGIL_SENTIMENT_TRAIN:-skip}" bash infra/local/setup.sh
# The demo generator backfills the last hour at every start; on top of an earlier run's data
# that hour would be counted twice. So each demo starts clean unless VIGIL_KEEP_DATA=1.
if [ "${VIGIL_KEEP_DATA:-}" != "1" ] && [ -z "${CLICKHOUSE_URL:-}" ]; then
  KAFKA_PORT="${KAFKA_PORT:-9092}" bash infra/kafka/kafka.sh stop >/dev/null 2>&1 || true
  rm -rf .vigil/chdb ".cache/kafka-data/${KAFKA_PORT:-9092}"
  echo "[start] fresh demo: cleared .vigil/chdb and the demo broker's data (VIGIL_KEEP_DATA=1 keeps them)"
fi
KAFKA_PORT="${KAFKA_PORT:-9092}" bash infra/kafka/kafka.sh start
export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:${KAFKA_PORT:-9092}}"
# Ctrl-C stops the services (stack.mjs drains them) and then the broker this script started.
if [ "${VIGIL_KEEP_KAFKA:-}" != "1" ]; then
  trap 'KAFKA_PORT="${KAFKA_PORT:-9092}" bash infra/kafka/kafka.sh stop || true' EXIT
fi
node infra/local/stack.mjs
