import { createAuthenticator, createLogger, parseApiTokens } from '@vigil/config'
import type { EnrichedMention } from '@vigil/schema'
import { insertMentions, type Store } from '@vigil/store'
import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestStore, sampleEnriched } from '../../../tests/support/clickhouse.js'
import { parseBusinessHours } from './care/business-hours.js'
import type { CareConfig } from './care/config.js'
import type { CareInboxPage, CareItemDetail, CareMetrics } from './care/public-types.js'
import { buildTestApp } from './test-app.js'

const NOW = new Date('2026-11-23T12:00:00.000Z') // a Monday
const ago = (min: number) => new Date(NOW.getTime() - min * 60_000).toISOString()
const VIEWER = 'care-wall-viewer-77aa1c'
const DUTY = 'duty-operator-9b2e41f0'
const auth = { viewer: { authorization: `Bearer ${VIEWER}` }, duty: { authorization: `Bearer ${DUTY}` } }
const customer = (n: number) => ({
  id: `u${n}`,
  handle: `cust${n}`,
  followers: n * 10,
  verified: false,
  isBrandAccount: false,
})
const help = { id: 'u-help', handle: '@NorthwindHelp', followers: 9000, verified: true, isBrandAccount: true }
const askCrest = { id: 'u-ac', handle: '@AskCrest', followers: 9000, verified: true, isBrandAccount: true }
const crest = [{ brand: 'crest', via: 'Crest' }]

/** Our bank: six waiting (ages 95, 70, 42, 35, 12, 3 min), one answered after 20 minutes; plus the rest. */
const story: EnrichedMention[] = [
  ...[95, 70, 42, 35, 12, 3].map((m, i) =>
    sampleEnriched({
      id: `x:w${i}`,
      author: customer(i),
      createdAt: ago(m),
      intent: i === 4 ? 'question' : 'complaint',
    }),
  ),
  sampleEnriched({
    id: 'x:pii',
    author: customer(9),
    createdAt: ago(50),
    pii: ['card'],
    text: 'card **** 1111 blocked',
  }),
  sampleEnriched({ id: 'facebook:done', platform: 'facebook', author: customer(7), createdAt: ago(100) }),
  sampleEnriched({
    id: 'facebook:reply',
    platform: 'facebook',
    kind: 'reply',
    author: { ...help, id: '104857600000001', handle: 'Northwind Bank' },
    inReplyTo: 'facebook:done',
    createdAt: ago(80),
    intent: 'other',
  }),
  // A competitor's account answering our customer is not our answer.
  sampleEnriched({
    id: 'x:cr',
    kind: 'reply',
    author: askCrest,
    inReplyTo: 'x:w0',
    createdAt: ago(90),
    intent: 'other',
  }),
  sampleEnriched({ id: 'news:n1', platform: 'news', createdAt: ago(20) }),
  sampleEnriched({ id: 'x:spam', createdAt: ago(20), intent: 'spam' }),
  sampleEnriched({ id: 'x:troll', createdAt: ago(20), intent: 'troll', text: 'Northwind are clowns' }),
  sampleEnriched({ id: 'x:crest1', createdAt: ago(30), brands: crest, text: 'Crest card declined' }),
  sampleEnriched({ id: 'x:mine', kind: 'reply', author: help, inReplyTo: 'x:crest1', createdAt: ago(25) }),
]

async function app(store: Store, care: CareConfig): Promise<FastifyInstance> {
  const a = await buildTestApp({
    store,
    logger: createLogger('api-care-test', 'silent'),
    now: () => NOW,
    auth: createAuthenticator(parseApiTokens(`wall:viewer:${VIEWER},duty:operator:${DUTY}`)),
    care,
  })
  await a.ready()
  return a
}

