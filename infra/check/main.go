// Command vigil-deploy-check checks Vigil's deployment files.
//
//	helm template … | vigil-deploy-check k8s   # every rendered object, from stdin
//	vigil-deploy-check compose infra/compose.yaml
//
// k8s: every object is decoded against the Kubernetes API types (strict decoding: an unknown or misspelt field, a wrong
// type or a duplicate key is an error), then checks what the chart promises a bank's
// platform team: probes, resources, non-root read-only containers, pinned images, and
// references (Services, Ingress backends, ConfigMaps) that point at objects the chart renders.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"

	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/runtime/serializer"
	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
	"k8s.io/client-go/kubernetes/scheme"
)

type rendered struct {
	deployments []*appsv1.Deployment
	services    []*corev1.Service
	configMaps  map[string]bool
	ingresses   []*networkingv1.Ingress
	kinds       map[string]int
}

func main() {
	switch {
	case len(os.Args) == 2 && os.Args[1] == "k8s":
		checkKubernetes()
	case len(os.Args) == 3 && os.Args[1] == "compose":
		checkCompose(os.Args[2])
	default:
		fmt.Fprintln(os.Stderr, "usage: vigil-deploy-check k8s < rendered.yaml | vigil-deploy-check compose FILE")
		os.Exit(2)
	}
}

func checkKubernetes() {
	objs, err := decodeAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "k8s:", err)
		os.Exit(1)
	}
	problems := policy(objs)
	for _, p := range problems {
		fmt.Fprintln(os.Stderr, "k8s:", p)
	}
	summary := []string{}
	for k, n := range objs.kinds {
		summary = append(summary, fmt.Sprintf("%s=%d", k, n))
	}
	if len(problems) > 0 {
		fmt.Fprintf(os.Stderr, "k8s: %d problem(s) in %s\n", len(problems), strings.Join(summary, " "))
		os.Exit(1)
	}
	fmt.Printf("k8s: every object matches the Kubernetes API types and the chart's rules (%s)\n", strings.Join(sorted(summary), " "))
}

func decodeAll(r io.Reader) (*rendered, error) {
	strict := serializer.NewCodecFactory(scheme.Scheme, serializer.EnableStrict).UniversalDeserializer()
	reader := utilyaml.NewYAMLReader(bufio.NewReader(r))
	out := &rendered{configMaps: map[string]bool{}, kinds: map[string]int{}}
	for n := 1; ; n++ {
		doc, err := reader.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("document %d: %w", n, err)
		}
		if len(bytes.TrimSpace(stripComments(doc))) == 0 {
			continue
		}
		obj, gvk, err := strict.Decode(doc, nil, nil)
		if err != nil {
			return nil, fmt.Errorf("document %d (%s): %w", n, firstLines(doc), err)
		}
		out.kinds[gvk.Kind]++
		collect(out, obj)
	}
	if len(out.kinds) == 0 {
		return nil, fmt.Errorf("no objects on stdin")
	}
	return out, nil
}

func collect(out *rendered, obj runtime.Object) {
	switch o := obj.(type) {
	case *appsv1.Deployment:
		out.deployments = append(out.deployments, o)
	case *corev1.Service:
		out.services = append(out.services, o)
	case *corev1.ConfigMap:
		out.configMaps[o.Name] = true
	case *networkingv1.Ingress:
		out.ingresses = append(out.ingresses, o)
	}
}

