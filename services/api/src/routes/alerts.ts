import { OPEN_PRINCIPAL, type Principal } from '@vigil/config'
import type { AckRequest, Alert, AlertStatus } from '@vigil/schema'
import type { FastifyInstance } from 'fastify'
import type { RouteContext } from '../context.js'
import type { FeedbackRecord } from '../data.js'
import { errorBody } from '../errors.js'
import { ackRoute, alertSamplesRoute, feedbackRoute, getAlertRoute, listAlertsRoute } from '../schemas.js'
import { unknownBrand } from './data.js'

/** An alert names a handful of sample posts; more than this is not a sample. */
const MAX_SAMPLES = 20

/**
 * The live hub's view wins at an equal or newer version: it may hold a version the sink has
 * not written yet (acknowledging an older one would roll the alert back), and it carries
 * acknowledgements over the detector's later updates (see AlertBook).
 */
function preferLive(ctx: RouteContext, stored: Alert): Alert {
  const live = ctx.hub.alert(stored.id)
  return live && live.version >= stored.version ? live : stored
}

async function latestAlert(ctx: RouteContext, id: string): Promise<Alert | null> {
  const stored = await ctx.data.getAlert(id)
  if (!stored) return ctx.hub.alert(id) ?? null
  return preferLive(ctx, stored)
}

/** The name an acknowledgement carries: the token's holder; nobody for an anonymous principal. */
const actorName = (p: Principal): string | undefined => (p === OPEN_PRINCIPAL ? undefined : p.name)

export function registerAlertRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get<{ Querystring: { status?: AlertStatus; brand?: string; limit: number } }>(
    '/api/alerts',
    { schema: listAlertsRoute },
    async (req, reply) => {
      if (unknownBrand(ctx, reply, req.query.brand)) return reply
      const alerts = (await ctx.data.listAlerts(req.query)).map((a) => preferLive(ctx, a))
      // A status filter applies to what is shown: an alert the hub holds as acknowledged is not "open".
      return { alerts: req.query.status ? alerts.filter((a) => a.status === req.query.status) : alerts }
    },
  )

  app.get<{ Params: { id: string } }>('/api/alerts/:id', { schema: getAlertRoute }, async (req, reply) => {
    const alert = await latestAlert(ctx, req.params.id)
    if (!alert) return reply.code(404).send(errorBody('VIGIL_ERR_ALERT_NOT_FOUND', req.params.id))
    return { alert, feedback: await ctx.data.alertFeedback(alert.id) }
  })

  // The wall shows posts, not a count: the alert carries ids, the store the masked texts.
  app.get<{ Params: { id: string }; Querystring: { limit: number } }>(
    '/api/alerts/:id/samples',
    { schema: alertSamplesRoute },
    async (req, reply) => {
      const alert = await latestAlert(ctx, req.params.id)
      if (!alert) return reply.code(404).send(errorBody('VIGIL_ERR_ALERT_NOT_FOUND', req.params.id))
      const samples = await ctx.data.mentionsByIds(alert.sampleMentionIds.slice(0, MAX_SAMPLES))
      return { samples: samples.slice(0, req.query.limit) }
    },
  )

  app.post<{ Params: { id: string } }>('/api/alerts/:id/ack', { schema: ackRoute }, async (req, reply) => {
    const current = await latestAlert(ctx, req.params.id)
    if (!current) return reply.code(404).send(errorBody('VIGIL_ERR_ALERT_NOT_FOUND', req.params.id))
    if (current.status === 'resolved') {
      return reply.code(409).send(errorBody('VIGIL_ERR_ALERT_RESOLVED', current.id))
    }
    // Acknowledging twice is harmless: the second call returns the acknowledged version.
    if (current.status === 'acknowledged') return { alert: current, pending: false }
    const by = actorName(req.principal)
    const request: AckRequest = {
      alertId: current.id,
      ack: true,
      user: by ?? '',
      at: ctx.now().toISOString(),
      // What the operator acknowledged: a detector that no longer holds the incident closes it
      // from this version instead of dropping the request (services/detector unheld-ack.ts).
      alert: current,
    }
    // The detector writes every version of an alert (the api's own "latest + 1" could land on
    // the version of a concurrent detector update and lose one of the two): the api only asks.
    if (!ctx.ackOut) {
      return reply
        .code(503)
        .send(errorBody('VIGIL_ERR_PUBLISH_FAILED', 'no way to the detector: acknowledgements need Kafka'))
    }
    try {
      await ctx.ackOut(request)
    } catch (err) {
      req.log.error({ event: 'api_ack_publish_failed', err, alertId: current.id }, 'ack not published')
      return reply.code(503).send(errorBody('VIGIL_ERR_PUBLISH_FAILED', (err as Error).message))
    }
    try {
      await ctx.data.insertAck({ alertId: current.id, by: request.user, at: request.at })
    } catch (err) {
      // Asked for already, which is what the operator wanted; only "by whom" after a restart is lost.
      req.log.warn(
        { event: 'api_ack_record_failed', err, alertId: current.id },
        'acknowledgement not recorded',
      )
    }
    req.log.info({ event: 'api_ack_requested', alertId: current.id, by: req.principal.name })
    // Accepted, not done: the wall shows it when the detector's acknowledged version lands.
    return reply.code(202).send({ alert: current, pending: true })
  })

  app.post<{ Params: { id: string }; Body: { real: boolean; note?: string; user?: string } }>(
    '/api/alerts/:id/feedback',
    { schema: feedbackRoute },
    async (req, reply) => {
      const alert = await latestAlert(ctx, req.params.id)
      if (!alert) return reply.code(404).send(errorBody('VIGIL_ERR_ALERT_NOT_FOUND', req.params.id))
      const feedback: FeedbackRecord = {
        alertId: alert.id,
        real: req.body.real,
        note: req.body.note ?? '',
        // With tokens the verdict is recorded under the token's name, never a claimed one.
        user: req.principal === OPEN_PRINCIPAL ? (req.body.user ?? '') : req.principal.name,
        at: ctx.now().toISOString(),
      }
      await ctx.data.insertFeedback(feedback)
      if (ctx.feedbackOut) {
        try {
          await ctx.feedbackOut(feedback)
        } catch (err) {
          // Stored already, which is what the operator asked for; forwarding is best effort.
          req.log.warn(
            { event: 'api_feedback_forward_failed', err, alertId: alert.id },
            'feedback not forwarded',
          )
        }
      }
      req.log.info({ event: 'api_alert_feedback', alertId: alert.id, real: feedback.real })
      return reply.code(201).send({ feedback })
    },
  )
}
