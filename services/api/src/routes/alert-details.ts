import type { FastifyInstance } from 'fastify'
import type { RouteContext } from '../context.js'
import { errorBody } from '../errors.js'
import { alertDeliveriesRoute, mentionsByIdRoute } from '../schemas.js'

/**
 * What an incident carries beyond its own record: who was told of it (the outlet stage's
 * delivery attempts); its sample posts are in routes/alerts.ts. Both read the store.
 */
export function registerAlertDetailRoutes(app: FastifyInstance, ctx: RouteContext): void {
  registerMentionsByIdRoute(app, ctx)
  app.get<{ Params: { id: string } }>(
    '/api/alerts/:id/deliveries',
    { schema: alertDeliveriesRoute },
    async (req, reply) => {
      const deliveries = await ctx.data.alertDeliveries(req.params.id)
      if (deliveries.length === 0 && !(await alertExists(ctx, req.params.id))) {
        return reply.code(404).send(errorBody('VIGIL_ERR_ALERT_NOT_FOUND', req.params.id))
      }
      return { deliveries }
    },
  )
}

/**
 * Mentions by id: the outlet stage reads an incident's samples this way, from the ids the alert
 * carries, so it need not wait for the sink to store the alert itself.
 */
export function registerMentionsByIdRoute(app: FastifyInstance, ctx: RouteContext): void {
  app.get<{ Querystring: { ids: string } }>(
    '/api/mentions/by-id',
    { schema: mentionsByIdRoute },
    async (req, reply) => {
      const ids = [
        ...new Set(
          req.query.ids
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        ),
      ]
      if (ids.length > 20) return reply.code(400).send(errorBody('VIGIL_ERR_BAD_REQUEST', 'at most 20 ids'))
      return { mentions: await ctx.data.mentionsByIds(ids) }
    },
  )
}

async function alertExists(ctx: RouteContext, id: string): Promise<boolean> {
  return ctx.hub.alert(id) !== undefined || (await ctx.data.getAlert(id)) !== null
}
