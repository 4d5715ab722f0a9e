/**
 * Property-based tests of the causes blind PII set 5 (data/fresh/pii-fresh-5.mjs) found on the
 * masking-by-construction build: cue words in traditional Chinese, the SSN named in Chinese and
 * Spanish, Argentine account words, a code linked to its word by a past copula, a password
 * handed over later in its clause, a UK payment scheme naming a sort code and account, French
 * pairs chained with slashes, Spanish call imperatives, pairs after '+' read as a sort code, and
 * "código postal" after an ordinary number. Every digit script and separator kind.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { COMMON_SEPS, digitString, inScript, ZEROS } from '../test-fixtures/pii-arbitraries.js'
import { maskPii } from './pii.js'
import { luhnValid, ssnValid } from './pii-checks.js'
import { normaliseForPii } from './pii-normalise.js'

const compact = (masked: string) =>
  normaliseForPii(masked)
    .norm.toLowerCase()
    .replace(/[^0-9a-z]/g, '')

/** No five digits of `digits` in a row are readable (an account keeps its last four). */
function noFiveReadable(masked: string, digits: string): boolean {
  const c = compact(masked)
  for (let i = 0; i + 5 <= digits.length; i++) if (c.includes(digits.slice(i, i + 5))) return false
  return true
}

/** `text` is masked so that `value` (compacted) is unreadable, and `kind` is reported. */
function expectMasked(text: string, value: string, kind: string): void {
  const r = maskPii(text)
  expect(compact(r.text).includes(value), `${text} → ${r.text}`).toBe(false)
  expect(r.kinds, text).toContain(kind)
}

const group = (d: string, sizes: readonly number[]): string[] => {
  const out: string[] = []
  let at = 0
  for (const n of sizes) {
    out.push(d.slice(at, at + n))
    at += n
  }
  return out
}

