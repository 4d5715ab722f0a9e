import { loadBrands } from '@vigil/config'
import type { Mention } from '@vigil/schema'
import { describe, expect, it } from 'vitest'
import { mention } from '../test-fixtures/mention.js'
import { createEnricher } from './enricher.js'

// Posts written for this test (not in the training templates, the held-out families nor
// data/intent/care-eval.mjs), through the shipped intent model and its rules.
const enricher = createEnricher({ brands: loadBrands(), sentimentModelPath: null })
let n = 0
const post = (text: string): Mention => ({
  ...mention(text),
  id: `policy-${n}`,
  author: {
    id: `policy-author-${n++}`,
    handle: 'someone',
    followers: 10,
    verified: false,
    isBrandAccount: false,
  },
})
const intentOf = (text: string) => enricher.enrich(post(text)).intent

describe('a question about refunds or fees is a question, a refund asked for a harm done is a complaint', () => {
  it('asking how refunds and fees work stays a question', () => {
    for (const text of [
      'Does Northwind refund the fee?',
      'Does Northwind refund the annual fee when you close the account?',
      'Does Crest Bank charge a fee for payments abroad?',
      'Havenbank, krijg ik terugbetaling van de kosten als ik opzeg?',
      'Northwind, ¿hay devolución de la comisión si cancelo la tarjeta?',
      "Remboursement des frais chez Havenbank, c'est possible ?",
      '莲花银行退款要多久？',
    ]) {
      expect(intentOf(text), text).toBe('question')
    }
  })

  it('a question that names money taken or a card blocked is still care work', () => {
    for (const text of [
      'Why did Northwind charge me twice, will they refund?',
      'Can you refund my money, my card was blocked?',
      'Why are there hidden fees on my Crest Bank account?',
    ]) {
      expect(intentOf(text), text).toBe('complaint')
    }
  })
})

describe('comment spam is spam without a link', () => {
  it('self-promotion of a channel or crypto doubling is spam', () => {
    for (const text of [
      'Great song!! Please check out my channel, I post covers every week',
      'sub4sub anyone? I always subscribe back',
      'Double your bitcoin in 24 hours, send BTC to the address in my bio',
      'Abonnez-vous à ma chaîne pour plus de vidéos',
    ]) {
      const out = enricher.enrich(post(text))
      expect(out.intent, text).toBe('spam')
      expect(out.intentReasons?.join(' '), text).toMatch(/self-promotion|promotional|model: spam/)
    }
  })

  it('a customer who names a problem or asks about crypto is not spam', () => {
    expect(intentOf('Northwind blocked my card when I tried to buy bitcoin, unacceptable')).toBe('complaint')
    expect(intentOf('Does Crest Bank let you buy bitcoin in the app?')).toBe('question')
  })
})

describe('abuse in French is a troll, an angry French customer is not', () => {
  it('French insults with no banking problem are troll', () => {
    for (const text of [
      'Crest Bank, vous êtes des enfoirés et des guignols',
      'Havenbank bande de racaille, cassez-vous',
      '@NorthwindHelp espèces de minables, va en enfer',
    ]) {
      expect(intentOf(text), text).toBe('troll')
    }
  })

  it('insults beside a concrete problem stay a complaint', () => {
    expect(intentOf('Northwind bande de guignols, ma carte est bloquée depuis trois jours')).toBe('complaint')
  })

  it('"débiles" is not abuse where it means weak (Spanish results news)', () => {
    expect(intentOf('Havenbank recortará 800 empleos tras unos resultados débiles')).not.toBe('troll')
  })
})
