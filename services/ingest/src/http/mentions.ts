import { type Mention, validateMention } from '@vigil/schema'
import type { FastifyInstance } from 'fastify'
import { errorBody } from '../errors.js'
import { BackPressure, type Intake } from '../intake/intake.js'

const MAX_BATCH = 1000

/**
 * The generic webhook: platforms (or a partner's relay) POST mentions here. Each item is
 * validated on its own, so one bad item is reported back and never blocks its neighbours.
 */
export function mentionRoutes(intake: Intake) {
  return async (app: FastifyInstance): Promise<void> => {
    app.post('/v1/mentions', async (req, reply) => {
      const body = req.body
      const items = Array.isArray(body) ? body : [body]
      if (items.length > MAX_BATCH) {
        return reply.code(413).send(errorBody('VIGIL_ERR_BATCH_TOO_LARGE', MAX_BATCH))
      }
      const now = new Date().toISOString()
      const accepted: Mention[] = []
      const rejected: Array<{ index: number; code: string; reason: string }> = []
      items.forEach((item, index) => {
        const r = validateMention(item, now)
        if (r.kind === 'ok') accepted.push(r.value)
        else if (r.kind === 'dlq') rejected.push({ index, code: r.code, reason: r.reason })
      })
      try {
        await intake.publish('webhook', accepted)
      } catch (err) {
        if (!(err instanceof BackPressure)) throw err
        return reply
          .code(503)
          .header('retry-after', String(err.retryAfterS))
          .send({ code: err.code, message: err.message })
      }
      return reply.code(rejected.length > 0 && accepted.length === 0 ? 400 : 202).send({
        accepted: accepted.length,
        rejected,
      })
    })
  }
}
