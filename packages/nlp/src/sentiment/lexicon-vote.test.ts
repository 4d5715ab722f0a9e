import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FEATURES_VERSION } from './features.js'
import { createSentimentScorer } from './index.js'

const DIM = 1024

/**
 * A model that leans `negative` for every English post (bias 1 on the negative class), with
 * the given lexicon vote (`lexiconVote` in the metadata; absent: 0, as older files).
 */
function leaningModel(vote: number | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-vote-'))
  const w = new Float32Array(3 * DIM)
  w[(DIM - 1) * 3] = 1
  writeFileSync(join(dir, 'm.en.bin'), Buffer.from(w.buffer))
  const lang = {
    classes: ['negative', 'neutral', 'positive'],
    file: 'm.en.bin',
    ...(vote === undefined ? {} : { lexiconVote: vote }),
  }
  const meta = {
    format: 'vigil-sentiment-linear-v3',
    features: FEATURES_VERSION,
    dim: DIM,
    fallback: 'en',
    langs: { en: lang },
  }
  writeFileSync(join(dir, 'm.json'), JSON.stringify(meta))
  return join(dir, 'm.json')
}

const POSITIVE = 'What a lovely day, I am really happy'
const PLAIN = 'Northwind opens a branch on Main Street on Monday'

describe('the lexicon vote of a linear model', () => {
  it('without a vote the model answers alone; with a vote the lexicon decides where the model leans weakly', () => {
    const lexicon = createSentimentScorer({ modelPath: null })
    expect(lexicon.score(POSITIVE, 'en').label).toBe('positive')
    expect(lexicon.score(PLAIN, 'en').label).toBe('neutral')

    const alone = createSentimentScorer({ modelPath: leaningModel(undefined) })
    expect(alone.score(POSITIVE, 'en').label).toBe('negative')
    expect(alone.score(PLAIN, 'en').label).toBe('negative')
    // An explicit 0 is the same model.
    expect(createSentimentScorer({ modelPath: leaningModel(0) }).score(PLAIN, 'en').label).toBe('negative')

    const voted = createSentimentScorer({ modelPath: leaningModel(4) })
    expect(voted.score(POSITIVE, 'en').label).toBe('positive')
    // The lexicon's neutral (no sentiment word) is a vote too.
    expect(voted.score(PLAIN, 'en').label).toBe('neutral')
  })

  it("a vote smaller than the model's lean leaves the model's answer", () => {
    const weak = createSentimentScorer({ modelPath: leaningModel(0.5) })
    expect(weak.score(PLAIN, 'en').label).toBe('negative')
  })
})
