#!/usr/bin/env bash
# The Helm chart's check: `helm lint --strict`, then `helm template` with the default values and
# each file in infra/helm/ci/, every rendered object decoded strictly into the Kubernetes API
# types and checked against the chart's rules, and the compose file loaded against the Compose
# specification (both by infra/check). Helm v4 and the checker are built from the Go module
# proxy into .cache/go-bin the first time (a few minutes), then reused.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
HELM_VERSION=v4.3.2
bin="$repo/.cache/go-bin"
mkdir -p "$bin"
export GOTOOLCHAIN=local GOFLAGS=-mod=readonly
if ! command -v go >/dev/null; then
  echo "[helm] Go is needed to build helm $HELM_VERSION from the Go module proxy" >&2
  exit 1
fi
# `go install` leaves no version stamp in the binary (it prints "v4.3"), so a marker says which
# version was built.
if [ ! -x "$bin/helm" ] || [ "$(cat "$bin/helm.version" 2>/dev/null)" != "$HELM_VERSION" ]; then
  echo "[helm] building helm $HELM_VERSION from the Go module proxy (first run only)"
  GOBIN="$bin" go install "helm.sh/helm/v4/cmd/helm@$HELM_VERSION"
  echo "$HELM_VERSION" >"$bin/helm.version"
fi
echo "[helm] testing and building the checker (infra/check)"
(cd infra/check && go vet ./... && go test ./... && go build -o "$bin/vigil-deploy-check" .)
chart=infra/helm/vigil
"$bin/helm" lint --strict "$chart"
for values in default infra/helm/ci/*.yaml; do
  args=()
  [ "$values" = default ] || args=(-f "$values")
  echo "[helm] template ($values)"
  "$bin/helm" template vigil "$chart" --namespace vigil "${args[@]}" | "$bin/vigil-deploy-check" k8s
done
echo "[helm] compose file"
"$bin/vigil-deploy-check" compose infra/compose.yaml