describe('care inbox routes over a real store', () => {
  let store: Store
  let api: FastifyInstance
  const care: CareConfig = { businessHours: null, people: ['duty', 'lead'], windowHours: 24 * 14 }

  beforeAll(async () => {
    store = await createTestStore()
    await insertMentions(store, story)
    api = await app(store, care)
  })
  afterAll(async () => {
    await api?.close()
    await store?.close()
  })

  const get = async <T>(url: string, headers = auth.viewer): Promise<T> => {
    const res = await api.inject({ url, headers })
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200)
    return res.json() as T
  }
  const act = (id: string, body: object, headers = auth.duty) =>
    api.inject({
      method: 'POST',
      url: `/api/care/items/${encodeURIComponent(id)}/actions`,
      headers,
      payload: body,
    })

  it('counts the real backlog, not the page, and pages through it by cursor without repeats', async () => {
    const first = await get<CareInboxPage>('/api/care/inbox?limit=3')
    expect(first.backlog).toEqual({ open: 7, pastDue: 5, breached: 2, withPii: 1, answered: 1 })
    expect(first.tabs).toEqual({ own: 7, competitors: 1, trolls: 1 })
    expect(first.items.map((i) => i.id)).toEqual(['x:w0', 'x:w1', 'x:pii'])
    const seen = [...first.items.map((i) => i.id)]
    let cursor = first.nextCursor
    while (cursor) {
      const next = await get<CareInboxPage>(`/api/care/inbox?limit=3&cursor=${encodeURIComponent(cursor)}`)
      seen.push(...next.items.map((i) => i.id))
      cursor = next.nextCursor
    }
    expect(seen).toEqual(['x:w0', 'x:w1', 'x:pii', 'x:w2', 'x:w3', 'x:w4', 'x:w5'])
  })

  it('puts an SLA clock on every item: on time, due, breached, answered', async () => {
    const { items } = await get<CareInboxPage>('/api/care/inbox?status=all&limit=20')
    const clock = Object.fromEntries(items.map((i) => [i.id, i.sla]))
    expect(clock['x:w0']).toMatchObject({ state: 'breached', label: 'breached by 35 min' })
    expect(clock['x:w2']).toMatchObject({ state: 'due', label: 'past 30: 18 min left to 60' })
    expect(clock['x:w4']).toMatchObject({ state: 'on-time', label: '18 min left to 30', dueAt: ago(-18) })
    expect(clock['facebook:done']).toMatchObject({ state: 'answered', firstResponseMinutes: 20 })
    expect(items.find((i) => i.id === 'facebook:done')).toMatchObject({
      answered: true,
      replyBy: 'Northwind Bank',
    })
  })

  it('keeps competitors and trolls on their own tabs; news and spam nowhere', async () => {
    const comp = await get<CareInboxPage>('/api/care/inbox?view=competitors&status=all')
    // Our account answering a Crest customer does not close Crest's clock.
    expect(comp.items.map((i) => [i.id, i.answered])).toEqual([['x:crest1', false]])
    const trolls = await get<CareInboxPage>('/api/care/inbox?view=trolls&status=all')
    expect(trolls.items.map((i) => i.id)).toEqual(['x:troll'])
    const all = await get<CareInboxPage>('/api/care/inbox?status=all&limit=50')
    expect(all.items.map((i) => i.id)).not.toContain('news:n1')
    expect(all.items.map((i) => i.id)).not.toContain('x:spam')
  })

  it('a viewer reads but cannot act; no token cannot read', async () => {
    expect((await act('x:w0', { action: 'claim' }, auth.viewer)).statusCode).toBe(403)
    expect((await api.inject('/api/care/inbox')).statusCode).toBe(401)
    const people = await get<{ people: string[]; me: string; mayAct: boolean }>('/api/care/people')
    expect(people).toEqual({ people: ['duty', 'lead'], me: 'wall', mayAct: false })
  })

  it('claim → note (masked) → handled: recorded with who and when, and the backlog shrinks', async () => {
    const claimed = await act('x:w1', { action: 'claim' })
    expect(claimed.statusCode, claimed.body).toBe(201)
    expect((claimed.json() as CareItemDetail).item.assignee).toBe('duty')
    const noted = await act('x:w1', {
      action: 'note',
      note: 'called back on 07700 900123, card 4111 1111 1111 1111',
    })
    expect(noted.statusCode).toBe(201)
    const handled = await act('x:w1', { action: 'handle' })
    const detail = handled.json() as CareItemDetail
    expect(detail.item).toMatchObject({
      handled: true,
      handledBy: 'duty',
      handledAt: NOW.toISOString(),
      notes: 1,
    })
    expect(detail.item.sla.state).toBe('handled')
    expect(detail.timeline.map((e) => [e.kind, e.who])).toEqual([
      ['posted', 'cust1'],
      ['claim', 'duty'],
      ['note', 'duty'],
      ['handle', 'duty'],
    ])
    const note = detail.timeline.find((e) => e.kind === 'note')!.text
    expect(note).toContain('called back')
    expect(note).not.toContain('4111 1111 1111 1111')
    expect(note).not.toContain('900123')
    const after = await get<CareInboxPage>('/api/care/inbox')
    expect(after.backlog.open).toBe(6)
    expect(after.items.map((i) => i.id)).not.toContain('x:w1')
    // Handling twice is refused with the reason; reopening puts it back.
    const again = await act('x:w1', { action: 'handle' })
    expect(again.statusCode).toBe(409)
    expect(again.json()).toMatchObject({
      code: 'VIGIL_ERR_CARE_ACTION_REFUSED',
      message: 'cannot handle: already handled by duty',
    })
    expect((await act('x:w1', { action: 'reopen' })).statusCode).toBe(201)
    expect((await get<CareInboxPage>('/api/care/inbox')).backlog.open).toBe(7)
  })

  it('assigns to a named person only, and requests hiding of a post with personal data', async () => {
    const stranger = await act('x:pii', { action: 'assign', assignee: 'mallory' })
    expect(stranger.statusCode).toBe(400)
    expect(stranger.json().code).toBe('VIGIL_ERR_UNKNOWN_PERSON')
    expect((await act('x:pii', { action: 'assign', assignee: 'lead' })).statusCode).toBe(201)
    const hide = await act('x:pii', { action: 'hide_request', note: 'card number visible' })
    expect((hide.json() as CareItemDetail).item).toMatchObject({ assignee: 'lead', hideRequested: true })
    const leads = await get<CareInboxPage>('/api/care/inbox?assignee=lead')
    expect(leads.items.map((i) => i.id)).toEqual(['x:pii'])
  })

  it('validates every input with a stable code', async () => {
    const cases: Array<[string, number, string]> = [
      ['/api/care/inbox?view=everything', 400, 'VIGIL_ERR_BAD_REQUEST'],
      ['/api/care/inbox?view=own&brand=crest', 400, 'VIGIL_ERR_BRAND_NOT_IN_VIEW'],
      ['/api/care/inbox?cursor=bm9wZQ', 400, 'VIGIL_ERR_BAD_CURSOR'],
      ['/api/care/inbox?limit=0', 400, 'VIGIL_ERR_BAD_REQUEST'],
      ['/api/care/metrics?view=trolls', 400, 'VIGIL_ERR_BAD_REQUEST'],
      ['/api/care/items/x%3Anope', 404, 'VIGIL_ERR_MENTION_NOT_FOUND'],
    ]
    for (const [url, status, code] of cases) {
      const res = await api.inject({ url, headers: auth.viewer })
      expect([url, res.statusCode, res.json().code]).toEqual([url, status, code])
    }
    const bad = await act('x:w0', { action: 'delete_everything' })
    expect(bad.statusCode).toBe(400)
    // Unknown body fields are dropped (Fastify's removeAdditional); a note still needs its text.
    const empty = await act('x:w0', { action: 'note', extra: 1 })
    expect([empty.statusCode, empty.json().message]).toEqual([409, 'cannot note: a note needs text'])
    expect((await act('x:nope', { action: 'claim' })).statusCode).toBe(404)
  })

  it('metrics: response rate and first-response minutes overall, per platform and per week', async () => {
    const m = await get<CareMetrics>('/api/care/metrics?hours=24')
    expect(m.overall).toMatchObject({ asked: 8, answered: 1, medianMinutes: 20, p90Minutes: 20, within30: 1 })
    expect(m.overall.responseRate).toBeCloseTo(1 / 8, 6)
    expect(m.byPlatform.map((r) => [r.key, r.asked, r.answered])).toEqual([
      ['facebook', 1, 1],
      ['x', 7, 0],
    ])
    expect(m.byWeek.map((r) => [r.key, r.asked])).toEqual([['2026-11-23T00:00:00.000Z', 8]])
  })

  it('publishes every care route in the OpenAPI document', async () => {
    const spec = (await api.inject('/openapi.json')).json() as {
      paths: Record<string, Record<string, unknown>>
    }
    expect(Object.keys(spec.paths).filter((p) => p.startsWith('/api/care'))).toEqual([
      '/api/care/inbox',
      '/api/care/items/{id}',
      '/api/care/items/{id}/actions',
      '/api/care/metrics',
      '/api/care/people',
    ])
    expect(Object.keys(spec.paths['/api/care/items/{id}/actions']!)).toEqual(['post'])
  })

  it('with business hours, the clock counts only open time and says when it is paused', async () => {
    // Desk open 09:00-11:00 UTC on weekdays: at 12:00 the clock is paused.
    const short = await app(store, { ...care, businessHours: parseBusinessHours('Mon-Fri 09:00-11:00 UTC') })
    try {
      const res = await short.inject({ url: '/api/care/inbox?status=open&limit=50', headers: auth.viewer })
      const page = res.json() as CareInboxPage
      expect(page.sla.businessHours).toBe('Mon,Tue,Wed,Thu,Fri 09:00-11:00 UTC')
      const clock = Object.fromEntries(page.items.map((i) => [i.id, i.sla]))
      // Posted 10:25 (95 min ago): 35 open minutes before 11:00, so due, not breached.
      expect(clock['x:w0']).toMatchObject({ state: 'due', paused: true, waitedMinutes: 35 })
      // Posted 11:48, after closing: its clock starts on Tuesday at 09:00.
      expect(clock['x:w4']).toMatchObject({ state: 'on-time', dueAt: '2026-11-24T09:30:00.000Z' })
      expect(page.backlog).toMatchObject({ open: 7, pastDue: 1, breached: 0 })
    } finally {
      await short.close()
    }
  })
})
