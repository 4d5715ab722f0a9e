import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestStore, sampleAlert, sampleEnriched } from '../../../tests/support/clickhouse.js'
import { StoreError } from './errors.js'
import {
  insertAlertAck,
  insertAlertFeedback,
  insertAlerts,
  insertDeadLetters,
  insertMentionEvents,
  insertMentions,
} from './insert.js'
import { loadMigrations, migrate, splitStatements } from './migrate.js'
import {
  alertAcks,
  brandSummary,
  countMentions,
  countMentionsById,
  existingEventKeys,
  getAlert,
  listAlertFeedback,
  listAlerts,
  listDeadLetters,
  recentMentions,
  run,
  volumeByMinute,
  volumeSeries,
} from './queries.js'
import { mentionEventRow } from './rows.js'
import * as sql from './sql.js'
import { createStore, type Store } from './store.js'

let store: Store
const from = '2026-11-23T10:00:00.000Z'
const to = '2026-11-23T11:00:00.000Z'

const mentions = [
  sampleEnriched({ id: 'x:1' }),
  sampleEnriched({
    id: 'x:2',
    createdAt: '2026-11-23T10:00:40.000Z',
    sentiment: { label: 'positive', score: 0.8 },
    intent: 'praise',
  }),
  sampleEnriched({
    id: 'x:3',
    createdAt: '2026-11-23T10:01:05.000Z',
    brands: [
      { brand: 'northwind', via: 'Northwind' },
      { brand: 'crest', via: 'Crest Bank' },
    ],
    author: { id: 'u9', handle: 'big', followers: 5000, verified: true, isBrandAccount: false },
  }),
  sampleEnriched({
    id: 'reddit:4',
    platform: 'reddit',
    brands: [{ brand: 'crest', via: 'crest' }],
    intent: 'question',
    sentiment: { label: 'neutral', score: 0 },
    pii: ['card'],
    text: 'my card **** **** **** 1111',
  }),
]

beforeAll(async () => {
  store = await createTestStore()
  await insertMentions(store, mentions)
  await insertMentionEvents(store, mentions)
  // x:2 is deleted later: current state says deleted, the archive keeps both events.
  const del = sampleEnriched({ id: 'x:2', event: 'delete', text: '', receivedAt: '2026-11-23T10:05:00.000Z' })
  await insertMentions(store, [del])
  await insertMentionEvents(store, [del])
})
afterAll(async () => {
  await store?.close()
})

describe('migrations', () => {
  it('are numbered from 001 and split into statements', () => {
    const ms = loadMigrations()
    expect(ms[0]?.version).toBe(1)
    expect(ms[0]?.statements.length).toBeGreaterThanOrEqual(7)
    expect(splitStatements('-- c;\nSELECT 1;\n\nSELECT 2;')).toEqual(['SELECT 1', 'SELECT 2'])
  })

  it('running migrate again applies nothing and keeps the data', async () => {
    const again = await migrate(store)
    expect(again.applied).toEqual([])
    expect(again.skipped).toContain(1)
    expect(again.changed).toEqual([])
    expect(await countMentions(store)).toBe(4)
  })

  it('reports an edited shipped migration and applies a new one once', async () => {
    const [first] = loadMigrations()
    const edited = { ...first!, checksum: 'edited' }
    const extra = {
      version: 999,
      name: 'probe',
      statements: ['CREATE TABLE IF NOT EXISTS {db}.probe (n UInt8) ENGINE = Memory'],
      checksum: 'x',
    }
    expect(await migrate(store, [edited, extra])).toEqual({ applied: [999], skipped: [1], changed: [1] })
    expect((await migrate(store, [first!, extra])).applied).toEqual([])
  })
})

