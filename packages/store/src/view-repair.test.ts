import type { EnrichedMention } from '@vigil/schema'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createTestStore, sampleEnriched } from '../../../tests/support/clickhouse.js'
import { insertMentionEvents } from './insert.js'
import type { Store } from './store.js'
import { repairEventViews } from './view-repair.js'

/**
 * The repair runs the views' own queries (mention_minute_mv, mention_hour_mv, review_events_mv):
 * what it rebuilds must be exactly what the views had written, every column, a second repair
 * must add nothing, and a view changed by a migration must change the repair with it.
 */
let store: Store
beforeAll(async () => {
  store = await createTestStore()
})
afterAll(async () => {
  await store?.close()
})

const rows = async <T>(query: string): Promise<T[]> =>
  (await (await store.client.query({ query, format: 'JSONEachRow' })).json()) as T[]

/** Every column of a summed target, per key, as the readers sum it. */
const summed = (table: 'mention_minute' | 'mention_hour', col: 'minute' | 'hour') =>
  rows<Record<string, unknown>>(
    `SELECT toString(${col}) AS b, brand, platform, lang, sum(volume) AS volume, sum(negative) AS negative,
       sum(neutral) AS neutral, sum(positive) AS positive, sum(complaints) AS complaints,
       sum(questions) AS questions, sum(pii_incidents) AS pii_incidents,
       round(sum(sentiment_sum), 6) AS sentiment_sum, sum(reach) AS reach
     FROM ${store.database}.${table} GROUP BY b, brand, platform, lang ORDER BY b, brand, platform, lang`,
  )
const reviews = () =>
  rows<Record<string, unknown>>(`SELECT * FROM ${store.database}.review_events ORDER BY id`)

const labels = ['negative', 'neutral', 'positive'] as const
const intents = ['complaint', 'question', 'praise'] as const
const mentions: EnrichedMention[] = Array.from({ length: 40 }, (_, i) => {
  const review = i % 5 === 0
  const platform = review ? 'appstore' : i % 2 ? 'x' : 'reddit'
  return sampleEnriched({
    id: `${platform}:r${i}`,
    platform,
    createdAt: `2026-11-26T0${i % 2}:${String(10 + (i % 7)).padStart(2, '0')}:05.000Z`,
    lang: i % 3 ? 'en' : 'nl',
    author: { id: `u${i}`, handle: `h${i}`, followers: 10 * i, verified: false, isBrandAccount: false },
    sentiment: { label: labels[i % 3]!, score: (i % 3) - 1 + 0.25 },
    intent: intents[i % 3]!,
    pii: i % 4 ? [] : ['phone'],
    // Two banks, one with a stance of its own: the views count each bank's stance.
    brands:
      i % 6 === 0
        ? [
            { brand: 'northwind', via: 'Northwind' },
            { brand: 'crest', via: 'Crest', sentiment: { label: 'positive', score: 0.9 } },
          ]
        : [{ brand: i % 2 ? 'northwind' : 'havenbank', via: 'x' }],
    ...(review ? { kind: 'review' as const, rating: 1 + (i % 5), appVersion: `5.${i % 3}.0` } : {}),
  })
})

it('rebuilds the minutes, hours and reviews the views had written, column for column, once', async () => {
  await insertMentionEvents(store, mentions)
  const viewMinutes = await summed('mention_minute', 'minute')
  const viewHours = await summed('mention_hour', 'hour')
  const viewReviews = await reviews()
  expect(viewMinutes.length).toBeGreaterThan(10)
  expect(viewReviews).toHaveLength(8)

  // What a kill between the archive part and the views' parts leaves: part of each view gone.
  const db = store.database
  const sync = { mutations_sync: '2' } as const
  for (const query of [
    `ALTER TABLE ${db}.mention_minute DELETE WHERE toMinute(minute) IN (10, 12, 13)`,
    `ALTER TABLE ${db}.mention_hour DELETE WHERE toHour(hour) = 1`,
    `ALTER TABLE ${db}.review_events DELETE WHERE id IN ('appstore:r0', 'appstore:r15')`,
  ])
    await store.client.command({ query, clickhouse_settings: sync })
  expect(await summed('mention_minute', 'minute')).not.toEqual(viewMinutes)

  const archived = mentions.map((m) => ({ id: m.id, createdAt: m.createdAt }))
  await repairEventViews(store, archived)
  expect(await summed('mention_minute', 'minute')).toEqual(viewMinutes)
  expect(await summed('mention_hour', 'hour')).toEqual(viewHours)
  expect(await reviews()).toEqual(viewReviews)

  await repairEventViews(store, archived)
  expect(await summed('mention_minute', 'minute')).toEqual(viewMinutes)
  expect(await summed('mention_hour', 'hour')).toEqual(viewHours)
  expect(await reviews()).toEqual(viewReviews)
})

it('follows a view a migration has changed: the repair rebuilds what the new view writes', async () => {
  const changed = await createTestStore()
  try {
    const db = changed.database
    // A later view that counts only English mentions per hour: the repair must do the same.
    const [{ q }] = (await (
      await changed.client.query({
        query:
          'SELECT create_table_query AS q FROM system.tables WHERE database = {db:String} AND name = {v:String}',
        query_params: { db, v: 'mention_hour_mv' },
        format: 'JSONEachRow',
      })
    ).json()) as [{ q: string }]
    await changed.client.command({ query: `DROP VIEW ${db}.mention_hour_mv` })
    await changed.client.command({
      query: q.replace("WHERE event = 'create'", "WHERE event = 'create' AND lang = 'en'"),
    })
    await insertMentionEvents(changed, mentions)
    const hours = `SELECT toString(hour) AS b, brand, lang, sum(volume) AS volume FROM ${db}.mention_hour
      GROUP BY b, brand, lang ORDER BY b, brand, lang`
    const read = async () =>
      (await (await changed.client.query({ query: hours, format: 'JSONEachRow' })).json()) as {
        lang: string
      }[]
    const written = await read()
    expect(written.length).toBeGreaterThan(0)
    expect(written.every((r) => r.lang === 'en')).toBe(true)

    await changed.client.command({ query: `TRUNCATE TABLE ${db}.mention_hour` })
    await repairEventViews(
      changed,
      mentions.map((m) => ({ id: m.id, createdAt: m.createdAt })),
    )
    expect(await read()).toEqual(written)
  } finally {
    await changed.close()
  }
})

it("the engine's premise: an insert whose view fails keeps the table's rows (not one atomic step)", async () => {
  const db = store.database
  await store.client.command({
    query: `CREATE TABLE ${db}.premise_src (id UInt64) ENGINE = MergeTree ORDER BY id`,
  })
  await store.client.command({
    query: `CREATE TABLE ${db}.premise_dst (id UInt64) ENGINE = MergeTree ORDER BY id`,
  })
  await store.client.command({
    query: `CREATE MATERIALIZED VIEW ${db}.premise_mv TO ${db}.premise_dst AS SELECT id + throwIf(id = 2, 'view failed') AS id FROM ${db}.premise_src`,
  })
  await store.client.command({ query: `INSERT INTO ${db}.premise_src VALUES (1)` })
  await expect(store.client.command({ query: `INSERT INTO ${db}.premise_src VALUES (2)` })).rejects.toThrow(
    /view failed/,
  )
  expect(await rows(`SELECT id FROM ${db}.premise_src ORDER BY id`)).toEqual([{ id: 1 }, { id: 2 }])
  expect(await rows(`SELECT id FROM ${db}.premise_dst ORDER BY id`)).toEqual([{ id: 1 }])
})
