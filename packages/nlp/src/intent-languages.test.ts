import { loadBrands } from '@vigil/config'
import type { Mention } from '@vigil/schema'
import { describe, expect, it } from 'vitest'
import { mention } from '../test-fixtures/mention.js'
import { createEnricher } from './enricher.js'

// Posts written for this test before the round-ten model was trained (in none of the training
// templates, the held-out families, the care set or the fresh sets), through the shipped intent
// model, its rules and the second look: the class a care agent would see, in every language.
// The weak cases (a troll without swear words, praise naming the fixed problem, a call back
// never made) each hold posts that main's model (intent-shipped@a548d87a34ba) read wrong.
const enricher = createEnricher({ brands: loadBrands(), sentimentModelPath: null })
let n = 0
const read = (text: string, platform: Mention['platform'] = 'x') =>
  enricher.enrich({
    ...mention(text),
    id: `lang-${n}`,
    platform,
    author: {
      id: `lang-author-${n++}`,
      handle: 'someone',
      followers: 10,
      verified: false,
      isBrandAccount: false,
    },
  })
const expectAll = (texts: readonly string[], intent: string, platform?: Mention['platform']) => {
  for (const text of texts) expect(read(text, platform).intent, text).toBe(intent)
}

describe('a troll without swear words is a troll, not a complaint, in every language', () => {
  it('contempt, mockery of customers and "crooks in suits" with nothing of the writer’s own', () => {
    expectAll(
      [
        'Northwind: Betrüger mit Krawatte und Lächeln. Jeder einzelne da drin',
        'Northwind, des requins en cravate qui sourient en te vidant les poches. Tous pareils',
        'Faut vraiment être naïf pour laisser son argent chez Crest Bank. Des pigeons',
        '莲花银行就是一群披着西装的骗子，一个比一个会笑',
        '还把钱存莲花银行的人真是没救了，一群羊',
        'you have to be really gullible to leave your money with Crest Bank. sheep',
        'je moet wel heel naïef zijn om je geld bij Havenbank te laten. schapen',
        'بنك النور قروش لابسين كرافتات يبتسمون وهم يفضون جيبك. كلهم نفس الشي',
        'لازم تكون ساذج عشان تخلي فلوسك في بنك النور. خرفان',
      ],
      'troll',
    )
  })
})

describe('praise that names the problem put right is praise', () => {
  it('a refunded double charge or a fixed login, thanked for', () => {
    expectAll(
      [
        'Danke Havenbank, der Fehler beim Einloggen ist weg und die App läuft endlich wieder',
        'Havenbank hat die doppelte Abbuchung sofort zurückgebucht, super gelaufen',
        'Merci Havenbank, le bug de connexion est enfin corrigé, l’appli remarche parfaitement',
        'Havenbank m’a remboursé le double débit en une heure, impeccable',
        'Gracias Havenbank, por fin han arreglado el fallo al iniciar sesión, la app va perfecta',
        'Havenbank me devolvió el cargo duplicado en una hora, de diez',
        '莲花银行一个小时就把重复扣的钱退回来了，好评',
        'thanks Havenbank, the login glitch is finally gone and the app works again',
        'Havenbank heeft de dubbele betaling binnen een uur teruggezet, top',
        'بنك النور رجع لي المبلغ المخصوم مرتين خلال ساعة، ممتازين',
      ],
      'praise',
    )
  })
})

describe('waiting on hold or for a call back that never came is a complaint', () => {
  it('a queue or an unreturned call back, with no problem named; one thanked for or asked for is not', () => {
    expectAll(
      [
        'Crest Bank hat mir den Rückruf zum vierten Mal versprochen. Nie ruft jemand an.',
        "Ça fait une heure que j'attends au téléphone chez Northwind, personne ne décroche",
        'Crest Bank me iba a llamar el lunes y nada. Os reís de los clientes',
        '莲花银行说周一给我回电话，到现在都没打来，当客户是傻子吗',
        'Crest Bank said they would ring me back on monday. still nothing',
        'Havenbank zou me maandag terugbellen. nog steeds niks',
        'بنك النور قالوا بيتصلون علي يوم الاثنين وللحين ما اتصلوا',
      ],
      'complaint',
    )
    // A call back thanked for stays praise, and one asked for stays a question.
    expect(read('Thanks Northwind for calling me back so quickly, all sorted').intent).toBe('praise')
    expect(read('Can someone from Crest Bank call me back about my mortgage?').intent).toBe('question')
  })
})

describe('clear posts in every language keep their class', () => {
  it('a publisher’s results or outage article is news, never a complaint', () => {
    expectAll(
      [
        'Ausfall bei Crest Bank: Online-Banking seit Stunden nicht erreichbar',
        'Panne géante chez Crest Bank : les paiements par carte impossibles depuis ce matin',
        'Caída en Crest Bank: imposible pagar con tarjeta desde esta mañana',
        '莲花银行系统故障，今早起无法刷卡支付',
        'Storing bij Havenbank: pinnen urenlang onmogelijk',
        'عطل في بنك النور: تعذر الدفع بالبطاقات منذ صباح اليوم',
        'Northwind annonce un bénéfice en hausse au troisième trimestre',
        '莲花银行第三季度利润大幅增长，股价上涨',
      ],
      'news',
      'news',
    )
  })
  it('questions and recovery scams', () => {
    expectAll(
      [
        'Weiß jemand, wie lange eine Überweisung von Northwind nach Österreich dauert?',
        'Quelqu’un sait combien de temps prend un virement Northwind vers la Belgique ?',
        '¿Alguien sabe cuánto tarda una transferencia de Northwind a Portugal?',
        '有人知道莲花银行转账到香港要多久吗？',
      ],
      'question',
    )
    expectAll(
      [
        'Konto eingefroren? Wir entsperren jedes Northwind Konto, garantiert. Schreib uns auf Telegram',
        'Compte gelé ? On débloque n’importe quel compte Northwind, garanti. Contactez-nous sur Telegram',
        '¿Cuenta congelada? Desbloqueamos cualquier cuenta de Northwind, garantizado. Contáctanos por Telegram',
        '账户被冻结？我们能解冻任何莲花银行账户，包成功，加微信 jd7788',
      ],
      'spam',
    )
  })
})
