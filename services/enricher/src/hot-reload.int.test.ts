import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLogger, loadBrands } from '@vigil/config'
import { createEnricher, publishSentimentModel, sentimentDir } from '@vigil/nlp'
import { afterAll, describe, expect, it } from 'vitest'
import { FEATURES_VERSION } from '../../../packages/nlp/dist/sentiment/features.js'
import { observeEnriched, rawPost, startTestEnricher } from '../../../tests/support/enricher-run.js'
import { waitFor } from '../../../tests/support/wait.js'
import { createModelReloader } from './models.js'

const logger = createLogger('enricher-reload-test', 'silent')
const cleanups: Array<() => Promise<void>> = []
afterAll(async () => {
  for (const c of cleanups.reverse()) await c()
})

const DIM = 1024
/** A trained model whose bias makes every English post `label` (what vigil-train would write). */
function trainedModel(dir: string, label: 'negative' | 'positive'): string {
  const w = new Float32Array(3 * DIM)
  w[(DIM - 1) * 3 + (label === 'negative' ? 0 : 2)] = 8
  writeFileSync(join(dir, `${label}.en.bin`), Buffer.from(w.buffer))
  const meta = {
    format: 'vigil-sentiment-linear-v3',
    features: FEATURES_VERSION,
    dim: DIM,
    fallback: 'en',
    langs: { en: { classes: ['negative', 'neutral', 'positive'], file: `${label}.en.bin` } },
  }
  writeFileSync(join(dir, `${label}.json`), JSON.stringify(meta))
  return join(dir, `${label}.json`)
}

describe('sentiment model hot reload in a running enricher', () => {
  it('swaps to a newly published model between batches: later mentions carry the new version, none lost, no restart', async () => {
    const work = mkdtempSync(join(tmpdir(), 'vigil-hot-'))
    const modelsDir = join(work, 'models')
    const v1 = publishSentimentModel(modelsDir, trainedModel(work, 'negative'))
    const reloader = createModelReloader({
      sentiment: {
        mode: 'auto',
        localPath: join(work, 'none.json'),
        shippedPath: join(work, 'none.json'),
        reloadMs: 0,
      },
      modelsDir,
      intervalMs: 0,
      logger,
    })
    expect(reloader.scorer.version).toBe(`local@${v1.version}`)

    const run = await startTestEnricher('hot', {
      logger,
      nlp: createEnricher({ brands: loadBrands(), sentimentScorer: reloader.scorer }),
      beforeBatch: reloader.beforeBatch,
    })
    cleanups.push(() => run.stop())
    const { svc } = run
    const observer = await observeEnriched(run, 'hot')
    cleanups.push(() => observer.stop())
    const { got } = observer
    const send = (ids: string[]) =>
      run.producer.send(
        run.topics.raw,
        ids.map((id) => rawPost(id, '2026-12-05T20:00:00Z', 'Northwind opened a new branch in Leeds today')),
      )
    const batch = (p: string) => Array.from({ length: 5 }, (_, i) => `x:${p}${i}`)

    await send(batch('a'))
    await waitFor(() => batch('a').every((id) => got.has(id)), {
      what: 'batch a enriched',
      timeoutMs: 60_000,
    })

    const v2 = publishSentimentModel(modelsDir, trainedModel(work, 'positive'), new Date(Date.now() + 1000))
    await send(batch('b'))
    await waitFor(() => batch('b').every((id) => got.has(id)), {
      what: 'batch b enriched',
      timeoutMs: 60_000,
    })

    // A broken version published next is refused: the enricher keeps v2 and loses nothing.
    const broken = '0123456789ab-20261205T235900Z'
    mkdirSync(join(sentimentDir(modelsDir), broken))
    writeFileSync(
      join(sentimentDir(modelsDir), broken, 'sentiment.json'),
      '{"format": "vigil-sentiment-linear-v3", cut',
    )
    writeFileSync(join(sentimentDir(modelsDir), 'CURRENT'), broken)
    await send(batch('c'))
    await waitFor(() => batch('c').every((id) => got.has(id)), {
      what: 'batch c enriched',
      timeoutMs: 60_000,
    })

    const seen = (p: string) =>
      batch(p).map((id) => [got.get(id)?.models?.sentiment, got.get(id)?.sentiment.label])
    expect(seen('a')).toEqual(batch('a').map(() => [`local@${v1.version}`, 'negative']))
    expect(seen('b')).toEqual(batch('b').map(() => [`local@${v2.version}`, 'positive']))
    expect(seen('c')).toEqual(batch('c').map(() => [`local@${v2.version}`, 'positive']))
    // Swapped at start-up (the configured model to v1), then to v2; the broken one refused.
    expect(reloader.stats).toEqual({ swapped: 2, refused: 1 })
    expect(svc.stats).toMatchObject({ enriched: 15, deadLettered: 0 })
  })
})
