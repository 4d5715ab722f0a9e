import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FEATURES_VERSION } from '../sentiment/features.js'
import { createSentimentScorer } from '../sentiment/index.js'
import { currentSentimentModel, modelPathOf, publishSentimentModel, sentimentDir } from './registry.js'
import { createModelWatcher, publishedOrConfiguredScorer } from './watcher.js'

const DIM = 1024

/** A trained-model file (as the trainers write it) whose bias makes every English post `label`. */
function trained(dir: string, label: 'negative' | 'positive'): string {
  const w = new Float32Array(3 * DIM)
  w[(DIM - 1) * 3 + (label === 'negative' ? 0 : 2)] = 8
  writeFileSync(join(dir, `t.${label}.en.bin`), Buffer.from(w.buffer))
  const meta = {
    format: 'vigil-sentiment-linear-v3',
    features: FEATURES_VERSION,
    dim: DIM,
    fallback: 'en',
    langs: { en: { classes: ['negative', 'neutral', 'positive'], file: `t.${label}.en.bin` } },
  }
  writeFileSync(join(dir, `t.${label}.json`), JSON.stringify(meta))
  return join(dir, `t.${label}.json`)
}

const setup = () => {
  const work = mkdtempSync(join(tmpdir(), 'vigil-models-'))
  return { work, models: join(work, 'models'), fallback: createSentimentScorer({ modelPath: null }) }
}

describe('models directory and hot reload', () => {
  it('publishes a version named by content hash and time, and the watcher answers with it', () => {
    const { work, models, fallback } = setup()
    const watcher = createModelWatcher({ modelsDir: models, fallback })
    expect(watcher.initial).toEqual({ kind: 'unchanged' })
    expect(watcher.scorer.version).toBe('lexicon@builtin')

    const v1 = publishSentimentModel(models, trained(work, 'negative'), new Date('2026-12-05T20:15:00Z'))
    expect(v1.version).toMatch(/^[0-9a-f]{12}-20261205T201500Z$/)
    expect(currentSentimentModel(models)).toEqual(v1)
    expect(watcher.check()).toEqual({ kind: 'swapped', from: 'lexicon@builtin', to: `local@${v1.version}` })
    expect(watcher.scorer.score('the bank', 'en').label).toBe('negative')

    const v2 = publishSentimentModel(models, trained(work, 'positive'), new Date('2026-12-05T20:16:00Z'))
    expect(watcher.check()).toMatchObject({ kind: 'swapped', to: `local@${v2.version}` })
    expect(watcher.scorer.score('the bank', 'en').label).toBe('positive')
    expect(watcher.check()).toEqual({ kind: 'unchanged' })
    // The old version stays on disk: rolling back is pointing CURRENT at it again.
    expect(readFileSync(modelPathOf(models, v1.version), 'utf8')).toContain('vigil-sentiment-linear-v3')
  })

  it('loads the published version at start, and looks again only after the interval', () => {
    const { work, models, fallback } = setup()
    const v1 = publishSentimentModel(models, trained(work, 'negative'))
    let clock = 0
    const watcher = createModelWatcher({ modelsDir: models, fallback, intervalMs: 1000, now: () => clock })
    expect(watcher.initial).toMatchObject({ kind: 'swapped', to: `local@${v1.version}` })
    publishSentimentModel(models, trained(work, 'positive'), new Date(Date.now() + 1000))
    clock = 500
    expect(watcher.check().kind).toBe('unchanged')
    expect(watcher.scorer.score('the bank', 'en').label).toBe('negative')
    clock = 1500
    expect(watcher.check().kind).toBe('swapped')
    expect(watcher.scorer.score('the bank', 'en').label).toBe('positive')
  })

  it('refuses a broken or altered version once, saying why, and keeps the model in force', () => {
    const { work, models, fallback } = setup()
    const v1 = publishSentimentModel(models, trained(work, 'negative'))
    const watcher = createModelWatcher({ modelsDir: models, fallback })
    const inForce = watcher.scorer.version

    // A weight file cut short.
    const broken = '0123456789ab-20261205T203000Z'
    mkdirSync(join(sentimentDir(models), broken))
    const meta = JSON.parse(readFileSync(v1.path, 'utf8'))
    writeFileSync(modelPathOf(models, broken), JSON.stringify(meta))
    writeFileSync(join(sentimentDir(models), broken, 'sentiment.en.bin'), Buffer.alloc(100))
    writeFileSync(join(sentimentDir(models), 'CURRENT'), `${broken}\n`)
    const refused = watcher.check()
    expect(refused).toMatchObject({ kind: 'refused', version: broken })
    expect(refused.kind === 'refused' && refused.reason).toMatch(/weights for en/)
    expect(watcher.check()).toEqual({ kind: 'unchanged' })
    expect(watcher.scorer.version).toBe(inForce)
    expect(watcher.scorer.score('the bank', 'en').label).toBe('negative')

    // Good files under a name whose hash does not match them (edited after publishing).
    const altered = `ffffffffffff-20261205T203100Z`
    mkdirSync(join(sentimentDir(models), altered))
    writeFileSync(modelPathOf(models, altered), readFileSync(v1.path))
    writeFileSync(
      join(sentimentDir(models), altered, 'sentiment.en.bin'),
      readFileSync(join(sentimentDir(models), v1.version, 'sentiment.en.bin')),
    )
    writeFileSync(join(sentimentDir(models), 'CURRENT'), altered)
    expect(watcher.check()).toMatchObject({ kind: 'refused', reason: expect.stringMatching(/altered/) })
    expect(watcher.scorer.version).toBe(inForce)
  })

  it('gives one-shot tools the published version, unless the bank asked for the shipped model or the lexicon', () => {
    const { work, models } = setup()
    const env = { VIGIL_MODELS_DIR: models, VIGIL_SENTIMENT_LOCAL_PATH: join(work, 'none.json') }
    // No published version, no local model: auto's shipped model in its autoLangs.
    expect(publishedOrConfiguredScorer(env).version).toMatch(/^shipped-auto@/)
    const v1 = publishSentimentModel(models, trained(work, 'positive'))
    expect(publishedOrConfiguredScorer(env).version).toBe(`local@${v1.version}`)
    expect(publishedOrConfiguredScorer({ ...env, VIGIL_SENTIMENT_MODEL: 'lexicon' }).version).toBe(
      'lexicon@builtin',
    )
    writeFileSync(join(sentimentDir(models), 'CURRENT'), '0123456789ab-20261205T000000Z')
    const refused = publishedOrConfiguredScorer(env)
    expect(refused.version).toMatch(/^shipped-auto@/)
    expect(refused.modelNote).toContain('0123456789ab-20261205T000000Z refused')
  })
})
