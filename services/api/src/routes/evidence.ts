/**
 * The one door to the unmasked originals: GET /api/admin/evidence/:id?reason=…, admin role
 * only. Every attempt is audited before anything is read (who, when, which mention, why, and
 * what came of it), so no read can happen without its audit row; if the audit cannot be
 * written, nothing is read. GET /api/admin/evidence-audit lists the audit, POST
 * /api/admin/evidence/reencrypt re-seals old rows under the current key (admin only).
 */
import { EvidenceKeyError, isAdmin, type Keyring } from '@vigil/config'
import {
  auditEvidence,
  evidenceKeyUsage,
  listEvidenceAudit,
  readEvidence,
  reencryptEvidence,
  type Store,
} from '@vigil/store'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { RouteContext } from '../context.js'
import { errorBody } from '../errors.js'
import { evidenceAuditRoute, evidenceRoute, reencryptRoute } from '../schemas-evidence.js'

function refuseNonAdmin(req: FastifyRequest, reply: FastifyReply): boolean {
  if (isAdmin(req.principal)) return false
  req.log.warn(
    { event: 'evidence_denied', who: req.principal.name, role: req.principal.role },
    'evidence needs admin',
  )
  void reply.code(403).send(errorBody('VIGIL_ERR_ADMIN_REQUIRED'))
  return true
}

export function registerEvidenceRoutes(
  app: FastifyInstance,
  ctx: RouteContext,
  store: Store,
  keys: Keyring | null,
): void {
  app.get<{ Params: { id: string }; Querystring: { reason: string } }>(
    '/api/admin/evidence/:id',
    {
      schema: evidenceRoute,
      // Before validation: a viewer or operator learns nothing of the route's parameters, and
      // the refusal is audited even without a reason.
      preValidation: async (req, reply) => {
        if (isAdmin(req.principal)) return
        await auditEvidence(store, {
          at: ctx.now().toISOString(),
          user: req.principal.name,
          role: req.principal.role,
          mentionId: req.params.id,
          reason: String((req.query as { reason?: unknown }).reason ?? ''),
          outcome: 'denied',
        })
        refuseNonAdmin(req, reply)
        return reply
      },
    },
    async (req, reply) => {
      const { id } = req.params
      const audit = (outcome: string) =>
        auditEvidence(store, {
          at: ctx.now().toISOString(),
          user: req.principal.name,
          role: req.principal.role,
          mentionId: id,
          reason: req.query.reason,
          outcome,
        })
      if (!keys)
        return reply
          .code(503)
          .send(errorBody('VIGIL_ERR_EVIDENCE_UNAVAILABLE', 'no evidence keys configured'))
      await audit('read')
      try {
        const events = await readEvidence(store, keys, id)
        if (events.length === 0) return reply.code(404).send(errorBody('VIGIL_ERR_EVIDENCE_NOT_FOUND', id))
        return {
          id,
          audited: { user: req.principal.name, reason: req.query.reason },
          events: events.map((e) => ({ ...e, ...e.original, original: undefined })),
        }
      } catch (err) {
        if (!(err instanceof EvidenceKeyError)) throw err
        req.log.error({ event: 'evidence_unreadable', id, err: err.message }, 'evidence could not be opened')
        return reply.code(503).send(errorBody('VIGIL_ERR_EVIDENCE_UNAVAILABLE', err.message))
      }
    },
  )

  app.get<{ Querystring: { mention?: string } }>(
    '/api/admin/evidence-audit',
    { schema: evidenceAuditRoute },
    async (req, reply) => {
      if (refuseNonAdmin(req, reply)) return reply
      const rows = await listEvidenceAudit(store, req.query.mention)
      return {
        entries: rows.map((r) => ({
          at: r.at,
          user: r.user,
          role: r.role,
          mentionId: r.mention_id,
          reason: r.reason,
          outcome: r.outcome,
        })),
      }
    },
  )

  app.post('/api/admin/evidence/reencrypt', { schema: reencryptRoute }, async (req, reply) => {
    if (refuseNonAdmin(req, reply)) return reply
    if (!keys)
      return reply.code(503).send(errorBody('VIGIL_ERR_EVIDENCE_UNAVAILABLE', 'no evidence keys configured'))
    const rows = await reencryptEvidence(store, keys)
    req.log.info({ event: 'evidence_reencrypted', who: req.principal.name, rows, current: keys.current })
    return { rows, current: keys.current, usage: await evidenceKeyUsage(store) }
  })
}
