import { createHash } from 'node:crypto'
import { backoffMs } from '@vigil/bus'
import type { Logger } from '@vigil/config'
import type { Mention } from '@vigil/schema'
import { type ItemIssue, type NormaliseContext, type OwnAccounts, readPayload } from '../connectors/index.js'
import { BackPressure, type Intake } from '../intake/intake.js'
import type { IngestMetrics } from '../intake/metrics.js'
import type { Cursor, CursorStore } from './cursor-store.js'
import { type HttpOutcome, type HttpRequest, request } from './http.js'
import { Seen } from './seen.js'
import type { PollSource } from './source.js'

export type PollerState =
  | 'starting'
  | 'idle'
  | 'polling'
  | 'rate-limited'
  | 'backing-off'
  | 'paused'
  | 'refused'
  | 'stopped'

export interface PollerStatus {
  state: PollerState
  lastOkAt?: string
  lastError?: string
  cursorSavedAt?: string
  nextPollAt?: string
}

export interface PollerDeps {
  source: PollSource
  store: CursorStore
  intake: Intake
  accounts: OwnAccounts
  logger: Logger
  metrics?: IngestMetrics
  fetchImpl?: typeof fetch
  /** Backoff after retriable failures; rate limits without a header start at `rateLimitMs`. */
  backoff?: { baseMs: number; maxMs: number; jitter: number }
  rateLimitMs?: number
  clock?: () => number
  seenCap?: number
}

/** Why a cycle ended without saving: the poller waits `waitMs` and tries the same cursor again. */
class Retry extends Error {
  constructor(
    readonly state: PollerState,
    readonly reason: string,
    readonly waitMs: number | undefined,
  ) {
    super(reason)
  }
}

/**
 * Polls one source forever: read pages newest first until one has nothing new, normalise with
 * the source's connector, publish what was not published before (changed ones as edits), then
 * save the cursor. The cursor moves only after Kafka took the mentions, so a failure anywhere
 * before that (rate limit, dropped connection, Kafka down) repeats the same pages later and
 * nothing is skipped. A malformed page is reported, counted and retried; it never stops the
 * poller. Waits back off exponentially with jitter; a 429 waits what the platform says.
 */
export class Poller {
  private stopped = false
  private wake: (() => void) | undefined
  private loop: Promise<void> | undefined
  private failures = 0
  private readonly deadLettered = new Set<string>()
  readonly status: PollerStatus = { state: 'starting' }

  constructor(private readonly deps: PollerDeps) {}

  get id(): string {
    return this.deps.source.id
  }

  start(): void {
    this.loop ??= this.run()
  }

  async stop(): Promise<void> {
    this.stopped = true
    this.wake?.()
    await this.loop
    this.status.state = 'stopped'
  }

  /** One cycle, exposed for tests and replays: resolves with what was published. */
  async cycle(): Promise<Mention[]> {
    const { source, store } = this.deps
    // Kafka is not taking batches: no point spending the platform's quota on pages now.
    if (this.deps.intake.congested) throw new Retry('paused', 'Kafka is congested', 1000)
    const cursor: Cursor = (await store.load(source.id)) ?? { seen: [] }
    const seen = new Seen(cursor.seen, this.deps.seenCap)
    const fresh: Mention[] = []
    const errors: ItemIssue[] = []
    const skipped: ItemIssue[] = []
    let token: string | undefined
    let next: Partial<Cursor> = {}
    for (let page = 0; page < source.maxPages; page++) {
      const out = await this.fetch(cursor, token, page === 0)
      if (out.kind === 'not-modified') break
      const ctx = this.context()
      const r = readPayload(out.body, source.format, ctx)
      skipped.push(...r.skipped)
      if (!r.readable) {
        this.deps.intake.count(source.id, r)
        await this.deadLetterOnce(out.body, r.errors)
        throw new Retry('backing-off', `malformed page: ${r.errors[0]?.reason ?? 'unreadable'}`, undefined)
      }
      errors.push(...r.errors)
      await this.deadLetterOnce(out.body, r.errors)
      const newOnes = seen.fresh(r.mentions).filter((m) => !fresh.some((f) => f.id === m.id))
      fresh.push(...newOnes)
      if (page === 0) {
        const etag = out.headers.get('etag')
        const lastModified = out.headers.get('last-modified')
        next = {
          ...(etag ? { etag } : {}),
          ...(lastModified ? { lastModified } : {}),
          ...(source.advance ? source.advance(cursor, parseJson(out.body)) : {}),
        }
      }
      token = source.nextPage?.(parseJson(out.body))
      if (!token || newOnes.length === 0) break
    }
    try {
      this.deps.intake.count(source.id, { mentions: fresh, errors, skipped })
      await this.deps.intake.publish(source.id, fresh)
    } catch (err) {
      if (err instanceof BackPressure) throw new Retry('paused', err.message, err.retryAfterS * 1000)
      throw err
    }
    seen.record(fresh)
    await store.save(source.id, { ...cursor, ...next, seen: seen.entries() })
    this.status.cursorSavedAt = new Date(this.now()).toISOString()
    this.deps.logger.debug({ event: 'poll_cycle', source: source.id, published: fresh.length })
    return fresh
  }

