/**
 * The teaching loop outside the enricher: corrections stored in ClickHouse → vigil-train reads
 * them from the store (the services' configuration: embedded chDB here), retrains and prints
 * held-out macro-F1 before / after → a new version in the models directory, which the enricher's
 * watcher loads. vigil-export-corrections (its own process, as an operator runs it) still writes
 * them to a file. Trains on the openly licensed data, Dutch only, to stay short.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createModelWatcher, createSentimentScorer, currentSentimentModel } from '@vigil/nlp'
import { createStore, insertLabelCorrection, insertMentions, migrate } from '@vigil/store'
import { expect, it } from 'vitest'
import { sampleEnriched } from '../support/clickhouse.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const POSITIVE = [
  'Havenbank heeft mijn probleem snel opgelost, top service',
  'Geweldige app van Havenbank, betalen gaat super snel',
  'Dank je wel Havenbank, terugbetaling binnen een dag',
  'Havenbank helpdesk was erg vriendelijk en behulpzaam',
  'Eindelijk werkt de Havenbank app weer, fijn',
  'Heel blij met de nieuwe Havenbank spaarrekening',
  'Snelle hulp van Havenbank, echt een aanrader',
  'Havenbank loste het binnen een uur op, chapeau',
]
const NEGATIVE = [
  'Havenbank heeft twee keer afgeschreven, belachelijk',
  'Havenbank app ligt er weer uit, ik kan niet inloggen',
  'Al drie dagen wachten op Havenbank, waardeloos',
  'Havenbank blokkeert mijn rekening zonder reden',
  'Slechte service bij Havenbank, nooit meer',
  'Havenbank rekent verborgen kosten, schandalig',
  'Weer een storing bij Havenbank, mijn salaris is zoek',
  'Havenbank reageert niet op mijn klacht, om gek van te worden',
]

it('reads stored corrections, retrains, prints before/after per language and publishes a version the watcher loads', async () => {
  const work = mkdtempSync(join(tmpdir(), 'vigil-teach-'))
  const chdb = join(work, 'chdb')
  const store = await createStore({ database: 'teach', chdbPath: chdb })
  await migrate(store)
  const texts = [
    ...POSITIVE.map((t) => [t, 'positive'] as const),
    ...NEGATIVE.map((t) => [t, 'negative'] as const),
  ]
  const mentions = texts.flatMap(([text], i) =>
    [0, 1].map((k) =>
      sampleEnriched({
        id: `x:nl${i}-${k}`,
        text: k === 0 ? text : `${text}!`,
        lang: 'nl',
        brands: [{ brand: 'havenbank', via: 'Havenbank' }],
      }),
    ),
  )
  await insertMentions(store, mentions)
  for (const [i, m] of mentions.entries()) {
    const label = texts[Math.floor(i / 2)]![1]
    await insertLabelCorrection(store, {
      mention_id: m.id,
      correction_id: `c${i}`,
      brand: 'havenbank',
      sentiment: label,
      intent: '',
      previous_sentiment: m.sentiment.label,
      previous_intent: m.intent,
      corrected_by: 'ana',
      corrected_role: 'operator',
      note: '',
      at: '2026-12-05T20:00:00.000Z',
    })
  }
  await store.close()

  const file = join(work, 'corrections.ndjson')
  const exported = spawnSync(
    process.execPath,
    [join(root, 'packages/store/bin/vigil-export-corrections'), '--out', file],
    {
      env: { ...process.env, CHDB_PATH: chdb, CLICKHOUSE_DATABASE: 'teach', CLICKHOUSE_URL: '' },
      encoding: 'utf8',
    },
  )
  expect(exported.stderr).toContain(`${mentions.length} corrected mentions written`)
  const lines = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
  expect(lines).toHaveLength(mentions.length)
  expect(lines[0]).toMatchObject({ lang: 'nl', sentiment: expect.stringMatching(/^(positive|negative)$/) })

  const models = join(work, 'models')
  const trained = spawnSync(
    process.execPath,
    [
      join(root, 'packages/nlp/bin/vigil-train'),
      '--task',
      'sentiment',
      '--langs',
      'nl',
      '--models-dir',
      models,
    ],
    {
      env: {
        ...process.env,
        VIGIL_SENTIMENT_DATA: join(work, 'no-research-data'),
        CHDB_PATH: chdb,
        CLICKHOUSE_DATABASE: 'teach',
        CLICKHOUSE_URL: '',
      },
      encoding: 'utf8',
      timeout: 600_000,
    },
  )
  expect(trained.status).toBe(0)
  const out = trained.stdout
  expect(out).toMatch(/corrections: 32 \(\d+ to learn from, \d+ held out to measure\), from the store/)
  // One row per language and held-out set, with both figures.
  expect(out).toMatch(/^nl\s+corrections\s+\d+\s+[01]\.\d{3}\s+[01]\.\d{3}\s+[+-]\d\.\d{3}$/m)
  const published = currentSentimentModel(models)
  expect(published?.version).toMatch(/^[0-9a-f]{12}-\d{8}T\d{6}Z$/)
  expect(out).toContain(`published sentiment model local@${published?.version}`)

  const watcher = createModelWatcher({
    modelsDir: models,
    fallback: createSentimentScorer({ modelPath: null }),
  })
  expect(watcher.scorer.version).toBe(`local@${published?.version}`)
  expect(watcher.scorer.score('Havenbank heeft twee keer afgeschreven, belachelijk', 'nl').label).toBe(
    'negative',
  )
})
