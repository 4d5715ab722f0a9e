import type { EnrichedMention } from '@vigil/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestStore, sampleEnriched } from '../../../../tests/support/clickhouse.js'
import { StoreError } from '../errors.js'
import { insertMentions } from '../insert.js'
import { run } from '../queries.js'
import type { Store } from '../store.js'
import {
  careActions,
  careCounts,
  careItem,
  careMetrics,
  careQueue,
  insertCareAction,
} from './queries-care.js'
import * as sql from './sql-care.js'

let store: Store
const at = (hhmm: string) => `2026-11-23T${hhmm}:00.000Z`
const person = (n: string) => ({
  id: `u-${n}`,
  handle: n,
  followers: 10,
  verified: false,
  isBrandAccount: false,
})
const help = { id: 'u-nw', handle: '@NorthwindHelp', followers: 5000, verified: true, isBrandAccount: true }
const page = {
  id: '104857600000001',
  handle: 'Northwind Bank',
  followers: 9000,
  verified: true,
  isBrandAccount: true,
}
const askCrest = { id: 'u-ac', handle: '@AskCrest', followers: 5000, verified: true, isBrandAccount: true }
const crest = [{ brand: 'crest', via: 'Crest' }]
const reply = (id: string, to: string, hhmm: string, author = help, platform: 'x' | 'facebook' = 'x') =>
  sampleEnriched({ id, platform, kind: 'reply', author, inReplyTo: to, createdAt: at(hhmm), intent: 'other' })

const data: EnrichedMention[] = [
  sampleEnriched({ id: 'x:c1', author: person('ann'), createdAt: at('10:00') }),
  sampleEnriched({ id: 'x:c2', author: person('ben'), createdAt: at('10:05'), intent: 'question' }),
  sampleEnriched({ id: 'x:c3', author: person('cat'), createdAt: at('10:10'), pii: ['card'] }),
  sampleEnriched({ id: 'facebook:c4', platform: 'facebook', createdAt: at('10:15') }),
  sampleEnriched({ id: 'x:c5', author: person('dan'), createdAt: at('11:10') }),
  sampleEnriched({
    id: 'x:b1',
    createdAt: at('11:45'),
    brands: [...crest, { brand: 'northwind', via: 'NW' }],
  }),
  sampleEnriched({ id: 'news:n1', platform: 'news', kind: 'post', createdAt: at('10:01') }),
  sampleEnriched({ id: 'x:s1', createdAt: at('10:02'), intent: 'spam' }),
  sampleEnriched({ id: 'x:t1', createdAt: at('10:03'), intent: 'troll' }),
  sampleEnriched({ id: 'x:p1', createdAt: at('10:04'), intent: 'praise' }),
  sampleEnriched({ id: 'x:k1', createdAt: at('10:06'), brands: crest }),
  reply('x:r1', 'x:c1', '10:20'),
  // A competitor's care account answering our customer does not close our clock.
  reply('x:r2', 'x:c2', '10:07', askCrest),
  reply('facebook:r3', 'facebook:c4', '11:25', page, 'facebook'),
  reply('x:r4', 'x:k1', '10:40', askCrest),
  // A later second reply does not move the first-response time.
  reply('x:r5', 'x:c1', '10:50'),
]

const OWN = ['x:northwindbank', 'x:northwindhelp', 'facebook:104857600000001', '*:northwindhelp']
const own: sql.CareScope = {
  brands: ['northwind'],
  intents: ['complaint', 'question'],
  since: at('00:00'),
  accounts: OWN,
}
const competitors: sql.CareScope = {
  brands: ['crest'],
  excludeBrands: ['northwind'],
  intents: ['complaint', 'question'],
  since: at('00:00'),
  accounts: ['x:askcrest'],
}
const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id)
const act = (
  mentionId: string,
  action: sql.CareActionKind,
  hhmm: string,
  more: Partial<sql.CareActionRecord> = {},
) =>
  insertCareAction(store, {
    mentionId,
    actionId: `${mentionId}-${action}-${hhmm}`,
    action,
    actor: 'alice',
    assignee: '',
    note: '',
    at: at(hhmm),
    ...more,
  })

beforeAll(async () => {
  store = await createTestStore()
  await insertMentions(store, data)
})
afterAll(async () => {
  await store?.close()
})

