#!/usr/bin/env bash
# The fault suite (tests/faults/*.fault.ts): the real local stack (infra/local/stack.mjs) with one
# service killed -9, the broker stopped or killed (a broker of the suite's own, on free ports) or
# ClickHouse writes failing mid-stream, then every mention checked by id in the store; and the
# outlet killed -9 while alerts flow, every delivery counted by key at a local webhook. Not part
# of `vitest run` / test.sh: about 20 s to 80 s per fault, about 8 min in all.
#
#   KAFKA_BROKERS=127.0.0.1:29092 bash infra/local/test-faults.sh            # every fault
#   bash infra/local/test-faults.sh tests/faults/enricher-kill.fault.ts       # one
#
# Without KAFKA_BROKERS the test harness starts its own broker (tests/support/global-setup.ts).
# FAULT_RATE (200/s), FAULT_SECONDS (30) and FAULT_BAD_EVERY (100: one malformed raw record in that
# many, each owed a dead letter) shape the stream; FAULT_KEEP=1 keeps each run's logs.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
# The services run from their built dist/; tsc -b is incremental (quick when nothing changed).
pnpm exec tsc -b
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
status=0
pnpm exec vitest run -c vitest.faults.config.ts "$@" 2>&1 | tee "$out" || status=$?
echo
echo "[faults] summary (produced / stored / missing / twice per fault):"
grep -E '^\[fault\]' "$out" || echo "[faults] no summary line: see the output above"
exit "$status"
