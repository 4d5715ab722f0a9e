/**
 * Property-based tests of values named a clause or two before they are written (pii11, from the
 * families of blind set 9's misses): a BSN or SSN a sentence after its word, a lower-case NI
 * number, a second PIN offered with "or", a Chinese code handed over after a clause, a phone after
 * "cel", a sort code and account beside a non-English account word, an e-mail with "arobase" and a
 * typed domain, a password pointed back at with "c'était"; and what must stay: an error code's
 * digits ("ERR_5021"), a police report's number ("Aangifte gedaan, nummer 2026334870").
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { COMMON_SEPS, digitString, inScript, ZEROS } from '../test-fixtures/pii-arbitraries.js'
import { maskPii } from './pii.js'
import { bsnValid } from './pii-checks.js'
import { normaliseForPii } from './pii-normalise.js'

const readable = (masked: string): string => normaliseForPii(masked).norm.replace(/[^0-9]/g, '')

/** Prose between the word and the number: no digits, no phone, order or code words. */
const PROSE = [
  ' echt niet via twitter. Oh wacht. ',
  '" nog steeds het verkeerde staan, van mijn ex. Het mijne is ',
  ', zegt de brief. Ik heb geen idee waarom, maar goed, hier is hij dan: ',
  '. He wrote it on the form and posted a photo here asking if it is legit: ',
  ' confirmed with the bank for the ISA?? sorry if this is the wrong place, it is ',
]

/** Nine digits passing the 11-check: eight drawn, the ninth solved for. */
const bsnDigits = digitString(8)
  .map((d) => {
    const sum = d.reduce((a, x, i) => a + x * (9 - i), 0)
    return [...d, sum % 11].join('')
  })
  .filter((d) => d.length === 9 && bsnValid(d))

const threeThreeThree = (d: string, sep: string): string =>
  `${d.slice(0, 3)}${sep}${d.slice(3, 6)}${sep}${d.slice(6)}`

