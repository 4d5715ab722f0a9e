/**
 * The real api in the test's process, as `main` starts it (its live feed from Kafka, the hub,
 * the routes, the WebSocket) on a free port, over the test's broker topics and store.
 */
import { apiConfig, startApi } from '@vigil/api'
import { createMetricsRegistry } from '@vigil/bus'
import type { BrandConfig, Logger } from '@vigil/config'
import type { BusStore } from './bus-store.js'

/** `env`: the api's configuration beyond its port (tokens, open demo). */
export async function startTestApi(
  bus: Pick<BusStore, 'kafka' | 'topics' | 'store'>,
  o: { env: Record<string, string>; logger: Logger; brands: BrandConfig[] },
): Promise<{ url: string; stop(): Promise<void> }> {
  const api = await startApi({
    cfg: apiConfig({ API_PORT: '0', ...o.env }),
    store: bus.store,
    kafka: bus.kafka,
    topics: bus.topics,
    logger: o.logger,
    registry: createMetricsRegistry(),
    brands: o.brands,
  })
  return {
    url: api.url,
    async stop() {
      for (const step of api.stopSteps) await step()
    },
  }
}
