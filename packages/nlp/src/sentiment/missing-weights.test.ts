import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadBrands } from '@vigil/config'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mention } from '../../test-fixtures/mention.js'
import { createEnricher } from '../enricher.js'
import { FEATURES_VERSION } from './features.js'
import { createSentimentScorer } from './index.js'
import { loadLinearModel } from './linear.js'
import type { SentimentModelConfig } from './model-config.js'
import { DECISION_LAYER } from './resolution.js'

const DIM = 1024

/** A two-language model whose bias makes every post negative; `withWeights` lists the .bin files written. */
function writeModel(dir: string, withWeights: string[]): string {
  const langs: Record<string, { classes: string[]; file: string }> = {}
  for (const lang of ['en', 'de']) {
    const file = `m.${lang}.bin`
    langs[lang] = { classes: ['negative', 'neutral', 'positive'], file }
    if (withWeights.includes(lang)) {
      const w = new Float32Array(3 * DIM)
      w[(DIM - 1) * 3] = 8
      writeFileSync(join(dir, file), Buffer.from(w.buffer))
    }
  }
  const meta = {
    format: 'vigil-sentiment-linear-v3',
    features: FEATURES_VERSION,
    dim: DIM,
    fallback: 'en',
    langs,
    // A model of this build: an older layer is named in the note (hot-model.ts), not silent.
    decisionLayer: DECISION_LAYER,
  }
  writeFileSync(join(dir, 'm.json'), JSON.stringify(meta))
  return join(dir, 'm.json')
}

const auto = (path: string): SentimentModelConfig => ({
  mode: 'auto',
  localPath: path,
  shippedPath: join(tmpdir(), 'vigil-no-shipped.json'),
  reloadMs: 0,
})

describe('a sentiment model whose weight files are missing', () => {
  let dir: string
  let warnings: Error[]
  const onWarning = (w: Error) => {
    if ((w as Error & { code?: string }).code === 'VIGIL_SENTIMENT_MODEL_NOT_LOADED') warnings.push(w)
  }
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vigil-weights-'))
    warnings = []
    process.on('warning', onWarning)
  })
  afterEach(() => {
    process.off('warning', onWarning)
    rmSync(dir, { recursive: true, force: true })
  })
  // Warnings are emitted on the next tick.
  const settle = () => new Promise((r) => setImmediate(r))

  it('names the missing .bin file when the model is required', () => {
    const path = writeModel(dir, ['en'])
    expect(() => loadLinearModel(path, true)).toThrow(/missing 1 of its 2 weight files: .*m\.de\.bin/)
    expect(() => createSentimentScorer({ modelPath: path })).toThrow(/m\.de\.bin/)
  })

  it('falls back to the lexicon in auto mode, but says so: a note and a process warning naming the file', async () => {
    const path = writeModel(dir, [])
    const nlp = createEnricher({ brands: loadBrands(), sentimentConfig: auto(path) })
    expect(nlp.sentimentModel).toBe('lexicon')
    expect(nlp.sentimentModelVersion).toBe('lexicon@builtin')
    expect(nlp.sentimentModelNote).toMatch(
      /not loaded: .*missing 2 of its 2 weight files: .*m\.en\.bin, .*m\.de\.bin/,
    )
    await settle()
    expect(warnings).toHaveLength(1)
    expect(warnings[0]!.message).toContain(join(dir, 'm.en.bin'))
  })

  it('loads the model, silently, when every weight file is there', async () => {
    const path = writeModel(dir, ['en', 'de'])
    const nlp = createEnricher({ brands: loadBrands(), sentimentConfig: auto(path) })
    expect(nlp.sentimentModel).toBe('trained')
    expect(nlp.sentimentModelNote).toBeNull()
    // The bias makes a plainly happy post negative: the model, not the lexicon, answered.
    const m = nlp.enrich(mention('I love this bank, great service', 'en'))
    expect(m.sentiment.label).toBe('negative')
    await settle()
    expect(warnings).toHaveLength(0)
  })
})
