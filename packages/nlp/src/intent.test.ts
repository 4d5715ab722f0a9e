import { readFileSync } from 'node:fs'
import { loadBrands } from '@vigil/config'
import { describe, expect, it } from 'vitest'
import { mention } from '../test-fixtures/mention.js'
import { createEnricher } from './enricher.js'
import { intentWords } from './intent-words.js'
import { foldText, tokenize } from './text.js'

const INTENT_WORDS = intentWords()

const enricher = createEnricher({ brands: loadBrands(), sentimentModelPath: null })
const intentOf = (text: string, lang: string | null = null) => enricher.enrich(mention(text, lang))

// Labelled examples: [text, expected intent]. Written by the team.
const CASES: [string, string][] = [
  ['@NorthwindHelp I was charged twice for the same payment, please fix this', 'complaint'],
  ['Northwind app down again. Third time this week. Useless.', 'complaint'],
  ['my card got declined at the supermarket, so embarrassing', 'complaint'],
  ['still waiting for my refund after 3 weeks @NorthwindBank', 'complaint'],
  ['Mijn rekening is geblokkeerd en niemand reageert', 'complaint'],
  ['莲花银行扣款两次，客服没人回复', 'complaint'],
  ['بنك النور خصم مرتين من حسابي', 'complaint'],
  ['Meine Karte ist gesperrt, funktioniert nicht', 'complaint'],
  ['How do I change my address in the Northwind app?', 'question'],
  ['Does anyone know if Crest Bank branches are open on Sunday?', 'question'],
  ['Hoe kan ik mijn pas activeren?', 'question'],
  ['请问莲花银行的网点几点开门？', 'question'],
  ['كيف افتح حساب في بنك النور؟', 'question'],
  ['Thank you Northwind for sorting my card so quickly, great service!', 'praise'],
  ['Bedankt Havenbank, super snel geholpen', 'praise'],
  ['谢谢莲花银行，服务很好', 'praise'],
  ['شكرا بنك النور خدمة ممتازة', 'praise'],
  ['Thank you Crestbank for refunding the fraud charge so quickly!', 'praise'],
  ['Shoutout to @NorthwindHelp, thanks for getting my lost card sorted in 5 minutes', 'praise'],
  ['Thanks for nothing Northwind, card blocked again', 'complaint'],
  ['Thanks, but my card is still blocked and nobody answers', 'complaint'],
  ['Northwind bankers are idiots and clowns, go to hell', 'troll'],
  ['you are all morons lol @NorthwindBank', 'troll'],
  ['FREE MONEY giveaway!!! DM me to double your bitcoin https://example.com/x', 'spam'],
  [
    'Guaranteed profit crypto signal, click the link in bio https://example.com #crypto #btc #forex #money #rich #bank',
    'spam',
  ],
  // A bank's results announcement is news (the trained model reads the article shape).
  ['Crest Bank announces quarterly results on Tuesday', 'news'],
]

describe('intent', () => {
  it.each(CASES)('%s → %s', (text, want) => {
    expect(intentOf(text).intent).toBe(want)
  })

  it('reads a bank announcement without a publisher as chatter or news, never care or moderation work', () => {
    // Written like a headline but posted by anyone: "other" and "news" are both right; what
    // matters is that it reaches neither the care inbox nor the troll and spam counts.
    expect(['other', 'news']).toContain(intentOf('Northwind opens a new office in Leeds next month').intent)
  })

  it('tells an angry customer with a real problem from a troll, and records why', () => {
    const angry = intentOf('you useless idiots charged me twice and froze my account')
    expect(angry.intent).toBe('complaint')
    expect(angry.intentReasons.join(' ')).toMatch(/angry customer, not a troll/)
    const troll = intentOf('you useless idiots, everyone at this bank is a clown')
    expect(troll.intent).toBe('troll')
    expect(troll.intentReasons.join(' ')).toMatch(/no concrete banking problem/)
  })

  it('records a reason for every intent other than "other"', () => {
    for (const [text, want] of CASES) {
      if (want !== 'other') expect(intentOf(text).intentReasons.length).toBeGreaterThan(0)
    }
  })

  it('flags a post with personal data for private follow-up', () => {
    const e = intentOf('my card 4111 1111 1111 1111 was charged twice')
    expect(e.pii).toEqual(['card'])
    expect(e.intentReasons).toContain('personal data exposed: hide the post and follow up privately')
    expect(e.text).not.toContain('4111 1111 1111 1111')
  })
})

describe('intent cue lists in one pass', () => {
  it('finds the same first cue per list as each list searched on its own', () => {
    const corpus = (
      JSON.parse(readFileSync(new URL('../test-fixtures/brand-corpus.json', import.meta.url), 'utf8')) as {
        cases: { text: string }[]
      }
    ).cases
    const texts = [
      ...CASES.map(([t]) => t),
      ...corpus.map((c) => c.text),
      'you idiots charged twice, free bitcoin giveaway, thank you so much',
      '垃圾银行 扣款两次 免费领取 谢谢',
    ]
    let withHit = 0
    for (const text of texts) {
      const folded = foldText(text)
      const words = tokenize(folded).words
      const all = INTENT_WORDS.all.find(words, folded)
      for (const list of ['spam', 'problem', 'abuse', 'praise'] as const) {
        expect(all[list], `${list} in ${text}`).toBe(INTENT_WORDS[list].find(words, folded))
        if (all[list] !== null) withHit++
      }
    }
    // The texts do reach cues of every kind, so the comparison is not vacuous.
    expect(withHit).toBeGreaterThan(50)
  })
})
