import { loadBrands } from '@vigil/config'
import type { Mention } from '@vigil/schema'
import { describe, expect, it } from 'vitest'
import { mention } from '../test-fixtures/mention.js'
import { createEnricher } from './enricher.js'
import { fingerprint, IntentMemory } from './intent-memory.js'

// The shipped intent model (models/intent-shipped.json) with the signals beyond the text.
const enricher = createEnricher({ brands: loadBrands(), sentimentModelPath: null })
const post = (text: string, extra: Partial<Mention> = {}, author = 'someone'): Mention => ({
  ...mention(text),
  ...extra,
  author: { id: author, handle: author, followers: 10, verified: false, isBrandAccount: false },
})

describe('intent classifier (shipped model + signals)', () => {
  it('reads a Dutch and an Arabic "charged twice, please refund" with a card number as a complaint', () => {
    for (const text of [
      'Havenbank heeft twee keer 89 euro afgeschreven, graag terugstorten! Kaart 4111 1111 1111 1111',
      'بنك النور خصم مني المبلغ مرتين، أرجو استرجاع المبلغ. البطاقة ٤١١١ ١١١١ ١١١١ ١١١١',
    ]) {
      const out = enricher.enrich(post(text))
      expect(out.intent, text).toBe('complaint')
      expect(out.intentReasons.join(' ')).toMatch(/model: |personal data/)
    }
  })

  it('reads a customer whose bank is down (no login, no payments) as a complaint in every language', () => {
    // Written for this test, not taken from the training templates or the demo generator. Before
    // outage complaints were in the training families the model read them as other, news,
    // question or troll, and crisis-eval counted too few complaints to catch an outage in time.
    for (const text of [
      "Crest Bank online banking won't load and I can't pay my bills today",
      'Crest Bank website down for everyone? transfers just spin',
      'Northwind ligt er al de hele middag uit, betalen lukt niet',
      'Havenbank Onlinebanking ausgefallen, kann nicht bezahlen seit heute früh',
      'Crest Bank encore en panne ce soir, impossible de se connecter à mon compte',
      'Northwind caído desde esta mañana, no puedo entrar a mi cuenta',
      'تطبيق بنك النور معطل منذ الصباح ولا أستطيع الدخول إلى حسابي',
      '莲花银行APP又挂了，转账一直付不了',
    ]) {
      expect(enricher.enrich(post(text)).intent, text).toBe('complaint')
    }
  })

  it('reads a card number next to "blocked" as a customer in trouble, not spam', () => {
    // The model had read the masked card number as a scammer's contact number (spam 67%).
    const out = enricher.enrich(
      post('Northwind my card 4111 1111 1111 1111 blocked again at the till, why??'),
    )
    expect(out.intent).toBe('complaint')
    // A promotion with a card-looking number and a link stays spam.
    const promo = enricher.enrich(
      post('FREE money!!! send your card 4111 1111 1111 1111 to claim, click https://win.example/now'),
    )
    expect(promo.intent).toBe('spam')
  })

  it('reads a positive post with a praise term as praise, by the model or, when it hesitates towards other, by the rule', () => {
    // Since intent9 the model (fitted on the blind sets too) reads this one as praise itself.
    const out = enricher.enrich(post('Northwind staff at the Leeds branch were amazing with my gran'))
    expect(out.intent).toBe('praise')
    expect(out.intentReasons.join(' | ')).toMatch(/model: praise|praise term in a positive post/)
  })

  it('calls abuse without a banking problem troll in Dutch and English', () => {
    expect(enricher.enrich(post('Havenbank stelletje klootzakken, kankerbank')).intent).toBe('troll')
    expect(enricher.enrich(post('Northwind employees are all idiots and clowns')).intent).toBe('troll')
  })

  it("reads a bank's quarterly results as news, and anything on the news platform as news", () => {
    expect(enricher.enrich(post('莲花银行第三季度净利润同比增长12%，利息收入上升')).intent).toBe('news')
    const article = enricher.enrich(
      post('Crest Bank customers hit by outage, refunds promised', { platform: 'news' }),
    )
    expect(article.intent).toBe('news')
    expect(article.intentReasons.join(' ')).toContain('news platform')
  })

  it("reads a customer's fee complaint as a complaint, not news, unless an article stands behind it", () => {
    // Written for this test (not the training templates or the demo generator); the model alone
    // reads each as a fee headline (news 40-50%), which kept fee waves out of the complaints count.
    for (const text of [
      'Crest Bank erhöht die Kontoführungsgebühren zum Monatsende, unverschämt',
      '莲花银行下月起上调账户管理费，太过分了',
      'بنك النور يرفع رسوم الحساب الشهر المقبل، مخجل',
    ]) {
      const out = enricher.enrich(post(text))
      expect(out.intent, text).toBe('complaint')
      // When the model leaned news, the rule says why it is a customer's post (whether the model
      // leans news at all moves between retrains; the answer must not).
      if (out.intentReasons[0]?.startsWith('model: news'))
        expect(out.intentReasons.join(' '), text).toContain('no publisher or link')
    }
    // The same words from a publisher, on the news platform or with a link to the piece: an article.
    const fee = 'Crest Bank erhöht die Kontoführungsgebühren zum Monatsende, unverschämt'
    expect(enricher.enrich(post(fee, {}, 'reuters')).intent).toBe('news')
    expect(enricher.enrich(post(fee, { platform: 'news' })).intent).toBe('news')
    expect(enricher.enrich(post(`${fee} https://example.com/artikel`)).intent).not.toBe('complaint')
  })

  it('marks the same message from many authors as a coordinated run, with the reason', () => {
    const e = createEnricher({ brands: loadBrands(), sentimentModelPath: null })
    const text =
      'Northwind is a bank run by idiots and crooks, everyone withdraw your money now https://x.co/a'
    const outs = ['a1', 'a2', 'a3', 'a4'].map((a) => e.enrich(post(text, {}, a)))
    expect(outs[0]!.intentReasons.join(' ')).not.toContain('same text')
    expect(outs[3]!.intentReasons).toContain('same text from 4 authors within a day')
    expect(['troll', 'spam']).toContain(outs[3]!.intent)
  })

  it('keeps a crowd of customers repeating the same outage complaint a complaint, not a raid', () => {
    // During an outage many customers post the same words; calling them trolls would hide the
    // crisis from the detector (crisis-eval missed every outage when they were).
    const e = createEnricher({ brands: loadBrands(), sentimentModelPath: null })
    const texts = [
      'Northwind Bank app down again?? cannot log in at all #NorthwindDown',
      'App van Northwind ligt er weer uit, kan niet inloggen #NorthwindDown',
      'Haven Bank mijn kaart **** **** **** 4040 is twee keer belast, graag terugbetalen',
      'New Northwind app update 7.4.0 is really smooth, love the spending insights',
    ]
    for (const text of texts) {
      const outs = ['c1', 'c2', 'c3', 'c4', 'c5'].map((a) => e.enrich(post(text, {}, `${a}-${text.length}`)))
      expect(outs[4]!.intentReasons.join(' ')).toContain('same text from 5 authors')
      expect(outs.map((o) => o.intent)).not.toContain('troll')
      expect(outs.map((o) => o.intent)).not.toContain('spam')
    }
  })

  it("remembers an author's abusive posts and names them in the reasons", () => {
    const e = createEnricher({ brands: loadBrands(), sentimentModelPath: null })
    for (const t of ['Northwind you idiots', 'Northwind morons and clowns', 'go to hell Northwind scum']) {
      e.enrich(post(t, {}, 'troll-1'))
    }
    const next = e.enrich(post('Northwind idiots again lol', {}, 'troll-1'))
    expect(next.intent).toBe('troll')
    expect(next.intentReasons.join(' ')).toMatch(/author: \d of \d recent posts abusive/)
  })
})

describe('intent memory', () => {
  it('stays bounded and forgets the oldest author first', () => {
    const m = new IntentMemory({ authors: 2, texts: 2 })
    m.author('a', '2026-01-01T00:00:00Z', true)
    m.author('b', '2026-01-01T00:00:00Z', false)
    m.author('c', '2026-01-01T00:00:00Z', false)
    // 'a' was forgotten: its count restarts.
    expect(m.author('a', '2026-01-01T00:01:00Z', false).posts).toBe(1)
    expect(m.author('c', '2026-01-01T00:02:00Z', false).posts).toBe(2)
  })

  it('counts distinct authors per message (links and numbers aside), never anonymous replays', () => {
    const m = new IntentMemory()
    expect(fingerprint('win now https://a.co/1 #win 123')).toBe(
      fingerprint('win now https://b.co/2 #win 456'),
    )
    const t = 'claim your bonus before midnight, click here'
    expect(m.sameText(t, 'u1', null)).toBe(1)
    expect(m.sameText(t, 'u1', null)).toBe(1)
    expect(m.sameText(t, 'u2', null)).toBe(2)
    expect(m.sameText(t, null, null)).toBe(0)
  })
})
