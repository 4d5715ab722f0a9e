import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadBrands } from '@vigil/config'
import { describe, expect, it } from 'vitest'
import { createEnricher } from '../enricher.js'
import {
  INTENT_CLASSES,
  INTENT_DENSE_N,
  INTENT_FEATURES_VERSION,
  INTENT_MODEL_FORMAT,
  loadIntentModel,
} from '../intent-model.js'
import {
  createIntentModelWatcher,
  currentIntentModel,
  fixedIntentModel,
  intentDir,
  intentModelPathOf,
  publishedOrConfiguredIntent,
  publishIntentModel,
} from './intent.js'

const DIM = 1024
const K = INTENT_CLASSES.length

/** An intent model file (as train-intent.mjs writes it) whose bias makes every post `label`. */
function trainedIntent(dir: string, label: 'news' | 'praise'): string {
  const buf = Buffer.alloc(DIM * K + INTENT_DENSE_N * K * 4)
  const dense = new Float32Array(INTENT_DENSE_N * K)
  dense[INTENT_CLASSES.indexOf(label)] = 20 // dense slot 0 is the constant 1
  Buffer.from(dense.buffer).copy(buf, DIM * K)
  writeFileSync(join(dir, `i.${label}.bin`), buf)
  const meta = {
    format: INTENT_MODEL_FORMAT,
    features: INTENT_FEATURES_VERSION,
    dim: DIM,
    classes: INTENT_CLASSES,
    file: `i.${label}.bin`,
    scale: 0.01,
  }
  writeFileSync(join(dir, `i.${label}.json`), JSON.stringify(meta))
  return join(dir, `i.${label}.json`)
}

const post = {
  id: 'x:1',
  platform: 'x',
  author: { id: 'a1' },
  text: 'Northwind opened a new branch in Leeds today',
}

describe('intent model hot reload from the models directory', () => {
  it('publishes a version named by content hash and time; an enricher swaps to it and records it, keeping its memory', () => {
    const work = mkdtempSync(join(tmpdir(), 'vigil-intent-models-'))
    const models = join(work, 'models')
    const watcher = createIntentModelWatcher({ modelsDir: models, fallback: fixedIntentModel(null) })
    expect(watcher.initial).toEqual({ kind: 'unchanged' })
    const enricher = createEnricher({ brands: loadBrands(), intentModel: watcher.source })
    const first = enricher.enrich(post as never)
    expect(first.models?.intent).toBe('intent-rules@builtin')

    const v1 = publishIntentModel(models, trainedIntent(work, 'news'), new Date('2026-12-05T23:30:00Z'))
    expect(v1.version).toMatch(/^[0-9a-f]{12}-20261205T233000Z$/)
    expect(currentIntentModel(models)).toEqual(v1)
    expect(watcher.check()).toEqual({
      kind: 'swapped',
      from: 'intent-rules@builtin',
      to: `intent-local@${v1.version}`,
    })
    const second = enricher.enrich({ ...post, id: 'x:2', author: { id: 'a2' } } as never)
    expect([second.intent, second.models?.intent]).toEqual(['news', `intent-local@${v1.version}`])

    const v2 = publishIntentModel(models, trainedIntent(work, 'praise'), new Date('2026-12-05T23:31:00Z'))
    expect(watcher.check()).toMatchObject({ kind: 'swapped', to: `intent-local@${v2.version}` })
    const third = enricher.enrich({ ...post, id: 'x:3', author: { id: 'a3' } } as never)
    expect([third.intent, third.models?.intent]).toEqual(['praise', `intent-local@${v2.version}`])
    // The classifier kept its memory across the swaps: three authors, one text.
    expect(third.intentReasons).toContain('same text from 3 authors within a day')
    expect(watcher.check()).toEqual({ kind: 'unchanged' })
    // The old version stays on disk: rolling back is pointing CURRENT at it again.
    expect(loadIntentModel(intentModelPathOf(models, v1.version), true)).not.toBeNull()
  })

  it('refuses a version cut short or altered, once, and keeps the model in force', () => {
    const work = mkdtempSync(join(tmpdir(), 'vigil-intent-models-'))
    const models = join(work, 'models')
    const v1 = publishIntentModel(models, trainedIntent(work, 'news'))
    const watcher = createIntentModelWatcher({ modelsDir: models, fallback: fixedIntentModel(null) })
    expect(watcher.initial).toMatchObject({ kind: 'swapped', to: `intent-local@${v1.version}` })

    const altered = '0123456789ab-20261205T235900Z'
    mkdirSync(join(intentDir(models), altered))
    const v1Dir = join(intentDir(models), v1.version)
    writeFileSync(join(intentDir(models), altered, 'intent.json'), readFileSync(join(v1Dir, 'intent.json')))
    writeFileSync(join(intentDir(models), altered, 'intent.bin'), readFileSync(join(v1Dir, 'intent.bin')))
    writeFileSync(join(intentDir(models), 'CURRENT'), altered)
    const refused = watcher.check()
    expect(refused).toMatchObject({ kind: 'refused', version: altered })
    expect(refused.kind === 'refused' && refused.reason).toMatch(/incomplete or altered/)
    expect(watcher.check()).toEqual({ kind: 'unchanged' })
    expect(watcher.source.version).toBe(`intent-local@${v1.version}`)
  })

  it('looks at CURRENT only after the interval', () => {
    const work = mkdtempSync(join(tmpdir(), 'vigil-intent-models-'))
    const models = join(work, 'models')
    let clock = 0
    const watcher = createIntentModelWatcher({
      modelsDir: models,
      fallback: fixedIntentModel(null),
      intervalMs: 1000,
      now: () => clock,
    })
    const v1 = publishIntentModel(models, trainedIntent(work, 'praise'))
    clock = 999
    expect(watcher.check()).toEqual({ kind: 'unchanged' })
    clock = 1000
    expect(watcher.check()).toMatchObject({ kind: 'swapped', to: `intent-local@${v1.version}` })
  })

  it('gives one-shot tools (vigil-enrich) the published version, else the configured model; the rules stay the rules', () => {
    const work = mkdtempSync(join(tmpdir(), 'vigil-intent-models-'))
    const models = join(work, 'models')
    const shipped = trainedIntent(work, 'news')
    const env = { VIGIL_MODELS_DIR: models }
    expect(publishedOrConfiguredIntent(shipped, true, env).version).toMatch(/^intent-shipped@[0-9a-f]{12}$/)
    const v1 = publishIntentModel(models, trainedIntent(work, 'praise'))
    expect(publishedOrConfiguredIntent(shipped, true, env).version).toBe(`intent-local@${v1.version}`)
    expect(publishedOrConfiguredIntent(null, false, env)).toEqual({
      model: null,
      version: 'intent-rules@builtin',
    })
  })
})
