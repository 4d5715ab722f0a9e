import { createBusMetrics, openServiceBus, runServiceMain, serveService } from '@vigil/bus'
import { createLogger, loadBrands } from '@vigil/config'
import { outletConfig } from './config.js'
import { registerOutletMetrics } from './metrics.js'
import { apiSampleSource } from './samples.js'
import { startOutlet } from './service.js'

/** The outlet process: alerts → the configured outlets, in one main like every service. */
async function main(): Promise<void> {
  const logger = createLogger('outlet', process.env.LOG_LEVEL ?? 'info')
  const cfg = outletConfig(process.env)
  const brands = loadBrands(cfg.common.brandsPath).map((b) => ({ id: b.id, role: b.role }))
  if (cfg.outlets.length === 0) {
    logger.warn({
      event: 'no_outlets',
      msg: 'set ALERT_WEBHOOK_URL + ALERT_WEBHOOK_SECRET or VIGIL_OUTLETS_FILE',
    })
  }
  const bus = await openServiceBus(cfg.common, logger)
  const { kafka, producer, topics, registry } = bus
  const outlet = await startOutlet({
    kafka,
    producer,
    topics,
    logger,
    outlets: cfg.outlets,
    brands,
    samples: apiSampleSource(cfg.apiUrl, cfg.apiToken),
    dashboardUrl: cfg.dashboardUrl,
    groupId: cfg.groupId,
    maxAgeMs: cfg.maxAgeMs,
    backoff: cfg.backoff,
    busMetrics: createBusMetrics(registry),
  })
  registerOutletMetrics(registry, () => outlet.stats())
  await serveService('outlet', logger, bus, cfg, outlet)
}

// A configuration error (a short ALERT_WEBHOOK_SECRET, a bad outlets file) says what to fix.
runServiceMain('outlet', main)
