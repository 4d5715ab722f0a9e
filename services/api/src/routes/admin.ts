/**
 * GET /api/admin/compliance (admin only): the state of retention, deletion policy and the
 * evidence archive as the engine holds it (store evidence/status.ts), for the admin page.
 */
import { isAdmin } from '@vigil/config'
import { complianceStatus, type Store } from '@vigil/store'
import type { FastifyInstance } from 'fastify'
import type { RouteContext } from '../context.js'
import { errorBody } from '../errors.js'
import { str } from '../schemas.js'

const err = { $ref: 'Error#' } as const
const int = { type: 'integer' } as const

export const complianceRoute = {
  summary: 'Compliance (admin only): retention per table, purges per platform, evidence keys, evidence reads',
  response: {
    200: {
      type: 'object',
      properties: {
        retention: {
          type: 'array',
          items: {
            type: 'object',
            properties: { table: str, column: str, days: { type: ['integer', 'null'] } },
          },
        },
        purged: {
          type: 'array',
          items: { type: 'object', properties: { platform: str, posts: int, last: str } },
        },
        evidenceKeys: { type: 'array', items: { type: 'object', properties: { keyId: str, rows: int } } },
        currentKey: { type: ['string', 'null'] },
        audit: {
          type: 'object',
          properties: { since: str, reads: int, denied: int, other: int, last: { type: ['string', 'null'] } },
        },
      },
    },
    401: err,
    403: err,
    503: err,
  },
} as const

export function registerAdminRoutes(
  app: FastifyInstance,
  ctx: RouteContext,
  store: Store,
  currentKey: string | null,
): void {
  app.get('/api/admin/compliance', { schema: complianceRoute }, async (req, reply) => {
    if (!isAdmin(req.principal)) return reply.code(403).send(errorBody('VIGIL_ERR_ADMIN_REQUIRED'))
    return { ...(await complianceStatus(store, ctx.now())), currentKey }
  })
}
