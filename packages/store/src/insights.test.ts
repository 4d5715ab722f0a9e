import type { EnrichedMention } from '@vigil/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestStore, sampleEnriched } from '../../../tests/support/clickhouse.js'
import { StoreError } from './errors.js'
import { insertMentionEvents, insertMentions } from './insert.js'
import { run } from './queries.js'
import {
  breakdown,
  mentionHistory,
  releaseFeedback,
  searchMentions,
  topAuthors,
  topTags,
} from './queries-insights.js'
import * as sql from './sql.js'
import type { Store } from './store.js'

let store: Store
const from = '2026-11-23T08:00:00.000Z'
const to = '2026-11-23T12:00:00.000Z'
const at = (hhmm: string) => `2026-11-23T${hhmm}:00.000Z`
const angry = { id: 'u-angry', handle: 'angry', followers: 10, verified: false, isBrandAccount: false }
const big = { id: 'u-big', handle: 'big', followers: 90_000, verified: true, isBrandAccount: false }
const care = { id: 'u-care', handle: 'northwind_help', followers: 5000, verified: true, isBrandAccount: true }
const reviewer = (n: number) => ({
  id: `u-r${n}`,
  handle: `r${n}`,
  followers: 0,
  verified: false,
  isBrandAccount: false,
})
const crest = [{ brand: 'crest', via: 'Crest' }]

const data: EnrichedMention[] = [
  sampleEnriched({ id: 'x:q1', author: angry, createdAt: at('10:00'), hashtags: ['#appdown', '#appdown'] }),
  sampleEnriched({
    id: 'x:q2',
    author: big,
    createdAt: at('10:05'),
    intent: 'question',
    sentiment: { label: 'neutral', score: 0 },
  }),
  sampleEnriched({
    id: 'x:q3',
    author: angry,
    createdAt: at('10:10'),
    hashtags: ['#appdown'],
    pii: ['card'],
  }),
  sampleEnriched({ id: 'x:q4', createdAt: at('10:00'), brands: crest, hashtags: ['#crestfail'] }),
  sampleEnriched({ id: 'x:t1', createdAt: at('10:30'), intent: 'troll' }),
  sampleEnriched({
    id: 'x:a1',
    author: care,
    createdAt: at('10:20'),
    inReplyTo: 'x:q1',
    intent: 'other',
    sentiment: { label: 'positive', score: 0.4 },
  }),
  sampleEnriched({
    id: 'x:a2',
    author: care,
    createdAt: at('11:15'),
    inReplyTo: 'x:q2',
    intent: 'other',
    sentiment: { label: 'positive', score: 0.4 },
  }),
  sampleEnriched({
    id: 'appstore:r3',
    platform: 'appstore',
    kind: 'review',
    author: reviewer(3),
    createdAt: at('08:00'),
    appVersion: '5.0',
    rating: 5,
    intent: 'praise',
    sentiment: { label: 'positive', score: 0.9 },
    terms: ['fast'],
  }),
  sampleEnriched({
    id: 'appstore:r1',
    platform: 'appstore',
    kind: 'review',
    author: reviewer(1),
    createdAt: at('09:00'),
    appVersion: '5.1',
    rating: 2,
    terms: ['crash', 'login'],
  }),
  sampleEnriched({
    id: 'appstore:r2',
    platform: 'appstore',
    kind: 'review',
    author: reviewer(2),
    createdAt: at('09:01'),
    appVersion: '5.1',
    rating: 1,
    terms: ['crash'],
  }),
]

beforeAll(async () => {
  store = await createTestStore()
  await insertMentions(store, data)
  await insertMentionEvents(store, data)
  const edit = sampleEnriched({
    ...data[2]!,
    event: 'edit',
    text: 'edited: app is down',
    receivedAt: at('10:40'),
  })
  await insertMentions(store, [edit])
  await insertMentionEvents(store, [edit])
})
afterAll(async () => {
  await store?.close()
})

