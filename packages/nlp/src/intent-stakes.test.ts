import { describe, expect, it } from 'vitest'
import { intentReader } from '../test-fixtures/intent-reader.js'

// Posts written for this test (intentfix17), in none of the training templates, held-out
// families, care set or fresh sets: whose stake a post is about decides what care sees, through
// the shipped model and every rule after it (intent-stakes.ts last).
const { read, misread } = intentReader('stakes')

describe('the reader pays: phishing, pumps and mule jobs are spam whatever they name', () => {
  it('outage compensation that asks for card data by private message is spam in every language', () => {
    expect(
      misread(
        [
          'Crest outage payout: every affected customer gets £120, just DM us your card number and PIN',
          'Storing bij Northwind? Iedere klant krijgt €80 terug, stuur ons je pasnummer en pincode per DM',
          'Northwind-Störung: 90 € Entschädigung für alle, schick uns deine Kartennummer und PIN per DM',
          'Panne chez Crest : 100 € pour chaque client, envoyez-nous votre numéro de carte et code en privé',
          'Caída de Northwind: 100 € para cada cliente, envíanos tu número de tarjeta y tu pin por privado',
          'عطل بنك النور: ٣٠٠ ريال لكل عميل، ابعت رقم بطاقتك والرمز على الخاص',
          '莲花银行系统故障补偿每人200元，私信发卡号和密码即可领取',
        ],
        'spam',
      ),
    ).toEqual([])
  })

  it('a pump promising a multiple with a link, and a money-mule job, are spam', () => {
    expect(
      misread(
        [
          'CrestCoin presale is live, 50x guaranteed, Crest insiders already in t.me/crestcoin_pre',
          'Northwind-Token Vorverkauf, Insider-Signale: garantiert x20 t.me/nw_token',
          '🚀 Lotus Bank aandeel gaat x10, voorverkoop signalen in onze groep t.me/lotus_signalen',
          'Part-time payment agent wanted: receive and forward transfers for clients, £600/week. Apply jobs-crest.co/agent',
          'Finanzagent gesucht! Zahlungen weiterleiten, 500 € pro Woche, Bewerbung per DM',
          'Recibir y reenviar transferencias desde casa, 400 € a la semana, escríbenos por privado',
          '高薪招聘：出租银行卡，代收款，日赚500，私信我',
        ],
        'spam',
      ),
    ).toEqual([])
  })

  it('a customer asking the bank about their own compensation stays a customer', () => {
    expect(
      read("@NorthwindHelp am I entitled to compensation for yesterday's outage? please DM me").intent,
    ).not.toBe('spam')
    // The writer's own card in the post: a customer, never the lure.
    expect(
      read('Crest asked me to DM my card number and PIN to fix the outage refund, is that normal?').intent,
    ).not.toBe('spam')
  })
})

describe('a crowd called to a mass action is a raid', () => {
  it('flood the comments, make the hashtag trend, boycott: troll in every language', () => {
    expect(
      misread(
        [
          'Everyone flood the Crest comments tonight at 8, make it trend',
          'Iedereen vanavond de Facebookpagina van Northwind overspoelen, deel dit!',
          'Lasst uns heute Abend die Seite von Crest zuspammen, alle um 20 Uhr',
          'Tout le monde inonde la page de Northwind ce soir, faites tourner',
          '#BoicotCrest roban a los jubilados, difundan',
          'يلا كل واحد يغرد عشر مرات على هاشتاق بنك النور الليلة',
          '大家一起去莲花银行官微刷屏，每人十条',
        ],
        'troll',
      ),
    ).toEqual([])
  })
})

describe("the writer's own stake makes a complaint", () => {
  it('why it still fails, when it stops the writer, is a complaint in every language', () => {
    expect(
      misread(
        [
          'Why is the Crest app still down? I need to pay my rent today',
          'Waarom werkt de app van Northwind alweer niet? Ik moet vandaag mijn huur betalen',
          'Warum dauern Überweisungen bei Crest immer noch 3 Tage? Ich warte seit Freitag auf mein Geld',
          'Pourquoi le virement Northwind prend encore 3 jours ? Je dois payer mon loyer demain',
          '¿Por qué Crest tarda otra vez 3 días en las transferencias? Tengo que pagar el alquiler',
          'ليه التحويل من بنك النور لسه بياخد ٣ أيام؟ لازم أدفع الإيجار بكرة',
          '为什么莲花银行转账又要等三天？我房租明天就要交',
        ],
        'complaint',
      ),
    ).toEqual([])
    // A why with nothing of the writer's at stake stays a question.
    expect(read('Why do transfers to Crest take longer at weekends?').intent).toBe('question')
  })

  it('a customer who left but is still owed money is a complaint, whatever they praise', () => {
    expect(
      misread(
        [
          'Moved to Crest and love it, but Northwind still hasn’t refunded my closing balance',
          'Overgestapt naar Crest, super blij, maar Northwind heeft mijn saldo nog steeds niet teruggestort',
          'Zu Crest gewechselt, top App, aber Northwind hat mein Guthaben immer noch nicht überwiesen',
          'Partie chez Crest, ravie, mais Northwind ne m’a toujours pas viré mon solde',
          'Me fui a Crest y genial, pero Northwind todavía no me devolvió el saldo',
          '换到招行以后舒服多了，莲花银行到现在还没退我销户的余额',
        ],
        'complaint',
      ),
    ).toEqual([])
  })

  it('a customer leaving without an abusive word is a complaint, not a troll', () => {
    expect(
      misread(['莲花银行的客服太让人失望了，再也不用了', '莲花银行App天天闪退，这周就销户'], 'complaint'),
    ).toEqual([])
  })
})

describe('a question to friends is chatter', () => {
  it('an invitation, a friend reminded, two options and a verdict read other', () => {
    expect(
      misread(
        [
          'Crest is sponsoring the street food market on Sunday, who else is going?',
          'Northwind sponsort het festival zaterdag, wie gaat er mee?',
          'Crest sponsert das Konzert am Freitag, wer kommt mit?',
          '@Marie c’est pas la banque dont tu parlais, Crest ?',
          'Crest o Northwind para la cuenta nómina? da igual, las dos bien',
          'Crest ولا بنك النور؟ الاتنين زي بعض',
        ],
        'other',
      ),
    ).toEqual([])
    // A question about what a bank does stays a question.
    expect(read('Crest or Northwind: which one charges less abroad?').intent).toBe('question')
  })
})

describe('a jeer the model reads as troll stays troll when it names an outage as its pretext', () => {
  it('laughing at an outage with nothing of the writer named is troll; with their own money, a complaint', () => {
    expect(misread(['Crest app down again lmao who trusts these clowns with money 🤡'], 'troll')).toEqual([])
    expect(read('Crest app down again and my rent payment failed, useless clowns').intent).toBe('complaint')
  })
})
