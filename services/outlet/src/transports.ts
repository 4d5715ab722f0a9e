/**
 * The wire: an HTTP POST (webhook, Slack, Teams) or an SMTP submission (nodemailer). Each
 * returns an outcome instead of throwing, with whether a retry can help: a refused connection,
 * a timeout, 5xx, 408 and 429 can; any other 4xx (the URL is gone, the payload refused) cannot.
 */
import nodemailer from 'nodemailer'
import type { Rendered } from './formats.js'
import type { OutletSpec } from './outlets-file.js'
import { SIGNATURE_HEADER, signatureOf } from './sign.js'

export interface SendOutcome {
  ok: boolean
  /** HTTP status or SMTP reply code; 0 when none came back. */
  status: number
  error: string
  retriable: boolean
}

export interface Transport {
  send(spec: OutletSpec, r: Rendered, nowMs: number): Promise<SendOutcome>
  close(): Promise<void>
}

async function post(
  spec: OutletSpec,
  r: Extract<Rendered, { transport: 'http' }>,
  nowMs: number,
): Promise<SendOutcome> {
  const headers: Record<string, string> = { ...r.headers, 'user-agent': 'vigil-outlet/0.1' }
  if (spec.kind === 'webhook' && spec.secret !== undefined)
    headers[SIGNATURE_HEADER] = signatureOf(spec.secret, Math.floor(nowMs / 1000), r.body)
  try {
    const res = await fetch(spec.url!, {
      method: 'POST',
      headers,
      body: r.body,
      signal: AbortSignal.timeout(spec.timeoutMs),
      redirect: 'error',
    })
    // The body is drained (and bounded) so the connection can be reused.
    const text = (await res.text()).slice(0, 200)
    if (res.ok) return { ok: true, status: res.status, error: '', retriable: false }
    const retriable = res.status >= 500 || res.status === 408 || res.status === 429
    return { ok: false, status: res.status, error: `HTTP ${res.status}: ${text}`, retriable }
  } catch (err) {
    const e = err as Error & { cause?: { code?: string } }
    const code = e.cause?.code ?? e.name
    return { ok: false, status: 0, error: `${code}: ${e.message}`.slice(0, 300), retriable: true }
  }
}

type Mailer = ReturnType<typeof nodemailer.createTransport>

export function createTransport(): Transport {
  const mailers = new Map<string, Mailer>()
  const mailerOf = (spec: OutletSpec): Mailer => {
    let m = mailers.get(spec.name)
    if (m === undefined) {
      const s = spec.smtp!
      m = nodemailer.createTransport({
        host: s.host,
        port: s.port,
        secure: s.secure,
        requireTLS: s.requireTLS,
        tls: { rejectUnauthorized: s.rejectUnauthorized },
        ...(s.user !== undefined ? { auth: { user: s.user, pass: s.pass ?? '' } } : {}),
        connectionTimeout: spec.timeoutMs,
        greetingTimeout: spec.timeoutMs,
        socketTimeout: spec.timeoutMs,
      })
      mailers.set(spec.name, m)
    }
    return m
  }
  return {
    async send(spec, r, nowMs) {
      if (r.transport === 'http') return post(spec, r, nowMs)
      const s = spec.smtp!
      try {
        const info = await mailerOf(spec).sendMail({
          from: s.from,
          to: s.to,
          subject: r.subject,
          headers: r.headers,
          text: r.text,
          html: r.html,
        })
        const code = Number(/^(\d{3})/.exec(String(info.response))?.[1] ?? 250)
        return { ok: true, status: code, error: '', retriable: false }
      } catch (err) {
        const e = err as Error & { responseCode?: number; code?: string }
        const status = e.responseCode ?? 0
        // 5xx SMTP replies are permanent (a refused recipient, bad credentials); 4xx and no reply are not.
        const retriable = status === 0 || (status >= 400 && status < 500)
        return { ok: false, status, error: `${e.code ?? 'SMTP'}: ${e.message}`.slice(0, 300), retriable }
      }
    },
    async close() {
      for (const m of mailers.values()) m.close()
      mailers.clear()
    },
  }
}