describe('per-minute aggregates', () => {
  it('count each brand of a multi-brand mention, per minute', async () => {
    const pts = await volumeByMinute(store, { from, to })
    const by = (b: string, m: string) => pts.find((p) => p.brand === b && p.bucket === m)
    expect(by('northwind', '2026-11-23T10:00:00.000Z')).toMatchObject({
      volume: 2,
      negative: 1,
      positive: 1,
      complaints: 1,
    })
    expect(by('northwind', '2026-11-23T10:00:00.000Z')?.mean_sentiment).toBeCloseTo(0.1, 5)
    expect(by('northwind', '2026-11-23T10:01:00.000Z')).toMatchObject({ volume: 1, reach: 5000 })
    expect(by('crest', '2026-11-23T10:00:00.000Z')).toMatchObject({
      volume: 1,
      questions: 1,
      pii_incidents: 1,
    })
  })

  it('a deletion does not change what was said in that minute', async () => {
    const pts = await volumeByMinute(store, { from, to, brands: ['northwind'] })
    expect(pts.map((p) => p.brand)).toEqual(['northwind', 'northwind'])
    expect(pts.reduce((s, p) => s + p.volume, 0)).toBe(3)
  })

  it('rolls up into hours and respects the window', async () => {
    const hours = await volumeSeries(store, { from, to, bucket: 'hour' })
    expect(hours.find((p) => p.brand === 'northwind')).toMatchObject({
      bucket: '2026-11-23T10:00:00.000Z',
      volume: 3,
    })
    expect(await volumeByMinute(store, { from: to, to: '2026-11-23T12:00:00.000Z' })).toEqual([])
  })

  it('brand summary gives share of voice over all brands', async () => {
    const s = await brandSummary(store, { from, to })
    expect(s.map((r) => r.brand)).toEqual(['northwind', 'crest'])
    expect(s[0]?.share_of_voice).toBeCloseTo(3 / 5, 5)
    expect(s[1]?.share_of_voice).toBeCloseTo(2 / 5, 5)
    expect(s[0]?.negative_share).toBeCloseTo(2 / 3, 5)
  })
})

describe('per-brand stance', () => {
  it('counts what a post says of each bank it names, and the post’s sentiment for older rows', async () => {
    const own = await createTestStore()
    try {
      const minute = '2026-11-23T10:30:00.000Z'
      const switched = sampleEnriched({
        id: 'x:switch',
        createdAt: '2026-11-23T10:30:10.000Z',
        text: 'Left Crest Bank for Northwind, their app actually works',
        sentiment: { label: 'negative', score: -0.4 },
        brands: [
          { brand: 'crest', via: 'Crest Bank', sentiment: { label: 'negative', score: -0.6 } },
          { brand: 'northwind', via: 'Northwind', sentiment: { label: 'positive', score: 0.6 } },
        ],
      })
      await insertMentionEvents(own, [switched])
      // A row as written before stances: the stance columns stay empty.
      await own.client.insert({
        table: `${own.database}.mention_events`,
        values: [
          {
            ...mentionEventRow({ ...switched, id: 'x:old' }),
            brand_sentiment: [],
            brand_sentiment_score: [],
          },
        ],
        format: 'JSONEachRow',
      })
      const pts = await volumeByMinute(own, { from, to })
      const at = (b: string) => pts.find((p) => p.brand === b && p.bucket === minute)
      expect(at('crest')).toMatchObject({ volume: 2, negative: 2, positive: 0 })
      expect(at('northwind')).toMatchObject({ volume: 2, negative: 1, positive: 1 })
      expect(at('northwind')?.mean_sentiment).toBeCloseTo((0.6 - 0.4) / 2, 5)
    } finally {
      await own.close()
    }
  })
})

