/**
 * The care inbox (see services/api/README.md):
 *   GET  /api/care/inbox               one page of a tab, its backlog counted, an SLA clock per item
 *   GET  /api/care/items/:id           one item: state and timeline
 *   POST /api/care/items/:id/actions   assign, claim, release, handle, reopen, hide_request, note
 *   GET  /api/care/metrics             response rate, first-response median / p90, per platform and week
 *   GET  /api/care/people              whom to assign to, who is asking, whether they may act
 * Reads need any token (when tokens are set); actions need an operator's (the auth hook).
 */
import { randomUUID } from 'node:crypto'
import { type BrandConfig, mayAct } from '@vigil/config'
import { maskPii } from '@vigil/nlp'
import type { Platform } from '@vigil/schema'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { formatBusinessHours } from '../care/business-hours.js'
import type { CareConfig } from '../care/config.js'
import { decodeCursor, encodeCursor } from '../care/cursor.js'
import type { CareData, CareRecord } from '../care/data.js'
import type { CareItem, CareItemDetail, CareStatus, CareView } from '../care/public-types.js'
import {
  careActionRoute,
  careInboxRoute,
  careItemRoute,
  careMetricsRoute,
  carePeopleRoute,
} from '../care/schemas.js'
import { CARE_VIEWS, itemAccounts, type TabScope, tabScope } from '../care/scope.js'
import { SLA_LIMIT_MINUTES, SLA_TARGET_MINUTES, slaClock, slaCutoffs } from '../care/sla.js'
import { type ActionRequest, actionRecord, deriveState, refusal, timeline } from '../care/state.js'
import { errorBody } from '../errors.js'

export interface CareRouteDeps {
  data: CareData
  brands: BrandConfig[]
  config: CareConfig
  now: () => Date
}

const HOUR_MS = 3_600_000

let actionSeq = 0
/**
 * Sorts in the order actions were taken, also within one millisecond (the log is read ordered
 * by time, then id); the random tail keeps ids of two api instances apart.
 */
const nextActionId = () =>
  `${Date.now().toString(36).padStart(9, '0')}-${(actionSeq++ % 1_679_616).toString(36).padStart(4, '0')}-${randomUUID().slice(0, 8)}`
/** The detail of one item looks this far back for the bank's reply. */
const ITEM_REPLY_WINDOW_HOURS = 24 * 90

interface InboxQuery {
  view: CareView
  status: CareStatus
  brand?: string
  platform?: Platform
  assignee?: string
  cursor?: string
  limit: number
  hours?: number
}

