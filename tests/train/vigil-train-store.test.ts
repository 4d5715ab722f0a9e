/**
 * vigil-train reads the bank's corrections straight from the store (embedded chDB here, a
 * ClickHouse server when CLICKHOUSE_URL is set), with the services' configuration; the file
 * path stays an option. Runs the built commands (`pnpm exec tsc -b` first).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { EnrichedMention } from '@vigil/schema'
import {
  createStore,
  insertLabelCorrection,
  insertMentionEvents,
  insertMentions,
  type LabelCorrectionRow,
  migrate,
} from '@vigil/store'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sampleEnriched, uniqueDatabase } from '../support/clickhouse.js'

const bin = new URL('../../packages/nlp/bin/vigil-train', import.meta.url).pathname
const work = mkdtempSync(join(tmpdir(), 'vigil-train-store-'))
const chdbPath = join(work, 'chdb')
const database = uniqueDatabase('vigil_train')
const url = process.env.CLICKHOUSE_URL
/** The services' store configuration, as vigil-train is given it. */
const storeEnv: Record<string, string | undefined> = {
  ...process.env,
  CLICKHOUSE_URL: url,
  CHDB_PATH: chdbPath,
  CLICKHOUSE_DATABASE: database,
}

const mentions: EnrichedMention[] = [
  sampleEnriched({ id: 'x:t1', text: 'Northwind took my money twice, card **** **** **** 1111' }),
  sampleEnriched({ id: 'x:t2', text: 'Havenbank app ligt er weer uit', lang: 'nl' }),
  sampleEnriched({ id: 'x:t3', text: 'Crest is fine' }),
  sampleEnriched({ id: 'x:t4', text: 'never corrected' }),
]
const correction = (
  mention_id: string,
  at: string,
  over: Partial<LabelCorrectionRow>,
): LabelCorrectionRow => ({
  mention_id,
  correction_id: `${mention_id}@${at}`,
  brand: 'northwind',
  sentiment: '',
  intent: '',
  previous_sentiment: 'negative',
  previous_intent: 'complaint',
  corrected_by: 'ana',
  corrected_role: 'operator',
  note: '',
  at,
  ...over,
})

beforeAll(async () => {
  // A store seeded as the api leaves it, then closed: embedded chDB is one process's at a time.
  const store = await createStore({ url, database, chdbPath })
  try {
    await migrate(store)
    await insertMentions(store, mentions)
    await insertMentionEvents(store, mentions)
    await insertLabelCorrection(store, correction('x:t1', '2026-11-23T10:00:00.000Z', { intent: 'praise' }))
    // The later correction of the same mention is the one in force.
    await insertLabelCorrection(
      store,
      correction('x:t1', '2026-11-23T10:05:00.000Z', { intent: 'complaint' }),
    )
    await insertLabelCorrection(
      store,
      correction('x:t2', '2026-11-23T10:10:00.000Z', { sentiment: 'negative', intent: 'complaint' }),
    )
    await insertLabelCorrection(
      store,
      correction('x:t3', '2026-11-24T09:00:00.000Z', { sentiment: 'positive' }),
    )
  } finally {
    await store.close()
  }
})
afterAll(async () => {
  if (url) {
    const store = await createStore({ url, database, chdbPath })
    await store.client.command({ query: `DROP DATABASE IF EXISTS \`${database}\`` })
    await store.close()
  }
  rmSync(work, { recursive: true, force: true })
})

const train = (args: string[], env = storeEnv) => {
  const r = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8' })
  const lines = r.stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, string>)
  return { status: r.status, stderr: r.stderr, lines }
}
const labels = (lines: Record<string, string>[]) =>
  lines.map(({ id, text, lang, sentiment, intent }) => ({ id, text, lang, sentiment, intent }))

describe('vigil-train reads the corrections from the store', () => {
  it('reads every corrected mention once, masked as stored, with the labels in force, and splits them', () => {
    const r = train(['--print-corrections'])
    expect(r.status, r.stderr).toBe(0)
    expect(labels(r.lines)).toEqual([
      {
        id: 'x:t1',
        text: 'Northwind took my money twice, card **** **** **** 1111',
        lang: 'en',
        sentiment: undefined,
        intent: 'complaint',
      },
      {
        id: 'x:t2',
        text: 'Havenbank app ligt er weer uit',
        lang: 'nl',
        sentiment: 'negative',
        intent: 'complaint',
      },
      { id: 'x:t3', text: 'Crest is fine', lang: 'en', sentiment: 'positive', intent: undefined },
    ])
    expect(r.lines.every((l) => l.part === 'learn' || l.part === 'held-out')).toBe(true)
  })

  it('keeps the corrections made after --since', () => {
    const r = train(['--print-corrections', '--since', '2026-11-24T00:00:00Z'])
    expect(r.status, r.stderr).toBe(0)
    expect(r.lines.map((l) => l.id)).toEqual(['x:t3'])
  })

  it('reads the same corrections from an export file, and none with --corrections none', () => {
    const file = join(work, 'corrections.ndjson')
    const fromStore = train(['--print-corrections']).lines
    writeFileSync(file, fromStore.map(({ part: _, ...c }) => `${JSON.stringify(c)}\n`).join(''))
    expect(train(['--print-corrections', '--corrections', file]).lines).toEqual(fromStore)
    expect(train(['--print-corrections', '--corrections', 'none'])).toMatchObject({ status: 0, lines: [] })
  })

  it('says why when the store cannot be read, and trains nothing', () => {
    const r = train(['--print-corrections'], { ...storeEnv, CLICKHOUSE_DATABASE: 'no such database!' })
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/cannot read the corrections from the store: .*--corrections FILE or none/)
  })
})
