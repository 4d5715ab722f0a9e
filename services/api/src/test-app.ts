import { loadBrands } from '@vigil/config'
import type { FastifyInstance } from 'fastify'
import { Registry } from 'prom-client'
import { type AppDeps, buildApp } from './app.js'
import { LiveHub } from './live/hub.js'

/**
 * `buildApp` as the api's tests and benchmarks build it: the shipped brands, and a registry and
 * live hub of its own, unless given; everything else as given.
 */
export function buildTestApp(
  deps: Omit<AppDeps, 'hub' | 'registry' | 'brands'> & Partial<Pick<AppDeps, 'hub' | 'registry' | 'brands'>>,
): Promise<FastifyInstance> {
  const brands = deps.brands ?? loadBrands()
  const registry = deps.registry ?? new Registry()
  const hub = deps.hub ?? new LiveHub({ brands: brands.map((b) => b.id), registry })
  return buildApp({ ...deps, brands, registry, hub })
}
