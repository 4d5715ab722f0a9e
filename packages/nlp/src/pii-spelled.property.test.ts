/**
 * Property-based tests of values said in words (pii-spelled.ts): a card, a phone number and a
 * PIN spelled digit by digit, in pairs, or mixed with numerals, in en, nl, de, fr, es, ar (and
 * Persian), zh, after each language's cue, with the separators people type between words. None
 * of the words may survive in maskedText. Prose with number words and ordinary numbers beside
 * them ("one or two", "twee kinderen en drie honden", "二〇二六年") stays as written.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { digitString, luhnComplete } from '../test-fixtures/pii-arbitraries.js'
import { maskPii } from './pii.js'

/** Digits 0–9 as each language says them, written here from the languages, not from the code. */
const DIGITS: Record<string, readonly string[]> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  nl: ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'],
  de: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
  es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
  ar: ['صفر', 'واحد', 'اثنين', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة'],
  fa: ['صفر', 'یک', 'دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت', 'هشت', 'نه'],
  zh: ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'],
}
const LANGS = Object.keys(DIGITS)

/** Cues before a card, a phone number and a PIN, per language. */
const CUES: Record<string, { card: string; phone: string; pin: string }> = {
  en: { card: 'my card number is', phone: 'call me on', pin: 'my pin is' },
  nl: { card: 'mijn kaartnummer is', phone: 'bel me op', pin: 'mijn pincode is' },
  de: { card: 'meine Kartennummer ist', phone: 'ruf mich an:', pin: 'meine PIN ist' },
  fr: { card: 'mon numéro de carte est', phone: 'appelez-moi au', pin: 'mon code pin est' },
  es: { card: 'mi número de tarjeta es', phone: 'llámame al', pin: 'mi pin es' },
  ar: { card: 'رقم بطاقتي', phone: 'اتصل بي على', pin: 'الرقم السري' },
  fa: { card: 'رقم بطاقتي', phone: 'اتصل بي على', pin: 'الرقم السري' },
  zh: { card: '我的卡号是', phone: '请打电话', pin: '验证码是' },
}

/** Two-digit numbers said as one word group, per language (pairs of a French phone number). */
function pairWords(lang: string, n: number): string {
  const d = DIGITS[lang]!
  if (n < 10) return `${d[0]} ${d[n]}`
  const u = n % 10
  const t = Math.floor(n / 10)
  switch (lang) {
    case 'en': {
      const teens = 'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
        ' ',
      )
      const tens = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ')
      return n < 20 ? teens[u]! : u === 0 ? tens[t - 2]! : `${tens[t - 2]}-${d[u]}`
    }
    case 'fr': {
      const teens = 'dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf'.split(' ')
      const tens = 'vingt trente quarante cinquante soixante'.split(' ')
      if (n < 20) return teens[u]!
      if (n >= 80) return n === 80 ? 'quatre-vingts' : `quatre-vingt-${n < 90 ? d[u] : teens[u]}`
      if (n >= 70) return n === 71 ? 'soixante et onze' : `soixante-${teens[u]}`
      return u === 0 ? tens[t - 2]! : u === 1 ? `${tens[t - 2]} et un` : `${tens[t - 2]}-${d[u]}`
    }
    case 'es': {
      const teens = 'diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve'.split(' ')
      const tens = 'veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa'.split(' ')
      const veinti =
        'veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve'
      if (n < 20) return teens[u]!
      if (n < 30) return veinti.split(' ')[u]!
      return u === 0 ? tens[t - 2]! : `${tens[t - 2]} y ${d[u]}`
    }
    case 'de': {
      const teens = 'zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn'.split(' ')
      const tens = 'zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig'.split(' ')
      if (n < 20) return teens[u]!
      return u === 0 ? tens[t - 2]! : `${u === 1 ? 'ein' : d[u]}und${tens[t - 2]}`
    }
    default: {
      const teens = 'tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien'.split(
        ' ',
      )
      const tens = 'twintig dertig veertig vijftig zestig zeventig tachtig negentig'.split(' ')
      if (n < 20) return teens[u]!
      // "tweeëntwintig", "drieëndertig": a diaeresis where the unit ends in e.
      return u === 0 ? tens[t - 2]! : `${d[u]}${d[u]!.endsWith('e') ? 'ën' : 'en'}${tens[t - 2]}`
    }
  }
}

/** Separators between spelled digits: spaces of every kind, commas, dashes, line breaks. */
const WORD_SEPS = [' ', ', ', '-', ' - ', '\n', '  ', '\u00a0', ' , ', '\u2009']
/** Between pairs: a comma, a dot, a slash or a spaced dash (a lone space would join "sixty fifteen"). */
const PAIR_SEPS = [', ', '. ', ' / ', ' - ', ',\n']

type Mode = 'digits' | 'mixed' | 'pairs'

