/**
 * Property-based tests of masking "by construction": the digit forms, separators and invisible
 * characters are enumerated from the Unicode character database (every `\p{Nd}` digit set,
 * every character whose NFKC form is a decorated digit, every `\p{Zs}`/`\p{Pd}` character,
 * every `\p{Cf}` and default-ignorable one), not from a list of scripts, so that a script or
 * separator nobody thought of is generated too. Every format (card, IBAN, sort code and
 * account, BSN, SSN, phone, account, code, password) is written with them at a random place
 * of a long post, and nothing of it may survive in the masked text; ordinary numbers written
 * with the same joiners stay.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { digitString, ibanOf, luhnComplete } from '../test-fixtures/pii-arbitraries.js'
import { maskPii } from './pii.js'
import { normaliseForPii } from './pii-normalise.js'

const compact = (masked: string) =>
  normaliseForPii(masked)
    .norm.toLowerCase()
    .replace(/[^0-9a-z]/g, '')

/** Code points 0..0x1ffff with property `re` (one code point each). */
function codePoints(re: RegExp): number[] {
  const out: number[] = []
  for (let c = 0; c < 0x20000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue
    if (re.test(String.fromCodePoint(c))) out.push(c)
  }
  return out
}

/** Zero of every decimal digit set in Unicode: each run of ten `\p{Nd}` code points. */
const ND_ZEROS = (() => {
  const zeros: number[] = []
  let runStart = -2
  let prev = -2
  for (const c of codePoints(/^\p{Nd}$/u)) {
    if (c !== prev + 1) runStart = c
    // Unicode keeps every digit set a contiguous run from its zero; adjacent sets follow on.
    if ((c - runStart) % 10 === 0) zeros.push(c)
    prev = c
  }
  return zeros
})()

/**
 * Each digit 0–9 of every compatibility form NFKC reads as that digit, decorated or not
 * (superscripts, subscripts, circled, parenthesised, full-stop, digit-comma): found by
 * normalising every code point that is not `\p{Nd}`.
 */
const COMPAT_DIGITS: string[][] = (() => {
  const byDigit: string[][] = Array.from({ length: 10 }, () => [])
  for (let c = 0x80; c < 0x20000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue
    const ch = String.fromCodePoint(c)
    if (/\p{Nd}/u.test(ch)) continue
    const m = /^\(?(\d)[.,)]?$/.exec(ch.normalize('NFKC'))
    if (m !== null) byDigit[Number(m[1])]!.push(ch)
  }
  return byDigit
})()

/** Writers of a digit string: one per Unicode digit set, one per compatibility form. */
type Writer = (d: string) => string
const ND_WRITERS: Writer[] = ND_ZEROS.map(
  (z) => (d) => d.replace(/\d/g, (x) => String.fromCodePoint(z + Number(x))),
)
const COMPAT_WRITERS: Writer[] = COMPAT_DIGITS[1]!.map(
  (_, k) => (d: string) =>
    d.replace(/\d/g, (x) => {
      const forms = COMPAT_DIGITS[Number(x)]!
      return forms[k % forms.length]!
    }),
)
/** Digits of two scripts alternating within one number. */
const MIXED_WRITER: Writer = (d) => {
  let i = 0
  return d.replace(/\d/g, (x) =>
    i++ % 2 ? String.fromCodePoint(0x660 + Number(x)) : COMPAT_DIGITS[Number(x)]![0]!,
  )
}
const WRITERS: Writer[] = [(d) => d, ...ND_WRITERS, ...COMPAT_WRITERS, MIXED_WRITER]

/**
 * Every space separator, tab and break, every dash, the joiners customers type, and mixes. Not
 * a bar, star, underscore or comma with spaces around it: those separate the items of a list
 * (see the ordinary-numbers property); written tight they join groups.
 */
const SEPARATORS: string[] = [
  ...codePoints(/^\p{Zs}$/u).map((c) => String.fromCodePoint(c)),
  '\t',
  '\n',
  '\r\n',
  '\u2028',
  '\u2029',
  ...codePoints(/^\p{Pd}$/u).map((c) => String.fromCodePoint(c)),
  '.',
  '/',
  '_',
  '|',
  '*',
  ',',
  '·',
  '•',
  ' - ',
  ' / ',
  '_-',
  '.-',
  ' \u00a0',
  '-\n',
]

