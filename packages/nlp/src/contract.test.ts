/**
 * The enricher's output is the next stage's input: whatever text arrives, what it emits must
 * decode with the wire contract's decoder (packages/schema), limits included. A post the
 * enricher accepts and the sink then refuses would never reach the archive.
 */
import { loadBrands } from '@vigil/config'
import { decodeEnrichedMention, LIMITS, type Mention } from '@vigil/schema'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createEnricher } from './enricher.js'

const enricher = createEnricher({ brands: loadBrands(), sentimentModelPath: null })

const mention = (text: string, url = ''): Mention => ({
  id: 'x:contract',
  event: 'create',
  platform: 'x',
  kind: 'post',
  url,
  author: { id: 'u1', handle: 'someone', followers: 5, verified: false, isBrandAccount: false },
  text,
  createdAt: '2026-11-23T10:00:00.000Z',
  receivedAt: '2026-11-23T10:00:01.000Z',
  inReplyTo: null,
  conversationId: null,
  engagement: { likes: 0, shares: 0, replies: 0, views: 0 },
  rating: null,
  appVersion: null,
  lang: null,
})

const decodesAfterEnrichment = (m: Mention) => {
  const out = enricher.enrich(m)
  const r = decodeEnrichedMention(Buffer.from(JSON.stringify(out)))
  expect(r.kind === 'ok' ? '' : r.reason).toBe('')
}

// Pieces a hostile or unusual post is made of, each up to the wire limits.
const link = fc.integer({ min: 1, max: LIMITS.urlChars }).map((n) => `https://bank.example/${'p'.repeat(n)}`)
const word = fc.stringMatching(/^[a-zà-ÿ]{1,40}$/)
const piece = fc.oneof(
  word,
  link,
  word.map((w) => `#${w}`),
  word.map((w) => `@${w.slice(0, 30)}`),
  fc.constantFrom(
    'Northwind',
    'Crest Bank',
    '莲花银行',
    'بنك النور',
    '$NWB',
    '4111 1111 1111 1111',
    'x'.repeat(3000),
  ),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
)
const post = fc
  .array(piece, { minLength: 1, maxLength: 80 })
  .map((xs) => xs.join(' ').slice(0, LIMITS.textChars))

describe('enricher output honours the wire contract', () => {
  it('a post with a 1,500-character link is enriched into a record every stage accepts', () => {
    const l = `https://bank.example/${'a'.repeat(1_480)}`
    decodesAfterEnrichment(mention(`Northwind statement here ${l} #fail`, l))
  })
  it('a post of the longest text allowed, made of hashtags, still decodes', () => {
    const text = Array.from({ length: 4000 }, (_, i) => `#tag${i}`)
      .join(' ')
      .slice(0, LIMITS.textChars)
    decodesAfterEnrichment(mention(text))
  })
  it('any post of links, tags, handles, scripts and long words decodes after enrichment', () => {
    fc.assert(
      fc.property(post, (text) => {
        if (text.trim() === '') return
        // Only what the wire accepts reaches the enricher: decodeMention refuses a text with
        // U+FFFD (it was broken UTF-8), so such a post never gets here.
        if (text.includes('\uFFFD')) return
        decodesAfterEnrichment(mention(text))
      }),
      { numRuns: 120 },
    )
  })
})
