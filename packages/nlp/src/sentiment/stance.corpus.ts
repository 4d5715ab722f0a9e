/**
 * Posts naming two banks, with what each says of each bank (hand-labelled, written for these
 * tests). Brands are the default configuration's: Northwind (northwind), Crest Bank (crest),
 * Havenbank (havenbank), Lotus Bank / 莲花银行 (lotus), Al Noor Bank / بنك النور (alnoor).
 */
import type { SentimentLabel } from '@vigil/schema'

export type StanceCase = [text: string, expected: Record<string, SentimentLabel>]

export const STANCE_CASES: StanceCase[] = [
  // Switches: the bank left behind loses, the one joined gains.
  [
    'Left Crest Bank for Northwind last month, their app actually works',
    { crest: 'negative', northwind: 'positive' },
  ],
  [
    'Finally ditched Northwind for Havenbank. No more surprise fees',
    { northwind: 'negative', havenbank: 'positive' },
  ],
  [
    'Switched from Crest Bank to Northwind and never looked back',
    { crest: 'negative', northwind: 'positive' },
  ],
  ['Moving from Havenbank to Crest Bank next week', { havenbank: 'negative', crest: 'positive' }],
  [
    'Just switched to Northwind from Crest Bank, so much easier',
    { northwind: 'positive', crest: 'negative' },
  ],
  [
    'Closed my account at Crest Bank and moved everything to Havenbank',
    { crest: 'negative', havenbank: 'positive' },
  ],
  [
    'Overgestapt van Havenbank naar Northwind, veel betere app',
    { havenbank: 'negative', northwind: 'positive' },
  ],
  ['Ik ben weg bij Northwind, voortaan Havenbank', { northwind: 'negative', havenbank: 'positive' }],
  ['从莲花银行换到Northwind了，手续费低多了', { lotus: 'negative', northwind: 'positive' }],
  ['Me cambié de Crest Bank a Northwind, mucho mejor', { crest: 'negative', northwind: 'positive' }],
  // Comparisons.
  [
    'Northwind is way better than Crest Bank for transfers abroad',
    { northwind: 'positive', crest: 'negative' },
  ],
  ['Crest Bank app is so much slower than Havenbank', { crest: 'negative', havenbank: 'positive' }],
  [
    'Havenbank is worse than Northwind at answering the phone',
    { havenbank: 'negative', northwind: 'positive' },
  ],
  ['Honestly Northwind beats Crest Bank on savings rates', { northwind: 'positive', crest: 'negative' }],
  ['Northwind > Crest Bank, no contest', { northwind: 'positive', crest: 'negative' }],
  ['Havenbank is veel beter dan Crest Bank', { havenbank: 'positive', crest: 'negative' }],
  ['Crest Bank is echt slechter dan Northwind', { crest: 'negative', northwind: 'positive' }],
  ['莲花银行比Northwind好用多了', { lotus: 'positive', northwind: 'negative' }],
  ['Northwind比莲花银行差太多', { northwind: 'negative', lotus: 'positive' }],
  ['Northwind es mucho mejor que Crest Bank', { northwind: 'positive', crest: 'negative' }],
  ['Havenbank ist besser als Crest Bank', { havenbank: 'positive', crest: 'negative' }],
  ['Northwind est bien meilleure que Crest Bank', { northwind: 'positive', crest: 'negative' }],
  ['بنك النور أفضل من Crest Bank في التحويلات', { alnoor: 'positive', crest: 'negative' }],
  // Contrasts in separate clauses.
  [
    'Crest Bank app down again and nobody answers. Northwind works fine',
    { crest: 'negative', northwind: 'positive' },
  ],
  [
    'Northwind support was brilliant today, but Crest Bank kept me on hold for an hour',
    { northwind: 'positive', crest: 'negative' },
  ],
  ['Love Havenbank. Crest Bank is a nightmare', { havenbank: 'positive', crest: 'negative' }],
  ['Unlike Crest Bank, Northwind actually refunded me', { crest: 'negative', northwind: 'positive' }],
  [
    'Havenbank app werkt weer prima, maar Crest Bank ligt er nog steeds uit',
    { havenbank: 'positive', crest: 'negative' },
  ],
  [
    'Crest Bank froze my account for no reason. Thank god I still have Northwind',
    { crest: 'negative', northwind: 'positive' },
  ],
  ['莲花银行又崩了，还好有Northwind', { lotus: 'negative', northwind: 'positive' }],
  // One feeling for one bank, the other only named.
  [
    'Crest Bank charged me twice again, thinking about Northwind',
    { crest: 'negative', northwind: 'neutral' },
  ],
  [
    'Great service from Northwind today. Anyone tried Havenbank?',
    { northwind: 'positive', havenbank: 'neutral' },
  ],
  // The same feeling for both.
  [
    'Both Crest Bank and Northwind are down, card payments failing everywhere',
    { crest: 'negative', northwind: 'negative' },
  ],
  [
    'Crest Bank and Havenbank both charged me fees I never agreed to',
    { crest: 'negative', havenbank: 'negative' },
  ],
  ['Crest Bank app is down. Northwind too', { crest: 'negative', northwind: 'negative' }],
  [
    'Shout out to Northwind and Havenbank, both sorted my problem in minutes',
    { northwind: 'positive', havenbank: 'positive' },
  ],
  ['Havenbank en Northwind liggen allebei plat', { havenbank: 'negative', northwind: 'negative' }],
  // Neutral questions and news.
  [
    'Thinking of moving my salary account: Northwind or Crest Bank, whose app is better?',
    { northwind: 'neutral', crest: 'neutral' },
  ],
  [
    'Has anyone compared Northwind and Havenbank on fees for transfers abroad?',
    { northwind: 'neutral', havenbank: 'neutral' },
  ],
  [
    'Northwind vs Crest Bank savings rates this month, not much in it',
    { northwind: 'neutral', crest: 'neutral' },
  ],
  ['Havenbank of Northwind: welke app is beter?', { havenbank: 'neutral', northwind: 'neutral' }],
  ['莲花银行和Northwind哪个信用卡更划算？', { lotus: 'neutral', northwind: 'neutral' }],
]
