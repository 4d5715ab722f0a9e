/**
 * The generic webhook's signature: `X-Vigil-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<raw body>">` with the outlet's secret. The time is inside the signed text, so a
 * receiver that checks it can refuse a replay older than its tolerance (5 minutes by default).
 */
import { createHmac, timingSafeEqual } from 'node:crypto'

export const SIGNATURE_HEADER = 'X-Vigil-Signature'

export function signatureOf(secret: string, unixSeconds: number, rawBody: string): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${rawBody}`, 'utf8').digest('hex')
  return `t=${unixSeconds},v1=${mac}`
}

export type VerifyResult = { ok: true } | { ok: false; reason: string }

/**
 * What a receiver does with the header (shipped so a receiver in Node can use it, and so the
 * tests check our own signature the way a stranger would).
 */
export function verifySignature(
  secret: string,
  header: string | undefined,
  rawBody: string,
  nowSeconds: number,
  toleranceSeconds = 300,
): VerifyResult {
  if (header === undefined) return { ok: false, reason: 'no signature header' }
  const parts = new Map<string, string[]>()
  for (const kv of header.split(',')) {
    const eq = kv.indexOf('=')
    if (eq <= 0) continue
    const k = kv.slice(0, eq).trim()
    parts.set(k, [...(parts.get(k) ?? []), kv.slice(eq + 1).trim()])
  }
  const t = Number(parts.get('t')?.[0])
  if (!Number.isInteger(t)) return { ok: false, reason: 'no timestamp' }
  if (Math.abs(nowSeconds - t) > toleranceSeconds) return { ok: false, reason: 'timestamp outside tolerance' }
  const want = Buffer.from(signatureOf(secret, t, rawBody).split('v1=')[1]!, 'hex')
  for (const v of parts.get('v1') ?? []) {
    const got = Buffer.from(v, 'hex')
    if (got.length === want.length && timingSafeEqual(got, want)) return { ok: true }
  }
  return { ok: false, reason: 'signature mismatch' }
}
