/**
 * The whole local stack as separate processes from their built `dist/` (embedded api + sink,
 * enricher, detector, outlet, then ingest), for the suites that attack or inspect it from the
 * outside (tests/hostile, tests/security): free ports, one run's topics, groups and embedded
 * store, and the settings both share.
 */
import { freePort, type Service, startService, waitHealthy } from './launch.js'

export interface StackPorts {
  api: number
  ingest: number
  enr: number
  det: number
  out: number
}

export const stackPorts = async (): Promise<StackPorts> => ({
  api: await freePort(),
  ingest: await freePort(),
  enr: await freePort(),
  det: await freePort(),
  out: await freePort(),
})

/** Broker, topic prefix `<run>.`, embedded store, ports and consumer groups of one run. */
export function stackEnv(o: {
  brokers: string[]
  run: string
  chdbPath: string
  ports: StackPorts
}): Record<string, string> {
  const { run, ports } = o
  return {
    KAFKA_BROKERS: o.brokers.join(','),
    VIGIL_TOPIC_PREFIX: `${run}.`,
    CHDB_PATH: o.chdbPath,
    CLICKHOUSE_DATABASE: 'vigil',
    API_PORT: String(ports.api),
    INGEST_PORT: String(ports.ingest),
    ENRICHER_METRICS_PORT: String(ports.enr),
    DETECTOR_METRICS_PORT: String(ports.det),
    OUTLET_METRICS_PORT: String(ports.out),
    ENRICHER_GROUP_ID: `${run}-enricher`,
    DETECTOR_GROUP_ID: `${run}-detector`,
    SINK_GROUP_ID: `${run}-sink`,
    OUTLET_GROUP_ID: `${run}-outlet`,
  }
}

/** Starts the services into `services`, the api first and healthy, then ingest, healthy. */
export async function startStack(
  env: Record<string, string>,
  logDir: string,
  services: Map<string, Service>,
  ports: StackPorts,
): Promise<void> {
  for (const name of ['embedded', 'enricher', 'detector', 'outlet'])
    services.set(name, startService(name, env, logDir))
  await waitHealthy(`http://127.0.0.1:${ports.api}/healthz`, 'the api to answer /healthz')
  services.set('ingest', startService('ingest', env, logDir))
  await waitHealthy(`http://127.0.0.1:${ports.ingest}/healthz`, 'ingest to answer /healthz')
}
