package main

import (
	"os"
	"strings"
	"testing"
)

const goodDeployment = `
apiVersion: apps/v1
kind: Deployment
metadata: { name: vigil-api }
spec:
  selector: { matchLabels: { app: api } }
  template:
    metadata: { labels: { app: api } }
    spec:
      securityContext: { runAsNonRoot: true }
      containers:
        - name: api
          image: registry.example/vigil:1.0.0
          readinessProbe: { httpGet: { path: /healthz, port: 8080 } }
          livenessProbe: { httpGet: { path: /healthz, port: 8080 } }
          resources: { requests: { cpu: 100m, memory: 128Mi }, limits: { memory: 256Mi } }
          securityContext: { readOnlyRootFilesystem: true, allowPrivilegeEscalation: false }
`

func problemsOf(t *testing.T, docs string) []string {
	t.Helper()
	objs, err := decodeAll(strings.NewReader(docs))
	if err != nil {
		t.Fatalf("decode: %v", err)
	}
	return policy(objs)
}

func TestAcceptsAConformingDeployment(t *testing.T) {
	if p := problemsOf(t, goodDeployment); len(p) != 0 {
		t.Fatalf("expected no problems, got %v", p)
	}
}

func TestRejectsAFieldTheAPIDoesNotHave(t *testing.T) {
	bad := strings.Replace(goodDeployment, "spec:\n  selector", "spec:\n  replcias: 2\n  selector", 1)
	_, err := decodeAll(strings.NewReader(bad))
	if err == nil || !strings.Contains(err.Error(), "replcias") {
		t.Fatalf("expected an unknown-field error naming replcias, got %v", err)
	}
}

func TestRejectsAWrongType(t *testing.T) {
	bad := strings.Replace(goodDeployment, "spec:\n  selector", "spec:\n  replicas: two\n  selector", 1)
	if _, err := decodeAll(strings.NewReader(bad)); err == nil {
		t.Fatal("expected replicas: two to be refused")
	}
}

func TestFindsMissingProbesResourcesAndRoot(t *testing.T) {
	bare := `
apiVersion: apps/v1
kind: Deployment
metadata: { name: vigil-sink }
spec:
  selector: { matchLabels: { app: sink } }
  template:
    metadata: { labels: { app: sink } }
    spec:
      containers:
        - name: sink
          image: registry.example/vigil:latest
          env: [{ name: CLICKHOUSE_PASSWORD, value: hunter2 }]
`
	p := strings.Join(problemsOf(t, bare), "\n")
	for _, want := range []string{"run as root", "probe", "requests", "read-only", "privilege escalation", "pinned", "plain text"} {
		if !strings.Contains(p, want) {
			t.Errorf("expected a problem mentioning %q in:\n%s", want, p)
		}
	}
}

func TestFindsDanglingReferences(t *testing.T) {
	docs := goodDeployment + `---
apiVersion: v1
kind: Service
metadata: { name: vigil-ingest }
spec:
  selector: { app: ingest }
  ports: [{ port: 8081 }]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: vigil }
spec:
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend: { service: { name: vigil-api, port: { number: 8080 } } }
`
	p := strings.Join(problemsOf(t, docs), "\n")
	if !strings.Contains(p, "Service vigil-ingest: its selector matches no Deployment") {
		t.Errorf("expected the orphan Service to be reported, got:\n%s", p)
	}
	if !strings.Contains(p, "points at Service vigil-api") {
		t.Errorf("expected the Ingress backend with no Service to be reported, got:\n%s", p)
	}
}

func TestComposeFileOfTheRepoPasses(t *testing.T) {
	project, err := loadCompose("../compose.yaml")
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	if p := composePolicy(project); len(p) != 0 {
		t.Fatalf("expected no problems, got %v", p)
	}
}

func TestComposeCatchesAPortOpenToTheNetworkAndAMissingWait(t *testing.T) {
	dir := t.TempDir()
	file := dir + "/compose.yaml"
	yaml := `
services:
  kafka: { image: apache/kafka:3.9.1, healthcheck: { test: ["CMD", "true"] } }
  clickhouse: { image: clickhouse/clickhouse-server:25.8, healthcheck: { test: ["CMD", "true"] } }
  api:
    image: vigil
    ports: ["8080:8080"]
    depends_on: [kafka]
`
	if err := os.WriteFile(file, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	project, err := loadCompose(file)
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	p := strings.Join(composePolicy(project), "\n")
	for _, want := range []string{"bind it to 127.0.0.1", "api must wait for kafka to be healthy", "api must restart", "service ingest is missing"} {
		if !strings.Contains(p, want) {
			t.Errorf("expected %q in:\n%s", want, p)
		}
	}
}

func TestComposeRefusesAFieldTheSpecificationDoesNotHave(t *testing.T) {
	dir := t.TempDir()
	file := dir + "/compose.yaml"
	if err := os.WriteFile(file, []byte("services:\n  api:\n    image: vigil\n    restrat: always\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := loadCompose(file); err == nil || !strings.Contains(err.Error(), "restrat") {
		t.Fatalf("expected the misspelt field to be refused, got %v", err)
	}
}
