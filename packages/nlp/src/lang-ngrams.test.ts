import { readFileSync } from 'node:fs'
import { eld } from 'eld/small'
import { describe, expect, it } from 'vitest'
import { loadEldSubsetScorer } from './lang-ngrams.js'

const SUBSET = ['en', 'nl', 'es', 'fr', 'de', 'it', 'pt', 'tr', 'ms', 'hi', 'ar', 'zh']

function fixtureTexts(): string[] {
  const read = (rel: string): unknown => JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8'))
  const samples = read('../data/lang-samples.json') as Record<string, string[] | string>
  const texts = Object.values(samples).flatMap((v) => (Array.isArray(v) ? v : []))
  for (const rel of ['../test-fixtures/brand-corpus.json', '../test-fixtures/pii-corpus.json']) {
    texts.push(...(read(rel) as { cases: { text: string }[] }).cases.map((c) => c.text))
  }
  return texts
}

describe('eld n-gram vote over our languages (lang-ngrams.ts)', () => {
  it("gives eld's own answer on every fixture text, its heads, word salads and odd strings", async () => {
    const scorer = await loadEldSubsetScorer(SUBSET)
    // Null would mean eld's files moved: lang.ts then calls eld, and this test must say so.
    expect(scorer).not.toBeNull()
    const detector = eld.newInstance()
    detector.setLanguageSubset(SUBSET)
    const texts = fixtureTexts()
    const words = texts.join(' ').split(/\s+/)
    let seed = 5
    const rnd = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
      return seed / 2 ** 32
    }
    for (let i = 0; i < 500; i++) {
      const n = 1 + Math.floor(rnd() * 12)
      texts.push(Array.from({ length: n }, () => words[Math.floor(rnd() * words.length)]).join(' '))
    }
    texts.push('', ' ', '123 456', "l'app d'une banque", 'it’s `odd`', 'a\uD800', '\uDC00b', 'x'.repeat(90))
    texts.push(
      `${'a'.repeat(75)} bank`,
      'ab '.repeat(200),
      '😡 app down',
      'ÇA NE MARCHE PAS',
      'İstanbul şube',
    )
    const wrong: string[] = []
    for (const t of texts.flatMap((x) => [x, x.slice(0, 100), x.slice(0, 20)])) {
      const want = detector.detect(t).language
      const got = scorer!(t)
      if (got !== want) wrong.push(`${JSON.stringify(t)}: eld ${want}, ours ${got}`)
    }
    expect(wrong.slice(0, 10)).toEqual([])
  })

  it('returns null for a language eld does not know (lang.ts then keeps eld)', async () => {
    expect(await loadEldSubsetScorer(['en', 'xx'])).toBeNull()
  })
})