export function registerCareRoutes(app: FastifyInstance, deps: CareRouteDeps): void {
  const { data, brands, config } = deps
  const hoursOf = config.businessHours
  const withClock = (r: CareRecord, now: Date): CareItem => ({ ...r, sla: slaClock(r, now, hoursOf) })

  function scopeOr400(reply: FastifyReply, view: CareView, brand: string | undefined): TabScope | null {
    const scope = tabScope(view, brands, brand)
    if (scope === null) void reply.code(400).send(errorBody('VIGIL_ERR_BRAND_NOT_IN_VIEW', brand ?? '', view))
    return scope
  }

  app.get<{ Querystring: InboxQuery }>('/api/care/inbox', { schema: careInboxRoute }, async (req, reply) => {
    const q = req.query
    const scope = scopeOr400(reply, q.view, q.brand)
    if (scope === null) return reply
    const after = q.cursor === undefined ? undefined : decodeCursor(q.cursor)
    if (after === null) return reply.code(400).send(errorBody('VIGIL_ERR_BAD_CURSOR'))
    const now = deps.now()
    const since = new Date(now.getTime() - (q.hours ?? config.windowHours) * HOUR_MS)
    const cut = slaCutoffs(now, hoursOf)
    const counted = (s: TabScope, platform?: Platform) =>
      data.counts({ ...s, platform, since, dueCutoff: cut.due, breachCutoff: cut.breach })
    const tabCount = async (v: CareView) => (await counted(tabScope(v, brands)!)).open
    const [rows, backlog, ...tabs] = await Promise.all([
      data.queue({
        ...scope,
        platform: q.platform,
        since,
        status: q.status,
        assignee: q.assignee,
        // The backlog reads most overdue first; closed and all read newest first.
        order: q.status === 'open' ? 'oldest' : 'newest',
        after,
        limit: q.limit + 1,
      }),
      counted(scope, q.platform),
      ...CARE_VIEWS.map(tabCount),
    ])
    const page = rows.slice(0, q.limit)
    const last = page[page.length - 1]
    return {
      view: q.view,
      status: q.status,
      now: now.toISOString(),
      from: since.toISOString(),
      backlog,
      tabs: Object.fromEntries(CARE_VIEWS.map((v, i) => [v, tabs[i]])),
      items: page.map((r) => withClock(r, now)),
      nextCursor:
        rows.length > q.limit && last ? encodeCursor({ createdAt: last.createdAt, id: last.id }) : null,
      sla: {
        targetMinutes: SLA_TARGET_MINUTES,
        limitMinutes: SLA_LIMIT_MINUTES,
        businessHours: hoursOf ? formatBusinessHours(hoursOf) : null,
      },
    }
  })

  /** The item as its own bank's accounts see it: answered only by a reply from them. */
  async function loadItem(id: string, now: Date): Promise<CareItemDetail | null> {
    const since = new Date(now.getTime() - ITEM_REPLY_WINDOW_HOURS * HOUR_MS)
    const ownAccounts = tabScope('own', brands)?.accounts ?? []
    let record = await data.item({ id, accounts: ownAccounts, since })
    if (record === null) return null
    const accounts = itemAccounts(record.brands, brands)
    if (accounts.join() !== ownAccounts.join()) record = (await data.item({ id, accounts, since })) ?? record
    const log = await data.log(id)
    return { item: withClock(record, now), timeline: timeline(record, log) }
  }

  app.get<{ Params: { id: string } }>(
    '/api/care/items/:id',
    { schema: careItemRoute },
    async (req, reply) => {
      const detail = await loadItem(req.params.id, deps.now())
      if (detail === null)
        return reply.code(404).send(errorBody('VIGIL_ERR_MENTION_NOT_FOUND', req.params.id))
      return detail
    },
  )

  app.post<{ Params: { id: string }; Body: ActionRequest }>(
    '/api/care/items/:id/actions',
    { schema: careActionRoute },
    async (req, reply) => {
      const { id } = req.params
      const actor = req.principal.name
      const now = deps.now()
      const before = await loadItem(id, now)
      if (before === null) return reply.code(404).send(errorBody('VIGIL_ERR_MENTION_NOT_FOUND', id))
      const body = req.body
      const named = body.assignee?.trim()
      if (body.action === 'assign' && named && config.people.length > 0 && !config.people.includes(named)) {
        return reply.code(400).send(errorBody('VIGIL_ERR_UNKNOWN_PERSON', named))
      }
      const state = deriveState(await data.log(id))
      const why = refusal(state, body, actor)
      if (why !== null)
        return reply.code(409).send(errorBody('VIGIL_ERR_CARE_ACTION_REFUSED', body.action, why))
      // A note is free text typed by a person: masked like every post before it is stored.
      const note = body.note === undefined ? undefined : maskPii(body.note).text
      const rec = actionRecord({ ...body, note }, actor, now.toISOString())
      await data.append({ mentionId: id, actionId: nextActionId(), ...rec })
      req.log.info({ event: 'api_care_action', mentionId: id, action: rec.action, by: actor })
      return reply.code(201).send(await loadItem(id, now))
    },
  )

  app.get<{ Querystring: { view: 'own' | 'competitors'; brand?: string; hours: number } }>(
    '/api/care/metrics',
    { schema: careMetricsRoute },
    async (req, reply) => {
      const { view, brand, hours } = req.query
      const scope = scopeOr400(reply, view, brand)
      if (scope === null) return reply
      const to = deps.now()
      const since = new Date(to.getTime() - hours * HOUR_MS)
      const args = { ...scope, since, to }
      const [overall, byPlatform, byWeek] = await Promise.all([
        data.metrics({ ...args, by: 'all' }),
        data.metrics({ ...args, by: 'platform' }),
        data.metrics({ ...args, by: 'week' }),
      ])
      const none = {
        key: 'all',
        asked: 0,
        answered: 0,
        responseRate: 0,
        medianMinutes: null,
        p90Minutes: null,
        within30: 0,
        within60: 0,
        handledUnanswered: 0,
      }
      return {
        view,
        from: since.toISOString(),
        to: to.toISOString(),
        overall: overall[0] ?? none,
        byPlatform,
        byWeek,
      }
    },
  )

  app.get('/api/care/people', { schema: carePeopleRoute }, async (req) => {
    const me = req.principal.name
    const people = [...new Set([...config.people, ...(mayAct(req.principal) ? [me] : [])])].sort()
    return { people, me, mayAct: mayAct(req.principal) }
  })
}
