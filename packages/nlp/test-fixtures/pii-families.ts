/**
 * Generators of personal data BY FAMILY (pii12): every kind of issue 11 item 1, each in the
 * grouping habits people type it in, composed with every Unicode decimal digit script, every
 * separator kind, casing, a context word before, after or (where the format alone decides) none,
 * a place in a long post and prose of the seven served languages; and hard negatives per locale.
 * Written from the standards (ISO 13616, ITU-T E.164 numbering plans, the card schemes' ranges,
 * SSA/HMRC/BSN rules) and from how people write, not from the blind sets. Used by
 * src/pii-families.property.test.ts (a modest number of runs in CI, many when hunting).
 */
import type { PiiKind } from '@vigil/schema'
import fc from 'fast-check'
import { bsnValid, luhnValid } from '../src/pii-checks.js'

export type Lang = 'en' | 'nl' | 'de' | 'fr' | 'es' | 'ar' | 'zh'
export const LANGS: readonly Lang[] = ['en', 'nl', 'de', 'fr', 'es', 'ar', 'zh']

/** The zero of every decimal digit set of Unicode (`\p{Nd}`, BMP and astral), from the standard. */
export const ALL_ZEROS: readonly number[] = (() => {
  const zeros: number[] = []
  let run = 0
  for (let cp = 0; cp < 0x20000; cp++) {
    if (/\p{Nd}/u.test(String.fromCodePoint(cp))) {
      if (run % 10 === 0) zeros.push(cp)
      run++
    } else run = 0
  }
  return zeros
})()

/** Separator kinds between groups: spaces of every width, breaks, dashes, dots, slashes, mixes. */
export const SEP_KINDS: Record<string, string> = {
  space: ' ',
  nbsp: '\u00a0',
  narrow: '\u202f',
  thin: '\u2009',
  figure: '\u2007',
  ideographic: '\u3000',
  double: '  ',
  tab: '\t',
  newline: '\n',
  crlf: '\r\n',
  hyphen: '-',
  nbhyphen: '\u2011',
  endash: '\u2013',
  emdash: '\u2014',
  minus: '\u2212',
  dot: '.',
  middot: '·',
  slash: '/',
  spacedash: ' - ',
  underscore: '_',
}

/** Digits of `s` written in the script whose zero is `zero` (letters untouched). */
export function inZero(s: string, zero: number): string {
  return s.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)))
}

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''))

/** `prefix` + random digits to `len`, with the Luhn digit last. */
function luhnFill(prefix: string, len: number, rnd: string): string {
  const body = (prefix + rnd).slice(0, len - 1)
  for (let c = 0; c < 10; c++) if (luhnValid(body + c)) return body + c
  throw new Error('unreachable')
}

/** Split `d` into groups of the given sizes (the last takes the rest). */
export function group(d: string, sizes: readonly number[], sep: string): string {
  const out: string[] = []
  let i = 0
  for (let k = 0; k < sizes.length && i < d.length; k++) {
    const n = k === sizes.length - 1 ? d.length - i : sizes[k]!
    out.push(d.slice(i, i + n))
    i += n
  }
  if (i < d.length) out.push(d.slice(i))
  return out.join(sep)
}

const fours = (n: number): number[] => Array.from({ length: Math.ceil(n / 4) }, () => 4)

/** A value in one writing habit: `render(sep)` types it, `secret` is what must not stay readable. */
export interface Value {
  kind: PiiKind
  family: string
  habit: string
  render: (sep: string) => string
  /**
   * What must not survive in a row (lower-case letters and ASCII digits): the value less what
   * masking keeps on purpose (a card's or account's last four, a phone's last two).
   */
  secrets: string[]
  /** The format alone says what it is: shown with no context word too. */
  decisive: boolean
}

// --- cards: each scheme's issuer range and lengths (12–19), in each scheme's printed grouping ---
const CARD_SCHEMES: readonly { name: string; prefixes: readonly string[]; lengths: readonly number[] }[] = [
  { name: 'visa', prefixes: ['4'], lengths: [13, 16, 19] },
  { name: 'mastercard', prefixes: ['51', '52', '53', '54', '55', '2221', '2500', '2720'], lengths: [16] },
  { name: 'amex', prefixes: ['34', '37'], lengths: [15] },
  { name: 'discover', prefixes: ['6011', '644', '649', '65'], lengths: [16, 19] },
  { name: 'jcb', prefixes: ['3528', '3589'], lengths: [16, 19] },
  { name: 'unionpay', prefixes: ['62'], lengths: [16, 17, 18, 19] },
  { name: 'diners', prefixes: ['36', '300', '305', '38'], lengths: [14] },
  { name: 'maestro', prefixes: ['50', '56', '58', '6759', '63'], lengths: [12, 13, 15, 18, 19] },
]

function cardGroupings(name: string, len: number): Record<string, readonly number[]> {
  const g: Record<string, readonly number[]> = { bare: [len], fours: fours(len) }
  if (name === 'amex') g['4-6-5'] = [4, 6, 5]
  if (name === 'diners') g['4-6-4'] = [4, 6, 4]
  if (len === 19) g['6-13'] = [6, 13]
  if (len === 18 || len === 19) g['4-4-4-4-rest'] = [4, 4, 4, 4]
  return g
}

export const card: fc.Arbitrary<Value> = fc
  .constantFrom(...CARD_SCHEMES)
  .chain((s) =>
    fc.record({
      s: fc.constant(s),
      prefix: fc.constantFrom(...s.prefixes),
      len: fc.constantFrom(...s.lengths),
      rnd: digits(19),
      habitPick: fc.nat(),
    }),
  )
  .map(({ s, prefix, len, rnd, habitPick }) => {
    const d = luhnFill(prefix, len, rnd)
    const gs = cardGroupings(s.name, len)
    const habits = Object.keys(gs)
    const habit = habits[habitPick % habits.length]!
    return {
      kind: 'card' as PiiKind,
      family: `card ${s.name} ${len}`,
      habit,
      render: (sep: string) => group(d, gs[habit]!, sep),
      secrets: [d.slice(0, -4)],
      decisive: true,
    }
  })

