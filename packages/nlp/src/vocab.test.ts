import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractEntities } from './entities.js'
import { classifyIntent } from './intent.js'
import { intentWords } from './intent-words.js'
import { detectLanguage } from './lang.js'
import { createSentimentScorer } from './sentiment/index.js'
import { cleanText, foldText, tokenize } from './text.js'
import { vocabEntry, wordFacts } from './vocab.js'

const corpus = (
  JSON.parse(readFileSync(new URL('../test-fixtures/brand-corpus.json', import.meta.url), 'utf8')) as {
    cases: { text: string }[]
  }
).cases.map((c) => c.text)
const texts = [
  ...corpus,
  'This is NOT good at all, the app is terrible but support was great!!',
  'yaar mera card phir se block ho gaya, bahut bura',
  'Mijn pas is niet geblokkeerd, dank je wel',
  '莲花银行太差了，不开心 😡',
  'بنك النور ممتاز جدا',
  'free bitcoin giveaway, you idiots charged twice',
]

describe('shared word table', () => {
  it('gives every analyser the same answer as its own word lists', () => {
    const scorer = createSentimentScorer({ modelPath: null })
    // The cue lists register in the word table when first built (createEnricher does it).
    intentWords()
    let sentimentHits = 0
    for (const raw of texts) {
      const text = cleanText(raw)
      const folded = foldText(text)
      const { words } = tokenize(folded)
      const row = wordFacts(words)
      const lang = detectLanguage(text, null, words)
      expect(detectLanguage(text, null, words, row), text).toEqual(lang)
      expect(extractEntities(text, folded, words, row), text).toEqual(extractEntities(text, folded, words))
      const plain = scorer.score(text, lang.lang, folded, words)
      const viaRow = scorer.score(text, lang.lang, folded, words, wordFacts(words))
      expect(viaRow, text).toEqual(plain)
      if (plain.evidence.hits > 0) sentimentHits++
      const base = { text, folded, words, sentiment: plain, hashtags: [], urls: [], handles: [] }
      expect(classifyIntent({ ...base, row }), text).toEqual(classifyIntent(base))
    }
    // The texts reach the lexicons, so the comparison is not vacuous.
    expect(sentimentHits).toBeGreaterThan(20)
  })
})

describe('word table memo', () => {
  it('answers a word registered after it was looked up, and a word sharing its slot', () => {
    // Same length, first two and last characters: one filter key, so one memo slot.
    expect(wordFacts(['zqxxxx1']).facts[0]).toBeUndefined()
    const first = vocabEntry('zqmemo1')
    expect(wordFacts(['zqmemo1', 'zqxxxx1']).facts).toEqual([first, undefined])
    const second = vocabEntry('zqxxxx1')
    expect(wordFacts(['zqxxxx1', 'zqmemo1', 'zqxxxx1']).facts).toEqual([second, first, second])
    expect(second.word).toBe('zqxxxx1')
  })
})
