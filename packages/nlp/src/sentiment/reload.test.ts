import { mkdtempSync, renameSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadBrands } from '@vigil/config'
import { describe, expect, it } from 'vitest'
import { mention } from '../../test-fixtures/mention.js'
import { createEnricher } from '../enricher.js'
import { FEATURES_VERSION } from './features.js'
import { createSentimentScorer } from './index.js'
import { type SentimentModelConfig, sentimentModelConfig } from './model-config.js'

const DIM = 1024

/** A model whose bias (dense slot 0) makes every English post `label`; written atomically. */
function writeBiased(dir: string, label: 'negative' | 'positive', mtime: number): string {
  const w = new Float32Array(3 * DIM)
  w[(DIM - 1) * 3 + (label === 'negative' ? 0 : 2)] = 8
  writeFileSync(join(dir, `m.${label}.en.bin`), Buffer.from(w.buffer))
  const meta = {
    format: 'vigil-sentiment-linear-v3',
    features: FEATURES_VERSION,
    dim: DIM,
    fallback: 'en',
    langs: { en: { classes: ['negative', 'neutral', 'positive'], file: `m.${label}.en.bin` } },
  }
  // The trainer's way: weights first, then the metadata renamed into place in one step.
  writeFileSync(join(dir, 'm.json.tmp'), JSON.stringify(meta))
  renameSync(join(dir, 'm.json.tmp'), join(dir, 'm.json'))
  utimesSync(join(dir, 'm.json'), mtime, mtime)
  return join(dir, 'm.json')
}

function config(dir: string, mode: SentimentModelConfig['mode']): SentimentModelConfig {
  return { mode, localPath: join(dir, 'm.json'), shippedPath: join(dir, 'none.json'), reloadMs: 1000 }
}

describe('sentiment model hot reload', () => {
  it('picks up a retrained model file without a restart, and each mention records the version that scored it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-reload-'))
    writeBiased(dir, 'negative', 1_000)
    let clock = 0
    const scorer = createSentimentScorer({ config: config(dir, 'local'), now: () => clock })
    const first = scorer.version
    expect(scorer.model).toBe('trained')
    expect(first).toMatch(/^local@[0-9a-f]{12}$/)
    expect(scorer.score('the bank', 'en').label).toBe('negative')

    writeBiased(dir, 'positive', 2_000)
    // Before the next check the old model still answers (no I/O per post).
    clock = 500
    expect(scorer.score('the bank', 'en').label).toBe('negative')
    clock = 1_500
    expect(scorer.score('the bank', 'en').label).toBe('positive')
    expect(scorer.version).not.toBe(first)
  })

  it('keeps the answering model when the new file is broken, and says why', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-reload-'))
    writeBiased(dir, 'positive', 1_000)
    const scorer = createSentimentScorer({ config: config(dir, 'local'), now: () => 0 })
    const v = scorer.version
    writeFileSync(join(dir, 'm.json'), '{"format":"vigil-sentiment-linear-v3", broken')
    utimesSync(join(dir, 'm.json'), 3_000, 3_000)
    expect(scorer.reload()).toBe(false)
    expect(scorer.version).toBe(v)
    expect(scorer.score('the bank', 'en').label).toBe('positive')
    expect(scorer.modelNote).toContain('not loaded')
  })

  it('in auto mode moves from the lexicon to a local model that appears later', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-reload-'))
    const scorer = createSentimentScorer({
      config: {
        mode: 'auto',
        localPath: join(dir, 'm.json'),
        shippedPath: join(dir, 'missing.json'),
        reloadMs: 1,
      },
      now: () => 0,
    })
    expect(scorer.version).toBe('lexicon@builtin')
    writeBiased(dir, 'negative', 1_000)
    expect(scorer.reload()).toBe(true)
    expect(scorer.model).toBe('trained')
  })

  it('records the sentiment and intent model versions on every enriched mention', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-reload-'))
    writeBiased(dir, 'negative', 1_000)
    const enricher = createEnricher({ brands: loadBrands(), sentimentConfig: config(dir, 'local') })
    const out = enricher.enrich(mention('Northwind is fine'))
    expect(out.models?.sentiment).toBe(enricher.sentimentModelVersion)
    expect(out.models?.sentiment).toMatch(/^local@/)
    expect(out.models?.intent).toMatch(/^intent-/)
  })

  it('with VIGIL_SENTIMENT_MODEL=shipped answers with the committed open-data model only', () => {
    const scorer = createSentimentScorer({
      config: sentimentModelConfig({ VIGIL_SENTIMENT_MODEL: 'shipped' }),
    })
    expect(scorer.model).toBe('shipped')
    expect(scorer.version).toMatch(/^shipped@[0-9a-f]{12}$/)
    expect(scorer.score('the app is down again, charged twice, terrible service', 'en').label).toBe(
      'negative',
    )
    expect(scorer.score('geweldige service, heel erg bedankt!', 'nl').label).toBe('positive')
  })

  it('reads VIGIL_SENTIMENT_MODEL and refuses an unknown value with a clear error', () => {
    expect(sentimentModelConfig({ VIGIL_SENTIMENT_MODEL: 'shipped' }).mode).toBe('shipped')
    expect(sentimentModelConfig({}).mode).toBe('auto')
    expect(sentimentModelConfig({}).shippedPath).toMatch(/models[/\\]sentiment-shipped\.json$/)
    expect(() => sentimentModelConfig({ VIGIL_SENTIMENT_MODEL: 'best' })).toThrow(
      /expected one of auto, shipped, local, lexicon/,
    )
    expect(() =>
      createSentimentScorer({
        config: { ...config('/nonexistent', 'shipped'), shippedPath: '/nonexistent/x.json' },
      }),
    ).toThrow(/not found/)
  })
})
