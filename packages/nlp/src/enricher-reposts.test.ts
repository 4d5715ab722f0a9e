import { loadBrands } from '@vigil/config'
import type { Mention } from '@vigil/schema'
import { describe, expect, it } from 'vitest'
import { mention } from '../test-fixtures/mention.js'
import { createEnricher } from './enricher.js'

const now = '2026-01-01T00:00:02.000Z'

/** The same post from several authors, as a retweet storm or a copied spam run sends it. */
function repost(text: string, author: string, lang: string | null = null): Mention {
  const m = mention(text, lang, `x:${author}`)
  return { ...m, author: { ...m.author, id: author, handle: author } }
}

const TEXTS = [
  'Northwind app down again, charged twice! card 4111 1111 1111 1111 😡',
  'Left Crest Bank for Northwind, best decision ever',
  '莲花银行的app又崩了，扣款两次，客服没人回复 #莲花银行#',
  'بنك النور جمد حسابي والتطبيق معطل',
  'FREE giveaway!!! DM me to double your bitcoin https://example.com/x #crypto',
  'my OTP is 482913 do not share @NorthwindHelp',
]

describe('enricher memo of texts (reposts read once)', () => {
  it('enriches every repost exactly as an enricher without the memo does, intent per post', () => {
    const brands = loadBrands()
    const memo = createEnricher({ brands, sentimentModelPath: null, textMemo: 4096 })
    const plain = createEnricher({ brands, sentimentModelPath: null, textMemo: 0 })
    const posts: Mention[] = []
    for (let round = 0; round < 4; round++)
      for (const t of TEXTS) posts.push(repost(t, `author${round}`, round === 3 ? 'en' : null))
    for (const m of posts) expect(memo.enrich(m, now)).toEqual(plain.enrich(m, now))
    // Intent still reads each post's author: the fourth author of the spam run is counted.
    const last = memo.enrich(repost(TEXTS[4]!, 'author9'), now)
    expect(last.intentReasons.some((r) => /same text from \d+ authors/.test(r))).toBe(true)
  })

  it('masks personal data in a repost too, and hands each mention its own arrays', () => {
    const e = createEnricher({ brands: loadBrands(), sentimentModelPath: null, textMemo: 4096 })
    // The memo keeps a text's reading the second time it comes (the first only marks it).
    const first = e.enrich(repost(TEXTS[0]!, 'a1'), now)
    const kept = e.enrich(repost(TEXTS[0]!, 'a2'), now)
    expect(kept.text).toBe('Northwind app down again, charged twice! card **** **** **** 1111 😡')
    kept.brands.push({ brand: 'someone-else', via: 'test' })
    kept.terms.length = 0
    kept.pii.length = 0
    const third = e.enrich(repost(TEXTS[0]!, 'a3'), now)
    expect(third.text).toBe(first.text)
    expect(third.brands).toEqual(first.brands)
    expect(third.terms).toEqual(first.terms)
    expect(third.pii).toEqual(['card'])
  })

  it('gives a brand stance object to each mention of a two-brand post', () => {
    const e = createEnricher({ brands: loadBrands(), sentimentModelPath: null, textMemo: 4096 })
    const a = e.enrich(repost(TEXTS[1]!, 'a1'), now)
    const kept = e.enrich(repost(TEXTS[1]!, 'a2'), now)
    expect(a.brands.length).toBeGreaterThan(1)
    expect(a.brands.every((x) => x.sentiment !== undefined)).toBe(true)
    const before = structuredClone(a.brands)
    kept.brands[0]!.sentiment!.label = before[0]!.sentiment!.label === 'positive' ? 'negative' : 'positive'
    kept.brands[0]!.sentiment!.score = 0.123
    expect(e.enrich(repost(TEXTS[1]!, 'a3'), now).brands).toEqual(before)
  })

  it('reads a text again under another language tag (the platform tag decides the language)', () => {
    const e = createEnricher({ brands: loadBrands(), sentimentModelPath: null, textMemo: 4096 })
    const t = 'ok'
    expect(e.enrich(repost(t, 'a1', 'nl'), now).lang).toBe('nl')
    expect(e.enrich(repost(t, 'a2', 'de'), now).lang).toBe('de')
    expect(e.enrich(repost(t, 'a3', 'nl'), now).lang).toBe('nl')
  })
})

describe('enricher memo of texts, long posts', () => {
  it('reads a long post every time and still masks it the same way', () => {
    const e = createEnricher({ brands: loadBrands(), sentimentModelPath: null, textMemo: 4096 })
    const long = `${'Northwind app slow today. '.repeat(60)}card 4111 1111 1111 1111`
    const a = e.enrich(repost(long, 'a1'), now)
    const b = e.enrich(repost(long, 'a2'), now)
    expect(b).toEqual({ ...a, id: b.id, author: b.author, intentReasons: b.intentReasons, intent: b.intent })
    expect(b.text.endsWith('card **** **** **** 1111')).toBe(true)
  })
})

describe('enricher memo of texts, configuration', () => {
  it('is off unless asked for, and refuses a VIGIL_TEXT_MEMO that is not a whole number', () => {
    const before = process.env.VIGIL_TEXT_MEMO
    try {
      process.env.VIGIL_TEXT_MEMO = 'lots'
      expect(() => createEnricher({ brands: loadBrands(), sentimentModelPath: null })).toThrow(
        /VIGIL_TEXT_MEMO/,
      )
      process.env.VIGIL_TEXT_MEMO = '2048'
      const e = createEnricher({ brands: loadBrands(), sentimentModelPath: null })
      expect(e.enrich(repost(TEXTS[2]!, 'a1'), now).terms).toContain('莲花')
    } finally {
      if (before === undefined) delete process.env.VIGIL_TEXT_MEMO
      else process.env.VIGIL_TEXT_MEMO = before
    }
  })
})
