import { describe, expect, it } from 'vitest'
import { intentReader } from '../test-fixtures/intent-reader.js'

// Posts written for this test (round twelve), in none of the training templates, held-out
// families, care set or fresh sets: trolls without a swear word and chatter, in each
// language's own idiom, through the shipped model and every rule after it
// (intent-social-shape.ts last).
const { read, misread } = intentReader('social-shape')

describe('trolls without a swear word are told from customers', () => {
  it('conspiracies, ruin wished, "not a bank", mocking comparisons and rants, in every language', () => {
    expect(
      misread(
        [
          'Northwind "glitch" again lol. Sheeple, it is the great reset, they switch off cash one bank at a time',
          'Die storing bij Northwind is geen toeval hoor, ze testen hoe lang wij zonder contant kunnen. Wakker worden, de digitale euro komt eraan',
          'Northwind ist keine Bank, das ist ein Casino mit Schalterhalle. Hoffe ihr geht pleite',
          'Le directeur de Northwind à la télé parle comme un vendeur de voitures d’occasion 😂 confiez-lui vos économies, allez',
          'Northwind tiene el carisma de una fotocopiadora y la empatía de un parquímetro. Que quiebren ya',
          'نورثويند مش بنك، ده كازينو والناس هي اللي بتخسر. قاطعوهم',
          '莲花银行的发言人笑得像在数我们的钱 😂 这种银行早点倒闭吧',
        ],
        'troll',
      ),
    ).toEqual([])
  })
})

describe('chatter is other, not a customer and not a troll', () => {
  it('job posts, friends tagged, memes, nostalgia and lunch by the branch, in every language', () => {
    expect(
      misread(
        [
          'POV: payday hits and you are suddenly a financial genius for exactly 48 hours 💅',
          '@sanne_k @tim.devries vrijdag borrel? Ik reserveer wel, jullie de bitterballen 🍻',
          'Wir suchen Verstärkung! Northwind sucht Teamleiter (m/w/d) Kundenservice in Graz. Jetzt bewerben #stellenangebot',
          'Vieille photo de l’agence Northwind de mon village, années 70, avec la 2CV garée devant. Quelle époque 😍',
          'yo cuando la app de Northwind me muestra el saldo después del finde: 🙈🙈',
          'نورثويند تعلن عن وظائف شاغرة في الرياض لخريجي المحاسبة، قدم الآن عبر موقعهم',
          '莲花银行门口新开了一家煎饼摊，每天排队的人比银行里还多 😂',
        ],
        'other',
      ),
    ).toEqual([])
    // Not chatter: a meme around the writer's own card, friends asked a banking question.
    expect(
      read('me when Northwind declines my card for the third time at the till and the queue sighs').intent,
    ).toBe('complaint')
    expect(
      read('@anna_b @kees_v weet iemand of Northwind kosten rekent voor pinnen in het buitenland?').intent,
    ).toBe('question')
  })
})

describe('a customer stays a customer', () => {
  it('praise for an advert before the writer’s own fault is a complaint', () => {
    expect(
      misread(
        [
          'Nice ad, Northwind. Meanwhile my local branch has been shut for eight months',
          'Mooie reclame, Northwind. Jammer dat mijn kantoor al een half jaar dicht is',
          'Schöne Werbung, Northwind. Meine Filiale ist seit drei Monaten geschlossen',
          'Belle pub Northwind, mais mon agence est fermée depuis trois mois',
          'Lindo anuncio, Northwind, pero mi sucursal lleva cuatro meses cerrada',
          'اعلان حلو يا نورثويند بس فرعي مسكر من ثلاث شهور',
          '莲花银行广告拍得挺好，我家附近的网点却已经关了三个月',
        ],
        'complaint',
      ),
    ).toEqual([])
  })
})