describe('mentions', () => {
  it('recent mentions leave out deleted ones and filter by brand and intent', async () => {
    const all = await recentMentions(store, { limit: 10 })
    expect(all.map((m) => m.id).sort()).toEqual(['reddit:4', 'x:1', 'x:3'])
    const crestQ = await recentMentions(store, { brand: 'crest', intent: 'question', limit: 10 })
    expect(crestQ.map((m) => m.id)).toEqual(['reddit:4'])
    expect(crestQ[0]?.pii).toEqual(['card'])
    expect(all.find((m) => m.id === 'x:1')?.sentiment_score).toBe(-0.6) // not Float32 noise
    // An alert's sample posts by id: an unknown id is simply not there.
    const samples = await recentMentions(store, { ids: ['x:3', 'x:1', 'x:nope'], limit: 5 })
    expect(samples.map((m) => m.id).sort()).toEqual(['x:1', 'x:3'])
  })

  it('counts physical rows, final rows and archived events per id', async () => {
    const counts = await countMentionsById(store, ['x:2', 'x:1'])
    expect(counts).toEqual([
      { id: 'x:1', rows: 1, final_rows: 1, creates: 1, events: 1 },
      { id: 'x:2', rows: expect.any(Number), final_rows: 1, creates: 1, events: 2 },
    ])
    const keys = await existingEventKeys(store, ['x:2', 'nope:1'])
    expect([...keys].sort()).toEqual(['x:2\u0000create', 'x:2\u0000delete'])
  })

  it('stores a half-star rating and an absurd follower count instead of failing the batch', async () => {
    const odd = sampleEnriched({
      id: 'appstore:odd',
      platform: 'appstore',
      rating: 2.5,
      author: { id: 'u', handle: 'h', followers: 1e20, verified: false, isBrandAccount: false },
    })
    await insertMentions(store, [odd])
    const [row] = await run<{ rating: number; author_followers: number }>(store, {
      query: `SELECT rating, author_followers FROM \`${store.database}\`.mentions WHERE id = {id:String}`,
      query_params: { id: odd.id },
    })
    expect(row).toEqual({ rating: 3, author_followers: Number.MAX_SAFE_INTEGER })
    await store.client.command({
      query: `DELETE FROM \`${store.database}\`.mentions WHERE id = {id:String}`,
      query_params: { id: odd.id },
    })
  })

  it('a hostile value is data, never SQL', async () => {
    const r = await recentMentions(store, { brand: "crest') OR 1=1 --", limit: 5 })
    expect(r).toEqual([])
  })
})

describe('alerts', () => {
  it('list and get return the latest version of each alert', async () => {
    await insertAlerts(store, [
      sampleAlert({ id: 'a1' }),
      sampleAlert({ id: 'a2', brand: 'crest', updatedAt: '2026-11-23T10:02:00.000Z' }),
    ])
    await insertAlerts(store, [
      sampleAlert({
        id: 'a1',
        version: 2,
        status: 'resolved',
        updatedAt: '2026-11-23T10:09:00.000Z',
        resolvedAt: '2026-11-23T10:09:00.000Z',
      }),
    ])
    const all = await listAlerts(store, { limit: 10 })
    expect(all.map((a) => [a.id, a.version, a.status])).toEqual([
      ['a1', 2, 'resolved'],
      ['a2', 1, 'open'],
    ])
    expect(await listAlerts(store, { status: 'open' })).toHaveLength(1)
    expect((await listAlerts(store, { brand: 'crest' }))[0]?.id).toBe('a2')
    const a1 = await getAlert(store, 'a1')
    expect(a1).toEqual(
      sampleAlert({
        id: 'a1',
        version: 2,
        status: 'resolved',
        updatedAt: '2026-11-23T10:09:00.000Z',
        resolvedAt: '2026-11-23T10:09:00.000Z',
      }),
    )
    expect(await getAlert(store, 'missing')).toBeNull()
  })

  it('stores feedback on an alert', async () => {
    await insertAlertFeedback(store, {
      alertId: 'a1',
      real: false,
      note: 'marketing campaign',
      user: 'ana',
      at: '2026-11-23T10:10:00.000Z',
    })
    expect(await listAlertFeedback(store, 'a1')).toEqual([
      {
        alert_id: 'a1',
        real: false,
        note: 'marketing campaign',
        user: 'ana',
        at: '2026-11-23T10:10:00.000Z',
      },
    ])
  })

  it('remembers who acknowledged an incident and when', async () => {
    await insertAlertAck(store, { alertId: 'a1', by: 'duty', at: '2026-11-23T10:04:00.000Z' })
    expect(await alertAcks(store, ['a1', 'a2'])).toEqual([
      { alert_id: 'a1', acked_by: 'duty', acked_at: '2026-11-23T10:04:00.000Z' },
    ])
    expect(await alertAcks(store, [])).toEqual([])
  })
})

