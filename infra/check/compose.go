package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/compose-spec/compose-go/v2/cli"
	"github.com/compose-spec/compose-go/v2/types"
)

// Vigil's own services in the compose file; kafka and clickhouse are the stores they need.
var vigilServices = []string{"ingest", "enricher", "detector", "sink", "api", "outlet"}

// checkCompose loads the file the way `docker compose config` does (the Compose
// specification's JSON schema, interpolation, normalisation) and checks its promises.
func checkCompose(path string) {
	project, err := loadCompose(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "compose:", err)
		os.Exit(1)
	}
	problems := composePolicy(project)
	for _, p := range problems {
		fmt.Fprintln(os.Stderr, "compose:", p)
	}
	if len(problems) > 0 {
		os.Exit(1)
	}
	fmt.Printf("compose: %s matches the Compose specification and the stack's rules (%d services)\n", path, len(project.Services))
}

func loadCompose(path string) (*types.Project, error) {
	opts, err := cli.NewProjectOptions([]string{path}, cli.WithName("vigil"), cli.WithEnv([]string{}))
	if err != nil {
		return nil, err
	}
	return opts.LoadProject(context.Background())
}

func composePolicy(project *types.Project) []string {
	var problems []string
	add := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	for _, name := range vigilServices {
		svc, ok := project.Services[name]
		if !ok {
			add("service %s is missing", name)
			continue
		}
		for _, store := range []string{"kafka", "clickhouse"} {
			dep, ok := svc.DependsOn[store]
			if !ok || dep.Condition != types.ServiceConditionHealthy {
				add("service %s must wait for %s to be healthy", name, store)
			}
		}
		if svc.Restart == "" || svc.Restart == "no" {
			add("service %s must restart when it exits", name)
		}
	}
	for name, svc := range project.Services {
		for _, port := range svc.Ports {
			if port.Published != "" && port.HostIP != "127.0.0.1" {
				add("service %s publishes port %s on %q: bind it to 127.0.0.1", name, port.Published, port.HostIP)
			}
		}
		if svc.HealthCheck == nil && !contains(vigilServices, name) {
			add("store %s needs a healthcheck (the services wait on it)", name)
		}
	}
	return problems
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if strings.EqualFold(v, s) {
			return true
		}
	}
	return false
}