// --- IBANs: every country of the registry and the non-registry issuers, mod-97 valid ---
/** Country, IBAN length, how many letters lead the BBAN (the bank code of GB, NL, …). */
// biome-ignore format: a table reads better by rows
const IBAN_COUNTRIES: readonly [string, number, number][] = [
  ['AD', 24, 0], ['AE', 23, 0], ['AL', 28, 0], ['AT', 20, 0], ['AZ', 28, 4], ['BA', 20, 0],
  ['BE', 16, 0], ['BG', 22, 4], ['BH', 22, 4], ['BI', 27, 0], ['BR', 29, 0], ['BY', 28, 4],
  ['CH', 21, 0], ['CR', 22, 0], ['CY', 28, 0], ['CZ', 24, 0], ['DE', 22, 0], ['DJ', 27, 0],
  ['DK', 18, 0], ['DO', 28, 4], ['EE', 20, 0], ['EG', 29, 0], ['ES', 24, 0], ['FI', 18, 0],
  ['FK', 18, 2], ['FO', 18, 0], ['FR', 27, 0], ['GB', 22, 4], ['GE', 22, 2], ['GI', 23, 4],
  ['GL', 18, 0], ['GR', 27, 0], ['GT', 28, 4], ['HN', 28, 4], ['HR', 21, 0], ['HU', 28, 0],
  ['IE', 22, 4], ['IL', 23, 0], ['IQ', 23, 4], ['IS', 26, 0], ['IT', 27, 1], ['JO', 30, 4],
  ['KW', 30, 4], ['KZ', 20, 0], ['LB', 28, 0], ['LC', 32, 4], ['LI', 21, 0], ['LT', 20, 0],
  ['LU', 20, 0], ['LV', 21, 4], ['LY', 25, 0], ['MC', 27, 0], ['MD', 24, 2], ['ME', 22, 0],
  ['MK', 19, 0], ['MN', 20, 0], ['MR', 27, 0], ['MT', 31, 4], ['MU', 30, 4], ['NI', 28, 4],
  ['NL', 18, 4], ['NO', 15, 0], ['OM', 23, 0], ['PK', 24, 4], ['PL', 28, 0], ['PS', 29, 4],
  ['PT', 25, 0], ['QA', 29, 4], ['RO', 24, 4], ['RS', 22, 0], ['RU', 33, 0], ['SA', 24, 0],
  ['SC', 31, 4], ['SD', 18, 0], ['SE', 24, 0], ['SI', 19, 0], ['SK', 24, 0], ['SM', 27, 1],
  ['SO', 23, 0], ['ST', 25, 0], ['SV', 28, 4], ['TL', 23, 0], ['TN', 24, 0], ['TR', 26, 0],
  ['UA', 29, 0], ['VA', 22, 0], ['VG', 24, 4], ['XK', 20, 0], ['YE', 30, 4],
  ['CI', 28, 2], ['MA', 28, 0], ['SN', 28, 2], ['DZ', 26, 0], ['IR', 26, 0], ['CM', 27, 0],
]

function ibanCheck(cc: string, bban: string): string {
  const moved = `${bban}${cc}00`
  let rem = 0
  for (const ch of moved) {
    const v = /[A-Z]/.test(ch) ? ch.charCodeAt(0) - 55 : Number(ch)
    rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97
  }
  return String(98 - rem).padStart(2, '0')
}

const IBAN_HABITS = ['fours', 'bare', 'lower fours', 'lower bare', 'head then bare', 'mixed case'] as const

export const iban: fc.Arbitrary<Value> = fc
  .record({
    c: fc.constantFrom(...IBAN_COUNTRIES),
    letters: fc.array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), { minLength: 4, maxLength: 4 }),
    rnd: digits(30),
    habit: fc.constantFrom(...IBAN_HABITS),
  })
  .map(({ c: [cc, len, nLetters], letters, rnd, habit }) => {
    const bban = letters.slice(0, nLetters).join('') + rnd.slice(0, len - 4 - nLetters)
    const full = `${cc}${ibanCheck(cc, bban)}${bban}`
    const render = (sep: string): string => {
      switch (habit) {
        case 'fours':
          return group(full, fours(full.length), sep)
        case 'bare':
          return full
        case 'lower fours':
          return group(full, fours(full.length), sep).toLowerCase()
        case 'lower bare':
          return full.toLowerCase()
        case 'head then bare':
          return `${full.slice(0, 4)}${sep}${full.slice(4)}`
        default:
          return cc + group(full.slice(2), fours(full.length - 2), sep).toLowerCase()
      }
    }
    return {
      kind: 'iban' as PiiKind,
      family: `iban ${cc}`,
      habit,
      render,
      secrets: [full.slice(2, -4).toLowerCase()],
      decisive: true,
    }
  })

// --- UK sort code + account ---
export const ukAccount: fc.Arbitrary<Value> = fc
  .record({
    sc: digits(6),
    acct: digits(8),
    habit: fc.constantFrom('2-2-2 then 8', '6 then 8', 'run together', '8 then 2-2-2', 'dashed both'),
  })
  .filter(({ sc, acct }) => sc[0] !== '0' && /[1-9]/.test(acct.slice(0, 2)))
  .map(({ sc, acct, habit }) => {
    const s222 = (sep: string) => group(sc, [2, 2, 2], sep)
    const render = (sep: string): string => {
      switch (habit) {
        case '2-2-2 then 8':
          return `${s222(sep)} ${acct}`
        case '6 then 8':
          return `${sc} ${acct}`
        case 'run together':
          return `${sc}${acct}`
        case '8 then 2-2-2':
          return `${acct} ${s222(sep)}`
        default:
          return `${s222('-')} ${group(acct, [4, 4], '-')}`
      }
    }
    return {
      kind: 'uk_account' as PiiKind,
      family: 'uk sort code + account',
      habit,
      render,
      secrets: [sc, acct.slice(0, -4)],
      decisive: false,
    }
  })

// --- account numbers near a context word (8–18 digits, not a card) ---
export const account: fc.Arbitrary<Value> = fc
  .record({
    len: fc.integer({ min: 8, max: 18 }),
    rnd: digits(18),
    habit: fc.constantFrom('bare', 'fours', 'threes', '3-rest'),
  })
  .map(({ len, rnd, habit }) => {
    const d = `${(Number(rnd[0]) % 9) + 1}${rnd.slice(1, len)}`
    const sizes =
      habit === 'bare' ? [len] : habit === 'fours' ? fours(len) : habit === 'threes' ? Array(7).fill(3) : [3]
    return {
      kind: 'account_number' as PiiKind,
      family: `account ${len}`,
      habit,
      render: (sep: string) => group(d, sizes, sep),
      secrets: [d.slice(0, -4)],
      decisive: false,
    }
  })

// --- US SSN (area not 000/666/9xx, group not 00, serial not 0000) ---
export const ssn: fc.Arbitrary<Value> = fc
  .record({
    a: fc.integer({ min: 1, max: 899 }),
    g: fc.integer({ min: 1, max: 99 }),
    s: fc.integer({ min: 1, max: 9999 }),
    habit: fc.constantFrom('3-2-4', 'bare', '3 2 4 spaced'),
  })
  .filter(({ a }) => a !== 666)
  .map(({ a, g, s, habit }) => {
    const d = `${String(a).padStart(3, '0')}${String(g).padStart(2, '0')}${String(s).padStart(4, '0')}`
    return {
      kind: 'us_ssn' as PiiKind,
      family: 'us ssn',
      habit,
      render: (sep: string) => (habit === 'bare' ? d : group(d, [3, 2, 4], habit === '3-2-4' ? sep : ' ')),
      secrets: [d],
      decisive: habit === '3-2-4',
    }
  })

// --- UK National Insurance number (HMRC prefixes: no D F I Q U V; second letter not O; not BG GB KN NK NT TN ZZ) ---
const NINO_FIRST = 'ABCEGHJKLMNPRSTWXYZ'
const NINO_SECOND = 'ABCEGHJKLMNPRSTWXYZ'
export const nino: fc.Arbitrary<Value> = fc
  .record({
    p1: fc.constantFrom(...NINO_FIRST),
    p2: fc.constantFrom(...NINO_SECOND),
    d: digits(6),
    suf: fc.constantFrom('A', 'B', 'C', 'D'),
    habit: fc.constantFrom('AB 12 34 56 C', 'AB123456C', 'lower', 'lower spaced', 'AB 123456 C'),
  })
  .filter(({ p1, p2 }) => !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(p1 + p2))
  .map(({ p1, p2, d, suf, habit }) => {
    const pre = p1 + p2
    const render = (sep: string): string => {
      switch (habit) {
        case 'AB 12 34 56 C':
          return [pre, d.slice(0, 2), d.slice(2, 4), d.slice(4), suf].join(sep)
        case 'AB123456C':
          return pre + d + suf
        case 'lower':
          return (pre + d + suf).toLowerCase()
        case 'lower spaced':
          return [pre, d.slice(0, 2), d.slice(2, 4), d.slice(4), suf].join(sep).toLowerCase()
        default:
          return [pre, d, suf].join(sep)
      }
    }
    return {
      kind: 'uk_nino' as PiiKind,
      family: 'uk nino',
      habit,
      render,
      secrets: [(pre + d + suf).toLowerCase()],
      decisive: habit === 'AB 12 34 56 C' || habit === 'AB123456C',
    }
  })

