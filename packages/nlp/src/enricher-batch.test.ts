import { loadBrands } from '@vigil/config'
import type { Mention } from '@vigil/schema'
import { describe, expect, it } from 'vitest'
import { mention } from '../test-fixtures/mention.js'
import { createEnricher } from './enricher.js'
import { MAX_PII_SCAN_CHARS, PiiScanRefusedError } from './pii.js'

const now = '2026-01-01T00:00:02.000Z'

/** A post by `author`: the intent memory counts authors of the same text and their history. */
function by(author: string, text: string, i: number): Mention {
  const m = mention(text, null, `x:${i}`)
  return { ...m, author: { ...m.author, id: author, handle: author } }
}

const TEXTS = [
  'Northwind app down again, cannot log in 😡',
  '莲花银行的app又崩了，扣款两次，客服没人回复 #莲花银行#',
  'بنك النور جمد حسابي والتطبيق معطل',
  '@NorthwindHelp I was charged twice for the same payment, card 4111 1111 1111 1111',
  'Crest Bank is great but Northwind lost my money again, never again',
  'Mijn pas van Havenbank is weer geblokkeerd, storing bij inloggen',
  'FREE giveaway!!! DM me to double your bitcoin https://example.com/x #crypto #btc',
  '今天天气很好，我们去公园散步吧，然后吃饭',
]

/** 300 posts (more than one stage slice of 256): every text, a raid of one text by many authors, a refused text. */
function posts(): Mention[] {
  const ms: Mention[] = []
  for (let i = 0; i < 300; i++) {
    if (i % 9 === 4)
      ms.push(by(`raider${i}`, 'Northwind stole my savings, everyone close your accounts now', i))
    else if (i === 70) ms.push(by('long', 'x'.repeat(MAX_PII_SCAN_CHARS + 1), i))
    else ms.push(by(`u${i % 5}`, TEXTS[i % TEXTS.length]!, i))
  }
  return ms
}

describe('enrichBatch', () => {
  const opts = { brands: loadBrands(), sentimentModelPath: null }

  it('gives every mention exactly what enrich gives it one by one, in order, memory signals included', () => {
    const ms = posts()
    const one = createEnricher(opts)
    const expected = ms.map((m) => {
      try {
        return one.enrich(m, now)
      } catch (err) {
        return err
      }
    })
    const got = createEnricher(opts).enrichBatch(ms, now)
    expect(got).toHaveLength(ms.length)
    expect(got).toEqual(expected)
    // What a user sees: the raid is recognised across stage slices, the long text is refused.
    const raid = got.filter(
      (r) => !(r instanceof PiiScanRefusedError) && r.text.startsWith('Northwind stole'),
    )
    expect(raid.at(-1)).toMatchObject({
      intentReasons: expect.arrayContaining([expect.stringMatching(/^same text from \d+ authors/)]),
    })
    expect(got[70]).toBeInstanceOf(PiiScanRefusedError)
  })

  it('marks a mention whose analysis fails, and enriches the others', () => {
    const bad = { ...mention('ok'), text: 42 } as unknown as Mention
    const ms = [mention('Northwind app down again'), bad, mention('Thanks Crest Bank, great service')]
    const one = createEnricher(opts)
    expect(createEnricher(opts).enrichBatch(ms, now)).toEqual(ms.map((m) => one.enrich(m, now)))
  })

  it('with the text memo on, still gives what enrich gives one by one, detached from a method call', () => {
    const ms = posts().filter((_, i) => i !== 70)
    const memo = { ...opts, textMemo: 64 }
    const one = createEnricher(memo)
    const { enrichBatch } = createEnricher(memo)
    expect(enrichBatch(ms, now)).toEqual(ms.map((m) => one.enrich(m, now)))
  })
})
