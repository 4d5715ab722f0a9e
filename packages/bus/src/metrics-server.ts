import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { defineHttpErrors, type Logger } from '@vigil/config'
import { Counter, collectDefaultMetrics, Gauge, Registry } from 'prom-client'

export interface MetricsServerOptions {
  registry: Registry
  /** 0 picks a free port (tests). */
  port: number
  /** Loopback by default: a scraping agent on the host reads it; nothing is published. */
  host?: string
  logger: Logger
}

export interface MetricsServer {
  /** e.g. http://127.0.0.1:9101 */
  url: string
  close(): Promise<void>
}

/**
 * This package's HTTP error registry: the common faults (packages/config http-errors.ts) plus
 * the one only a GET-only endpoint has, so an unknown path or a failed scrape answers
 * `{ code, message }` with the same codes as the api and ingest.
 */
const HTTP_ERRORS = defineHttpErrors({
  VIGIL_ERR_METHOD_NOT_ALLOWED: { status: 405, message: '%s is not allowed here: GET only' },
})
export const METRICS_SERVER_ERRORS = HTTP_ERRORS.table

type ErrorCode = keyof typeof HTTP_ERRORS.table & string

function sendError(
  res: ServerResponse,
  code: ErrorCode,
  args: string[],
  headers: Record<string, string> = {},
): void {
  res
    .writeHead(HTTP_ERRORS.status(code), { ...headers, 'content-type': 'application/json' })
    .end(JSON.stringify(HTTP_ERRORS.body(code, ...args)))
}

/**
 * /metrics (Prometheus text format) and /healthz for a service that has no HTTP API of its own
 * (enricher, detector): consumer lag, dead letters and the service's own counters are then
 * scraped like the api's, instead of being read from logs.
 */
export async function serveMetrics(opts: MetricsServerOptions): Promise<MetricsServer> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]
    if (req.method !== 'GET') {
      sendError(res, 'VIGIL_ERR_METHOD_NOT_ALLOWED', [req.method ?? ''], { allow: 'GET' })
      return
    }
    if (path === '/healthz') {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}')
      return
    }
    if (path !== '/metrics') {
      sendError(res, 'VIGIL_ERR_ROUTE_NOT_FOUND', [`${req.method} ${path}: try /metrics or /healthz`])
      return
    }
    opts.registry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': opts.registry.contentType }).end(text),
      (err: unknown) => {
        opts.logger.warn({ event: 'metrics_collect_failed', err })
        sendError(res, 'VIGIL_ERR_INTERNAL', [])
      },
    )
  })
  const host = opts.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  opts.logger.info({ event: 'metrics_listening', url: `${url}/metrics` })
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

/** How one numeric field of a service's stats is exposed. */
export interface StatSpec {
  help: string
  /** counter: only grows (exposed as `<prefix>_<name>_total`); gauge: goes up and down. */
  kind: 'counter' | 'gauge'
}

/**
 * Expose a service's own stats object (the numbers its `stats()` already keeps) as metrics read
 * at scrape time, so the hot path keeps plain integer increments and no metric calls.
 */
export function registerStats<K extends string>(
  registry: Registry,
  prefix: string,
  read: () => Record<K, number>,
  spec: Record<K, StatSpec>,
): void {
  for (const key of Object.keys(spec) as K[]) {
    const { help, kind } = spec[key]
    const base = `${prefix}_${key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`
    if (kind === 'counter') {
      new Counter({
        name: `${base}_total`,
        help,
        registers: [registry],
        collect() {
          this.reset()
          this.inc(read()[key])
        },
      })
    } else {
      new Gauge({
        name: base,
        help,
        registers: [registry],
        collect() {
          this.set(read()[key])
        },
      })
    }
  }
}

export type { Registry as MetricsRegistry }

/** A registry with the Node process metrics (CPU, memory, event-loop lag, GC) already in it. */
export function createMetricsRegistry(): Registry {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry })
  return registry
}
