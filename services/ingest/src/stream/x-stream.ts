import type { Logger } from '@vigil/config'
import { type OwnAccounts, readPayload } from '../connectors/index.js'
import { BackPressure, type Intake } from '../intake/intake.js'
import { diffRules, type StreamRule } from './x-rules.js'

/** X's documented reconnect schedule (handling-disconnections), overridable for tests. */
export interface XBackoff {
  /** TCP/IP errors and stalls: linear, +step per attempt, capped. */
  networkStepMs: number
  networkMaxMs: number
  /** HTTP errors: exponential from start, doubling, capped. */
  httpStartMs: number
  httpMaxMs: number
  /** 429: exponential from a longer start. */
  rateLimitStartMs: number
  rateLimitMaxMs: number
  /** No byte (not even the keep-alive newline X sends every 20 s) for this long: reconnect. */
  stallMs: number
}

export const X_BACKOFF: XBackoff = {
  networkStepMs: 250,
  networkMaxMs: 16_000,
  httpStartMs: 5_000,
  httpMaxMs: 320_000,
  rateLimitStartMs: 60_000,
  rateLimitMaxMs: 15 * 60_000,
  stallMs: 21_000,
}

export type XStreamState = 'connecting' | 'streaming' | 'backing-off' | 'rate-limited' | 'stopped'
type Failure = 'dropped' | 'network' | 'http' | 'rate-limit'

/** The wait before the next connection after `attempt` consecutive failures of one kind. */
export function reconnectDelay(kind: Failure, attempt: number, b: XBackoff = X_BACKOFF): number {
  switch (kind) {
    case 'dropped':
      return 0
    case 'network':
      return Math.min(b.networkMaxMs, b.networkStepMs * attempt)
    case 'http':
      return Math.min(b.httpMaxMs, b.httpStartMs * 2 ** (attempt - 1))
    case 'rate-limit':
      return Math.min(b.rateLimitMaxMs, b.rateLimitStartMs * 2 ** (attempt - 1))
  }
}

export interface XStreamDeps {
  base?: string
  bearerToken: () => string | undefined
  intake: Intake
  accounts: OwnAccounts
  logger: Logger
  /** Filtered-stream rules to sync; absent for streams without rules (compliance). */
  rules?: StreamRule[]
  /** Defaults to the filtered stream; `/2/tweets/compliance/stream?partition=1` for compliance. */
  path?: string
  format?: 'x-v2' | 'x-compliance'
  /** The connector name in metrics and health. */
  name?: string
  backoff?: Partial<XBackoff>
  fetchImpl?: typeof fetch
}

const MAX_QUEUED = 5_000

const STREAM_QUERY =
  'expansions=author_id,referenced_tweets.id,referenced_tweets.id.author_id' +
  '&tweet.fields=created_at,conversation_id,lang,public_metrics,referenced_tweets,edit_history_tweet_ids,note_tweet' +
  '&user.fields=username,verified,verified_type,public_metrics'

/**
 * X API v2 filtered stream: syncs the brands' rules, then reads newline-delimited JSON for as
 * long as X keeps the connection, each line normalised and published before the next is read
 * (a slow Kafka slows the reading; X then drops a client too slow, and it reconnects).
 * Reconnects per X's documentation: at once after an established stream drops, linearly after
 * network errors and stalls, exponentially after HTTP errors, from a minute after a 429.
 */
export class XStream {
  state: XStreamState = 'connecting'
  lastError: string | undefined
  received = 0
  connections = 0
  private stopped = false
  private abort: AbortController | undefined
  private loop: Promise<void> | undefined
  private wake: (() => void) | undefined
  private readonly b: XBackoff
  private readonly base: string
  private readonly fetchImpl: typeof fetch

  constructor(private readonly deps: XStreamDeps) {
    this.b = { ...X_BACKOFF, ...deps.backoff }
    this.base = deps.base ?? 'https://api.x.com'
    this.fetchImpl = deps.fetchImpl ?? fetch
  }

  get name(): string {
    return this.deps.name ?? 'x-stream'
  }

  start(): void {
    this.loop ??= this.run()
  }

  async stop(): Promise<void> {
    this.stopped = true
    this.abort?.abort()
    this.wake?.()
    await this.loop
    this.state = 'stopped'
  }

  private headers(): Record<string, string> {
    const t = this.deps.bearerToken()
    return { 'user-agent': 'vigil-ingest/0.1', ...(t ? { authorization: `Bearer ${t}` } : {}) }
  }