/** `digits` said in `lang`: word by word, its last part in words after numerals, or in pairs. */
function spell(lang: string, digits: string, mode: Mode, sep: string, pairSep: string): string {
  const d = DIGITS[lang]!
  const zh = lang === 'zh'
  const word = (c: string): string => d[Number(c)]!
  if (mode === 'pairs' && ['en', 'fr', 'es', 'de', 'nl'].includes(lang) && digits.length % 2 === 0) {
    const pairs: string[] = []
    for (let i = 0; i < digits.length; i += 2) pairs.push(pairWords(lang, Number(digits.slice(i, i + 2))))
    return pairs.join(pairSep)
  }
  if (mode === 'mixed') {
    // "4111 1111 1111 one one one one": the first groups in numerals, the rest in words.
    const cut = Math.max(0, digits.length - 4 - (digits.length > 8 ? 4 : 0))
    const head = digits.slice(0, cut).replace(/(\d{4})(?=\d)/g, '$1 ')
    const tail = [...digits.slice(cut)].map(word).join(zh ? '' : sep)
    return head === '' ? tail : `${head} ${tail}`
  }
  return [...digits].map(word).join(zh ? (sep.trim() === '' ? '' : ' ') : sep)
}

const VISA = digitString(14).map((d) => luhnComplete([4, ...d]))
// A Dutch mobile, a French mobile, a Chinese mobile: national shapes.
const PHONE = fc.oneof(
  digitString(8).map((d) => `06${d.join('')}`),
  digitString(8).map((d) => `07${d.join('')}`),
  digitString(9).map((d) => `13${d.join('')}`),
)
const PIN = fc.oneof(digitString(4), digitString(6)).map((d) => d.join(''))

/** Every number word of `lang` that the masked text still holds (as a whole word). */
function readableWords(masked: string, lang: string, said: string): string[] {
  const words = said.split(/[\s,./-]+/).filter((w) => w !== '')
  if (lang === 'zh') return [...said].filter((c) => DIGITS.zh!.includes(c) && masked.includes(c))
  return words.filter((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u').test(masked))
}

/** Prose with number words and ordinary numbers beside them: it must stay as written. */
const PROSE: Record<string, readonly string[]> = {
  en: [
    'one or two, maybe three or four times',
    'I waited two hours, three days, four weeks',
    'top five, six and seven were fine',
    'one two three go, and it crashed 2 times',
    'back in twenty twenty-six I paid 1,200 for it',
    'it took one, two, three minutes and 45 seconds',
  ],
  nl: ['een twee drie kinderen en 4 honden', 'vier vijf zes keer gebeld, 12 minuten', 'twee of drie dagen'],
  de: [
    'eins zwei drei und 2026 vorbei',
    'zwei drei vier Mal angerufen, 30 Minuten',
    'sechs sieben acht Tage',
  ],
  fr: ['un deux trois soleil, 12 euros', 'deux ou trois fois, 15 minutes', 'cinq six sept jours'],
  es: ['uno dos tres, 20 euros', 'dos o tres veces', 'cuatro cinco seis días y 3 horas'],
  ar: ['واحد اثنين ثلاثة أيام', 'ثلاثة أربعة خمسة مرات 20 دقيقة'],
  zh: ['二〇二六年十二月六日', '一二三四五个人排队，等了30分钟', '第三四五名，七八个客服'],
}

describe('values said in words, property-based', () => {
  it('a card, phone number or PIN spelled in any served language leaves none of its words readable; prose beside it stays', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LANGS),
        fc.constantFrom<Mode>('digits', 'mixed', 'pairs'),
        fc.constantFrom('card', 'phone', 'pin'),
        VISA,
        PHONE,
        PIN,
        fc.constantFrom(...WORD_SEPS),
        fc.constantFrom(...PAIR_SEPS),
        fc.constantFrom(...Object.values(PROSE).flat()),
        (lang, mode, kind, card, phone, pin, sep, pairSep, prose) => {
          const value = kind === 'card' ? card : kind === 'phone' ? phone : pin
          const cue = CUES[lang]![kind as 'card' | 'phone' | 'pin']
          const said = spell(lang, value, kind === 'pin' && mode === 'mixed' ? 'digits' : mode, sep, pairSep)
          const text = `${prose}.\n${cue} ${said} — thanks`
          const r = maskPii(text)
          expect(r.text.startsWith(`${prose}.\n`), `${text} → ${r.text}`).toBe(true)
          expect(
            readableWords(r.text.slice(prose.length + 2), lang, said.replace(/\d+/g, ' ')),
            `${text} → ${r.text}`,
          ).toEqual([])
          // Numerals mixed in keep at most a card's last four.
          for (const g of said.match(/\d{5,}/g) ?? [])
            expect(r.text.includes(g), `${text} → ${r.text}`).toBe(false)
          expect(r.kinds.length, `${text} → ${r.text}`).toBeGreaterThan(0)
        },
      ),
      { numRuns: 1200, seed: 611 },
    )
  })
})
