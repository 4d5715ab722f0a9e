import { loadBrands } from '@vigil/config'
import type { Mention } from '@vigil/schema'
import { describe, expect, it } from 'vitest'
import { mention } from '../test-fixtures/mention.js'
import { createEnricher } from './enricher.js'

// Posts written for this test (round eleven), in none of the training templates, held-out
// families, care set or fresh sets: the shapes that carry across languages, through the
// shipped intent model, its rules, the second look and the shape rules (intent-shape.ts).
const enricher = createEnricher({ brands: loadBrands(), sentimentModelPath: null })
let n = 0
const read = (text: string, platform: Mention['platform'] = 'x') =>
  enricher.enrich({
    ...mention(text),
    id: `shape-${n}`,
    platform,
    author: {
      id: `shape-author-${n++}`,
      handle: 'someone',
      followers: 10,
      verified: false,
      isBrandAccount: false,
    },
  })
const expectAll = (texts: readonly string[], intent: string) => {
  for (const text of texts) expect(read(text).intent, text).toBe(intent)
}

describe('a complaint asked as a question reaches care', () => {
  it('"why" with money taken, in every language', () => {
    expectAll(
      [
        'Why has Northwind taken £12 "account maintenance" from me this month?',
        'Waarom haalt Northwind ineens €4,95 per maand af voor een pas die ik nooit gebruik?',
        'Warum bucht Northwind 7,50 € Kartengebühr ab, obwohl mein Konto kostenlos sein sollte?',
        'Pourquoi Northwind me prélève 6 € par mois pour une carte que je n’ai jamais demandée ?',
        '¿Por qué Northwind me quita 15 € por una tarjeta que nunca pedí?',
        'ليش نورثويند خصم مني ٣٠ ريال هالشهر بدون سبب؟',
        '为什么莲花银行这个月又扣了我15元年费？',
      ],
      'complaint',
    )
  })

  it('something pending, still not done, or waited for a stated time', () => {
    expectAll(
      [
        'Northwind my mortgage offer has said "in review" for the past five weeks, is anyone actually looking at it?',
        'Northwind, mijn overboeking staat al vier dagen op "in behandeling", hoe kan dat?',
        'Northwind, seit zwei Wochen ist meine Überweisung in Bearbeitung. Was ist da los?',
        'Northwind, mon virement est en attente depuis cinq jours, c’est normal ?',
        'Northwind, llevo dos semanas esperando la tarjeta nueva, ¿alguien me explica qué pasa?',
        'نورثويند من اسبوعين طلب القرض معلق وما احد يرد، ايش القصة؟',
        '莲花银行，我的提现五天了还在审核中，什么情况？',
      ],
      'complaint',
    )
    // A plain question with a duration, or a conditional, stays a question.
    expectAll(
      [
        'How many days does a SEPA transfer to Spain take with Northwind?',
        'Hoe lang duurt het voordat een nieuwe pas van Northwind binnen is?',
        'Can I fix my Northwind mortgage rate for 5 years?',
        'Kan ik bij Northwind al na 2 dagen over mijn nieuwe rekening beschikken?',
        '如果转账失败的话，莲花银行会退手续费吗？',
      ],
      'question',
    )
  })
})

describe("a publisher's outage headline is news, a customer's outage post a complaint", () => {
  it('headlines with a news mark, or told about customers with a source or a scale', () => {
    expectAll(
      [
        'BREAKING: Northwind card payments down for thousands of customers, bank says a fix is underway',
        'Storing bij Northwind: rekeninghouders kunnen geen betalingen doen, woordvoerder spreekt van technisch probleem',
        'Eilmeldung: Northwind-App bundesweit ausgefallen, Überweisungen nicht möglich',
        'Panne chez Northwind : les clients privés de paiement par carte, selon la banque un correctif arrive',
        'Última hora: caída en Northwind deja a miles de clientes sin poder pagar',
        'عاجل: توقف خدمات نورثويند الإلكترونية ومتحدث باسم البنك يعد بالإصلاح',
        '快讯：莲花银行网银大面积故障，客户无法转账',
        'Störung bei Northwind: Kunden können nicht auf das Online-Banking zugreifen https://www.example-zeitung.de/wirtschaft/123',
      ],
      'news',
    )
    // The same outage told by the writer stays a complaint.
    expectAll(
      [
        'Northwind: my card payments are down again and I can’t pay for groceries',
        'Storing bij Northwind: ik kan al de hele ochtend niet pinnen, belachelijk',
        '莲花银行网银又故障了，我转不了账，急死了',
      ],
      'complaint',
    )
  })
})

describe('abuse told as a metaphor or as mockery is a troll', () => {
  it('thieves and predators in suits, all of them, with nothing of the writer’s named', () => {
    expectAll(
      [
        'Northwind: crooks in pinstripes, the lot of them',
        'Northwind = oplichters in driedelig pak, stuk voor stuk',
        'Northwind sind Abzocker mit Krawatte, allesamt',
        'Northwind, des escrocs en costume, tous les mêmes',
        'Northwind: ladrones encorbatados, todos iguales',
        'نورثويند لصوص ببدلات، كلهم بلا استثناء',
        '莲花银行都是穿西装的骗子，没一个好东西',
      ],
      'troll',
    )
    // The same words next to money taken from the writer stay a complaint.
    expectAll(
      [
        'Northwind, vultures in suits the lot of you, you charged me twice for my rent',
        'Northwind, des vautours en costume, vous avez bloqué ma carte sans raison',
      ],
      'complaint',
    )
  })

  it('mocking the bank’s customers or its staff as children', () => {
    expectAll(
      [
        'Honestly, whoever still keeps savings at Northwind had it coming',
        'Wie nog bij Northwind bankiert, verdient het gewoon',
        'Qui garde encore son argent chez Northwind mérite ce qui lui arrive',
        'Quien siga en Northwind se lo tiene merecido',
        'الي باقي في نورثويند يستاهل كل اللي يصير له',
        '还在用莲花银行的，活该',
        'Did the Northwind intern build this app during a lunch break?',
        'Northwind, heeft een stagiair deze app in elkaar gezet?',
      ],
      'troll',
    )
  })
})

describe('praise that names the problem put right is praise', () => {
  it('finally working again with a rating, fraud stopped in time, thanks to a person', () => {
    expectAll(
      [
        'Northwind finally sorted the statement download, works like a charm now. 5 stars',
        'Northwind heeft eindelijk de foto-betaling gerepareerd, werkt perfect. 5 sterren',
        'Northwind hat den Betrug rechtzeitig gestoppt, bevor ich überhaupt etwas gemerkt habe. Chapeau',
        'Le service fraude de Northwind a bloqué le paiement à temps, chapeau',
        'Northwind bloqueó a tiempo un cargo sospechoso en mi tarjeta. De 10',
        'الحمد لله نورثويند اوقفها قبل لا انتبه للعملية، الله يعطيهم العافية',
        '莲花银行终于修复了指纹登录，五星好评',
      ],
      'praise',
    )
  })
})