describe('care inbox queries', () => {
  it('holds our unanswered complaints and questions only, oldest first, with the real backlog count', async () => {
    const open = await careQueue(store, { ...own, status: 'open', order: 'oldest' })
    expect(ids(open)).toEqual(['x:c2', 'x:c3', 'x:c5', 'x:b1'])
    const counts = await careCounts(store, { ...own, dueCutoff: at('11:30'), breachCutoff: at('11:00') })
    expect(counts).toMatchObject({ open: 4, past_due: 3, breached: 2, with_pii: 1, answered: 2 })
  })

  it('an own account reply (by handle on x, by page id on facebook) answers an item with its first reply', async () => {
    const closed = await careQueue(store, { ...own, status: 'closed', order: 'oldest' })
    expect(closed.map((r) => [r.id, r.first_reply_at, r.reply_by])).toEqual([
      ['x:c1', at('10:20'), '@NorthwindHelp'],
      ['facebook:c4', at('11:25'), 'Northwind Bank'],
    ])
  })

  it('pages by cursor without gaps or repeats, in either order', async () => {
    const first = await careQueue(store, { ...own, status: 'open', order: 'oldest', limit: 2 })
    const last = first[first.length - 1]!
    const next = await careQueue(store, {
      ...own,
      status: 'open',
      order: 'oldest',
      limit: 2,
      after: { createdAt: last.created_at, id: last.id },
    })
    expect([...ids(first), ...ids(next)]).toEqual(['x:c2', 'x:c3', 'x:c5', 'x:b1'])
    const newest = await careQueue(store, { ...own, status: 'all', order: 'newest', limit: 3 })
    expect(ids(newest)).toEqual(['x:b1', 'x:c5', 'facebook:c4'])
  })

  it('competitors and trolls are tabs of their own', async () => {
    const comp = await careQueue(store, { ...competitors, status: 'all', order: 'oldest' })
    expect(comp.map((r) => [r.id, Boolean(r.answered)])).toEqual([['x:k1', true]])
    const trolls = await careQueue(store, { ...own, intents: ['troll'], status: 'all', order: 'oldest' })
    expect(ids(trolls)).toEqual(['x:t1'])
  })

  it('derives assignee, handled and hiding from the work log; reopening puts an item back', async () => {
    await act('x:c3', 'claim', '10:30', { assignee: 'alice' })
    await act('x:c3', 'note', '10:31', { note: 'called back' })
    await act('x:c3', 'hide_request', '10:32', { note: 'card number in the post' })
    await act('x:c3', 'handle', '10:33')
    await act('x:c2', 'assign', '10:34', { assignee: 'bob' })
    const c3 = await careItem(store, { id: 'x:c3', accounts: OWN, since: at('00:00') })
    expect(c3).toMatchObject({ assignee: 'alice', handled_by: 'alice', handled_at: at('10:33'), notes: 1 })
    expect(Boolean(c3?.handled)).toBe(true)
    expect(Boolean(c3?.hide_requested)).toBe(true)
    expect(ids(await careQueue(store, { ...own, status: 'open', order: 'oldest' }))).toEqual([
      'x:c2',
      'x:c5',
      'x:b1',
    ])
    expect(ids(await careQueue(store, { ...own, status: 'open', order: 'oldest', assignee: 'bob' }))).toEqual(
      ['x:c2'],
    )

    await act('x:c3', 'reopen', '10:40', { actor: 'bob' })
    await act('x:c2', 'release', '10:41')
    const again = await careQueue(store, { ...own, status: 'open', order: 'oldest' })
    expect(ids(again)).toEqual(['x:c2', 'x:c3', 'x:c5', 'x:b1'])
    expect(again.find((r) => r.id === 'x:c2')?.assignee).toBe('')
    expect((await careActions(store, 'x:c3')).map((a) => [a.action, a.actor])).toEqual([
      ['claim', 'alice'],
      ['note', 'alice'],
      ['hide_request', 'alice'],
      ['handle', 'alice'],
      ['reopen', 'bob'],
    ])
  })

  it('response rate and first-response median / p90 per platform, per week and overall', async () => {
    const args = { ...own, to: at('23:59') }
    const byPlatform = await careMetrics(store, { ...args, by: 'platform' })
    expect(byPlatform.map((r) => [r.key, r.asked, r.answered, r.median_minutes])).toEqual([
      ['facebook', 1, 1, 70],
      ['x', 5, 1, 20],
    ])
    const [all] = await careMetrics(store, { ...args, by: 'all' })
    expect(all).toMatchObject({ asked: 6, answered: 2, within_30: 1, within_60: 1 })
    expect(all?.response_rate).toBeCloseTo(2 / 6, 6)
    expect(all?.median_minutes).toBeCloseTo(45, 6)
    expect(all?.p90_minutes).toBeCloseTo(65, 6)
    const weeks = await careMetrics(store, { ...args, by: 'week' })
    expect(weeks.map((r) => r.key)).toEqual(['2026-11-23T00:00:00.000Z'])
  })

  it('every builder runs on the engine; unknown fragments are refused', async () => {
    const db = store.database
    await expect(run(store, sql.careActionsSql(db, 'none'))).resolves.toEqual([])
    expect(() => sql.careMetricsSql(db, { ...own, to: at('12:00'), by: 'text' as never })).toThrow(StoreError)
    expect(() => sql.careQueueSql(db, { ...own, status: 'x' as never, order: 'oldest' })).toThrow(StoreError)
    expect(() =>
      sql.careQueueSql(db, { ...own, intents: ['nope' as never], status: 'open', order: 'oldest' }),
    ).toThrow(StoreError)
  })
})
