import { readFileSync } from 'node:fs'
import { type BrandConfig, loadBrands } from '@vigil/config'
import { describe, expect, it } from 'vitest'
import { mention } from '../test-fixtures/mention.js'
import { createEnricher, loadEnricher } from './enricher.js'
import { extractEntities } from './entities.js'
import { classifyIntent } from './intent.js'
import { intentWords } from './intent-words.js'
import { loadLanguageDetector, registerLanguageWords } from './lang.js'
import { WordTable } from './perf/word-table.js'
import { createSentimentScorer } from './sentiment/index.js'
import { registerStopwords } from './stopwords.js'
import { cleanText, foldText, tokenize } from './text.js'

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

describe("an enricher's word table", () => {
  it('gives every analyser the same answer as its own word lists', async () => {
    // Built as createEnricher builds it: every analyser puts its words in the table.
    const table = new WordTable()
    registerLanguageWords(table)
    registerStopwords(table)
    intentWords().all.register(table)
    const scorer = createSentimentScorer({ modelPath: null, words: table })
    const detector = await loadLanguageDetector()
    let sentimentHits = 0
    for (const raw of texts) {
      const text = cleanText(raw)
      const folded = foldText(text)
      const { words } = tokenize(folded)
      const row = table.lookup(words)
      const lang = detector.detect(text, null, words)
      expect(detector.detect(text, null, words, row), text).toEqual(lang)
      expect(extractEntities(text, folded, words, row), text).toEqual(extractEntities(text, folded, words))
      const plain = scorer.score(text, lang.lang, folded, words)
      const viaRow = scorer.score(text, lang.lang, folded, words, table.lookup(words))
      expect(viaRow, text).toEqual(plain)
      if (plain.evidence.hits > 0) sentimentHits++
      const base = { text, folded, words, sentiment: plain, hashtags: [], urls: [], handles: [] }
      expect(classifyIntent({ ...base, row }), text).toEqual(classifyIntent(base))
    }
    // The texts reach the lexicons, so the comparison is not vacuous.
    expect(sentimentHits).toBeGreaterThan(20)
    expect(table.size).toBeGreaterThan(10_000)
  })

  it('answers a word registered after it was looked up, and a word sharing its slot', () => {
    const table = new WordTable()
    expect(table.lookup(['zqxxxx1']).facts[0]).toBeUndefined()
    const first = table.entry('zqmemo1')
    expect(table.lookup(['zqmemo1', 'zqxxxx1']).facts).toEqual([first, undefined])
    const second = table.entry('zqxxxx1')
    expect(table.lookup(['zqxxxx1', 'zqmemo1', 'zqxxxx1']).facts).toEqual([second, first, second])
    expect(second.word).toBe('zqxxxx1')
  })

  it('is its own: a word put in one table is not in another', () => {
    const a = new WordTable()
    const b = new WordTable()
    a.entry('zqonlyina').stop = true
    expect(a.lookup(['zqonlyina']).facts[0]?.stop).toBe(true)
    expect(b.lookup(['zqonlyina']).facts[0]).toBeUndefined()
    expect(b.size).toBe(0)
  })
})

describe('two enrichers in one process', () => {
  const zq: BrandConfig = {
    id: 'zqbank',
    name: 'Zqbank',
    role: 'own',
    aliases: ['Zqbank'],
    caseSensitiveAliases: [],
    ambiguousAliases: [],
    handles: [],
    hashtags: [],
    cashtags: [],
    domains: [],
    exclusions: [],
    markets: ['nl'],
    size: 'small',
  }

  it('answer by their own configuration, whatever the other one did before or after', async () => {
    const text = 'Zqbank en Northwind liggen er weer uit, ik kan niet inloggen'
    const plain = createEnricher({ brands: loadBrands(), sentimentModelPath: null })
    const before = plain.enrich(mention(text, null, 'x:1'), '2026-01-01T00:00:01.000Z')
    const other = await loadEnricher({
      brands: [...loadBrands(), zq],
      sentimentModelPath: null,
      intentModelPath: null,
    })
    const theirs = other.enrich(mention(text, null, 'x:1'), '2026-01-01T00:00:01.000Z')
    const after = plain.enrich(mention(text, null, 'x:1'), '2026-01-01T00:00:01.000Z')
    expect(before.brands.map((b) => b.brand)).toEqual(['northwind'])
    expect(theirs.brands.map((b) => b.brand).sort()).toEqual(['northwind', 'zqbank'])
    expect(theirs.models?.intent).toBe('intent-rules@builtin')
    expect(before.models?.intent).not.toBe('intent-rules@builtin')
    expect(after).toEqual(before)
  })

  it('keep their own memory of texts and authors', () => {
    const a = createEnricher({ brands: loadBrands(), sentimentModelPath: null })
    const b = createEnricher({ brands: loadBrands(), sentimentModelPath: null })
    const text = 'you are all idiots, worst bank ever'
    const crowd = (e: typeof a) =>
      ['p', 'q', 'r'].map((author) => {
        const m = mention(text, 'en', `x:${author}`)
        m.author = { ...m.author!, id: author }
        return e.enrich(m, '2026-01-01T00:00:01.000Z')
      })
    const inA = crowd(a)
    expect(inA[2]!.intentReasons).toContain('same text from 3 authors within a day')
    // b has seen none of a's posts: its first post of the text is not a crowd.
    const first = b.enrich(
      { ...mention(text, 'en', 'x:s'), author: { ...mention(text).author!, id: 's' } },
      '2026-01-01T00:00:01.000Z',
    )
    expect(first.intentReasons.some((r) => r.startsWith('same text from'))).toBe(false)
  })
})
