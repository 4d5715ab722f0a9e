import { createHmac, timingSafeEqual } from 'node:crypto'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { type NormaliseContext, readPayload } from '../connectors/index.js'
import { BackPressure, type Intake } from '../intake/intake.js'
import type { IngestMetrics } from '../intake/metrics.js'

export interface MetaWebhookOptions {
  /** The Meta app secret: the key of X-Hub-Signature-256. */
  appSecret: string
  /** The token typed into the app dashboard, echoed back by Meta in the verification request. */
  verifyToken: string
  intake: Intake
  context: () => NormaliseContext
  metrics?: IngestMetrics
  bodyLimitBytes?: number
}

const CONNECTOR = 'meta-webhook'

/** Compares secrets in constant time (via their SHA-256, so unequal lengths leak nothing either). */
function sameSecret(a: string, b: string): boolean {
  const h = (s: string) => createHmac('sha256', 'vigil-compare').update(s).digest()
  return timingSafeEqual(h(a), h(b))
}

/** True when `header` is `sha256=<hex>` of HMAC-SHA256(appSecret, raw body). */
export function validSignature(raw: Buffer, header: string | undefined, appSecret: string): boolean {
  if (!header) return false
  const m = /^sha256=([0-9a-f]{64})$/i.exec(header.trim())
  if (!m) return false
  const expected = createHmac('sha256', appSecret).update(raw).digest()
  return timingSafeEqual(expected, Buffer.from(m[1]!, 'hex'))
}

/**
 * Meta's Graph API webhooks (Page feed, Instagram comments). GET answers the subscription
 * handshake; POST checks X-Hub-Signature-256 over the raw bytes before reading them, then
 * normalises and publishes, and answers 200 only once Kafka has the mentions (Meta resends
 * what is not answered 200). Registered in its own scope: the body is kept as bytes here.
 */
export function metaWebhookRoutes(opts: MetaWebhookOptions) {
  return async (app: FastifyInstance): Promise<void> => {
    const refuse = (reply: FastifyReply, status: number, code: string, message: string) => {
      opts.metrics?.refused.inc({ connector: CONNECTOR, reason: code })
      return reply.code(status).send({ code, message })
    }
    app.removeAllContentTypeParsers()
    app.addContentTypeParser(
      ['application/json'],
      { parseAs: 'buffer', bodyLimit: opts.bodyLimitBytes ?? 1024 * 1024 },
      (_req, body, done) => done(null, body),
    )

    app.get<{ Querystring: Record<string, string | undefined> }>('/webhooks/meta', async (req, reply) => {
      const q = req.query
      if (q['hub.mode'] !== 'subscribe' || !sameSecret(q['hub.verify_token'] ?? '', opts.verifyToken)) {
        return refuse(
          reply,
          403,
          'VIGIL_ERR_VERIFY_TOKEN',
          'hub.mode must be subscribe with the configured verify token',
        )
      }
      return reply.type('text/plain').send(q['hub.challenge'] ?? '')
    })

    app.post('/webhooks/meta', async (req, reply) => {
      const raw = req.body as Buffer
      if (!validSignature(raw, req.headers['x-hub-signature-256'] as string | undefined, opts.appSecret)) {
        return refuse(
          reply,
          401,
          'VIGIL_ERR_BAD_SIGNATURE',
          'X-Hub-Signature-256 is missing or does not match the body',
        )
      }
      const r = readPayload(raw, 'meta-webhook', opts.context())
      try {
        // Signed by Meta but not readable, or holding items that are not mentions: Meta will
        // not send them again in a better shape, so they are kept with their reasons.
        await opts.intake.deadLetter(CONNECTOR, raw, r.errors)
        if (!r.readable) {
          opts.intake.count(CONNECTOR, r)
          return reply
            .code(400)
            .send({ code: r.errors[0]?.code ?? 'VIGIL_ERR_BAD_REQUEST', message: r.errors[0]?.reason })
        }
        await opts.intake.accept(CONNECTOR, r)
      } catch (err) {
        if (!(err instanceof BackPressure)) throw err
        reply.header('retry-after', String(err.retryAfterS))
        return refuse(reply, 503, err.code, err.message)
      }
      return reply
        .code(200)
        .send({ accepted: r.mentions.length, rejected: r.errors, skipped: r.skipped.length })
    })
  }
}
