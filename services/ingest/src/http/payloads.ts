import type { FastifyInstance } from 'fastify'
import { FORMATS, isFormat, type NormaliseContext, readPayload } from '../connectors/index.js'
import { errorBody } from '../errors.js'
import { BackPressure, type Intake } from '../intake/intake.js'

/**
 * `POST /v1/payloads/:format`: a platform payload as captured (a stream line, an API page, a
 * feed), through its connector. Under /v1, so INGEST_TOKENS guard it like the generic webhook.
 */
export function payloadRoutes(intake: Intake, context: () => NormaliseContext) {
  return async (scope: FastifyInstance): Promise<void> => {
    scope.removeAllContentTypeParsers()
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body))
    scope.post<{ Params: { format: string } }>('/v1/payloads/:format', async (req, reply) => {
      const format = req.params.format
      if (format !== 'auto' && !isFormat(format)) {
        return reply.code(404).send(errorBody('VIGIL_ERR_UNKNOWN_FORMAT', `${FORMATS.join(', ')}, auto`))
      }
      const r = readPayload(req.body as Buffer, format, context())
      const connector = r.format ?? format
      if (!r.readable) {
        intake.count(connector, r)
        return reply
          .code(400)
          .send({ code: r.errors[0]?.code, message: r.errors[0]?.reason, rejected: r.errors })
      }
      try {
        await intake.accept(connector, r)
      } catch (err) {
        if (!(err instanceof BackPressure)) throw err
        return reply
          .code(503)
          .header('retry-after', String(err.retryAfterS))
          .send({ code: err.code, message: err.message })
      }
      return reply
        .code(202)
        .send({ format: r.format, accepted: r.mentions.length, rejected: r.errors, skipped: r.skipped })
    })
  }
}
