import { loadBrands } from '@vigil/config'
import type { Mention } from '@vigil/schema'
import { describe, expect, it } from 'vitest'
import { mention } from '../test-fixtures/mention.js'
import { createEnricher } from './enricher.js'

// Posts written for this test (not in the training templates, the held-out families, the
// care set or the fresh set), through the shipped intent model and its rules: the class a
// care agent would see in the inbox.
const enricher = createEnricher({ brands: loadBrands(), sentimentModelPath: null })
let n = 0
const post = (text: string, isBrandAccount = false): Mention => ({
  ...mention(text),
  id: `gen-${n}`,
  author: { id: `gen-author-${n++}`, handle: 'someone', followers: 10, verified: false, isBrandAccount },
})
const intentOf = (text: string, brand = false) => enricher.enrich(post(text, brand)).intent

describe('insults from the open word list are abuse, in every language', () => {
  it('an insult with no problem named is troll', () => {
    for (const text of [
      '@NorthwindBank ihr seid echte Vollpfosten',
      'Crest Bank, menudos soplapollas trabajan ahí',
      'die klojo’s van Havenbank weer, wat een mafketels',
    ]) {
      expect(intentOf(text), text).toBe('troll')
    }
  })

  it('the same insult next to money taken stays a complaint', () => {
    expect(
      intentOf('Vollpfosten! Northwind hat meine Miete zweimal abgebucht, ich will mein Geld zurück'),
    ).toBe('complaint')
  })
})

describe('calling the bank thieves is abuse unless something was taken', () => {
  it('an accusation with insults and nothing named is troll', () => {
    expect(intentOf('Havenbank is een bende oplichters en sukkels, rot toch op')).toBe('troll')
  })
  it('an accusation with money taken is a complaint', () => {
    expect(intentOf('Havenbank oplichters, 2x €40 afgeschreven voor dezelfde pinbetaling, geld terug!')).toBe(
      'complaint',
    )
  })
})

describe('a question about what happens if is a question; a problem that happened is a complaint', () => {
  it('conditional questions about failures and fees stay questions', () => {
    for (const text of [
      '如果跨行转账失败了，莲花银行会退手续费吗？',
      'If a card payment fails abroad, does Northwind refund the fee?',
    ]) {
      expect(intentOf(text), text).toBe('question')
    }
  })
  it('the writer’s own failed transfer, or an Arabic "why" question about a charge, is a complaint', () => {
    // "لماذا" ("why") holds the letters of "اذا" ("if"): a why-question is not a conditional.
    for (const text of ['我的转账失败了，手续费会退吗？', 'لماذا خصم مزدوج على بطاقتي؟']) {
      expect(intentOf(text), text).toBe('complaint')
    }
  })
})

describe('a call to act on the writer’s own channel or a link is comment spam', () => {
  it('promotion without a link or a known spam phrase is spam', () => {
    for (const text of [
      'check out my latest beat, would mean a lot 🎧',
      'abonnez-vous à notre page https://example.org/page pour des astuces',
    ]) {
      expect(intentOf(text), text).toBe('spam')
    }
  })
  it('a customer pointing others at the bank, with no link or channel of their own, is not spam', () => {
    // The model alone reads "Check out the new Northwind app, it is really good" as spam
    // (43-49%): still weak, see the README; the call-to-act rule must not add to that.
    expect(intentOf('Great service from @NorthwindHelp today, follow them for outage updates')).toBe('praise')
    expect(
      intentOf(
        'the staff at the Northwind branch in Leeds were lovely, go check it out if you need help with a mortgage',
      ),
    ).not.toBe('spam')
  })
})

describe('a fine, takeover or appointment told about the bank is news, not a complaint', () => {
  it('headlines of corporate events are news in every language, even with the failings named', () => {
    for (const text of [
      'Watchdog fines Crest Bank £40m over weak money-laundering controls and fraud alerts ignored',
      'Toezichthouder legt Havenbank boete op wegens gebrekkige controles',
      'Northwind übernimmt Fintech-Startup für 300 Millionen Euro',
      'الهيئة تفرض غرامة على بنك النور بسبب ضعف إجراءات الامتثال',
      '莲花银行收购一家香港支付公司',
    ]) {
      expect(intentOf(text), text).toBe('news')
    }
  })
  it('a customer who names their own account beside a fine is still a complaint', () => {
    expect(intentOf('Crest got fined and still my account is frozen for 3 weeks, sort it out')).toBe(
      'complaint',
    )
  })
})

describe('a question opened by "anyone know" or "quick question" is a question without "?"', () => {
  it('English, Dutch and German openers', () => {
    for (const text of [
      'quick question, what is the cut-off time for same day transfers at Northwind',
      'weet iemand de openingstijden van het Havenbank kantoor in Leiden',
      'weiß jemand ob Northwind Apple Pay unterstützt',
    ]) {
      expect(intentOf(text), text).toBe('question')
    }
  })
})
