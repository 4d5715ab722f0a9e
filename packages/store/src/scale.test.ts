import type { EnrichedMention } from '@vigil/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestStore, sampleEnriched } from '../../../tests/support/clickhouse.js'
import { careQueue } from './care/queries-care.js'
import { insertMentionEvents, insertMentions } from './insert.js'
import { loadMigrations, migrate } from './migrate.js'
import { brandSummary, recentMentions, run, volumeSeries } from './queries.js'
import { breakdown } from './queries-insights.js'
import type { Store } from './store.js'

/**
 * Migration 007 on a store that already holds data written under 006, and the hourly rollup
 * it adds: every figure read through it must equal the per-minute table's.
 */

const at = (iso: string) => `2026-11-23T${iso}Z`
const crest = [{ brand: 'crest', via: 'Crest' }]
// Spread over three hours and several minutes, two brands, two platforms.
const before: EnrichedMention[] = [
  sampleEnriched({ id: 'x:1', createdAt: at('08:05:00.000') }),
  sampleEnriched({ id: 'x:2', createdAt: at('08:59:30.000'), sentiment: { label: 'positive', score: 0.6 } }),
  sampleEnriched({ id: 'x:3', createdAt: at('09:00:00.000'), brands: crest }),
  sampleEnriched({ id: 'facebook:4', platform: 'facebook', createdAt: at('09:30:00.000') }),
  sampleEnriched({ id: 'x:5', createdAt: at('10:10:00.000'), intent: 'question' }),
  sampleEnriched({ id: 'x:6', createdAt: at('10:45:00.000'), brands: crest }),
]
const after: EnrichedMention[] = [
  sampleEnriched({ id: 'x:7', createdAt: at('09:15:00.000') }),
  sampleEnriched({ id: 'x:8', createdAt: at('11:20:00.000'), brands: crest }),
]

let store: Store

beforeAll(async () => {
  store = await createTestStore({ migrate: false })
  const all = loadMigrations()
  const upTo006 = all.filter((m) => m.version <= 6)
  await migrate(store, upTo006)
  await insertMentions(store, before)
  await insertMentionEvents(store, before)
})
afterAll(async () => {
  await store?.close()
})

/** The per-minute table summed directly: what every rollup read must equal. */
async function minuteTotals(from: string, to: string) {
  return run<{ brand: string; volume: number; negative: number; positive: number }>(store, {
    query: `SELECT brand, sum(volume) AS volume, sum(negative) AS negative, sum(positive) AS positive
            FROM \`${store.database}\`.mention_minute
            WHERE minute >= {from:DateTime64(3, 'UTC')} AND minute < {to:DateTime64(3, 'UTC')}
            GROUP BY brand ORDER BY brand`,
    query_params: {
      from: from.replace('T', ' ').replace('Z', ''),
      to: to.replace('T', ' ').replace('Z', ''),
    },
  })
}