// --- NL BSN (11-proef) ---
export const bsn: fc.Arbitrary<Value> = fc
  .record({ d8: digits(8), habit: fc.constantFrom('bare', '3-3-3', '4-2-3', '2-3-4') })
  .map(({ d8, habit }) => {
    const sum = [...d8].reduce((a, x, i) => a + Number(x) * (9 - i), 0)
    return { d: d8 + String(sum % 11), habit }
  })
  .filter(({ d }) => d.length === 9 && bsnValid(d) && d[0] !== '0')
  .map(({ d, habit }) => {
    const sizes =
      habit === 'bare' ? [9] : habit === '3-3-3' ? [3, 3, 3] : habit === '4-2-3' ? [4, 2, 3] : [2, 3, 4]
    return {
      kind: 'nl_bsn' as PiiKind,
      family: 'nl bsn',
      habit,
      render: (sep: string) => group(d, sizes, sep),
      secrets: [d],
      decisive: false,
    }
  })

// --- phones: national and international per numbering plan ---
interface PhoneForm {
  country: string
  habit: string
  /** Digits after the country code (national significant number). */
  nsn: () => fc.Arbitrary<string>
  /** How it is written; `sep` between groups. */
  write: (nsn: string, sep: string) => string
  decisive: boolean
}
const lead = (p: string, n: number) => digits(n - p.length).map((r) => p + r)
const pick = (...a: string[]) => fc.constantFrom(...a)
const nsnOf = (leads: string[], n: number) => () => pick(...leads).chain((p) => lead(p, n))