  /** A page is re-read every cycle: its bad items are dead-lettered the first time only. */
  private async deadLetterOnce(body: Buffer, issues: ItemIssue[]): Promise<void> {
    if (issues.length === 0) return
    const key = createHash('sha256').update(body).digest('base64url')
    if (this.deadLettered.has(key)) return
    try {
      await this.deps.intake.deadLetter(this.deps.source.id, body, issues)
    } catch (err) {
      if (err instanceof BackPressure) throw new Retry('paused', err.message, err.retryAfterS * 1000)
      throw err
    }
    this.deadLettered.add(key)
    if (this.deadLettered.size > 1000) this.deadLettered.delete(this.deadLettered.values().next().value!)
    this.deps.logger.warn({
      event: 'poll_items_dead_lettered',
      source: this.deps.source.id,
      errors: issues.slice(0, 20),
    })
  }

  private now(): number {
    return (this.deps.clock ?? Date.now)()
  }

  private context(): NormaliseContext {
    const s = this.deps.source
    return {
      receivedAt: new Date(this.now()).toISOString(),
      accounts: this.deps.accounts,
      ...(s.appId ? { appId: s.appId } : {}),
      ...(s.territory ? { territory: s.territory } : {}),
    }
  }

  private async fetch(cursor: Cursor, token: string | undefined, first: boolean) {
    let req: HttpRequest
    try {
      req = await this.deps.source.request(cursor, token)
    } catch (err) {
      // Minting a token failed (the token endpoint is down, or refuses the key).
      throw new Retry('backing-off', `credentials: ${(err as Error).message}`, undefined)
    }
    if (first && this.deps.source.conditional) {
      req.headers = {
        ...req.headers,
        ...(cursor.etag ? { 'if-none-match': cursor.etag } : {}),
        ...(cursor.lastModified ? { 'if-modified-since': cursor.lastModified } : {}),
      }
    }
    const out: HttpOutcome = await request(req, this.deps.fetchImpl)
    switch (out.kind) {
      case 'ok':
      case 'not-modified':
        return out
      case 'rate-limited':
        throw new Retry('rate-limited', out.reason, out.waitMs ?? this.deps.rateLimitMs ?? 60_000)
      case 'retriable':
        throw new Retry('backing-off', out.reason, undefined)
      case 'refused':
        throw new Retry('refused', out.reason, undefined)
    }
  }

  private async run(): Promise<void> {
    const { source, logger } = this.deps
    const backoff = this.deps.backoff ?? { baseMs: 1000, maxMs: 15 * 60_000, jitter: 0.2 }
    while (!this.stopped) {
      this.status.state = 'polling'
      let waitMs = source.intervalMs
      try {
        await this.cycle()
        this.failures = 0
        this.status.state = 'idle'
        this.status.lastOkAt = new Date(this.now()).toISOString()
        delete this.status.lastError
      } catch (err) {
        if (!(err instanceof Retry)) {
          logger.error({ event: 'poller_crashed', source: source.id, err })
          throw err
        }
        this.failures++
        this.status.state = err.state
        this.status.lastError = err.reason
        // A refused request (bad credentials) will not fix itself soon: the longest backoff.
        const exp = backoffMs(err.state === 'refused' ? 30 : this.failures - 1, backoff)
        waitMs = Math.max(err.waitMs ?? 0, exp)
        logger.warn({ event: 'poll_failed', source: source.id, state: err.state, reason: err.reason, waitMs })
      }
      this.deps.metrics?.cursorAgeSeconds.set(
        { connector: source.id },
        this.status.cursorSavedAt ? (this.now() - Date.parse(this.status.cursorSavedAt)) / 1000 : 0,
      )
      this.status.nextPollAt = new Date(this.now() + waitMs).toISOString()
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, waitMs)
        this.wake = () => {
          clearTimeout(t)
          resolve()
        }
      })
    }
  }
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'))
  } catch {
    return undefined
  }
}