describe('migration 007 on a store written under 006', () => {
  it('applies 007 only, and keeps every mention readable', async () => {
    const totalsBefore = await minuteTotals(at('08:00:00.000'), at('12:00:00.000'))
    const r = await migrate(store)
    expect(r.applied[0]).toBe(7) // and every later migration
    expect(r.changed).toEqual([])
    const summary = await brandSummary(store, { from: at('08:00:00.000'), to: at('12:00:00.000') })
    expect(summary.map((s) => [s.brand, s.volume, s.negative])).toEqual([
      ['northwind', 4, 3],
      ['crest', 2, 2],
    ])
    expect(totalsBefore.map((t) => [t.brand, t.volume, t.negative])).toEqual([
      ['crest', 2, 2],
      ['northwind', 4, 3],
    ])
    const recent = await recentMentions(store, { limit: 10 }, new Date(at('12:00:00.000')))
    expect(recent.map((m) => m.id).sort()).toEqual(before.map((m) => m.id).sort())
  })

  it('backfills the hourly aggregates from the minute ones, and the view feeds both from then on', async () => {
    const hours = await run<{ hour: string; volume: number }>(store, {
      query: `SELECT toString(hour) AS hour, sum(volume) AS volume FROM \`${store.database}\`.mention_hour
              GROUP BY hour ORDER BY hour`,
      query_params: {},
    })
    expect(hours).toEqual([
      { hour: '2026-11-23 08:00:00', volume: 2 },
      { hour: '2026-11-23 09:00:00', volume: 2 },
      { hour: '2026-11-23 10:00:00', volume: 2 },
    ])
    await insertMentions(store, after)
    await insertMentionEvents(store, after)
    const [total] = await run<{ minute: number; hour: number }>(store, {
      query: `SELECT (SELECT sum(volume) FROM \`${store.database}\`.mention_minute) AS minute,
                     (SELECT sum(volume) FROM \`${store.database}\`.mention_hour) AS hour`,
      query_params: {},
    })
    expect(total).toEqual({ minute: 8, hour: 8 })
  })

  it('a window with ragged ends sums whole hours and edge minutes exactly once', async () => {
    // From 08:30 (inside an hour) to 10:50 (inside another): 08:59, 09:00, 09:15, 09:30, 10:10, 10:45.
    const from = at('08:30:00.000')
    const to = at('10:50:00.000')
    const summary = await brandSummary(store, { from, to })
    const direct = await minuteTotals(from, to)
    expect(
      summary
        .map((s) => ({ brand: s.brand, volume: s.volume }))
        .sort((a, b) => a.brand.localeCompare(b.brand)),
    ).toEqual(direct.map((d) => ({ brand: d.brand, volume: d.volume })))
    expect(summary.reduce((a, s) => a + s.volume, 0)).toBe(6)
    // Within one hour, and on exact hour boundaries.
    for (const [f, t] of [
      [at('09:10:00.000'), at('09:40:00.000')],
      [at('08:00:00.000'), at('11:00:00.000')],
      [at('09:00:00.000'), at('09:00:30.000')],
    ] as const) {
      const s = await brandSummary(store, { from: f, to: t })
      const d = await minuteTotals(f, t)
      expect(s.reduce((a, x) => a + x.volume, 0)).toBe(d.reduce((a, x) => a + Number(x.volume), 0))
    }
  })

  it('breakdowns and hourly series read the rollup with the same counts', async () => {
    const from = at('08:30:00.000')
    const to = at('11:30:00.000')
    const rows = await breakdown(store, { from, to, by: 'platform', brands: ['northwind'] })
    expect(rows.map((r) => [r.key, r.volume])).toEqual([
      ['x', 3],
      ['facebook', 1],
    ])
    const series = await volumeSeries(store, { from, to, bucket: 'hour', brands: ['crest'] })
    expect(series.map((p) => [p.bucket, p.volume])).toEqual([
      ['2026-11-23T09:00:00.000Z', 1],
      ['2026-11-23T10:00:00.000Z', 1],
      ['2026-11-23T11:00:00.000Z', 1],
    ])
  })

  it('the care inbox still leaves out what a brand answered before the window closed', async () => {
    const reply = sampleEnriched({
      id: 'x:r1',
      createdAt: at('09:20:00.000'),
      inReplyTo: 'x:7',
      author: { id: 'u-care', handle: 'care', followers: 1, verified: true, isBrandAccount: true },
      intent: 'other',
    })
    await insertMentions(store, [reply])
    const inbox = await careQueue(store, {
      brands: ['northwind', 'crest'],
      intents: ['complaint', 'question'],
      since: at('09:00:00.000'),
      accounts: ['x:care'],
      status: 'open',
      order: 'oldest',
      limit: 50,
    })
    expect(inbox.map((r) => r.id)).not.toContain('x:7')
    expect(inbox.map((r) => r.id)).toContain('x:8')
  })
})