describe('set-5 phrasings, property-based', () => {
  it('an account after a traditional Chinese account word is masked, as after the simplified one', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('帳號', '帳戶', '賬號', '賬戶', '戶口號碼', '匯豐戶口號碼', '銀行帳戶', '户口号码'),
        fc.constantFrom([3, 6, 3], [4, 4, 4, 2], [4, 4, 4], [2, 3, 6, 1], [14]),
        digitString(14),
        fc.constantFrom(...ZEROS),
        fc.constantFrom(...COMMON_SEPS),
        (cue, sizes, d, zero, sep) => {
          const digits = d.join('').slice(
            0,
            sizes.reduce((a, b) => a + b, 0),
          )
          // A Luhn-valid number with an issuer's prefix is read as a card (masked too).
          fc.pre(!luhnValid(digits))
          const text = `${cue} ${inScript(group(digits, sizes).join(sep), zero)} ，轉賬失敗三次`
          const r = maskPii(text)
          expect(noFiveReadable(r.text, digits), `${text} → ${r.text}`).toBe(true)
          expect(r.kinds, text).toContain('account_number')
        },
      ),
      { numRuns: 400, seed: 51 },
    )
  })

  it('a US SSN named in Chinese or Spanish is masked whatever its separators', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          '我在美国的社安号',
          '社會安全號碼',
          '社会安全号码是',
          'mi número de seguro social es',
        ),
        digitString(9).filter((d) => ssnValid(d.join(''))),
        fc.constantFrom(['', ''], [' ', '-'], ['\u200b', ''], ['.', ' '], [' ', ' ']),
        fc.constantFrom(...ZEROS),
        (cue, d, [a, b], zero) => {
          const v = d.join('')
          const text = `${cue} ${inScript(`${v.slice(0, 3)}${a}${v.slice(3, 5)}${b}${v.slice(5)}`, zero)} 被泄露了`
          expectMasked(text, v.slice(3), 'us_ssn')
        },
      ),
      { numRuns: 300, seed: 52 },
    )
  })

  it('an Argentine CBU or CVU (22 digits) is an account number, not a phone number', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('mi CBU', 'CVU:', 'el CBU es', 'mi cuenta CBU'),
        digitString(22),
        fc.constantFrom(...ZEROS),
        fc.constantFrom(...COMMON_SEPS),
        (cue, d, zero, sep) => {
          const digits = d.join('')
          const text = `${cue} ${inScript(group(digits, [4, 4, 4, 4, 4, 2]).join(sep), zero)} , el sueldo no entró`
          const r = maskPii(text)
          expect(noFiveReadable(r.text, digits), `${text} → ${r.text}`).toBe(true)
          expect(r.kinds, text).toContain('account_number')
        },
      ),
      { numRuns: 300, seed: 53 },
    )
  })

  it('a code linked to its word by a past or present copula is masked', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          "le code de validation c'était",
          'le code de vérification était',
          "mon code SMS c'est",
          'el código de verificación fue',
          'der Bestätigungscode war',
          'de verificatiecode werd',
        ),
        digitString(6),
        fc.constantFrom(...ZEROS),
        fc.constantFrom(...COMMON_SEPS),
        (cue, d, zero, sep) => {
          const v = d.join('')
          const text = `mon IBAN pour le remboursement, et ${cue} ${inScript(`${v.slice(0, 3)}${sep}${v.slice(3)}`, zero)}`
          expectMasked(text, v, 'otp')
        },
      ),
      { numRuns: 300, seed: 54 },
    )
  })

  it('a password handed over later in the clause that names it is masked; a message quoted there is not', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'the "fraud team" asked for my online banking password and like an idiot I gave it:',
          'they wanted my password so I typed it:',
          'ze vroegen mijn wachtwoord en ik gaf het:',
          'il voulait mon mot de passe et je le lui ai donné :',
          'me pidieron la contraseña y se la di:',
        ),
        fc.stringMatching(/^[A-Z][a-z]{4,8}$/),
        digitString(4),
        fc.constantFrom('!', '#', '_', '*', ''),
        (lead, word, d, mark) => {
          const secret = `${word}${mark}${d.join('')}`
          const text = `${lead} ${secret} how screwed am I`
          const r = maskPii(text)
          expect(r.text.includes(secret), `${text} → ${r.text}`).toBe(false)
          expect(r.kinds, text).toContain('password')
        },
      ),
      { numRuns: 200, seed: 55 },
    )
    for (const quiet of [
      'reset my password and then the app said: Error-500x again',
      'changed my password, the page showed: ERR_CONN-42 for an hour',
    ])
      expect(maskPii(quiet).text).toBe(quiet)
  })

  it('a sort code and account after a UK payment scheme are masked, separators mixed or none', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'need the CHAPS to land in',
          'sent a Faster Payment to',
          'the BACS went to',
          'set up a standing order to',
        ),
        digitString(6),
        digitString(8),
        fc.constantFrom(['', ''], [' ', '-'], ['-', ' '], ['.', '-'], [' ', ' ']),
        fc.constantFrom(' / ', ', ', ' '),
        fc.constantFrom(...ZEROS),
        (lead, sc, acc, [a, b], join, zero) => {
          const s = sc.join('')
          const n = acc.join('')
          const text = `${lead} ${inScript(`${s.slice(0, 2)}${a}${s.slice(2, 4)}${b}${s.slice(4)}${join}${n}`, zero)} by 4pm`
          const r = maskPii(text)
          const c = compact(r.text)
          expect(c.includes(s) || c.includes(n.slice(0, 5)), `${text} → ${r.text}`).toBe(false)
          expect(r.kinds, text).toContain('uk_account')
        },
      ),
      { numRuns: 300, seed: 56 },
    )
  })

  it('a French number in pairs chained with slashes is a phone; a list of dates is not', () => {
    fc.assert(
      fc.property(
        // 08 numbers are ARCEP's special (business) numbers, left readable (pii-service-numbers.ts).
        fc
          .integer({ min: 1, max: 9 })
          .filter((first) => first !== 8),
        digitString(8),
        fc.constantFrom(...ZEROS),
        fc.constantFrom('Rappelez-moi au', 'mon portable :', 'appelez le'),
        (first, d, zero, lead) => {
          const v = `0${first}${d.join('')}`
          const text = `${lead} ${inScript(v.match(/../g)!.join('/'), zero)} svp`
          expectMasked(text, v.slice(0, 8), 'phone')
        },
      ),
      { numRuns: 300, seed: 57 },
    )
    const dates = 'rendez-vous le 06/12/84 / 07/12/84 à la banque'
    expect(maskPii(dates).text).toBe(dates)
  })

  it('a Spanish mobile after a call imperative is masked, written without separators in any script', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('llamadme al', 'llámenme al', 'llamen al', 'llámanos al'),
        fc.constantFrom('6', '7'),
        digitString(8),
        fc.constantFrom(...ZEROS),
        (lead, first, d, zero) => {
          const v = `${first}${d.join('')}`
          const text = `${lead} ${inScript(v, zero)} que por chat no hay manera`
          expectMasked(text, v, 'phone')
        },
      ),
      { numRuns: 200, seed: 58 },
    )
  })

  it('pairs after a "+" are a phone number, never a sort code beside a card', () => {
    fc.assert(
      fc.property(
        digitString(7),
        fc.constantFrom(...ZEROS),
        fc.constantFrom(' ', '\t', '  ', '-', '|'),
        (d, zero, sep) => {
          const p = d.join('')
          const phone = `+212${sep}6${p.slice(0, 2)}${sep}${p.slice(2, 4)}${sep}${p.slice(4, 6)}${sep}1${p[6]}`
          const text = `من المغرب ${inScript(phone, zero)} البطاقة 4158 5594 4127 6307 تم رفضها`
          const r = maskPii(text)
          expect(r.kinds, `${text} → ${JSON.stringify(r.kinds)}`).toContain('phone')
          expect(r.kinds, text).not.toContain('uk_account')
        },
      ),
      { numRuns: 200, seed: 59 },
    )
  })

  it('a number before "código postal" stays readable', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 10000, max: 52999 }),
        (office, zip) => {
          const text = `oficina ${office} , código postal ${zip} , Madrid`
          expect(maskPii(text).text).toBe(text)
        },
      ),
      { numRuns: 200, seed: 60 },
    )
  })
})