const PHONE_FORMS: readonly PhoneForm[] = [
  // United Kingdom: mobiles 07xxx xxxxxx, London 020 xxxx xxxx.
  {
    country: 'GB',
    habit: 'intl mobile',
    nsn: nsnOf(['74', '75', '77', '78', '79'], 10),
    write: (n, s) => `+44${s}${group(n, [4, 6], s)}`,
    decisive: true,
  },
  {
    country: 'GB',
    habit: 'national mobile',
    nsn: nsnOf(['74', '75', '77', '78', '79'], 10),
    write: (n, s) => `0${group(n, [4, 6], s)}`,
    decisive: true,
  },
  {
    country: 'GB',
    habit: 'national 5-3-3',
    nsn: nsnOf(['77', '79'], 10),
    write: (n, s) => `0${group(n, [4, 3, 3], s)}`,
    decisive: true,
  },
  {
    country: 'GB',
    habit: 'london',
    nsn: nsnOf(['20'], 10),
    write: (n, s) => `0${group(n, [2, 4, 4], s)}`,
    decisive: true,
  },
  {
    country: 'GB',
    habit: 'intl (0)',
    nsn: nsnOf(['20', '77'], 10),
    write: (n, s) => `+44${s}(0)${group(n, [2, 4, 4], s)}`,
    decisive: true,
  },
  // United States: (415) 555-0132, 415-555-0132, +1 415 555 0132, 1-415-555-0132.
  {
    country: 'US',
    habit: '(3) 3-4',
    nsn: nsnOf(['212', '415', '646', '718', '305', '773'], 10),
    write: (n, s) => `(${n.slice(0, 3)})${s === '-' ? ' ' : s}${n.slice(3, 6)}-${n.slice(6)}`,
    decisive: true,
  },
  {
    country: 'US',
    habit: '3-3-4',
    nsn: nsnOf(['212', '415', '646', '718', '305', '773'], 10),
    write: (n, s) => group(n, [3, 3, 4], s),
    decisive: false,
  },
  {
    country: 'US',
    habit: 'intl',
    nsn: nsnOf(['212', '415', '646', '718', '305', '773'], 10),
    write: (n, s) => `+1${s}${group(n, [3, 3, 4], s)}`,
    decisive: true,
  },
  {
    country: 'US',
    habit: '1-3-3-4',
    nsn: nsnOf(['212', '415', '646'], 10),
    write: (n, s) => `1${s}${group(n, [3, 3, 4], s)}`,
    decisive: false,
  },
  // China: mobiles 1[3-9] 11 digits (3-4-4 or bare), Beijing 010-xxxxxxxx.
  {
    country: 'CN',
    habit: 'mobile 3-4-4',
    nsn: nsnOf(['13', '15', '17', '18', '19'], 11),
    write: (n, s) => group(n, [3, 4, 4], s),
    decisive: true,
  },
  {
    country: 'CN',
    habit: 'mobile bare',
    nsn: nsnOf(['13', '15', '18'], 11),
    write: (n) => n,
    decisive: false,
  },
  {
    country: 'CN',
    habit: 'intl mobile',
    nsn: nsnOf(['13', '15', '18'], 11),
    write: (n, s) => `+86${s}${group(n, [3, 4, 4], s)}`,
    decisive: true,
  },
  {
    country: 'CN',
    habit: 'beijing',
    nsn: nsnOf(['10'], 10),
    write: (n, s) => `0${n.slice(0, 2)}${s === ' ' ? '-' : s}${n.slice(2)}`,
    decisive: false,
  },
  // Saudi Arabia, UAE: 05x xxx xxxx; Egypt 01x xxxx xxxx.
  {
    country: 'SA',
    habit: 'national mobile',
    nsn: nsnOf(['50', '53', '55', '56', '59'], 9),
    write: (n, s) => `0${group(n, [2, 3, 4], s)}`,
    decisive: true,
  },
  {
    country: 'SA',
    habit: 'intl mobile',
    nsn: nsnOf(['50', '55'], 9),
    write: (n, s) => `+966${s}${group(n, [2, 3, 4], s)}`,
    decisive: true,
  },
  {
    country: 'SA',
    habit: '00 intl',
    nsn: nsnOf(['50', '55'], 9),
    write: (n, s) => `00966${s}${group(n, [2, 3, 4], s)}`,
    decisive: true,
  },
  {
    country: 'AE',
    habit: 'national mobile',
    nsn: nsnOf(['50', '52', '55', '56'], 9),
    write: (n, s) => `0${group(n, [2, 3, 4], s)}`,
    decisive: true,
  },
  {
    country: 'AE',
    habit: 'intl mobile',
    nsn: nsnOf(['50', '52', '55', '56'], 9),
    write: (n, s) => `+971${s}${group(n, [2, 3, 4], s)}`,
    decisive: true,
  },
  {
    country: 'EG',
    habit: 'national mobile',
    nsn: nsnOf(['10', '11', '12', '15'], 10),
    write: (n, s) => `0${group(n, [2, 4, 4], s)}`,
    decisive: true,
  },
  {
    country: 'EG',
    habit: 'national bare',
    nsn: nsnOf(['10', '11', '12', '15'], 10),
    write: (n) => `0${n}`,
    decisive: true,
  },
  {
    country: 'EG',
    habit: 'intl mobile',
    nsn: nsnOf(['10', '11', '12'], 10),
    write: (n, s) => `+20${s}${group(n, [2, 4, 4], s)}`,
    decisive: true,
  },
  // Netherlands, Belgium.
  {
    country: 'NL',
    habit: '06-8',
    nsn: nsnOf(['6'], 9),
    write: (n, s) => `0${n[0]}${s === ' ' ? '-' : s}${n.slice(1)}`,
    decisive: true,
  },
  {
    country: 'NL',
    habit: '06 pairs',
    nsn: nsnOf(['6'], 9),
    write: (n, s) => `0${group(n, [1, 2, 2, 2, 2], s)}`,
    decisive: true,
  },
  {
    country: 'NL',
    habit: 'intl',
    nsn: nsnOf(['6'], 9),
    write: (n, s) => `+31${s}${group(n, [1, 4, 4], s)}`,
    decisive: true,
  },
  {
    country: 'NL',
    habit: 'landline 3-7',
    nsn: nsnOf(['20', '10', '30'], 9),
    write: (n, s) => `0${n.slice(0, 2)}${s === ' ' ? '-' : s}${n.slice(2)}`,
    decisive: true,
  },
  {
    country: 'BE',
    habit: 'mobile 4-2-2-2',
    nsn: nsnOf(['470', '475', '486', '495'], 9),
    write: (n, s) => `0${group(n, [3, 2, 2, 2], s)}`,
    decisive: true,
  },
  {
    country: 'BE',
    habit: 'intl mobile',
    nsn: nsnOf(['470', '475', '486'], 9),
    write: (n, s) => `+32${s}${group(n, [3, 2, 2, 2], s)}`,
    decisive: true,
  },
  {
    country: 'BE',
    habit: 'brussels',
    nsn: nsnOf(['2'], 8),
    write: (n, s) => `0${group(n, [1, 3, 2, 2], s)}`,
    decisive: true,
  },
  // Spain, Mexico, Argentina.
  {
    country: 'ES',
    habit: 'mobile 3-3-3',
    nsn: nsnOf(['6', '7'], 9),
    write: (n, s) => group(n, [3, 3, 3], s),
    decisive: false,
  },
  {
    country: 'ES',
    habit: 'mobile 3-2-2-2',
    nsn: nsnOf(['6'], 9),
    write: (n, s) => group(n, [3, 2, 2, 2], s),
    decisive: false,
  },
  {
    country: 'ES',
    habit: 'intl',
    nsn: nsnOf(['6', '91'], 9),
    write: (n, s) => `+34${s}${group(n, [3, 3, 3], s)}`,
    decisive: true,
  },
  {
    country: 'MX',
    habit: '2-4-4',
    nsn: nsnOf(['55', '33', '81'], 10),
    write: (n, s) => group(n, [2, 4, 4], s),
    decisive: false,
  },
  { country: 'MX', habit: 'bare 10', nsn: nsnOf(['55', '33', '81'], 10), write: (n) => n, decisive: false },
  {
    country: 'MX',
    habit: 'intl',
    nsn: nsnOf(['55', '33'], 10),
    write: (n, s) => `+52${s}${group(n, [2, 4, 4], s)}`,
    decisive: true,
  },
  {
    country: 'MX',
    habit: 'intl +52 1',
    nsn: nsnOf(['55', '33'], 10),
    write: (n, s) => `+52${s}1${s}${group(n, [2, 4, 4], s)}`,
    decisive: true,
  },
  {
    country: 'AR',
    habit: '11 4-4',
    nsn: nsnOf(['11'], 10),
    write: (n, s) => `${n.slice(0, 2)}${s}${n.slice(2, 6)}-${n.slice(6)}`,
    decisive: false,
  },
  {
    country: 'AR',
    habit: 'intl +54 9',
    nsn: nsnOf(['11', '351'], 10),
    write: (n, s) => `+54${s}9${s}${group(n, [2, 4, 4], s)}`,
    decisive: true,
  },
  {
    country: 'AR',
    habit: '011 15',
    nsn: nsnOf(['11'], 10),
    write: (n, s) => `0${n.slice(0, 2)}${s}15${s}${n.slice(2, 6)}-${n.slice(6)}`,
    decisive: true,
  },
  // France, Germany.
  {
    country: 'FR',
    habit: 'pairs',
    nsn: nsnOf(['6', '7', '1'], 9),
    write: (n, s) => `0${group(n, [1, 2, 2, 2, 2], s)}`,
    decisive: true,
  },
  {
    country: 'FR',
    habit: 'intl',
    nsn: nsnOf(['6', '7'], 9),
    write: (n, s) => `+33${s}${group(n, [1, 2, 2, 2, 2], s)}`,
    decisive: true,
  },
  { country: 'FR', habit: 'bare', nsn: nsnOf(['6', '7'], 9), write: (n) => `0${n}`, decisive: true },
  {
    country: 'DE',
    habit: 'mobile',
    nsn: nsnOf(['151', '160', '170', '176'], 11),
    write: (n, s) => `0${n.slice(0, 3)}${s}${n.slice(3)}`,
    decisive: true,
  },
  {
    country: 'DE',
    habit: 'intl mobile',
    nsn: nsnOf(['151', '170', '176'], 11),
    write: (n, s) => `+49${s}${n.slice(0, 3)}${s}${n.slice(3)}`,
    decisive: true,
  },
  {
    country: 'DE',
    habit: 'berlin slash',
    nsn: nsnOf(['30'], 10),
    write: (n) => `0${n.slice(0, 2)}/${n.slice(2)}`,
    decisive: true,
  },
  {
    country: 'DE',
    habit: 'berlin',
    nsn: nsnOf(['30', '89', '40'], 10),
    write: (n, s) => `0${n.slice(0, 2)}${s}${n.slice(2)}`,
    decisive: true,
  },
]

export const phone: fc.Arbitrary<Value> = fc.constantFrom(...PHONE_FORMS).chain((f) =>
  f.nsn().map((n) => ({
    kind: 'phone' as PiiKind,
    family: `phone ${f.country}`,
    habit: f.habit,
    render: (sep: string) => f.write(n, sep),
    // Two digits may stay (masking keeps a phone's last two): the rest is the secret.
    secrets: [n.slice(0, -2)],
    decisive: f.decisive,
  })),
)

