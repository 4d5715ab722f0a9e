#!/usr/bin/env bash
# One command: install, build, start Kafka and every service with a demo crisis, print the URL.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
bash infra/local/setup.sh
KAFKA_PORT="${KAFKA_PORT:-9092}" bash infra/kafka/kafka.sh start
export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:${KAFKA_PORT:-9092}}"
exec node infra/local/stack.mjs