func policy(objs *rendered) []string {
	var problems []string
	add := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	for _, d := range objs.deployments {
		pod := d.Spec.Template.Spec
		if pod.SecurityContext == nil || pod.SecurityContext.RunAsNonRoot == nil || !*pod.SecurityContext.RunAsNonRoot {
			add("Deployment %s: pod may run as root (set runAsNonRoot)", d.Name)
		}
		if !selectorMatches(d.Spec.Selector.MatchLabels, d.Spec.Template.Labels) {
			add("Deployment %s: selector does not match its pod labels", d.Name)
		}
		for _, c := range pod.Containers {
			where := fmt.Sprintf("Deployment %s container %s", d.Name, c.Name)
			if c.ReadinessProbe == nil || c.LivenessProbe == nil {
				add("%s: needs a readiness and a liveness probe", where)
			}
			if c.Resources.Requests.Cpu().IsZero() || c.Resources.Requests.Memory().IsZero() || c.Resources.Limits.Memory().IsZero() {
				add("%s: needs cpu and memory requests and a memory limit", where)
			}
			if c.SecurityContext == nil || c.SecurityContext.ReadOnlyRootFilesystem == nil || !*c.SecurityContext.ReadOnlyRootFilesystem {
				add("%s: root filesystem must be read-only", where)
			}
			if c.SecurityContext == nil || c.SecurityContext.AllowPrivilegeEscalation == nil || *c.SecurityContext.AllowPrivilegeEscalation {
				add("%s: must not allow privilege escalation", where)
			}
			if strings.HasSuffix(c.Image, ":latest") || !strings.Contains(c.Image, ":") {
				add("%s: image %q must be pinned to a tag", where, c.Image)
			}
			for _, from := range c.EnvFrom {
				if from.ConfigMapRef != nil && !objs.configMaps[from.ConfigMapRef.Name] {
					add("%s: envFrom names ConfigMap %s that the chart does not render", where, from.ConfigMapRef.Name)
				}
			}
			for _, e := range c.Env {
				if strings.Contains(strings.ToUpper(e.Name), "TOKEN") || strings.Contains(strings.ToUpper(e.Name), "SECRET") || strings.Contains(strings.ToUpper(e.Name), "PASSWORD") {
					if e.Value != "" {
						add("%s: %s is a secret written in plain text; read it from a Secret", where, e.Name)
					}
				}
			}
		}
		for _, v := range pod.Volumes {
			if v.ConfigMap != nil && !objs.configMaps[v.ConfigMap.Name] {
				add("Deployment %s: volume %s names ConfigMap %s that the chart does not render", d.Name, v.Name, v.ConfigMap.Name)
			}
		}
	}
	for _, s := range objs.services {
		if !matchesSomePod(s.Spec.Selector, objs.deployments) {
			add("Service %s: its selector matches no Deployment's pods", s.Name)
		}
	}
	for _, ing := range objs.ingresses {
		for _, rule := range ing.Spec.Rules {
			if rule.HTTP == nil {
				continue
			}
			for _, p := range rule.HTTP.Paths {
				if p.Backend.Service != nil && !hasService(objs.services, p.Backend.Service.Name) {
					add("Ingress %s: path %s points at Service %s that the chart does not render", ing.Name, p.Path, p.Backend.Service.Name)
				}
			}
		}
	}
	return problems
}

func selectorMatches(selector, labels map[string]string) bool {
	if len(selector) == 0 {
		return false
	}
	for k, v := range selector {
		if labels[k] != v {
			return false
		}
	}
	return true
}

func matchesSomePod(selector map[string]string, deployments []*appsv1.Deployment) bool {
	for _, d := range deployments {
		if selectorMatches(selector, d.Spec.Template.Labels) {
			return true
		}
	}
	return false
}

func hasService(services []*corev1.Service, name string) bool {
	for _, s := range services {
		if s.Name == name {
			return true
		}
	}
	return false
}

func stripComments(doc []byte) []byte {
	var b bytes.Buffer
	for _, line := range strings.Split(string(doc), "\n") {
		if t := strings.TrimSpace(line); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

func firstLines(doc []byte) string {
	for _, line := range strings.Split(string(doc), "\n") {
		if strings.HasPrefix(line, "# Source:") {
			return strings.TrimPrefix(line, "# ")
		}
	}
	return "no source line"
}

func sorted(s []string) []string {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	return s
}
