import { createBusMetrics, openServiceBus, runServiceMain, serveService, startupPhase } from '@vigil/bus'
import { createLogger, loadBrands } from '@vigil/config'
import { detectorConfig } from './config.js'
import { registerDetectorMetrics } from './metrics.js'
import { startDetector } from './service.js'

async function main(): Promise<void> {
  const cfg = detectorConfig(process.env)
  const logger = createLogger('detector', cfg.common.logLevel)
  startupPhase(logger, 'modules loaded')
  const brands = loadBrands(cfg.common.brandsPath).map((b) => ({
    id: b.id,
    role: b.role,
    size: b.size,
    name: b.name,
  }))
  const bus = await openServiceBus(cfg.common, logger)
  const { kafka, producer, topics, registry } = bus
  const detector = await startDetector({
    busMetrics: createBusMetrics(registry),
    kafka,
    producer,
    topics,
    logger,
    brands,
    groupId: cfg.groupId,
    tickMs: cfg.tickMs,
    liveEveryMs: cfg.liveEveryMs,
    ownershipTtlMs: cfg.ownershipTtlMs,
    params: { allowedLatenessMs: cfg.allowedLatenessMs },
  })
  registerDetectorMetrics(registry, () => detector.stats())
  await serveService('detector', logger, bus, cfg, detector)
  logger.info({ event: 'detector_started', topics: [topics.enriched], brands: brands.length })
}

runServiceMain('detector', main)