describe('values named a clause or two before them, property-based', () => {
  it('a BSN a sentence after "BSN"/"burgerservicenummer" is masked, bare or 3-3-3, in any script', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'mijn burgerservicenummer',
          'bij "burgerservicenummer"',
          'mijn BSN',
          'het burger service nummer',
        ),
        fc.constantFrom(...PROSE),
        bsnDigits,
        fc.constantFrom('', ...COMMON_SEPS.filter((s) => s !== '.')),
        fc.constantFrom(...ZEROS),
        (cue, prose, d, sep, zero) => {
          const text = `${cue}${prose}${inScript(sep === '' ? d : threeThreeThree(d, sep), zero)} 🙈 graag aanpassen`
          const r = maskPii(text)
          expect(readable(r.text).includes(d), `${text} → ${r.text}`).toBe(false)
          expect(r.kinds, `${text} → ${r.text}`).toContain('nl_bsn')
        },
      ),
      { numRuns: 500, seed: 1101 },
    )
  })

  it('a bare SSN a sentence after "social security number"/"SSN" is masked; a lower-case NINO after its NI word too', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('confirm his social security number', 'they wanted my SSN', 'my NI number'),
        fc.constantFrom(...PROSE),
        fc.integer({ min: 1, max: 899 }),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 9999 }),
        fc.constantFrom('jm', 'ab', 'ce', 'hp', 'wr'),
        fc.constantFrom('a', 'b', 'c', 'd'),
        (cue, prose, area, group, serial, pre, suf) => {
          fc.pre(area !== 666)
          const ssn = `${String(area).padStart(3, '0')}${String(group).padStart(2, '0')}${String(serial).padStart(4, '0')}`
          const value = cue.includes('NI') ? `${pre}${ssn.slice(0, 6)}${suf}` : ssn
          const text = `${cue}${prose}${value}. Please advise`
          const r = maskPii(text)
          expect(r.text.includes(value), `${text} → ${r.text}`).toBe(false)
          expect(r.kinds, `${text} → ${r.text}`).toEqual([cue.includes('NI') ? 'uk_nino' : 'us_ssn'])
        },
      ),
      { numRuns: 400, seed: 1102 },
    )
  })

  it('a second PIN offered with "or" is masked like the first, in any script', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          ["j'ai oublié mon code, c'est ", ' ou '],
          ['my PIN is ', ' or '],
          ['mijn pincode is ', ' of '],
          ['meine Geheimzahl ist ', ' oder '],
          ['mi código es ', ' o '],
        ),
        digitString(4),
        digitString(4),
        fc.constantFrom(...ZEROS),
        ([cue, or], a, b, zero) => {
          const [x, y] = [`7${a.join('').slice(1)}`, `3${b.join('').slice(1)}`]
          const text = `${cue}${inScript(x, zero)}${or}${inScript(y, zero)} je sais plus 😭`
          const r = maskPii(text)
          const shown = readable(r.text)
          expect(shown.includes(x) || shown.includes(y), `${text} → ${r.text}`).toBe(false)
          expect(r.kinds, `${text} → ${r.text}`).toEqual(['otp'])
        },
      ),
      { numRuns: 300, seed: 1103 },
    )
  })

  it('a Chinese code or PIN handed over a clause after its word is masked; a year stays', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          ['银行卡密码忘了，应该是', '吧？'],
          ['让我把收到的验证码告诉他，我当时脑子一热就说了，', '。结果卡被盗刷'],
          ['取款密码我记得是', '，可是不对'],
          ['他要验证码，我就给了', '，然后'],
        ),
        digitString(6),
        fc.constantFrom('', ' '),
        fc.constantFrom(0x30, 0xff10),
        ([cue, tail], d, sep, zero) => {
          const code = `5${d.join('').slice(1)}`
          const text = `${cue}${inScript(`${code.slice(0, 3)}${sep}${code.slice(3)}`, zero)}${tail}`
          const r = maskPii(text)
          expect(readable(r.text).includes(code), `${text} → ${r.text}`).toBe(false)
          expect(r.kinds, `${text} → ${r.text}`).toEqual(['otp'])
          const year = `${cue}${inScript('2026', zero)}年改的${tail}`
          expect(maskPii(year).text, year).toBe(year)
        },
      ),
      { numRuns: 300, seed: 1104 },
    )
  })

  it('a phone after "cel" is masked (Mexican bare ten digits, Argentine 2-4-4)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('CDMX, cel ', 'Buenos Aires. Cel ', 'mi cel: ', 'Cel. '),
        digitString(8),
        fc.boolean(),
        (cue, d, ar) => {
          const tail = d.join('')
          const value = ar ? `11 ${tail.slice(0, 4)}-${tail.slice(4)}` : `55${tail}`
          const text = `${cue}${value}, me pueden marcar después de las seis`
          const r = maskPii(text)
          expect(
            readable(r.text).includes(`${value.replace(/\D/g, '').slice(0, 6)}`),
            `${text} → ${r.text}`,
          ).toBe(false)
          expect(r.kinds, `${text} → ${r.text}`).toEqual(['phone'])
        },
      ),
      { numRuns: 200, seed: 1105 },
    )
  })

  it('a sort code and account run 6 then 8 beside an account word of another language is masked', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'رقم الحساب البريطاني ',
          'mijn Britse rekening ',
          'mon compte anglais ',
          'mi cuenta inglesa ',
          '英国账户 ',
        ),
        digitString(6),
        digitString(8),
        fc.constantFrom(0x30, 0x660),
        (cue, sc, acc, zero) => {
          const [a, b] = [`2${sc.join('').slice(1)}`, `1${acc.join('').slice(1)}`]
          const text = `${cue}${inScript(`${a} ${b}`, zero)} for the transfer`
          const r = maskPii(text)
          expect(readable(r.text).includes(b), `${text} → ${r.text}`).toBe(false)
          expect(r.kinds, `${text} → ${r.text}`).toContain('uk_account')
        },
      ),
      { numRuns: 200, seed: 1106 },
    )
  })

  it('an e-mail with "arobase"/"arroba"/"apenstaartje" and a typed domain is masked; "at bank.com" is not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('arobase', 'arroba', 'apenstaartje', 'Klammeraffe'),
        fc.stringMatching(/^[a-z]{3,8}\.[a-z]{3,8}\d{0,2}$/),
        fc.constantFrom('orange.fr', 'gmail.com', 'ziggo.nl', 'yahoo.com.ar', 'web.de'),
        (at, name, domain) => {
          const text = `Écrivez-moi plutôt à ${name} ${at} ${domain}, merci.`
          const r = maskPii(text)
          expect(r.text.includes(name), `${text} → ${r.text}`).toBe(false)
          expect(r.kinds).toEqual(['email'])
          const plain = `I logged in at ${domain} yesterday and it ${at} worked`
          expect(maskPii(plain).text).toBe(plain)
        },
      ),
      { numRuns: 200, seed: 1107 },
    )
  })

  it('a password pointed back at with "c\'était"/"it was" a sentence after the password word is masked', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          ['la banque me demande mon mdp par mail. non. (', "c'était"],
          ['they asked for my password by e-mail. lol no. ', 'it was'],
          ['ze vroegen mijn wachtwoord via de mail. Nee dus. ', 'het was'],
          ['pidieron mi contraseña por correo. No. ', 'era'],
        ),
        fc.stringMatching(/^[a-z]{4,9}$/),
        fc.integer({ min: 1950, max: 2024 }),
        ([cue, copula], word, year) => {
          const pw = `${word}${year}`
          const text = `${cue}${copula} ${pw} de toute façon, changé depuis`
          const r = maskPii(text)
          expect(r.text.includes(pw), `${text} → ${r.text}`).toBe(false)
          expect(r.kinds).toEqual(['password'])
        },
      ),
      { numRuns: 200, seed: 1108 },
    )
  })

  it('an error code with an underscore and a police report number named a few words back stay readable', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('ERR', 'E', 'ERROR', 'SRV_ERR', 'TIMEOUT'),
        digitString(4),
        fc.constantFrom(
          'Aangifte gedaan, nummer ',
          'police report filed, number ',
          'Anzeige erstattet, Nummer ',
          'dépôt de plainte fait, numéro ',
          'Denuncia puesta, número ',
        ),
        digitString(10),
        (prefix, d, report, r10) => {
          const err = `Server nicht erreichbar laut Fehlermeldung, Code ${prefix}_${d.join('')}. Ist das bei euch?`
          expect(maskPii(err).text).toBe(err)
          const text = `Hij belde en vroeg om de code. ${report}20${r10.join('').slice(2)}. Wat nu?`
          expect(maskPii(text).text, text).toBe(text)
        },
      ),
      { numRuns: 300, seed: 1109 },
    )
  })
})
