/** What one HTTP request to a platform came to, as the poller acts on it. */
export type HttpOutcome =
  | { kind: 'ok'; status: number; body: Buffer; headers: Headers }
  | { kind: 'not-modified' }
  /** 429 or a quota error: wait at least `waitMs` (from Retry-After / x-rate-limit-reset when given). */
  | { kind: 'rate-limited'; waitMs: number | undefined; reason: string }
  /** Network error, timeout, 5xx: retry with backoff. */
  | { kind: 'retriable'; reason: string }
  /** 4xx other than 429 (bad token, unknown app): retrying soon will not help. */
  | { kind: 'refused'; status: number; reason: string }

export interface HttpRequest {
  url: string
  headers?: Record<string, string>
  timeoutMs?: number
}

export const MAX_RESPONSE_BYTES = 32 * 1024 * 1024

/** Retry-After as seconds or an HTTP date; X's x-rate-limit-reset as epoch seconds. */
export function waitFromHeaders(h: Headers, now = Date.now()): number | undefined {
  const ra = h.get('retry-after')
  if (ra) {
    const s = Number(ra)
    if (Number.isFinite(s) && s >= 0) return s * 1000
    const at = Date.parse(ra)
    if (Number.isFinite(at)) return Math.max(0, at - now)
  }
  const reset = Number(h.get('x-rate-limit-reset'))
  if (h.get('x-rate-limit-remaining') === '0' && Number.isFinite(reset) && reset > 0) {
    return Math.max(0, reset * 1000 - now)
  }
  return undefined
}

/** Google answers an exhausted daily quota with 403 and reason quotaExceeded / rateLimitExceeded. */
function isQuotaError(body: string): boolean {
  return /"reason"\s*:\s*"(quotaExceeded|rateLimitExceeded|userRateLimitExceeded|dailyLimitExceeded)"|RESOURCE_EXHAUSTED/.test(
    body,
  )
}

export async function request(req: HttpRequest, fetchImpl: typeof fetch = fetch): Promise<HttpOutcome> {
  let res: Response
  try {
    res = await fetchImpl(req.url, {
      headers: { 'user-agent': 'vigil-ingest/0.1 (+https://github.com/vigil)', ...req.headers },
      signal: AbortSignal.timeout(req.timeoutMs ?? 30_000),
      redirect: 'follow',
    })
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } }
    return { kind: 'retriable', reason: `network: ${e.cause?.code ?? e.name}: ${e.message}`.slice(0, 300) }
  }
  if (res.status === 304) return { kind: 'not-modified' }
  let body: Buffer
  try {
    const len = Number(res.headers.get('content-length'))
    if (Number.isFinite(len) && len > MAX_RESPONSE_BYTES) {
      await res.body?.cancel()
      return {
        kind: 'refused',
        status: res.status,
        reason: `response of ${len} bytes is over ${MAX_RESPONSE_BYTES}`,
      }
    }
    body = Buffer.from(await res.arrayBuffer())
  } catch (err) {
    // The connection dropped mid-body: the page is incomplete, fetch it again.
    return { kind: 'retriable', reason: `body cut off: ${(err as Error).message}`.slice(0, 300) }
  }
  if (res.status === 429) {
    return { kind: 'rate-limited', waitMs: waitFromHeaders(res.headers), reason: 'HTTP 429' }
  }
  if (res.status === 403 && isQuotaError(body.toString('utf8', 0, 4096))) {
    return { kind: 'rate-limited', waitMs: waitFromHeaders(res.headers), reason: 'quota exceeded' }
  }
  if (res.status >= 500) return { kind: 'retriable', reason: `HTTP ${res.status}` }
  if (res.status >= 400) {
    return {
      kind: 'refused',
      status: res.status,
      reason: `HTTP ${res.status}: ${body.toString('utf8', 0, 200)}`,
    }
  }
  return { kind: 'ok', status: res.status, body, headers: res.headers }
}