describe('product and marketing', () => {
  it('release feedback per app version, in release order', async () => {
    const rows = await releaseFeedback(store, { from, to, brand: 'northwind' })
    expect(rows.map((r) => [r.app_version, r.mentions, r.mean_rating, r.complaint_share])).toEqual([
      ['5.0', 1, 5, 0],
      ['5.1', 2, 1.5, 1],
    ])
    const terms = await topTags(store, { from, to, field: 'terms', appVersion: '5.1' })
    expect(terms.map((t) => [t.tag, t.mentions])).toEqual([
      ['crash', 2],
      ['login', 1],
    ])
  })

  it('top hashtags count a mention once, per brand', async () => {
    const tags = await topTags(store, { from, to, field: 'hashtags', brand: 'northwind' })
    expect(tags).toEqual([{ tag: '#appdown', mentions: 2, negative: 2, authors: 1 }])
  })

  it('top authors by activity and by reach, brand accounts left out', async () => {
    const active = await topAuthors(store, { from, to, brand: 'northwind', limit: 2 })
    expect(active.map((a) => [a.handle, a.mentions])).toEqual([
      ['angry', 2],
      ['big', 1],
    ])
    const reach = await topAuthors(store, { from, to, order: 'influential', limit: 1 })
    expect(reach[0]).toMatchObject({ handle: 'big', followers: 90_000 })
    const everyone = await topAuthors(store, { from, to, limit: 100 })
    expect(everyone.some((a) => a.handle === 'northwind_help')).toBe(false)
  })

  it('breaks volume down by platform', async () => {
    const rows = await breakdown(store, { from, to, by: 'platform', brands: ['northwind'] })
    expect(rows.map((r) => [r.key, r.volume])).toEqual([
      ['x', 6],
      ['appstore', 3],
    ])
  })
})

describe('explorer', () => {
  it('filters mentions by every given field, newest first', async () => {
    const ids = async (a: Parameters<typeof searchMentions>[1]) =>
      (await searchMentions(store, a)).map((m) => m.id)
    expect(await ids({ brand: 'northwind', intent: 'complaint', platform: 'x' })).toEqual(['x:q3', 'x:q1'])
    expect(await ids({ withPii: true })).toEqual(['x:q3'])
    expect(await ids({ text: 'EDITED' })).toEqual(['x:q3'])
    expect(await ids({ hashtag: '#crestfail' })).toEqual(['x:q4'])
    expect(await ids({ from: at('09:00'), to: at('09:01') })).toEqual(['appstore:r1'])
    expect(await ids({ sentiment: 'neutral', lang: 'en' })).toEqual(['x:q2'])
    expect(() => sql.searchMentionsSql(store.database, { platform: 'myspace' as never })).toThrow(StoreError)
  })
})

describe('evidence', () => {
  it('keeps the original and the edit of a mention, in order', async () => {
    const h = await mentionHistory(store, 'x:q3')
    expect(h.map((e) => [e.event, e.text])).toEqual([
      ['create', 'Northwind app is down again'],
      ['edit', 'edited: app is down'],
    ])
  })
})

describe('insight builders are checked by the engine', () => {
  it('runs every variant and refuses unknown fragments', async () => {
    const db = store.database
    const qs = [
      sql.breakdownSql(db, { from, to, by: 'lang' }),
      sql.topTagsSql(db, { from, to, field: 'hashtags' }),
      sql.topAuthorsSql(db, { from, to, order: 'influential', brand: 'x' }),
      sql.releaseFeedbackSql(db, { from, to }),
      sql.mentionHistorySql(db, 'x:1'),
      sql.searchMentionsSql(db, {}),
    ]
    for (const q of qs) await expect(run(store, q), q.query).resolves.toBeInstanceOf(Array)
    expect(() => sql.breakdownSql(db, { from, to, by: 'author_id' as never })).toThrow(StoreError)
    expect(() => sql.topTagsSql(db, { from, to, field: 'text) --' as never })).toThrow(StoreError)
    expect(() => sql.topAuthorsSql(db, { from, to, order: 'toString' as never })).toThrow(StoreError)
  })
})
