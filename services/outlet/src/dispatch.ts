/**
 * Works the outbox: every outlet has its own loop, so a dead or slow outlet delays only its
 * own deliveries, never another outlet's or the alerts consumer. Each attempt is recorded
 * (deliveries topic → ClickHouse) before the outbox moves on; a failure is retried with
 * exponential backoff and jitter until it succeeds or the attempts run out.
 */
import type { Logger } from '@vigil/config'
import type { Alert, AlertDelivery, DeliveryOutcome } from '@vigil/schema'
import { type BackoffPolicy, retryDelayMs } from './backoff.js'
import { type Payload, render } from './formats.js'
import { buildMessage, MAX_SAMPLES, type SamplePost } from './message.js'
import type { Outbox, OutboxEntry } from './outbox.js'
import type { OutletSpec } from './outlets-file.js'
import type { SampleSource } from './samples.js'
import type { SendOutcome, Transport } from './transports.js'

export interface DispatchDeps {
  outlets: OutletSpec[]
  outbox: Outbox
  transport: Transport
  samples: SampleSource
  /** Publish one attempt record (resolves once the broker has it). */
  record: (d: AlertDelivery) => Promise<void>
  /** The newest status the alerts consumer saw for an incident, if any. */
  latestStatus: (alertId: string) => string | undefined
  dashboardUrl: string
  backoff: BackoffPolicy
  logger: Logger
  now: () => number
  random?: () => number
  tickMs?: number
  counts: DispatchCounts
}

export interface DispatchCounts {
  delivered: number
  failed: number
  gaveUp: number
  cancelled: number
}

export interface Dispatcher {
  /** Stop starting attempts; resolves when the in-flight ones are recorded. */
  stop(): Promise<void>
  /** Run every outlet's due work now (tests, and after new entries arrive). */
  poke(): void
}

const SAMPLE_TTL_MS = 60_000
const SAMPLE_RETRY_MS = 1_500