  /** Makes the stream's Vigil rules equal to the brands'. */
  async syncRules(): Promise<{ added: number; deleted: number }> {
    const url = `${this.base}/2/tweets/search/stream/rules`
    const res = await this.fetchImpl(url, { headers: this.headers() })
    if (!res.ok) throw new HttpError(res.status, `GET rules: HTTP ${res.status}`)
    const body = (await res.json()) as { data?: Array<{ id: string; value: string; tag?: string }> }
    const diff = diffRules(body.data ?? [], this.deps.rules ?? [])
    const post = async (payload: unknown) => {
      const r = await this.fetchImpl(url, {
        method: 'POST',
        headers: { ...this.headers(), 'content-type': 'application/json' },
        body: JSON.stringify(payload),
      })
      if (!r.ok)
        throw new HttpError(r.status, `POST rules: HTTP ${r.status}: ${(await r.text()).slice(0, 200)}`)
    }
    if (diff.deleteIds.length > 0) await post({ delete: { ids: diff.deleteIds } })
    if (diff.add.length > 0) await post({ add: diff.add })
    return { added: diff.add.length, deleted: diff.deleteIds.length }
  }

  private async run(): Promise<void> {
    let attempt = 0
    let lastKind: Failure | undefined
    let rulesSynced = this.deps.rules === undefined
    while (!this.stopped) {
      let kind: Failure
      try {
        this.state = 'connecting'
        if (!rulesSynced) {
          const r = await this.syncRules()
          rulesSynced = true
          this.deps.logger.info({ event: 'x_rules_synced', ...r })
        }
        await this.connect()
        kind = 'dropped'
      } catch (err) {
        if (this.stopped) break
        kind = err instanceof HttpError ? (err.status === 429 ? 'rate-limit' : 'http') : 'network'
        this.lastError = (err as Error).message
      }
      if (this.stopped) break
      attempt = kind === lastKind && kind !== 'dropped' ? attempt + 1 : 1
      lastKind = kind
      const waitMs = reconnectDelay(kind, attempt, this.b)
      this.state = kind === 'rate-limit' ? 'rate-limited' : kind === 'dropped' ? 'connecting' : 'backing-off'
      this.deps.logger.warn({ event: 'x_stream_reconnect', kind, attempt, waitMs, reason: this.lastError })
      await this.sleep(waitMs)
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(resolve, ms)
      this.wake = () => {
        clearTimeout(t)
        resolve()
      }
    })
  }

  /** One connection: resolves when X closes it, throws on HTTP errors, network errors, stalls. */
  private async connect(): Promise<void> {
    this.abort = new AbortController()
    const abort = this.abort
    let processing: Promise<void> = Promise.resolve()
    let stalled = false
    let timer: NodeJS.Timeout | undefined
    const arm = () => {
      clearTimeout(timer)
      timer = setTimeout(() => {
        stalled = true
        abort.abort()
      }, this.b.stallMs)
    }
    arm()
    try {
      const res = await this.fetchImpl(
        `${this.base}${this.deps.path ?? `/2/tweets/search/stream?${STREAM_QUERY}`}`,
        {
          headers: this.headers(),
          signal: abort.signal,
        },
      )
      if (!res.ok || !res.body) {
        await res.body?.cancel()
        throw new HttpError(res.status, `stream: HTTP ${res.status}`)
      }
      this.connections++
      this.state = 'streaming'
      let carry = ''
      const decoder = new TextDecoder()
      // X's advice: read into a FIFO queue and process apart, so reading never waits on Kafka
      // and lines that arrived before a drop are still processed. The queue is bounded: past
      // MAX_QUEUED lines, reading waits (and a stream too far behind is dropped by X).
      let queued = 0
      const enqueue = (line: string) => {
        queued++
        processing = processing.then(() => this.handle(line)).finally(() => queued--)
      }
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        arm()
        carry += decoder.decode(chunk, { stream: true })
        let nl = carry.indexOf('\n')
        while (nl >= 0) {
          const line = carry.slice(0, nl).replace(/\r$/, '')
          carry = carry.slice(nl + 1)
          if (line.trim() !== '') enqueue(line)
          nl = carry.indexOf('\n')
        }
        if (queued > MAX_QUEUED) await processing
      }
    } catch (err) {
      if (stalled) throw new Error(`stream stalled: no data for ${this.b.stallMs} ms`)
      throw err
    } finally {
      await processing
      clearTimeout(timer)
    }
  }

  /** One stream message: published before the next is read; Kafka trouble holds the stream. */
  private async handle(line: string): Promise<void> {
    this.received++
    const r = readPayload(Buffer.from(line), this.deps.format ?? 'x-v2', {
      receivedAt: new Date().toISOString(),
      accounts: this.deps.accounts,
    })
    const name = this.name
    this.deps.intake.count(name, r)
    for (let attempt = 0; !this.stopped; attempt++) {
      try {
        await this.deps.intake.deadLetter(name, Buffer.from(line), r.errors)
        await this.deps.intake.publish(name, r.mentions)
        return
      } catch (err) {
        if (!(err instanceof BackPressure)) throw err
        this.deps.logger.warn({ event: 'x_stream_held', reason: err.message })
        await this.sleep(Math.min(30_000, 500 * 2 ** attempt))
      }
    }
  }
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}
