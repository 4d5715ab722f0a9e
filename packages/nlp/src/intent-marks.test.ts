import { describe, expect, it } from 'vitest'
import { intentReader } from '../test-fixtures/intent-reader.js'

// Posts written for this test (intent13), in none of the training templates, held-out
// families, care set or blind sets: marks the hashed text features never see (a word masked
// with stars, "X = insult", a doubled question mark) and an ironic smile beside a thank-you,
// through the shipped model and every rule after it. Each test holds posts that integrate's
// build (intent-shipped@ab83a6c2c9e7) read wrong.
const { misread } = intentReader('marks')

describe('marks the text features drop still tell a troll from a customer', () => {
  it('a masked insult or a bank set equal to an insult is a troll, in every language', () => {
    expect(
      misread(
        [
          'Northwind = a bunch of b*stards, every last one',
          'Crest Bank: f***ing parasites the lot of you',
          'Havenbank = oplichters en k*tzooi, allemaal',
          'Northwind-Banker sind alle Ar***löcher',
          "Crest = voleurs, bande d'enc*lés",
          'Los de Solera son unos hijos de p*ta',
          'بنك النور = حرامية، كلهم ك*ب',
          '莲花银行 = 一群骗子',
        ],
        'troll',
      ),
    ).toEqual([])
  })

  it('a charge told with a doubled question mark is a complaint, not a question', () => {
    expect(
      misread(
        [
          'Crest charged me a £12 fee for a transfer I never made?? who approved this',
          'Havenbank rekent ineens €3 per pinopname?? sinds wanneer',
          "Northwind hat mir 9 € Kontoführung abgezogen, ohne Info?? Geht's noch",
          'Crest vient de me prélever 8 € de frais sans prévenir?? sérieux',
          'Solera me cobró 15 € de comisión por una transferencia?? nadie me avisó',
          'بنك النور خصم مني ٢٠ ريال رسوم بدون ما يبلغني؟؟ ليش',
          '莲花银行又扣了我20块年费？？谁同意的',
        ],
        'complaint',
      ),
    ).toEqual([])
  })

  it('thanks with "finally" and an ironic smile is sarcasm, not praise for a problem put right', () => {
    expect(
      misread(
        [
          'Thanks Crest, finally got through after two hours on hold 🙃',
          'Gracias Solera, por fin me atendieron después de dos horas en espera 🙃',
          'شكرا بنك النور، أخيرا ردوا علي بعد ثلاث أسابيع 🙃',
          '感谢莲花银行，终于让我在网点等了三个小时 🙂',
        ],
        'complaint',
      ),
    ).toEqual([])
  })
})