/** Characters that read as nothing: every format character and default-ignorable code point. */
const INVISIBLES: string[] = codePoints(/^[\p{Cf}\p{Default_Ignorable_Code_Point}]$/u)
  .filter((c) => c < 0xe0000 || c <= 0xe007f)
  .map((c) => String.fromCodePoint(c))

interface Value {
  kind: string
  /** Digit (and letter) groups, written with one separator. */
  groups: string[]
  /** Words before it. */
  lead: string
  /** What must not be readable afterwards (default: the groups joined, minus a kept tail). */
  secrets: string[]
}

function bsnOf(d: number[]): string {
  const digits = d.slice(0, 8)
  digits[0] = (digits[0]! % 9) + 1
  for (;;) {
    let sum = 0
    for (let i = 0; i < 8; i++) sum += (9 - i) * digits[i]!
    if (sum % 11 !== 10) return `${digits.join('')}${sum % 11}`
    digits[7] = (digits[7]! + 1) % 10
  }
}
/**
 * What must not stay readable of a value whose last `keep` digits masking keeps (care teams need
 * them): the hidden part with the first kept digit, so that the kept tail alone never matches.
 */
const hidden = (v: string, keep: number) => v.slice(0, v.length - keep + 1)

const card = fc
  .tuple(
    fc.constantFrom('4', '51', '2221', '6011', '62', '3530'),
    digitString(18),
    fc.constantFrom('card', 'Karte', 'tarjeta', 'carte', 'بطاقتي', '卡号', ''),
  )
  .map(([p, rest, lead]): Value => {
    const full = luhnComplete([...p.split('').map(Number), ...rest].slice(0, 15))
    return { kind: 'card', groups: full.match(/.{4}/g)!, lead, secrets: [hidden(full, 4)] }
  })
const iban = fc
  .tuple(
    fc.constantFrom(['NL', 'ABNA', 10], ['DE', '', 18], ['FR', '', 23], ['ES', '', 20], ['GB', 'NWBK', 14]),
    digitString(23),
  )
  .map(([[cc, bank, n], d]): Value => {
    const v = ibanOf(cc as string, `${bank}${d.join('').slice(0, n as number)}`)
    return { kind: 'iban', groups: v.match(/.{1,4}/g)!, lead: 'IBAN', secrets: [hidden(v.slice(2), 4)] }
  })
const ukAccount = fc
  .tuple(digitString(6), digitString(8), fc.constantFrom('sort code', 'bank details', 'pay me at', ''))
  .map(([s, a, lead]): Value => {
    // The first pair above 31 and the second above 12: never a date, with or without the words.
    const sort = `${3 + (s[0]! % 6)}${s[1]}${2 + (s[2]! % 7)}${s[3]}${s[4]}${s[5]}`
    const acc = a.join('')
    return {
      kind: 'uk_account',
      groups: [sort.slice(0, 2), sort.slice(2, 4), sort.slice(4), acc],
      lead,
      secrets: [sort, hidden(acc, 4)],
    }
  })
const bsn = fc
  .tuple(
    digitString(9),
    fc.constantFrom(
      'mijn BSN is',
      'burgerservicenummer:',
      'meine Bürgerservicenummer',
      'numéro de service citoyen',
      'número de servicio al ciudadano',
      'رقم الخدمة المدنية',
      '我的公民服务号是',
      'citizen service number',
    ),
    fc.constantFrom([3, 3, 3], [4, 2, 3], [9], [2, 3, 4]),
  )
  .map(([d, lead, shape]): Value => {
    const v = bsnOf(d)
    const groups: string[] = []
    let at = 0
    for (const n of shape) {
      groups.push(v.slice(at, at + n))
      at += n
    }
    return { kind: 'nl_bsn', groups, lead, secrets: [v] }
  })