// --- e-mail, typed and spelled ---
const LOCALS = [
  'jandevries',
  'maria.lopez82',
  'zhang_wei1990',
  'ahmed.alharbi',
  'claire-dubois',
  'k.mueller77',
  'sjohnson',
]
const DOMAINS = [
  'gmail.com',
  'hotmail.fr',
  '163.com',
  'web.de',
  'outlook.es',
  'ziggo.nl',
  'yahoo.co.uk',
  'qq.com',
]
const EMAIL_HABITS: Record<string, (l: string, d: string) => string> = {
  typed: (l, d) => `${l}@${d}`,
  'upper case': (l, d) => `${l}@${d}`.toUpperCase(),
  'at dot': (l, d) => `${l} at ${d.replace(/\./g, ' dot ')}`,
  '[at] [dot]': (l, d) => `${l} [at] ${d.replace(/\./g, ' [dot] ')}`,
  '(at)': (l, d) => `${l}(at)${d}`,
  arobase: (l, d) => `${l} arobase ${d.replace(/\./g, ' point ')}`,
  arroba: (l, d) => `${l} arroba ${d.replace(/\./g, ' punto ')}`,
  punkt: (l, d) => `${l} at ${d.replace(/\./g, ' punkt ')}`,
  点: (l, d) => `${l}艾特${d.replace(/\./g, '点')}`,
  '＠': (l, d) => `${l}＠${d.replace(/\./g, '．')}`,
  '{at}': (l, d) => `${l}{at}${d}`,
  'AT DOT': (l, d) => `${l} AT ${d.replace(/\./g, ' DOT ')}`,
  // pii13: hidden from bots with no address word needed: '#' for '@' (a Chinese habit, "#换成@"),
  // the '@' word in brackets with the dots typed, a domain of several said dots ("co dot uk").
  '#': (l, d) => `${l}#${d}`,
  '[arroba]': (l, d) => `${l} [arroba] ${d}`,
  '(arobase)': (l, d) => `${l} (arobase) ${d}`,
  'at dot dot': (l, d) => `${l} at ${d.split('.')[0]} dot co dot uk`,
}
const DECISIVE_EMAIL = ['typed', 'upper case', '＠', '#', '[arroba]', '(arobase)', 'at dot dot']
export const email: fc.Arbitrary<Value> = fc
  .record({
    l: fc.constantFrom(...LOCALS),
    d: fc.constantFrom(...DOMAINS),
    habit: fc.constantFrom(...Object.keys(EMAIL_HABITS)),
  })
  .map(({ l, d, habit }) => ({
    kind: 'email' as PiiKind,
    family: 'email',
    habit,
    render: () => EMAIL_HABITS[habit]!(l, d),
    secrets: [l.replace(/[^a-z0-9]/g, '')],
    decisive: DECISIVE_EMAIL.includes(habit),
  }))

// --- one-time codes and PINs ---
export const code: fc.Arbitrary<Value> = fc
  .record({
    len: fc.constantFrom(4, 6, 6, 8),
    rnd: digits(8),
    habit: fc.constantFrom('bare', '3-3', 'spaced digits'),
  })
  .filter(({ len, rnd }) => !/^(19|20)\d\d$/.test(rnd.slice(0, len)) && rnd[0] !== '0')
  .map(({ len, rnd, habit }) => {
    const d = rnd.slice(0, len)
    return {
      kind: 'otp' as PiiKind,
      family: `code ${len}`,
      habit: len === 4 && habit === '3-3' ? 'bare' : habit,
      render: (sep: string) =>
        habit === 'bare' || (len === 4 && habit === '3-3')
          ? d
          : habit === '3-3'
            ? group(d, [len / 2], sep)
            : [...d].join(' '),
      secrets: [d],
      decisive: false,
    }
  })

// --- passwords ---
const PW_WORDS = [
  'sunflower',
  'Lotus',
  'michelle',
  'Welkom',
  'Sommer',
  'soleil',
  'Barcelona',
  'dragon',
  'Amsterdam',
  'qwerty',
]
export const password: fc.Arbitrary<Value> = fc
  .record({
    w: fc.constantFrom(...PW_WORDS),
    n: fc.integer({ min: 1, max: 9999 }),
    sym: fc.constantFrom('', '!', '#', '@', '$', '*', '?'),
    habit: fc.constantFrom('word+digits', 'word+digits+sign', 'leet', 'letters only'),
  })
  .map(({ w, n, sym, habit }) => {
    const pw =
      habit === 'word+digits'
        ? `${w}${n}`
        : habit === 'word+digits+sign'
          ? `${w}${n}${sym || '!'}`
          : habit === 'leet'
            ? `${w.replace(/a/g, '@').replace(/o/g, '0').replace(/e/g, '3')}${n % 100}`
            : `${w.toLowerCase()}${w.toLowerCase().slice(0, 3)}`
    return {
      kind: 'password' as PiiKind,
      family: 'password',
      habit,
      render: () => pw,
      secrets: [pw.toLowerCase().replace(/[^a-z0-9]/g, '')],
      decisive: false,
    }
  })

