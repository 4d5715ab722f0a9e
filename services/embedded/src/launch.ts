/**
 * The sink and the api in one process over one store. A chDB data directory opens in one
 * process only, so with embedded ClickHouse this is how both run; with a ClickHouse server
 * they may run here together too, or as their own processes.
 */
import { startApi } from '@vigil/api'
import type { Kafka } from '@vigil/bus'
import type { BrandConfig, Logger } from '@vigil/config'
import type { Topics } from '@vigil/schema'
import { sinkOptionsFrom, startSink, startVoiceDays } from '@vigil/sink'
import type { Store } from '@vigil/store'
import type { Registry } from 'prom-client'
import type { EmbeddedConfig } from './config.js'

export interface EmbeddedDeps {
  cfg: EmbeddedConfig
  store: Store
  kafka: Kafka
  topics: Topics
  logger: Logger
  /** One registry: the api's /metrics carries the sink's metrics too. */
  registry: Registry
  brands: BrandConfig[]
  /** The sink could not start (default: fatal log, exit code 1, SIGTERM to this process). */
  onSinkFailed?: (logger: Logger, err: unknown) => void
}

export interface Embedded {
  /** The api's address, e.g. http://127.0.0.1:8080 */
  url: string
  /** Resolves once the sink has joined its group and consumes (the api serves before). */
  sinkStarted: Promise<void>
  /** Shutdown in order: the api's steps (requests, live feed, producer), then the sink (drain, commit). */
  stopSteps: Array<() => Promise<void>>
}

export async function startEmbedded(deps: EmbeddedDeps): Promise<Embedded> {
  const { cfg, store, kafka, topics, logger, registry } = deps
  let sinkJoined = false
  // The api first: it serves what is stored. Started together, the sink's catch-up (a
  // backlog decoded and inserted on the same event loop) held the api's start back (HTTP
  // 6.9 s after a kill -9, the sink consuming from 3.4 s, load 24; bench/README.md).
  const api = await startApi({
    cfg: cfg.api,
    store,
    kafka,
    topics,
    logger,
    registry,
    brands: deps.brands,
    // /healthz answers "catching-up" (200) until the sink consumes: the wall serves what is stored.
    catchingUp: () => (sinkJoined ? [] : ['sink']),
  })
  // Then the sink joins its group in the background: with no member ledger (a new pod) its
  // group may wait out a dead member's session, and the api serves meanwhile. A sink that
  // cannot start at all ends the process, non-zero, for the supervisor to restart.
  const sink = startSink({ kafka, store, topics, logger, registry, ...sinkOptionsFrom(cfg.sink) })
  sink.then(
    () => {
      sinkJoined = true
      logger.info({ event: 'embedded_sink_started', store: store.kind, groupId: cfg.sink.groupId })
    },
    (err: unknown) => (deps.onSinkFailed ?? exitOnSinkFailure)(logger, err),
  )
  // The author cap's verdicts of settled days for the competitor pages (store 011), hourly.
  const voiceDays = startVoiceDays({ store, logger })
  return {
    url: api.url,
    sinkStarted: sink.then(() => undefined),
    stopSteps: [
      ...api.stopSteps,
      async () => {
        const handle = await sink.catch(() => undefined)
        await handle?.stop()
      },
      () => voiceDays.stop(),
    ],
  }
}

function exitOnSinkFailure(logger: Logger, err: unknown): void {
  logger.fatal({ event: 'embedded_sink_start_failed', err })
  process.exitCode = 1
  process.kill(process.pid, 'SIGTERM')
}