const phone = fc
  .tuple(
    digitString(8),
    fc.constantFrom(['+31 6', 8], ['+44 7700', 6], ['+49 151', 8], ['+34 612', 6], ['+33 6', 8]),
  )
  .map(([d, [prefix, n]]): Value => {
    const rest = d.join('').slice(0, n as number)
    return {
      kind: 'phone',
      groups: [...(prefix as string).split(' '), rest.slice(0, 4), rest.slice(4)],
      lead: 'tel',
      secrets: [hidden(rest, 2)],
    }
  })
const account = fc
  .tuple(
    digitString(10),
    fc.constantFrom(
      'Kontonummer',
      'Kto.-Nr.',
      'mein Girokonto',
      'numéro de compte',
      'mon RIB',
      'número de cuenta',
      'mi cuenta corriente',
      'rekeningnummer',
      'account no.',
    ),
  )
  .map(([d, lead]): Value => {
    const v = `${(d[0]! % 9) + 1}${d.join('').slice(1)}`
    return { kind: 'account_number', groups: [v.slice(0, 4), v.slice(4)], lead, secrets: [hidden(v, 4)] }
  })
const code = fc
  .tuple(
    digitString(6),
    fc.constantFrom(
      'code de vérification',
      'mot de passe à usage unique',
      'Bestätigungscode',
      'TAN',
      'código de verificación',
      'clave dinámica',
      'verificatiecode',
      'OTP',
      '验证码',
      'رمز التحقق',
    ),
  )
  .map(
    ([d, lead]): Value => ({
      kind: 'otp',
      groups: [d.join('').slice(0, 3), d.join('').slice(3)],
      lead: `${lead}:`,
      secrets: [d.join('')],
    }),
  )

const cvv = fc
  .tuple(
    digitString(3),
    fc.constantFrom(
      'CVV',
      'CVC2',
      'card security code',
      'Kartenprüfnummer',
      'cryptogramme visuel',
      'código de seguridad',
      'رمز CVV',
      '安全码',
    ),
  )
  .map(([d, lead]): Value => ({ kind: 'otp', groups: [d.join('')], lead: `${lead}:`, secrets: [d.join('')] }))

const VALUES = fc.oneof(card, iban, ukAccount, bsn, phone, account, code, cvv)

const FILLER = [
  'the app has been down all morning and nobody answers',
  'de app werkt weer niet, al drie dagen',
  'die App stürzt schon wieder ab, seit gestern',
  "l'application ne marche plus depuis hier soir",
  'la aplicación no funciona desde ayer por la tarde',
  'التطبيق لا يعمل منذ الصباح',
  '应用程序从早上开始就打不开了',
]

/** Writes `v` with `write`, joined by `sep`, with an invisible character after every `every`-th unit. */
function render(v: Value, write: Writer, sep: string, invisible: string, every: number): string {
  const raw = v.groups.map((g) => write(g)).join(sep)
  if (every === 0) return raw
  const units = [...raw]
  return units.map((u, i) => (i % every === every - 1 ? u + invisible : u)).join('')
}

const post = fc.tuple(
  fc.array(fc.constantFrom(...FILLER), { maxLength: 60 }),
  fc.array(fc.constantFrom(...FILLER), { maxLength: 60 }),
)

function survives(masked: string, v: Value): string | null {
  const c = compact(masked)
  for (const s of v.secrets) if (c.includes(s.toLowerCase())) return s
  return null
}

