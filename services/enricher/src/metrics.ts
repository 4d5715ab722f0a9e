import { type MetricsRegistry, registerStats } from '@vigil/bus'
import type { ModelReloader } from './models.js'
import type { EnricherStats } from './service.js'

/** The enricher's own counts and its model swaps on /metrics, read at each scrape. */
export function registerEnricherMetrics(
  registry: MetricsRegistry,
  enricher: { stats: EnricherStats },
  models: Pick<ModelReloader, 'stats' | 'intentStats'>,
): void {
  registerStats(registry, 'vigil_enricher', () => enricher.stats, {
    enriched: { kind: 'counter', help: 'Mentions enriched and written to mentions.enriched' },
    copies: { kind: 'counter', help: 'Extra copies written for mentions that name several brands' },
    deadLettered: { kind: 'counter', help: 'Raw records refused (sent to mentions.dlq with their reason)' },
  })
  registerStats(registry, 'vigil_enricher_sentiment_model', () => models.stats, {
    swapped: { kind: 'counter', help: 'Newly published sentiment models swapped in without a restart' },
    refused: {
      kind: 'counter',
      help: 'Published sentiment models refused (broken or altered); the old one stayed',
    },
  })
  registerStats(registry, 'vigil_enricher_intent_model', () => models.intentStats, {
    swapped: { kind: 'counter', help: 'Newly published intent models swapped in without a restart' },
    refused: {
      kind: 'counter',
      help: 'Published intent models refused (broken or altered); the old one stayed',
    },
  })
}
