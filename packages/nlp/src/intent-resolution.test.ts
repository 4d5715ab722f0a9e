import { describe, expect, it } from 'vitest'
import { intentReader } from '../test-fixtures/intent-reader.js'

// Posts written for this test (round thirteen, intent8), in none of the training templates,
// held-out families, care set or fresh sets: how a post ends decides what care sees, in each
// language's own idiom, through the shipped model and every rule after it
// (intent-resolution.ts last).
const { read, misread } = intentReader('resolution')

describe('how a post ends decides between praise and complaint', () => {
  it('a past problem put right, with thanks, is praise in every language', () => {
    expect(
      misread(
        [
          'My card got blocked abroad on Friday, Crest unblocked it within ten minutes. Thank you!',
          'Vorige week dubbel afgeschreven bij Northwind, vandaag netjes terugbetaald. Bedankt!',
          'Letzte Woche war mein Online-Banking gesperrt, heute in fünf Minuten wieder freigeschaltet. Danke Northwind!',
          'Ma carte était bloquée hier, débloquée en dix minutes par le service client. Merci Crest !',
          'Me cobraron dos veces la cuota y Northwind lo devolvió en un día. ¡Gracias!',
          'انخصم المبلغ مرتين امس واليوم رجعوا المبلغ كامل، شكرا بنك النور',
          '上周被重复扣款，莲花银行今天就退回了，谢谢！',
        ],
        'praise',
      ),
    ).toEqual([])
    // A fix only hoped for is no fix: the complaint stays.
    expect(read('The app logs me out every hour since Tuesday. One star until it is fixed.').intent).toBe(
      'complaint',
    )
  })

  it('thanks for a charge, or with an irony mark beside a problem, is a complaint in every language', () => {
    expect(
      misread(
        [
          "Thanks Crest for the £15 'account fee' this month 🙃",
          'Bedankt Northwind voor de nieuwe maandkosten van €4,50 🙃',
          'Danke Northwind für die Gebühr von 9 € fürs Abheben 🙃',
          'Merci Crest pour les frais de tenue de compte à 7 € 🙃',
          'Gracias Northwind por la comisión de 12 € por sacar dinero 🙃',
          'شكرا بنك النور على الرسوم الجديدة ٣٠ ريال 🙃',
          '谢谢莲花银行又收了我50元手续费 🙃',
        ],
        'complaint',
      ),
    ).toEqual([])
  })
})

describe('a question mark alone makes no customer', () => {
  it('the feed asked for plans or a recommendation is chatter in every language', () => {
    expect(
      misread(
        [
          "What's everyone doing for the long weekend? Need ideas",
          'Wie gaat er mee naar de bioscoop vrijdag?',
          'Wer kommt am Sonntag mit zum Wandern?',
          'Quelqu’un connaît un bon coiffeur à Lyon ?',
          '¿Alguien recomienda una serie para el finde?',
          'مين جاي السينما بكرة؟',
          '大家平时都去哪里健身？求推荐',
        ],
        'other',
      ),
    ).toEqual([])
    // A question to the feed about a bank stays a question.
    expect(read('Does anyone know if Crest charges for transfers abroad?').intent).toBe('question')
  })
})

describe('trolls and scams that borrow a customer’s words', () => {
  it('contempt for staff and a curse, with no problem of the writer’s, are trolls', () => {
    expect(
      misread(
        [
          'the teller at Crest is dumb as a rock, who hires these people?',
          'Der Berater bei Northwind ist einfach nur dumm. Wer stellt sowas ein?',
          'bancos rateros, que se jodan todos',
        ],
        'troll',
      ),
    ).toEqual([])
  })

  it('recovery offers and requests for account data by DM are spam', () => {
    expect(
      misread(
        [
          'So sorry this happened! Our recovery team got funds back for 500+ victims. DM @GetItBackNow',
          'Bonjour, merci de nous transmettre votre RIB et votre date de naissance en message privé. Service client',
          'Bitte senden Sie uns Ihre IBAN per DM, damit wir helfen können.',
        ],
        'spam',
      ),
    ).toEqual([])
  })
})

describe('compensation offered after an outage', () => {
  // Written for this test (intentback): the phishing that follows an outage names the outage, so
  // the model and the problem rules had read it as a customer's complaint.
  it('with a private channel is spam in every language; a customer asking for theirs is not', () => {
    expect(
      misread(
        [
          "Northwind customers: claim your compensation for today's outage, DM us your account details",
          "Affected by today's Northwind outage? You are entitled to £150 compensation, DM us now",
          'Getroffen door de storing bij Northwind? Claim je compensatie, stuur ons een DM',
          'Von der Northwind-Störung betroffen? Jetzt Entschädigung sichern, schreib uns per DM',
          "Clients Northwind : réclamez votre indemnisation pour la panne d'aujourd'hui, écrivez-nous en DM",
          '¿Afectado por la caída de Northwind? Reclama tu compensación, escríbenos por DM',
          'Northwind今天系统故障，受影响用户可领取赔偿，请私信我们',
          'عملاء Northwind: احصل على تعويض عن عطل اليوم، راسلنا على الخاص',
        ],
        'spam',
      ),
    ).toEqual([])
    for (const text of [
      "Northwind when do I get my compensation for today's outage? DM me",
      "Northwind will customers get compensation for today's outage?",
      'Northwind ik wil mijn compensatie voor de storing, stuur me een DM',
    ])
      expect(read(text).intent, text).toBe('complaint')
    expect(
      read(
        'Getroffen door de storing bij Northwind? Claim je compensatie, stuur ons een DM',
      ).intentReasons.join(' '),
    ).toMatch(/compensation offered to the reader/)
  })
})
