import type { EnrichedMention } from '@vigil/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestStore, sampleEnriched } from '../../../../tests/support/clickhouse.js'
import { careQueue } from '../care/queries-care.js'
import { explorerPage } from '../explorer/queries.js'
import { insertMentionEvents, insertMentions } from '../insert.js'
import { brandSummary, recentMentions, run, volumeSeries } from '../queries.js'
import { breakdown, searchMentions } from '../queries-insights.js'
import type { Store } from '../store.js'
import {
  correctionExamples,
  insertLabelCorrection,
  type LabelCorrectionRow,
  labelCorrections,
} from './queries.js'

let store: Store
const from = '2026-11-23T08:00:00.000Z'
const to = '2026-11-23T12:00:00.000Z'
const crest = [{ brand: 'crest', via: 'Crest' }]
const data: EnrichedMention[] = [
  sampleEnriched({
    id: 'x:n1',
    text: 'Northwind took my money twice',
    models: { sentiment: 'local@abc', intent: 'intent-shipped@1' },
  }),
  sampleEnriched({ id: 'x:n2', text: 'Northwind app down' }),
  sampleEnriched({
    id: 'x:c1',
    brands: crest,
    text: 'Crest is fine',
    sentiment: { label: 'neutral', score: 0 },
    intent: 'other',
  }),
]

const correction = (
  over: Partial<LabelCorrectionRow> & { mention_id: string; at: string },
): LabelCorrectionRow => ({
  correction_id: `${over.mention_id}@${over.at}`,
  brand: 'northwind',
  sentiment: '',
  intent: '',
  previous_sentiment: 'negative',
  previous_intent: 'complaint',
  corrected_by: 'ana',
  corrected_role: 'operator',
  note: '',
  ...over,
})

beforeAll(async () => {
  store = await createTestStore()
  await insertMentions(store, data)
  await insertMentionEvents(store, data)
})
afterAll(async () => store?.close())

describe('label corrections', () => {
  it('records which model versions labelled each mention', async () => {
    const rows = await run<{ id: string; sentiment_model: string; intent_model: string }>(store, {
      query: `SELECT id, sentiment_model, intent_model FROM \`${store.database}\`.mention_events ORDER BY id`,
      query_params: {},
    })
    expect(rows.find((r) => r.id === 'x:n1')).toEqual({
      id: 'x:n1',
      sentiment_model: 'local@abc',
      intent_model: 'intent-shipped@1',
    })
    expect(rows.find((r) => r.id === 'x:n2')?.sentiment_model).toBe('')
  })

  it('moves the aggregates, the explorer and the care inbox to the corrected labels; the latest correction wins', async () => {
    const before = await brandSummary(store, { from, to })
    const nw0 = before.find((b) => b.brand === 'northwind')!
    expect(nw0).toMatchObject({ volume: 2, negative: 2, complaints: 2 })
    expect(nw0.mean_sentiment).toBeCloseTo(-0.6)

    await insertLabelCorrection(
      store,
      correction({ mention_id: 'x:n1', sentiment: 'neutral', at: '2026-11-23T10:30:00.000Z' }),
    )
    await insertLabelCorrection(
      store,
      correction({
        mention_id: 'x:n1',
        sentiment: 'positive',
        previous_sentiment: 'neutral',
        at: '2026-11-23T10:31:00.000Z',
        note: 'sarcasm misread',
      }),
    )
    // Intent only: the sentiment set by the earlier correction stays.
    await insertLabelCorrection(
      store,
      correction({
        mention_id: 'x:n1',
        intent: 'praise',
        previous_sentiment: 'positive',
        at: '2026-11-23T10:32:00.000Z',
      }),
    )

    const after = (await brandSummary(store, { from, to })).find((b) => b.brand === 'northwind')!
    expect(after).toMatchObject({ volume: 2, negative: 1, complaints: 1 })
    // (+1 − 0.6) / 2: the corrected post counts as +1.
    expect(after.mean_sentiment).toBeCloseTo(0.2)
    expect((await brandSummary(store, { from, to })).find((b) => b.brand === 'crest')).toMatchObject({
      volume: 1,
    })

    const series = await volumeSeries(store, { from, to, brands: ['northwind'], bucket: 'hour' })
    expect(series).toHaveLength(1)
    expect(series[0]).toMatchObject({ volume: 2, negative: 1, positive: 1, complaints: 1 })
    const byLang = await breakdown(store, { from, to, by: 'lang', brands: ['northwind'] })
    expect(byLang[0]).toMatchObject({ key: 'en', negative: 1, complaints: 1 })

    const shown = await searchMentions(store, { brand: 'northwind', sentiment: 'positive' })
    expect(shown.map((m) => [m.id, m.sentiment, m.intent])).toEqual([['x:n1', 'positive', 'praise']])
    expect(
      (await recentMentions(store, { brand: 'northwind' })).find((m) => m.id === 'x:n1')?.sentiment,
    ).toBe('positive')
    const explorer = await explorerPage(store, {
      brands: ['northwind'],
      sentiments: ['positive'],
      from,
      to,
      limit: 10,
    })
    expect(explorer.rows.map((m) => [m.id, m.sentiment, m.intent])).toEqual([['x:n1', 'positive', 'praise']])
    // The care inbox takes complaints and questions by their corrected intent: x:n1 is praise now.
    const inbox = await careQueue(store, {
      brands: ['northwind'],
      intents: ['complaint', 'question'],
      since: from,
      accounts: [],
      status: 'open',
      order: 'oldest',
    })
    expect(inbox.map((m) => m.id)).toEqual(['x:n2'])

    const history = await labelCorrections(store, 'x:n1')
    expect(history.map((h) => [h.sentiment, h.intent, h.previous_sentiment])).toEqual([
      ['neutral', '', 'negative'],
      ['positive', '', 'neutral'],
      ['', 'praise', 'positive'],
    ])
    expect(history[1]).toMatchObject({
      corrected_by: 'ana',
      note: 'sarcasm misread',
      at: '2026-11-23T10:31:00.000Z',
    })
  })

  it('exports each corrected mention once, with its masked text and the labels in force', async () => {
    const ex = await correctionExamples(store)
    expect(
      ex.map(({ id, text, lang, sentiment, intent }) => ({ id, text, lang, sentiment, intent })),
    ).toEqual([
      {
        id: 'x:n1',
        text: 'Northwind took my money twice',
        lang: 'en',
        sentiment: 'positive',
        intent: 'praise',
      },
    ])
    expect(await correctionExamples(store, { since: '2026-11-23T11:00:00.000Z' })).toEqual([])
  })
})
