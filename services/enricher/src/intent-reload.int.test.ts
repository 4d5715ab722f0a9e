import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLogger, loadBrands } from '@vigil/config'
import { createEnricher, defaultIntentModelPath, publishIntentModel } from '@vigil/nlp'
import { afterAll, describe, expect, it } from 'vitest'
import {
  INTENT_CLASSES,
  INTENT_DENSE_N,
  INTENT_FEATURES_VERSION,
  INTENT_MODEL_FORMAT,
} from '../../../packages/nlp/dist/intent-model.js'
import { observeEnriched, rawPost, startTestEnricher } from '../../../tests/support/enricher-run.js'
import { waitFor } from '../../../tests/support/wait.js'
import { createModelReloader } from './models.js'

const logger = createLogger('enricher-intent-reload-test', 'silent')
const cleanups: Array<() => Promise<void>> = []
afterAll(async () => {
  for (const c of cleanups.reverse()) await c()
})

const DIM = 1024
const K = INTENT_CLASSES.length
/** An intent model (as vigil-train's trainer writes it) whose bias makes every post `label`. */
function trainedIntent(dir: string, label: 'news' | 'praise'): string {
  const buf = Buffer.alloc(DIM * K + INTENT_DENSE_N * K * 4)
  const dense = new Float32Array(INTENT_DENSE_N * K)
  dense[INTENT_CLASSES.indexOf(label)] = 20 // dense slot 0 is the constant 1
  Buffer.from(dense.buffer).copy(buf, DIM * K)
  writeFileSync(join(dir, `${label}.bin`), buf)
  const meta = {
    format: INTENT_MODEL_FORMAT,
    features: INTENT_FEATURES_VERSION,
    dim: DIM,
    classes: INTENT_CLASSES,
    file: `${label}.bin`,
    scale: 0.01,
  }
  writeFileSync(join(dir, `${label}.json`), JSON.stringify(meta))
  return join(dir, `${label}.json`)
}

describe('intent model hot reload in a running enricher', () => {
  it('swaps to each newly published intent model between batches: later mentions carry its version and its answers, none lost, no restart', async () => {
    const work = mkdtempSync(join(tmpdir(), 'vigil-intent-hot-'))
    const modelsDir = join(work, 'models')
    const reloader = createModelReloader({
      sentiment: { mode: 'lexicon', localPath: '', shippedPath: '', reloadMs: 0 },
      intent: { path: defaultIntentModelPath({}), required: true },
      modelsDir,
      intervalMs: 0,
      logger,
    })
    // Nothing published yet: the shipped intent model answers.
    expect(reloader.intent.version).toMatch(/^intent-shipped@[0-9a-f]{12}$/)
    const shipped = reloader.intent.version

    const run = await startTestEnricher('intent-hot', {
      logger,
      nlp: createEnricher({
        brands: loadBrands(),
        sentimentScorer: reloader.scorer,
        intentModel: reloader.intent,
      }),
      beforeBatch: reloader.beforeBatch,
    })
    cleanups.push(() => run.stop())
    const { svc } = run
    const observer = await observeEnriched(run, 'intent-hot')
    cleanups.push(() => observer.stop())
    const { got } = observer
    const batch = (p: string) => Array.from({ length: 4 }, (_, i) => `x:${p}${i}`)
    const sendAndWait = async (p: string) => {
      await run.producer.send(
        run.topics.raw,
        batch(p).map((id) =>
          rawPost(id, '2026-12-05T23:00:00Z', `Northwind opened a new branch in Leeds today (${id})`),
        ),
      )
      await waitFor(() => batch(p).every((id) => got.has(id)), {
        what: `batch ${p} enriched`,
        timeoutMs: 60_000,
      })
    }
    const seen = (p: string) => batch(p).map((id) => [got.get(id)?.models?.intent, got.get(id)?.intent])

    await sendAndWait('a')
    expect(new Set(seen('a').map(([v]) => v))).toEqual(new Set([shipped]))

    const v1 = publishIntentModel(modelsDir, trainedIntent(work, 'news'))
    await sendAndWait('b')
    const v2 = publishIntentModel(modelsDir, trainedIntent(work, 'praise'), new Date(Date.now() + 1000))
    await sendAndWait('c')

    expect(seen('b')).toEqual(batch('b').map(() => [`intent-local@${v1.version}`, 'news']))
    expect(seen('c')).toEqual(batch('c').map(() => [`intent-local@${v2.version}`, 'praise']))
    expect(reloader.intentStats).toEqual({ swapped: 2, refused: 0 })
    expect(svc.stats).toMatchObject({ enriched: 12, deadLettered: 0 })
  })
})