export function startDispatcher(deps: DispatchDeps): Dispatcher {
  const log = deps.logger.child({ component: 'dispatch' })
  const running = new Map<string, Promise<void>>()
  const sampleCache = new Map<string, { at: number; posts: SamplePost[] }>()
  let stopping = false

  async function samplesOf(a: Alert): Promise<SamplePost[]> {
    const alertId = a.id
    const cacheKey = `${a.id}@${a.version}`
    const hit = sampleCache.get(cacheKey)
    if (hit && deps.now() - hit.at < SAMPLE_TTL_MS) return hit.posts
    try {
      let posts = await deps.samples.samples(a.sampleMentionIds)
      // The newest samples may be seconds behind in the store (the sink's batch): one more look.
      if (posts.length < Math.min(MAX_SAMPLES, a.sampleMentionIds.length) && !stopping) {
        await new Promise((r) => setTimeout(r, SAMPLE_RETRY_MS))
        posts = await deps.samples.samples(a.sampleMentionIds)
      }
      sampleCache.set(cacheKey, { at: deps.now(), posts })
      if (sampleCache.size > 1000) sampleCache.delete(sampleCache.keys().next().value as string)
      return posts
    } catch (err) {
      log.warn({ event: 'samples_unavailable', alertId, err: (err as Error).message })
      return []
    }
  }

  /** An escalation goes out only while nobody has taken the incident on. */
  async function stillUnhandled(e: OutboxEntry): Promise<boolean> {
    let status = deps.latestStatus(e.alert.id)
    if (status === undefined) {
      try {
        status = (await deps.samples.status(e.alert.id)) ?? undefined
      } catch {
        // Unknown: better one escalation too many than a crisis nobody was called for.
      }
    }
    return status !== 'acknowledged' && status !== 'resolved'
  }

  async function attempt(
    spec: OutletSpec,
    entries: OutboxEntry[],
    payload: Payload,
    key: string,
  ): Promise<void> {
    const first = entries[0]!
    const n = Math.max(...entries.map((e) => e.attempts)) + 1
    const started = deps.now()
    let res: SendOutcome
    try {
      res = await deps.transport.send(spec, render(spec.kind, payload), started)
    } catch (err) {
      res = { ok: false, status: 0, error: (err as Error).message.slice(0, 300), retriable: true }
    }
    const outcome: DeliveryOutcome = res.ok
      ? 'delivered'
      : !res.retriable || n >= deps.backoff.maxAttempts
        ? 'gave_up'
        : 'failed'
    await deps.record({
      alertId: first.alert.id,
      alertVersion: first.alert.version,
      brand: first.alert.brand,
      outlet: spec.name,
      kind: spec.kind,
      event: payload.kind === 'digest' ? 'digest' : first.event,
      idempotencyKey: key,
      attempt: n,
      outcome,
      status: res.status,
      error: res.error,
      durationMs: deps.now() - started,
      at: new Date(deps.now()).toISOString(),
    })
    const retryAt = deps.now() + retryDelayMs(n, deps.backoff, deps.random)
    await deps.outbox.put(
      entries.map((e) => ({
        ...e,
        attempts: n,
        state: outcome === 'delivered' ? 'delivered' : outcome === 'gave_up' ? 'gave_up' : 'pending',
        dueMs: outcome === 'failed' ? retryAt : e.dueMs,
      })),
    )
    if (outcome === 'delivered') deps.counts.delivered += entries.length
    else if (outcome === 'gave_up') deps.counts.gaveUp += entries.length
    else deps.counts.failed += entries.length
    const level = outcome === 'delivered' ? 'info' : 'warn'
    log[level]({
      event: `delivery_${outcome}`,
      outlet: spec.name,
      key,
      attempt: n,
      status: res.status,
      error: res.error || undefined,
    })
  }

  async function cancel(spec: OutletSpec, e: OutboxEntry): Promise<void> {
    await deps.record({
      alertId: e.alert.id,
      alertVersion: e.alert.version,
      brand: e.alert.brand,
      outlet: spec.name,
      kind: spec.kind,
      event: e.event,
      idempotencyKey: e.key,
      attempt: e.attempts,
      outcome: 'skipped',
      status: 0,
      error: 'acknowledged or resolved before the escalation was due',
      durationMs: 0,
      at: new Date(deps.now()).toISOString(),
    })
    await deps.outbox.put([{ ...e, state: 'cancelled' }])
    deps.counts.cancelled++
  }

  /** One pass over an outlet's due work: digests first (one message per period), then singles. */
  async function work(spec: OutletSpec): Promise<void> {
    for (;;) {
      if (stopping) return
      const due = deps.outbox.due(spec.name, deps.now())
      if (due.length === 0) return
      const slot = due.find((e) => e.digestSlot !== null)?.digestSlot
      if (slot !== undefined && slot !== null) {
        const batch = due.filter((e) => e.digestSlot === slot)
        const messages = await Promise.all(
          batch.map(async (e) =>
            buildMessage(e.alert, e.event, e.key, await samplesOf(e.alert), deps.dashboardUrl),
          ),
        )
        const key = `digest:${spec.name}:${new Date(slot).toISOString()}`
        await attempt(spec, batch, { kind: 'digest', key, messages }, key)
        continue
      }
      const e = due[0]!
      if (e.event === 'unacknowledged' && !(await stillUnhandled(e))) {
        await cancel(spec, e)
        continue
      }
      const message = buildMessage(e.alert, e.event, e.key, await samplesOf(e.alert), deps.dashboardUrl)
      await attempt(spec, [e], { kind: 'single', message }, e.key)
    }
  }

  function poke(): void {
    if (stopping) return
    for (const spec of deps.outlets) {
      if (running.has(spec.name)) continue
      const run = work(spec)
        .catch((err: unknown) => log.error({ event: 'outlet_loop_failed', outlet: spec.name, err }))
        .finally(() => running.delete(spec.name))
      running.set(spec.name, run)
    }
  }

  const timer = setInterval(poke, deps.tickMs ?? 500)
  return {
    poke,
    stop: async () => {
      stopping = true
      clearInterval(timer)
      await Promise.all(running.values())
    },
  }
}
