#!/usr/bin/env bash
# A three-broker Apache Kafka cluster on loopback (KRaft: each node broker and controller, three
# voters), replication factor 3 and min.insync.replicas 2, built on kafka.sh: the same jars, config
# and pid handling. With the producer's acks=all, a write is acknowledged once two replicas have
# it, so one broker may die at any moment without losing an acknowledged record.
#
#   cluster.sh start          start the three nodes, wait until all are ready, print the bootstrap list
#   cluster.sh stop           stop every node
#   cluster.sh status         exit 0 and print the bootstrap list when every node runs
#   cluster.sh kill N         kill -9 node N (1..3): the fault tests' broker crash
#   cluster.sh start-node N   (re)start node N and wait for it
#
# Env: KAFKA_CLUSTER_PORT (29192: node i listens on PORT+2(i-1), its controller on the next
# port), KAFKA_CLUSTER_DIR (<repo>/.cache/kafka-cluster/$KAFKA_CLUSTER_PORT),
# KAFKA_HEAP_OPTS (-Xms128m -Xmx512m per node).
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
BASE="${KAFKA_CLUSTER_PORT:-29192}"
DIR="${KAFKA_CLUSTER_DIR:-$REPO_ROOT/.cache/kafka-cluster/$BASE}"
export KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms128m -Xmx512m}"
NODES=(1 2 3)

port_of() { echo $((BASE + 2 * ($1 - 1))); }
voters() {
  local out="" i
  for i in "${NODES[@]}"; do out+="${out:+,}$i@127.0.0.1:$(($(port_of "$i") + 1))"; done
  echo "$out"
}
bootstrap() {
  local out="" i
  for i in "${NODES[@]}"; do out+="${out:+,}127.0.0.1:$(port_of "$i")"; done
  echo "$out"
}
cluster_id() {
  mkdir -p "$DIR"
  [[ -f "$DIR/cluster.id" ]] || head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' >"$DIR/cluster.id"
  cat "$DIR/cluster.id"
}
node() {
  local i="$1"
  shift
  KAFKA_NODE_ID="$i" KAFKA_PORT="$(port_of "$i")" KAFKA_DATA_DIR="$DIR/node-$i" \
    KAFKA_VOTERS="$(voters)" KAFKA_CLUSTER_ID="$(cluster_id)" \
    KAFKA_REPLICATION=3 KAFKA_MIN_ISR=2 bash "$SCRIPT_DIR/kafka.sh" "$@"
}
check_node() {
  [[ "${1:-}" =~ ^[123]$ ]] || {
    echo "node must be 1, 2 or 3" >&2
    exit 2
  }
}

case "${1:-}" in
start)
  bash "$SCRIPT_DIR/kafka.sh" fetch
  # Launch all three before waiting: none is ready until a quorum of voters runs.
  for i in "${NODES[@]}"; do KAFKA_WAIT=0 node "$i" start; done
  for i in "${NODES[@]}"; do node "$i" wait >/dev/null; done
  bootstrap
  ;;
stop) for i in "${NODES[@]}"; do node "$i" stop; done ;;
status)
  for i in "${NODES[@]}"; do node "$i" status >/dev/null; done
  bootstrap
  ;;
kill)
  check_node "${2:-}"
  pid="$(cat "$DIR/node-$2/kafka.pid")"
  kill -KILL "$pid"
  echo "[cluster.sh] killed node $2 (pid $pid)" >&2
  ;;
start-node)
  check_node "${2:-}"
  node "$2" start >/dev/null
  ;;
*)
  echo "usage: $0 {start|stop|status|kill N|start-node N}" >&2
  exit 2
  ;;
esac
