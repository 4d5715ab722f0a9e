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