// --- context words per kind and language: [before, after] (after is '' where nobody writes it after) ---
type Ctx = readonly [string, string]
// biome-ignore format: phrase tables read better by rows
export const CONTEXT: Record<string, Record<Lang, readonly Ctx[]>> = {
  card: {
    en: [['my card number is ', ' (that is my debit card)'], ['card: ', ' is the card they charged'], ['charged my visa ', '']],
    nl: [['mijn kaartnummer is ', ' is mijn pas'], ['creditcard ', ''], ['pasnummer: ', '']],
    de: [['meine Kartennummer lautet ', ' ist meine Karte'], ['Kreditkarte ', ''], ['Karte: ', '']],
    fr: [['mon numéro de carte est ', ' c\'est ma carte'], ['carte bancaire ', ''], ['CB : ', '']],
    es: [['mi número de tarjeta es ', ' es mi tarjeta'], ['tarjeta ', ''], ['la tarjeta que termina en... bueno, es la ', '']],
    ar: [['رقم بطاقتي ', ' هذا رقم البطاقة'], ['بطاقة الائتمان ', ''], ['البطاقة: ', '']],
    zh: [['我的卡号是', '是我的卡号'], ['信用卡', ''], ['银行卡：', '']],
  },
  iban: {
    en: [['my IBAN is ', ' is my IBAN'], ['send it to ', ''], ['account (IBAN): ', '']],
    nl: [['mijn IBAN is ', ' is mijn rekening'], ['rekeningnummer ', ''], ['overmaken naar ', '']],
    de: [['meine IBAN lautet ', ' ist meine IBAN'], ['bitte auf ', ' überweisen'], ['Konto: ', '']],
    fr: [['mon IBAN est ', ' c\'est mon IBAN'], ['RIB : ', ''], ['virement vers ', '']],
    es: [['mi IBAN es ', ' es mi cuenta'], ['cuenta: ', ''], ['transferí a ', '']],
    ar: [['رقم الآيبان ', ' هذا الآيبان'], ['حسابي ', ''], ['IBAN: ', '']],
    zh: [['我的IBAN是', '是我的账户'], ['收款账户：', ''], ['IBAN ', '']],
  },
  uk_account: {
    en: [['sort code and account: ', ' are my details'], ['s/c a/c ', ''], ['my bank details are ', ''], ['cant set up a new payee, trying ', '']],
    nl: [['Britse rekening, sort code en nummer: ', ''], ['sortcode ', ''], ['UK-rekening ', '']],
    de: [['Sort Code und Kontonummer: ', ''], ['britisches Konto ', ''], ['Sortcode ', '']],
    fr: [['sort code et numéro de compte : ', ''], ['compte anglais ', ''], ['sort code ', '']],
    es: [['sort code y número de cuenta: ', ''], ['cuenta británica ', ''], ['sort code ', '']],
    ar: [['رمز الفرز ورقم الحساب ', ''], ['sort code ', ''], ['حسابي البريطاني ', '']],
    zh: [['英国账户 sort code ', ''], ['sort code和账号：', ''], ['英国银行账号', '']],
  },
  account_number: {
    // pii13: a bank's name (or a purpose) between the account word and the number, an article after
    // the copula.
    en: [['my account number is ', ' is my account number'], ['acct no. ', ''], ['savings account ', ''], ['my account number with Lotus Bank is ', ''], ['account at the Halvard Bank: ', ''], ['my account number at Monzo is ', '']],
    nl: [['mijn rekeningnummer is ', ' is mijn rekeningnummer'], ['spaarrekening ', ''], ['rek.nr. ', ''], ['mijn rekeningnummer bij de Lotus Bank is ', ''], ['rekeningnummer voor de overboeking: ', '']],
    de: [['meine Kontonummer ist ', ' ist meine Kontonummer'], ['Kto.-Nr. ', ''], ['Girokonto ', ''], ['meine Kontonummer bei der Lotus Bank lautet ', ''], ['Kontonummer für die Überweisung: ', '']],
    fr: [['mon numéro de compte est ', ' c\'est mon compte'], ['n° de compte ', ''], ['compte courant ', ''], ['numéro de compte Banque Lotus ', ''], ['mon numéro de compte est le ', ''], ['le numéro de compte pour le virement : ', '']],
    es: [['mi número de cuenta es ', ' es mi número de cuenta'], ['cuenta corriente ', ''], ['nº de cuenta ', ''], ['mi número de cuenta en Banco Lotus es ', ''], ['número de cuenta para la transferencia: ', '']],
    ar: [['رقم حسابي ', ' هذا رقم حسابي'], ['رقم الحساب: ', ''], ['حسابي رقم ', ''], ['رقم حسابي في بنك اللوتس ', ''], ['رقم الحساب لدى مصرف النيل: ', ''], ['رقم حسابي في الراجحي ', '']],
    zh: [['我的账号是', '是我的账号'], ['银行账号：', ''], ['账户', ''], ['账号（莲花银行）', ''], ['我的账号莲花银行', '']],
  },
  us_ssn: {
    en: [['my SSN is ', ' is my social security number'], ['social security number: ', ''], ['SSN# ', '']],
    nl: [['mijn Amerikaanse SSN is ', ''], ['social security number ', ''], ['SSN: ', '']],
    de: [['meine SSN ist ', ''], ['Social Security Number ', ''], ['US-Sozialversicherungsnummer ', '']],
    fr: [['mon SSN : ', ''], ['numéro de sécurité sociale américain ', ''], ['social security number ', '']],
    es: [['mi número de seguro social es ', ''], ['SSN ', ''], ['seguro social: ', '']],
    ar: [['رقم الضمان الاجتماعي ', ''], ['SSN ', ''], ['رقم الضمان الاجتماعي الأمريكي ', '']],
    zh: [['我的社会安全号码是', ''], ['SSN：', ''], ['社安号', '']],
  },
  uk_nino: {
    en: [['my NI number is ', ' is my national insurance number'], ['national insurance no. ', ''], ['NINO: ', '']],
    nl: [['mijn Britse NI-nummer: ', ''], ['national insurance number ', ''], ['NI nummer ', '']],
    de: [['meine britische NI-Nummer ', ''], ['National Insurance Number ', ''], ['NI-Nr. ', '']],
    fr: [['mon numéro NI : ', ''], ['national insurance number ', ''], ['NINO ', '']],
    es: [['mi número NI es ', ''], ['national insurance number ', ''], ['NINO ', '']],
    ar: [['رقم التأمين الوطني ', ''], ['NI number ', ''], ['رقم التأمين الوطني البريطاني ', '']],
    zh: [['英国国民保险号', ''], ['NI号码：', ''], ['国民保险号码是', '']],
  },
  nl_bsn: {
    en: [['my BSN is ', ' is my BSN'], ['Dutch citizen service number ', ''], ['BSN: ', '']],
    nl: [['mijn BSN is ', ' is mijn BSN'], ['burgerservicenummer ', ''], ['sofinummer: ', '']],
    de: [['meine BSN ist ', ''], ['Bürgerservicenummer ', ''], ['niederländische BSN ', '']],
    fr: [['mon BSN est ', ''], ['numéro BSN ', ''], ['numéro de service citoyen ', '']],
    es: [['mi BSN es ', ''], ['número BSN ', ''], ['número de servicio al ciudadano ', '']],
    ar: [['رقم BSN الخاص بي ', ''], ['رقم الخدمة المدنية ', ''], ['BSN ', '']],
    zh: [['我的BSN是', ''], ['荷兰公民服务号', ''], ['BSN号码：', '']],
  },
  phone: {
    en: [['call me on ', ' is my mobile'], ['my number: ', ''], ['text me at ', ''], ['my whats is ', '']],
    nl: [['bel me op ', ' is mijn nummer'], ['mijn 06: ', ''], ['tel. ', '']],
    de: [['ruf mich an unter ', ' ist meine Nummer'], ['Handy: ', ''], ['Tel. ', '']],
    fr: [['appelez-moi au ', ' c\'est mon portable'], ['mon numéro : ', ''], ['tél ', '']],
    es: [['llámame al ', ' es mi móvil'], ['mi celular: ', ''], ['whatsapp ', ''], ['mi whats es ', ''], ['mándame wsp al ', '']],
    ar: [['اتصلوا بي على ', ' هذا رقمي'], ['جوالي ', ''], ['رقم الهاتف: ', '']],
    zh: [['我的手机号是', '是我的手机'], ['电话：', ''], ['打我电话', '']],
  },
  email: {
    en: [['email me at ', ' is my email'], ['my email: ', ''], ['write to ', '']],
    nl: [['mail me op ', ' is mijn mail'], ['mijn e-mailadres: ', ''], ['mailadres ', '']],
    de: [['schreibt mir an ', ' ist meine Mail'], ['meine E-Mail: ', ''], ['Mail an ', '']],
    fr: [['écrivez-moi à ', ' c\'est mon mail'], ['mon adresse mail : ', ''], ['mail : ', '']],
    es: [['escríbeme a ', ' es mi correo'], ['mi correo: ', ''], ['correo ', '']],
    ar: [['راسلوني على ', ' هذا بريدي'], ['بريدي الإلكتروني: ', ''], ['الإيميل ', '']],
    zh: [['我的邮箱是', '是我的邮箱'], ['邮箱：', ''], ['发邮件到', '']],
  },
  otp: {
    en: [['my OTP is ', ' was the code they texted me'], ['I read him the code ', ''], ['PIN ', ' is my pin btw']],
    nl: [['de verificatiecode was ', ' was de code uit de sms'], ['mijn pincode is ', ''], ['ik gaf hem de code ', '']],
    de: [['die TAN war ', ' war der Code aus der SMS'], ['meine PIN ist ', ''], ['ich habe ihm den Code genannt: ', '']],
    fr: [['le code reçu par SMS : ', ' c\'était le code'], ['mon code PIN c\'est ', ''], ['je lui ai donné le code ', '']],
    es: [['el código de verificación es ', ' era el código del SMS'], ['mi PIN es ', ''], ['le di el código ', '']],
    ar: [['رمز التحقق ', ' هو الرمز اللي وصلني'], ['الرقم السري ', ''], ['عطيته الكود ', '']],
    zh: [['验证码是', '是短信里的验证码'], ['密码是', ''], ['我把验证码告诉了他：', '']],
  },
  password: {
    en: [['my password is ', ' was my password'], ['password: ', ''], ['pw = ', '']],
    nl: [['mijn wachtwoord is ', ' is mijn wachtwoord'], ['wachtwoord: ', ''], ['ww: ', '']],
    de: [['mein Passwort ist ', ' ist mein Passwort'], ['Passwort: ', ''], ['Kennwort ', '']],
    fr: [['mon mot de passe est ', ' c\'est mon mot de passe'], ['mdp : ', ''], ['mot de passe : ', '']],
    es: [['mi contraseña es ', ' es mi contraseña'], ['contraseña: ', ''], ['clave: ', '']],
    ar: [['كلمة السر ', ' هي كلمة المرور'], ['كلمة المرور: ', ''], ['الباسورد ', ''], ['الرقم السري للتطبيق وكتبه في الجروب: ', '']],
    zh: [['我的密码是', '是我的密码'], ['密码：', ''], ['登录密码', '']],
  },
}