describe('masking by construction, property-based (Unicode-derived digit forms, separators, invisibles)', () => {
  it('the generators cover the standard: dozens of digit sets, compatibility digits, every space and dash', () => {
    expect(ND_ZEROS.length).toBeGreaterThan(50)
    expect(COMPAT_DIGITS[1]!.length).toBeGreaterThan(4)
    expect(INVISIBLES.length).toBeGreaterThan(100)
  })

  it('every format in every digit set or compatibility form, any separator, anywhere in a long post: nothing survives', () => {
    fc.assert(
      fc.property(
        VALUES,
        fc.constantFrom(...WRITERS),
        fc.constantFrom(...SEPARATORS),
        post,
        (v, write, sep, [pre, post]) => {
          const text = `${pre.join('. ')} ${v.lead} ${render(v, write, sep, '', 0)} ${post.join('. ')}`
          const m = maskPii(text)
          expect(
            survives(m.text, v),
            `${v.kind} ${JSON.stringify(text.slice(pre.join('. ').length, pre.join('. ').length + 80))} → ${JSON.stringify(m.text.slice(pre.join('. ').length, pre.join('. ').length + 80))}`,
          ).toBeNull()
        },
      ),
      { numRuns: 1500, seed: 51 },
    )
  })

  it('invisible characters (format, bidi, zero-width, soft hyphen, variation selectors) inside a value hide nothing, and the mask covers them', () => {
    fc.assert(
      fc.property(
        VALUES,
        fc.constantFrom(...WRITERS.slice(0, 8), ...COMPAT_WRITERS.slice(0, 4)),
        fc.constantFrom(' ', '-', '\u00a0', '.', '_'),
        fc.constantFrom(...INVISIBLES),
        fc.integer({ min: 1, max: 5 }),
        (v, write, sep, inv, every) => {
          const written = render(v, write, sep, inv, every)
          const text = `${FILLER[0]} ${v.lead} ${written} ${FILLER[1]}`
          const m = maskPii(text)
          expect(
            survives(m.text, v),
            `${v.kind} ${JSON.stringify(written)} → ${JSON.stringify(m.text)}`,
          ).toBeNull()
          // No invisible character is left inside what was masked.
          const masked =
            m.spans.length > 0 ? m.text.slice(text.indexOf(written), text.indexOf(written) + 60) : ''
          if (v.kind === 'card')
            expect(masked.includes(inv) && !masked.startsWith(inv), JSON.stringify(masked)).toBe(false)
        },
      ),
      { numRuns: 1500, seed: 52 },
    )
  })

  it('a card glued to the word that names it, in brackets or quotes, broken over a line, or with spaced marks between its fours is masked', () => {
    const glued = fc.constantFrom(
      (x: string) => `card#${x}`,
      (x: string) => `Kontonummer${x}`,
      (x: string) => `(${x})`,
      (x: string) => `"${x}"`,
      (x: string) => `«${x}»`,
      (x: string) => `「${x}」`,
      (x: string) => `card:${x}.`,
    )
    fc.assert(
      fc.property(
        card,
        fc.constantFrom(...WRITERS.slice(0, 12)),
        fc.constantFrom(' ', '\n', '-\n', '_', '', ' | ', ' • ', ' * ', ' _ '),
        glued,
        (v, write, sep, wrap) => {
          const text = `${FILLER[2]} ${wrap(render(v, write, sep, '', 0))} ${FILLER[3]}`
          const m = maskPii(text)
          expect(survives(m.text, v), `${JSON.stringify(text)} → ${JSON.stringify(m.text)}`).toBeNull()
        },
      ),
      { numRuns: 800, seed: 53 },
    )
  })

  it("ordinary numbers with every locale's thousands separator, dates, times, versions, years and percentages stay", () => {
    const amount = fc
      .integer({ min: 1000, max: 99_999_999 })
      .chain((n) =>
        fc.constantFrom(
          n.toLocaleString('en-US'),
          n.toLocaleString('de-DE'),
          n.toLocaleString('fr-FR'),
          n.toLocaleString('de-CH'),
          n.toLocaleString('en-IN'),
          `${n.toLocaleString('en-US')}.50`,
          `${n.toLocaleString('de-DE')},50 €`,
          `€${n.toLocaleString('en-IE')}`,
        ),
      )
    const other = fc.constantFrom(
      '06.12.2026',
      '2026-12-06',
      '12/06/26',
      '14:35',
      'v2.14.1',
      '2019, 2020 and 2021',
      '12.5%',
      'order 12345678',
      'tracking 1Z999AA10123456784',
      '12 34 56 minutes',
    )
    fc.assert(
      fc.property(
        fc.array(fc.oneof(amount, other), { minLength: 2, maxLength: 4 }),
        fc.constantFrom(', ', '，', ' / ', ' | ', ' · '),
        fc.constantFrom(...FILLER),
        (nums, sep, fill) => {
          const text = `${fill}: ${nums.join(sep)} ${fill}`
          expect(maskPii(text).text).toBe(text)
        },
      ),
      { numRuns: 1500, seed: 54 },
    )
  })
})