describe('dead letters', () => {
  it('keeps text readable, binary as base64, and collapses a redelivery', async () => {
    const base = {
      stage: 'enricher',
      code: 'VIGIL_ERR_BAD_ENCODING',
      reason: 'not UTF-8',
      sourceTopic: 'raw',
      sourcePartition: 0,
      sourceOffset: '7',
      dlqTopic: 'dlq',
      dlqPartition: 0,
      key: null,
      at: '2026-11-23T10:00:00.000Z',
    }
    const bin = { ...base, dlqOffset: '1', value: Buffer.from([0xff, 0xfe, 0x00]) }
    const txt = {
      ...base,
      sourceOffset: '8',
      dlqOffset: '2',
      code: 'VIGIL_ERR_MALFORMED_JSON',
      value: Buffer.from('{not json'),
    }
    // No provenance: known only by its own DLQ position.
    const raw = {
      ...base,
      sourceTopic: '',
      sourcePartition: -1,
      sourceOffset: '',
      dlqOffset: '3',
      value: Buffer.from('?'),
    }
    await insertDeadLetters(store, [bin, txt, raw])
    // Redelivered from the DLQ, and the same source record dead-lettered again after a replay.
    await insertDeadLetters(store, [bin, { ...bin, dlqOffset: '9' }, raw])
    const rows = await listDeadLetters(store, { limit: 10 })
    expect(rows.map((r) => [r.dlq_offset, r.value, r.value_encoding])).toEqual([
      ['9', Buffer.from([0xff, 0xfe, 0x00]).toString('base64'), 'base64'],
      ['3', '?', 'utf8'],
      ['2', '{not json', 'utf8'],
    ])
  })
})

describe('builders are checked by the engine', () => {
  // Every builder, every optional branch: a typo or a wrong placeholder type fails here.
  const db = () => store.database
  const built = (): sql.BuiltQuery[] => [
    sql.volumeSeriesSql(db(), { from, to }),
    sql.volumeSeriesSql(db(), { from, to, brands: ['a'], bucket: 'five_minutes' }),
    sql.volumeSeriesSql(db(), { from: new Date(from), to: new Date(to), bucket: 'day' }),
    sql.brandSummarySql(db(), { from, to }),
    sql.listAlertsSql(db(), {}),
    sql.listAlertsSql(db(), { status: 'open', brand: 'x', limit: 1 }),
    sql.getAlertSql(db(), 'a'),
    sql.alertFeedbackSql(db(), 'a'),
    sql.alertAcksSql(db(), ['a', 'b']),
    sql.recentMentionsSql(db(), {}),
    sql.recentMentionsSql(db(), { brand: 'b', intent: 'complaint', limit: 3 }),
    sql.recentMentionsSql(db(), { ids: ['x:1', 'x:2'], limit: 5 }),
    sql.countMentionsSql(db()),
    sql.countMentionsByIdSql(db()),
    sql.countMentionsByIdSql(db(), ['x:1']),
    sql.existingEventKeysSql(db(), ['x:1']),
    sql.listDeadLettersSql(db(), {}),
    sql.listDeadLettersSql(db(), { stage: 'sink', limit: 2 }),
  ]
  it('runs every built query', async () => {
    for (const q of built()) {
      await expect(run(store, q), q.query).resolves.toBeInstanceOf(Array)
    }
  })

  it('rejects bad identifiers and arguments before any SQL is sent', () => {
    const bad = (f: () => unknown, code: string) => {
      expect(f).toThrow(StoreError)
      try {
        f()
      } catch (e) {
        expect((e as StoreError).code).toBe(code)
      }
    }
    bad(() => sql.countMentionsSql('vigil; DROP TABLE x'), 'VIGIL_ERR_BAD_IDENTIFIER')
    bad(() => sql.listAlertsSql(db(), { limit: 0 }), 'VIGIL_ERR_BAD_QUERY_ARGS')
    bad(() => sql.listAlertsSql(db(), { limit: 5000 }), 'VIGIL_ERR_BAD_QUERY_ARGS')
    bad(() => sql.listAlertsSql(db(), { status: 'weird' as never }), 'VIGIL_ERR_BAD_QUERY_ARGS')
    bad(
      () => sql.volumeSeriesSql(db(), { from, to, bucket: 'week; DROP' as never }),
      'VIGIL_ERR_BAD_QUERY_ARGS',
    )
    bad(() => sql.volumeSeriesSql(db(), { from: 'yesterday', to }), 'VIGIL_ERR_BAD_QUERY_ARGS')
  })
})

describe('embedded mode', () => {
  it('refuses a second chDB path in the same process with a clear code', async () => {
    const err = await createStore({
      database: 'other',
      chdbPath: `${process.cwd()}/.cache/never-opened`,
    }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(StoreError)
    expect((err as StoreError).code).toBe('VIGIL_ERR_CHDB_PATH_IN_USE')
  })
})
