import type { EnrichedMention } from '@vigil/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestStore, sampleEnriched } from '../../../../tests/support/clickhouse.js'
import { insertMentions } from '../insert.js'
import type { Store } from '../store.js'
import {
  explorerCount,
  explorerPage,
  explorerRows,
  getSavedSearch,
  listSavedSearches,
  writeSavedSearch,
} from './queries.js'
import { QuerySyntaxError } from './query.js'

let store: Store
const at = (m: number) => new Date(Date.parse('2026-11-23T10:00:00.000Z') + m * 60_000).toISOString()
const author = (handle: string, followers = 10) => ({
  id: `u-${handle}`,
  handle,
  followers,
  verified: false,
  isBrandAccount: false,
})

const data: EnrichedMention[] = [
  sampleEnriched({
    id: 'x:1',
    createdAt: at(1),
    text: 'Card declined at the till #BankDown',
    hashtags: ['#BankDown'],
  }),
  sampleEnriched({
    id: 'x:2',
    createdAt: at(2),
    text: 'app down again',
    hashtags: ['#bankdown'],
    author: author('Angry_Ann'),
  }),
  sampleEnriched({
    id: 'x:3',
    createdAt: at(3),
    text: 'great service, card arrived',
    sentiment: { label: 'positive', score: 0.8 },
  }),
  sampleEnriched({
    id: 'reddit:4',
    platform: 'reddit',
    createdAt: at(4),
    text: 'is the app down?',
    intent: 'question',
  }),
  sampleEnriched({ id: 'x:5', createdAt: at(5), text: 'declined card, then declined again', lang: 'de' }),
  // 30 filler mentions for paging, all at one minute: ties are broken by id.
  ...Array.from({ length: 30 }, (_, i) =>
    sampleEnriched({
      id: `x:f${String(i).padStart(2, '0')}`,
      createdAt: at(10),
      text: `filler ${i}`,
      author: author(`f${i}`, i),
    }),
  ),
]

beforeAll(async () => {
  store = await createTestStore()
  await insertMentions(store, data)
})
afterAll(async () => {
  await store?.close()
})

const ids = async (q: string, extra: object = {}) =>
  (await explorerPage(store, { q, limit: 100, ...extra })).rows.map((r) => r.id).sort()

describe('explorer queries on the real engine', () => {
  it('finds hashtags case-insensitively with or without #, and handles with or without @', async () => {
    expect(await ids('#bankdown')).toEqual(['x:1', 'x:2'])
    expect(await ids('#BANKDOWN')).toEqual(['x:1', 'x:2'])
    expect(await ids('bankdown')).toEqual(['x:1', 'x:2'])
    expect(await ids('@angry_ann')).toEqual(['x:2'])
    expect(await ids('ANGRY_ANN')).toEqual(['x:2'])
  })

  it('combines AND, OR, NOT, phrases and parentheses', async () => {
    expect(await ids('card AND NOT declined')).toEqual(['x:3'])
    expect(await ids('"card declined"')).toEqual(['x:1'])
    expect(await ids('(down OR declined) -"app down again"')).toEqual(['reddit:4', 'x:1', 'x:5'])
    expect(await ids('down', { platforms: ['reddit'] })).toEqual(['reddit:4'])
    expect(await ids('card', { langs: ['de'] })).toEqual(['x:5'])
    expect(await ids('', { sentiments: ['positive'] })).toEqual(['x:3'])
    expect(await ids('', { intents: ['question'] })).toEqual(['reddit:4'])
  })

  it('treats quotes and SQL in the query as text', async () => {
    expect(await ids(`"x' OR 1=1 --"`)).toEqual([])
    await expect(explorerPage(store, { q: '(card', limit: 10 })).rejects.toBeInstanceOf(QuerySyntaxError)
  })

  it('pages by keyset: every row once, in order, whatever the sort', async () => {
    const total = await explorerCount(store, {})
    expect(total).toBe(data.length)
    for (const sort of ['created_at', 'author_followers', 'sentiment_score'] as const) {
      for (const dir of ['asc', 'desc'] as const) {
        const seen: string[] = []
        let after: { v: string; id: string } | undefined
        for (let n = 0; n < 20; n++) {
          const page = await explorerPage(store, { sort, dir, limit: 7, ...(after ? { after } : {}) })
          seen.push(...page.rows.map((r) => r.id))
          if (!page.next) break
          after = page.next
        }
        expect(seen.length).toBe(total)
        expect(new Set(seen).size).toBe(total)
      }
    }
    const all: string[] = []
    for await (const r of explorerRows(store, { pageSize: 4 })) all.push(r.id)
    expect(all.length).toBe(total)
    expect(all[0]).toBe('x:f29') // newest minute first, then id descending
  })

  it('keeps saved searches per user, newest version wins', async () => {
    const s = { id: 's1', name: 'declines', params: { q: 'declined' }, createdAt: at(0) }
    await writeSavedSearch(store, 'ann', s, { version: 1 })
    await writeSavedSearch(store, 'ann', { ...s, name: 'card declines' }, { version: 2 })
    await writeSavedSearch(store, 'bob', { ...s, id: 's2' }, { version: 1 })
    expect((await listSavedSearches(store, 'ann')).map((x) => x.name)).toEqual(['card declines'])
    expect(await getSavedSearch(store, 'bob', 's1')).toBeNull()
    await writeSavedSearch(store, 'ann', s, { deleted: true, version: 3 })
    expect(await listSavedSearches(store, 'ann')).toEqual([])
  })
})
