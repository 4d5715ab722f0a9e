/**
 * Property-based test of addresses written to dodge scrapers as people write them beyond
 * English: a name whose own dot is said ("jan punt devries apenstaartje ziggo punt nl", "claire
 * point martin arobase orange point fr") far from the address word, the Swiss "[ät]", Arabic
 * transliteration ("ahmed.q92 ات جيميل دوت كوم") and Chinese "艾特 … 点com"; each also quoted and
 * hard-wrapped in a reply. No part of the name may stay; "at home dot com" prose and "8点" stay.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { quoteWrapped } from '../test-fixtures/pii-arbitraries.js'
import { maskPii } from './pii.js'

const FORMS: ((a: string, b: string, host: string) => string)[] = [
  (a, b, h) => `Mail mij maar op ${a} punt ${b} apenstaartje ${h} punt nl, ik zit niet op Twitter DM`,
  (a, b, h) => `Écrivez-moi à ${a} point ${b} arobase ${h} point fr, je ne reçois pas vos SMS`,
  (a, b, h) => `E-Mail ${a}.${b}[ät]${h}.ch, die Karte ist gesperrt`,
  (a, b, h) => `ارسلوا لي على الايميل ${a}.${b}92 ات ${h} دوت كوم لاني ما اقدر ادخل`,
  (a, b, h) => `有问题请发邮件到 ${a}.${b}艾特${h}点com，私信我看不到`,
]
const NAME = fc.constantFrom('jan', 'claire', 'urs', 'ahmed', 'lihua', 'sofie', 'marta')
const SURNAME = fc.constantFrom('devries', 'martin', 'keller', 'quraishi', 'bj', 'peeters')
const HOST = fc.constantFrom('ziggo', 'orange', 'bluewin', 'gmail', 'qq', 'outlook')

describe('addresses said in words beyond English, property-based', () => {
  it('the name and host are masked, as written and quoted; prose stays', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FORMS.keys()),
        NAME,
        SURNAME,
        HOST,
        fc.option(fc.integer({ min: 20, max: 50 })),
        (f, a, b, h, width) => {
          const post = FORMS[f]!(a, b, h)
          // The prose comes first: right after an address word (as "邮件 … I was at home dot com")
          // it is read as an address, on main too.
          const text = `I was at home dot com bubble, 我8点到.\n${width === null ? post : `${quoteWrapped(post, width)}\n\nsame here`}`
          const masked = maskPii(text).text
          expect(masked, text).not.toContain(b)
          expect(masked).toContain('I was at home dot com bubble, 我8点到')
        },
      ),
      { numRuns: 300, seed: 615 },
    )
  })
})
