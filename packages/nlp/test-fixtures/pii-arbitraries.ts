/**
 * What the masking property tests (pii.property.test.ts, pii-fresh-formats.property.test.ts)
 * write their values with: the digit scripts, the separators between digit groups, random digits
 * and the rewrite of ASCII digits into another script.
 */
import fc from 'fast-check'
import { luhnValid } from '../src/pii-checks.js'

/** Zero of each digit script we test (ASCII, Arabic-Indic, Eastern Arabic-Indic, full width, Devanagari, Bengali, Thai, math bold). */
export const ZEROS = [0x30, 0x660, 0x6f0, 0xff10, 0x966, 0x9e6, 0xe50, 0x1d7ce]

/** Every separator between digit groups: spaces of each width, line breaks, dashes, dots. */
export const SEPS = [
  ' ',
  '\u00a0',
  '\u202f',
  '\u2009',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '-',
  '\u2013',
  '\u2014',
  '\u2212',
  '.',
  ' - ',
  ' -',
  '\u00a0\u00a0',
  '\u3000',
  '·',
]

/**
 * The separators without the em dash, the minus sign, the lone ` -`, the double no-break space
 * and the middle dot: the set the fresh-format properties were written with (their seeded runs
 * draw from it).
 */
export const COMMON_SEPS = SEPS.filter((s) => !['\u2014', '\u2212', ' -', '\u00a0\u00a0', '·'].includes(s))

/** `n` random decimal digits. */
export const digitString = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n })

/** `s` with every ASCII digit written in the script whose zero is `zero`. */
export function inScript(s: string, zero: number): string {
  return s.replace(/\d/g, (d) => String.fromCodePoint(zero + Number(d)))
}

/** `d` with the check digit that makes it pass Luhn. */
export function luhnComplete(d: number[]): string {
  const s = d.join('')
  for (let c = 0; c < 10; c++) if (luhnValid(s + c)) return s + c
  throw new Error('unreachable')
}

/** The IBAN of country `cc` (upper case) and BBAN `bban`, with its mod-97 check digits. */
export function ibanOf(cc: string, bban: string): string {
  const moved = `${bban}${cc}00`.toUpperCase()
  let rem = 0
  for (const ch of moved) {
    const v = /[A-Z]/.test(ch) ? ch.charCodeAt(0) - 55 : Number(ch)
    rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97
  }
  return `${cc}${String(98 - rem).padStart(2, '0')}${bban}`
}

/** `post` quoted in a reply: hard-wrapped at `width` columns at spaces, each line led by `marker`. */
export function quoteWrapped(post: string, width: number, marker = '> '): string {
  const lines: string[] = []
  let line = ''
  for (const w of post.split(' ')) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line)
      line = w
    } else line = line ? `${line} ${w}` : w
  }
  lines.push(line)
  return lines.map((l) => marker + l).join('\n')
}
