import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestStore } from '../../../../tests/support/clickhouse.js'
import { SEED_BRANDS } from '../../../../tests/support/seed-brands.js'
import { seededTableDigests, type TableDigests } from '../../../../tests/support/seed-tables.js'
import { run } from '../queries.js'
import type { Store } from '../store.js'
import { fedViews } from './bulk.js'
import { planSeed } from './plan.js'
import { checkpointFromRows, readCheckpoint } from './resume.js'
import { runSeed } from './seed.js'

/**
 * A bulk seed stopped part-way (a stop file, a full disk) or killed, then resumed, must leave
 * the store an uninterrupted seed of the same plan leaves: the same mentions hour by hour and
 * brand by brand, the same ids, and the same per-minute, per-hour, reply and review tables.
 */

const DAY = 86_400_000
const endMs = Date.parse('2026-11-20T00:00:00.000Z')
const plan = () => planSeed({ brands: SEED_BRANDS, rows: 12_000, endMs, days: 40 })

interface Snapshot {
  tables: TableDigests
  hours: Array<{ hour: string; brand: string; n: number }>
  ids: string[]
}

async function snapshot(store: Store): Promise<Snapshot> {
  const db = `\`${store.database}\``
  const tables = await seededTableDigests(store)
  const hours = await run<{ hour: string; brand: string; n: number }>(store, {
    query: `SELECT toString(toStartOfHour(created_at)) AS hour, brands[1] AS brand, count() AS n
            FROM ${db}.mentions FINAL GROUP BY hour, brand ORDER BY hour, brand`,
    query_params: {},
  })
  const ids = await run<{ id: string }>(store, {
    query: `SELECT DISTINCT id FROM ${db}.mention_events ORDER BY id`,
    query_params: {},
  })
  return { tables, hours, ids: ids.map((r) => r.id) }
}

const stopAfter = (n: number) => {
  let inserts = 0
  return () => inserts++ >= n
}

describe('resuming a bulk seed', () => {
  const stores: Store[] = []
  let whole: Snapshot
  beforeAll(async () => {
    const store = await createTestStore()
    stores.push(store)
    await runSeed(store, plan(), undefined, { chunkDays: 7, bulk: true })
    whole = await snapshot(store)
    expect((await readCheckpoint(store))?.finished).toBe(true)
  }, 300_000)
  afterAll(async () => {
    for (const s of stores) await s.close()
  })

  it('stopped after one week, resumed with another chunk size, holds what an uninterrupted seed holds', async () => {
    const store = await createTestStore()
    stores.push(store)
    await runSeed(store, plan(), undefined, { chunkDays: 7, bulk: true, shouldStop: stopAfter(1) })
    const stopped = await readCheckpoint(store)
    expect(stopped?.finished).toBe(false)
    expect(stopped?.doneToMs).toBe(endMs - 7 * DAY)
    const partial = await snapshot(store)
    expect(partial.ids.length).toBeGreaterThan(1000)
    expect(partial.ids.length).toBeLessThan(whole.ids.length / 3)

    await runSeed(store, plan(), undefined, { chunkDays: 5, bulk: true, resume: stopped! })
    expect((await readCheckpoint(store))?.finished).toBe(true)
    const resumed = await snapshot(store)
    expect(whole.tables.mention_replies!.n).toBeGreaterThan(100)
    expect(whole.tables.review_events!.n).toBeGreaterThan(100)
    expect(resumed.hours).toEqual(whole.hours)
    expect(resumed.ids).toEqual(whole.ids)
    expect(resumed.tables).toEqual(whole.tables)
  }, 300_000)

  it('stopped before checkpoints existed, resumes from what its rows show', async () => {
    const store = await createTestStore()
    stores.push(store)
    await runSeed(store, plan(), undefined, { chunkDays: 7, bulk: true, shouldStop: stopAfter(2) })
    // As the 55.5M store was left: rows and views, no seed_progress.
    await store.client.command({ query: `DROP TABLE \`${store.database}\`.seed_progress` })
    const derived = await checkpointFromRows(store, plan(), await fedViews(store))
    expect(derived?.doneToMs).toBe(endMs - 14 * DAY)
    // Another plan (another end) is refused, not resumed into.
    const other = planSeed({ brands: SEED_BRANDS, rows: 12_000, endMs: endMs - 3_600_000, days: 40 })
    await expect(checkpointFromRows(store, other, [])).rejects.toThrow(/not this plan's/)

    await runSeed(store, plan(), undefined, { chunkDays: 7, bulk: true, resume: derived! })
    const resumed = await snapshot(store)
    expect(resumed.hours).toEqual(whole.hours)
    expect(resumed.ids).toEqual(whole.ids)
    expect(resumed.tables).toEqual(whole.tables)
  }, 300_000)

  it('killed during an INSERT (views dropped, part of a chunk written), resumes without its leftovers', async () => {
    const store = await createTestStore()
    stores.push(store)
    const db = `\`${store.database}\``
    await runSeed(store, plan(), undefined, { chunkDays: 7, bulk: true, shouldStop: stopAfter(1) })
    const checkpoint = (await readCheckpoint(store))!
    // What a kill leaves: the views set aside and never re-created, merges held, and the
    // first blocks of the next INSERT already in the wide tables.
    for (const table of ['mentions', 'mention_events'])
      await store.client.command({ query: `SYSTEM STOP MERGES ${db}.${table}` })
    for (const v of checkpoint.views) await store.client.command({ query: `DROP VIEW ${db}.${v.name}` })
    await store.client.command({
      query: `INSERT INTO ${db}.mention_events SELECT * FROM ${db}.mention_events ORDER BY id LIMIT 300`,
    })
    await store.client.command({
      query: `INSERT INTO ${db}.mentions SELECT * FROM ${db}.mentions ORDER BY id LIMIT 300`,
    })

    await runSeed(store, plan(), undefined, { chunkDays: 7, bulk: true, resume: checkpoint })
    // The views the wide tables feed are all back (mention_stream's two were never set aside).
    expect((await fedViews(store)).map((v) => v.name)).toEqual(checkpoint.views.map((v) => v.name))
    const resumed = await snapshot(store)
    expect(resumed.ids).toEqual(whole.ids)
    expect(resumed.tables).toEqual(whole.tables)
  }, 300_000)
})