// --- prose of each language: sentences with no digits, written for these generators ---
// biome-ignore format: prose reads better one sentence a line
export const PROSE: Record<Lang, readonly string[]> = {
  en: [
    'Honestly I have been on hold for ages and nobody picks up.',
    'The app logged me out again this morning, third time this week!!',
    'Not sure if this is the right place to ask but here goes.',
    'My mum got a weird call from someone saying they were from the fraud team.',
    'Anyway, thanks for nothing 🙄',
    'Can someone from the bank please DM me, I have tried the chat twice.',
    'So they asked me to confirm a few details and like an idiot I did.',
  ],
  nl: [
    'Ik hang al een uur in de wacht en er neemt niemand op.',
    'De app doet het weer niet, echt belachelijk dit.',
    'Mijn moeder kreeg een rare sms van zogenaamd de bank.',
    'Weet iemand of dit normaal is?',
    'Graag snel contact want ik vertrouw het niet 😡',
    'Ze vroegen of ik even wat gegevens wilde bevestigen, dus dat heb ik gedaan.',
  ],
  de: [
    'Ich hänge seit einer Stunde in der Warteschleife, unfassbar.',
    'Die App hat mich schon wieder ausgeloggt.',
    'Meine Oma hat einen komischen Anruf bekommen, angeblich von der Bank.',
    'Kann sich bitte jemand per DM melden?',
    'Ehrlich gesagt weiß ich nicht mehr weiter 😤',
    'Die Dame am Telefon wollte noch ein paar Angaben von mir haben.',
  ],
  fr: [
    'Ça fait une heure que j\'attends au téléphone, personne ne répond.',
    'L\'appli m\'a encore déconnecté ce matin, c\'est pénible.',
    'Ma mère a reçu un appel bizarre soi-disant du service fraude.',
    'Quelqu\'un peut me contacter en MP svp ?',
    'Franchement je ne sais plus quoi faire 😩',
    'Le conseiller m\'a demandé de confirmer quelques informations.',
  ],
  es: [
    'Llevo una hora esperando y nadie contesta.',
    'La app me volvió a cerrar la sesión, qué desastre.',
    'A mi madre la llamaron diciendo que eran del banco.',
    '¿Alguien me puede escribir por privado, por favor?',
    'La verdad es que ya no sé qué hacer 😤',
    'Me pidieron que confirmara unos datos y yo, tonta de mí, lo hice.',
  ],
  ar: [
    'صار لي ساعة على الانتظار وما أحد يرد.',
    'التطبيق طلعني مرة ثانية، شي يقهر.',
    'أمي وصلها اتصال غريب من واحد يقول إنه من البنك.',
    'لو سمحتوا أحد يتواصل معي على الخاص.',
    'والله ما عاد أعرف وش أسوي 😔',
    'طلبوا مني أأكد بعض البيانات وأنا أكدتها.',
  ],
  zh: [
    '等了一个小时客服都没人接。',
    '这个APP又把我踢出去了，真的服了。',
    '我妈接到一个自称银行的电话，说账户有风险。',
    '有没有人能私信我一下？',
    '真的不知道该怎么办了😭',
    '对方让我核对一下信息，我就照做了。',
  ],
}

const proseRun = (lang: Lang, maxSentences: number) =>
  fc
    .array(fc.constantFrom(...PROSE[lang]), { minLength: 0, maxLength: maxSentences })
    .map((a) => a.join(lang === 'zh' ? '' : ' '))

/** A long post: prose repeated to about `chars` characters. */
function pad(lang: Lang, chars: number, seed: number): string {
  const p = PROSE[lang]
  let out = ''
  let i = seed
  while (out.length < chars) out += p[i++ % p.length] + (lang === 'zh' ? '' : ' ')
  return out
}

export interface Case {
  text: string
  /** The value as written in the text. */
  written: string
  secrets: string[]
  kind: PiiKind
  family: string
  habit: string
  lang: Lang
  zero: number
  sep: string
  ctx: 'before' | 'after' | 'none'
  /** The context words written beside the value ('' when none). */
  cue: string
  place: string
}

const KIND_VALUES: Record<string, fc.Arbitrary<Value>> = {
  card,
  iban,
  uk_account: ukAccount,
  account_number: account,
  us_ssn: ssn,
  uk_nino: nino,
  nl_bsn: bsn,
  phone,
  email,
  otp: code,
  password,
}
export const KINDS = Object.keys(KIND_VALUES)

/** One sensitive value of `kind` (any kind when omitted) in a post, composed along every axis. */
export function caseOf(kind?: string): fc.Arbitrary<Case> {
  const value = kind ? KIND_VALUES[kind]! : fc.constantFrom(...KINDS).chain((k) => KIND_VALUES[k]!)
  return fc
    .record({
      v: value,
      lang: fc.constantFrom(...LANGS),
      zero: fc.oneof(
        { weight: 3, arbitrary: fc.constant(0x30) },
        { weight: 2, arbitrary: fc.constantFrom(...ALL_ZEROS) },
      ),
      sepName: fc.constantFrom(...Object.keys(SEP_KINDS)),
      ctxPick: fc.nat(),
      where: fc.constantFrom('before', 'after', 'none'),
      pre: fc.nat({ max: 3 }),
      post: fc.nat({ max: 3 }),
      place: fc.constantFrom('short', 'short', 'start of long', 'middle of long', 'end of long'),
      seed: fc.nat({ max: 50 }),
    })
    .chain((r) =>
      fc.record({ r: fc.constant(r), before: proseRun(r.lang, r.pre), after: proseRun(r.lang, r.post) }),
    )
    .map(({ r, before, after }) => {
      const { v, lang, zero, sepName, ctxPick, seed, place } = r
      const ctxs = CONTEXT[v.kind]![lang]
      const c = ctxs[ctxPick % ctxs.length]!
      let where = r.where as Case['ctx']
      if (where === 'after' && c[1] === '') where = 'before'
      // A dotted 3-2-4 is as often a reference as an SSN: only with its word.
      const dotted = v.kind === 'us_ssn' && (sepName === 'dot' || sepName === 'middot')
      if (where === 'none' && (!v.decisive || dotted)) where = 'before'
      const sep = SEP_KINDS[sepName]!
      const value = inZero(v.render(sep), zero)
      const sp = lang === 'zh' ? '' : ' '
      const core = where === 'before' ? `${c[0]}${value}` : where === 'after' ? `${value}${c[1]}` : value
      let text = [before, core, after].filter((s) => s !== '').join(sp)
      if (place !== 'short') {
        const long = pad(lang, 3000 + seed * 100, seed)
        if (place === 'start of long') text = `${text}${sp}${long}`
        else if (place === 'end of long') text = `${long}${text}`
        else text = `${long}${text}${sp}${pad(lang, 2000, seed + 1)}`
      }
      return {
        text,
        written: value,
        secrets: v.secrets,
        kind: v.kind,
        family: v.family,
        habit: v.habit,
        lang,
        zero,
        sep: sepName,
        ctx: where,
        cue: where === 'before' ? c[0] : where === 'after' ? c[1] : '',
        place,
      }
    })
}

// --- hard negatives per locale ---
export interface Negative {
  text: string
  /** Ordinary numbers as written: each must still be readable after masking. */
  numbers: string[]
  family: string
  lang: Lang
}

const n = (min: number, max: number) => fc.integer({ min, max })
/** Thousands grouping of `x` with `sep` (the locale's habit). */
const thousands = (x: number, sep: string) => String(x).replace(/\B(?=(\d{3})+(?!\d))/g, sep)

type NegGen = (lang: Lang) => fc.Arbitrary<[string, string[]]>
const NEGATIVES: Record<string, NegGen> = {
  price: (lang) =>
    fc.tuple(n(1000, 9999999), n(0, 99)).map(([a, c]) => {
      const cents = String(c).padStart(2, '0')
      const w: Record<Lang, string> = {
        en: `$${thousands(a, ',')}.${cents}`,
        nl: `€ ${thousands(a, '.')},${cents}`,
        de: `${thousands(a, '.')},${cents} €`,
        fr: `${thousands(a, '\u202f')},${cents} €`,
        es: `${thousands(a, '.')},${cents} €`,
        ar: `${thousands(a, ',')} ريال`,
        zh: `¥${thousands(a, ',')}.${cents}`,
      }
      return [`it cost ${w[lang]} `, [w[lang]]]
    }),
  date: (lang) =>
    fc.tuple(n(1, 28), n(1, 12), n(2019, 2027), n(0, 23), n(0, 59)).map(([d, m, y, h, mi]) => {
      const dd = String(d).padStart(2, '0')
      const mm = String(m).padStart(2, '0')
      const t = `${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}`
      const w: Record<Lang, string> = {
        en: `${mm}/${dd}/${y}`,
        nl: `${dd}-${mm}-${y}`,
        de: `${dd}.${mm}.${y}`,
        fr: `${dd}/${mm}/${y}`,
        es: `${dd}/${mm}/${y}`,
        ar: `${y}/${mm}/${dd}`,
        zh: `${y}年${m}月${d}日`,
      }
      return [`${w[lang]} ${t}`, [w[lang], t]]
    }),
  order: (lang) =>
    fc
      .tuple(
        digits(10),
        fc.constantFrom(
          'order',
          'bestelnummer',
          'Bestellnummer',
          'commande n°',
          'pedido',
          'رقم الطلب',
          '订单号',
        ),
      )
      .map(([d, w]) => {
        void lang
        return [`${w} ${d}`, [d]]
      }),
  tracking: () =>
    digits(12).map((d) => [
      `tracking 1Z${d.slice(0, 6)}A${d.slice(6)}`,
      [`1Z${d.slice(0, 6)}A${d.slice(6)}`],
    ]),
  case: () => fc.tuple(n(2019, 2026), digits(6)).map(([y, d]) => [`case ${y}-${d}`, [`${y}-${d}`]]),
  version: () =>
    fc
      .tuple(n(1, 30), n(0, 20), n(0, 99))
      .map(([a, b, c]) => [`app version ${a}.${b}.${c}`, [`${a}.${b}.${c}`]]),
  postcode: (lang) =>
    fc.tuple(n(1000, 9999), fc.constantFrom('AB', 'KL', 'XZ'), n(10000, 99999)).map(([a, l, b]) => {
      const w: Record<Lang, string> = {
        en: `SW1A ${a % 10}AA`,
        nl: `${a} ${l}`,
        de: `${b} Berlin`,
        fr: `${b} Paris`,
        es: `${b} Madrid`,
        ar: `${b}`,
        zh: `${String(b).padEnd(6, '0')}`,
      }
      return [`postcode ${w[lang]}`, [w[lang]]]
    }),
  flight: () =>
    fc
      .tuple(fc.constantFrom('KL', 'LH', 'AF', 'IB', 'EK', 'SV', 'CA', 'BA'), n(10, 9999))
      .map(([a, f]) => [`flight ${a}${f}`, [`${a}${f}`]]),
  ip: () =>
    fc.tuple(n(1, 255), n(0, 255), n(0, 255), n(1, 254)).map((q) => [`IP ${q.join('.')}`, [q.join('.')]]),
  txid: () => digits(14).map((d) => [`transaction id TX${d}`, [`TX${d}`]]),
  'bad luhn': () =>
    digits(15).map((d) => {
      const s = `4${d}`
      const bad = luhnValid(s) ? `${s.slice(0, -1)}${(Number(s.at(-1)) + 1) % 10}` : s
      const g = group(bad, [4, 4, 4, 4], ' ')
      return [`reference ${g}`, [g]]
    }),
  'amount thousands': (lang) =>
    n(1000000, 999999999).map((a) => {
      const w = lang === 'en' || lang === 'zh' || lang === 'ar' ? thousands(a, ',') : thousands(a, '.')
      return [`${w} followers`, [w]]
    }),
  'time range': () =>
    fc.tuple(n(7, 11), n(13, 21)).map(([a, b]) => [`open ${a}:00-${b}:30`, [`${a}:00`, `${b}:30`]]),
  // pii13: an IP address (four octets, no leading zeros), a ticket's capitals glued by a hyphen,
  // the minutes a code is valid for typed after it.
  'ip, no word': () =>
    fc
      // Ending in two pairs ("91.123.45.67") it is as often a phone's 2-3-2-2: out of this family.
      .tuple(n(1, 223), n(0, 255), n(0, 255), n(100, 254))
      .map((o) => [`server at ${o.join('.')} is down`, [o.join('.')]]),
  ticket: () =>
    fc
      .tuple(fc.constantFrom('INC', 'REQ', 'CASE', 'TKT', 'SR', 'CHG', 'RITM'), n(7, 10), digits(10))
      .map(([p, k, d]) => [`${p}-${d.slice(0, k)}`, [`${p}-${d.slice(0, k)}`]]),
  minutes: (lang) =>
    fc.tuple(digits(6), n(1, 30), fc.constantFrom(', ', '，', ' ', ',')).map(([c, m, sep]) => {
      const unit: Record<Lang, string> = {
        en: 'minutes',
        nl: 'minuten geldig',
        de: 'Minuten gültig',
        fr: 'minutes',
        es: 'minutos',
        ar: 'دقائق',
        zh: '分钟内有效',
      }
      const cue: Record<Lang, string> = {
        en: 'your code is ',
        nl: 'je code is ',
        de: 'Ihr Code lautet ',
        fr: 'votre code est ',
        es: 'tu código es ',
        ar: 'رمز التحقق ',
        zh: '您的验证码为',
      }
      return [`${cue[lang]}${c}${sep}${m} ${unit[lang]}`, [`${m} ${unit[lang]}`]]
    }),
}

export const negative: fc.Arbitrary<Negative> = fc
  .record({
    family: fc.constantFrom(...Object.keys(NEGATIVES)),
    lang: fc.constantFrom(...LANGS),
    pre: fc.nat({ max: 2 }),
  })
  .chain(({ family, lang, pre }) =>
    fc.record({
      fam: fc.constant(family),
      lang: fc.constant(lang),
      before: proseRun(lang, pre),
      after: proseRun(lang, 1),
      body: NEGATIVES[family]!(lang),
    }),
  )
  .map(({ fam, lang, before, after, body: [text, numbers] }) => ({
    text: [before, text, after].filter((s) => s).join(lang === 'zh' ? '' : ' '),
    numbers,
    family: fam,
    lang,
  }))
