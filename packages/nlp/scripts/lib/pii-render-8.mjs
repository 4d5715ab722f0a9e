/**
 * Renders and judges blind personal-data set 8 (data/fresh/pii-fresh-8.mjs). Written by the
 * redteam8p engineer before reading the masking code or the renderers of sets 1–7.
 *
 * Each sensitive post is rendered as written plus at most three forms that real text produces
 * for its kind, chosen from where posts come from:
 *   - regrouped: a grouped value copied from an app field or a statement comes out bare
 *     (E.164 for international phones); a bare one is shown with the grouping a card, IBAN or
 *     form displays;
 *   - keyboard: the whole post in the digits of the writer's keyboard (Arabic-Indic in Arabic,
 *     or ASCII where the post was written in Arabic-Indic; full-width from a Chinese IME) and,
 *     in the Latin-script languages, the value's spaces as the no-break spaces that copying
 *     from a web page or PDF leaves (narrow no-break spaces in French, as word processors set);
 *   - a third form by kind: phones with the country's other separator habit (06.12.48.93.75,
 *     0171/4823917, 212.555.0187, 139-1734-5286), long numbers OCR'd from a screenshot (one 0
 *     read as O and one 1 as l), e-mail addresses obfuscated against scrapers
 *     ("name [at] domain [dot] com") or as a mailto: link.
 * Ordinary posts are rendered as written and, where a keyboard gives other digits (ar, zh) or
 * French typography puts narrow no-break spaces in amounts, once more that way.
 *
 * A value is LEFT READABLE when the masked text, read as a person reads it (digits of any script
 * as ASCII, full-width as ASCII, O/l/I touching digits as 0/1, "[at]"/"(dot)" as the symbols,
 * separators and case ignored), still holds it whole; short values (PINs, codes) must also stand
 * alone, so "1990" inside a longer number is not counted. MOSTLY READABLE: three quarters of a
 * value of 8 or more characters in a row. An ordinary number is KEPT when the masked text, read
 * the same way with every space kind as a space, still holds it as rendered.
 */

/** Kinds that count as reporting a value of each kind (masking it is what matters most). */
export const ACCEPTED_8 = {
  card: ['card'],
  iban: ['iban', 'account_number'],
  uk_account: ['uk_account', 'account_number'],
  account_number: ['account_number', 'iban', 'uk_account', 'card'],
  us_ssn: ['us_ssn'],
  uk_nino: ['uk_nino'],
  nl_bsn: ['nl_bsn'],
  phone: ['phone'],
  email: ['email'],
  otp: ['otp', 'password'],
  password: ['password', 'otp'],
}

const NUMERIC_KINDS = new Set(['card', 'iban', 'uk_account', 'account_number', 'us_ssn', 'uk_nino', 'nl_bsn'])

/** Every Unicode decimal digit as ASCII (NFKC already folds full-width and compatibility digits). */
function asciiDigits(s) {
  return s.normalize('NFKC').replace(/\p{Nd}/gu, (c) => {
    if (c >= '0' && c <= '9') return c
    // Decimal digits come in runs of ten from a zero; find this run's zero.
    const cp = c.codePointAt(0)
    for (let z = cp; z > cp - 10; z--) if (!/\p{Nd}/u.test(String.fromCodePoint(z - 1))) return String(cp - z)
    return c
  })
}

/** The text as a person reads it: ASCII digits, OCR letters beside digits read as digits, obfuscated e-mail symbols. */
export function asRead(s) {
  return asciiDigits(s)
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/\s*[[({<]\s*(?:at|arroba)\s*[\])}>]\s*/giu, '@')
    .replace(/\s*[[({<]\s*(?:dot|punto|punkt|point|punt)\s*[\])}>]\s*/giu, '.')
    .replace(/(?<=\d[\s.-]?)[Oo]|[Oo](?=[\s.-]?\d)/g, '0')
    .replace(/(?<=\d[\s.-]?)[lI|]|[lI|](?=[\s.-]?\d)/g, '1')
}
const keyOf = (s) =>
  asRead(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')
const spaced = (s) => asRead(s).replace(/\s+/gu, ' ')

function longestCommonRun(a, b) {
  let best = 0
  const prev = new Array(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    let diag = 0
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : 0
      if (prev[j] > best) best = prev[j]
      diag = up
    }
  }
  return best
}

/** 'readable' | 'mostly' | 'masked' for one rendered value in one masked text. */
export function judge8(maskedText, v) {
  const key = keyOf(v.shown)
  if (key.length <= 8) {
    // Short values must stand alone: digits or Latin letters right beside them make another
    // number or word (Chinese and Arabic script run straight into numbers).
    const esc = spaced(v.shown).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const alone = new RegExp(`(?<![\\p{N}A-Za-z])${esc}(?![\\p{N}A-Za-z])`, 'u')
    return alone.test(spaced(maskedText)) ? 'readable' : 'masked'
  }
  const text = keyOf(maskedText)
  if (text.includes(key)) return 'readable'
  return longestCommonRun(key, text) * 4 >= key.length * 3 ? 'mostly' : 'masked'
}

/** Whether an ordinary number, as rendered, is still there to read. */
export function keptOrdinary8(maskedText, shown) {
  return spaced(maskedText).includes(spaced(shown))
}

const toZero = (s, zero) => s.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)))
const ARABIC_INDIC = 0x660
const FULL_WIDTH = 0xff10
const hasArabicIndic = (s) => /[\u0660-\u0669]/.test(s)
const arabicToAscii = (s) => s.replace(/[\u0660-\u0669]/g, (c) => String(c.codePointAt(0) - ARABIC_INDIC))

/** The display grouping of a bare value: fours for cards and IBANs, the national pattern elsewhere. */
function grouped(kind, value) {
  if (kind === 'us_ssn') return value.replace(/^(\d{3})(\d{2})(\d{4})$/, '$1-$2-$3')
  if (kind === 'nl_bsn') return value.replace(/^(\d{4})(\d{2})(\d{3})$/, '$1.$2.$3')
  if (kind === 'uk_nino')
    return value.toUpperCase().replace(/^(\w\w)(\d\d)(\d\d)(\d\d)(\w)$/, '$1 $2 $3 $4 $5')
  if (kind === 'otp') return value.length === 6 ? `${value.slice(0, 3)} ${value.slice(3)}` : value
  return value.replace(/(.{4})(?=.)/g, '$1 ')
}

/** A grouped value as copied from an app: separators gone; a +country phone as E.164. */
function bare(kind, value) {
  if (kind === 'phone') return value.replace(/\(0\)/, '').replace(/[^\d+\u0660-\u0669]/g, '')
  if (kind === 'uk_account') return value.replace(/[^\d]/g, '')
  return value.replace(/[\s.\-/]/g, '')
}

const isBare = (value) => !/[\s.\-/()]/.test(value)

/** A phone as the country's other common separator habit writes it. */
function phoneHabit(lang, value) {
  const groups = value
    .replace(/\(0\)/, '')
    .split(/[\s\-./()]+/)
    .filter(Boolean)
  if (groups.length < 2) {
    // Bare numbers: split as the national plan reads them.
    const d = value
    if (lang === 'zh' && d.length === 11) return `${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7)}`
    // Egypt's 11-digit mobiles in 3-4-4, the Gulf's 10-digit ones in 3-3-4.
    if (lang === 'ar')
      return d.length === 11
        ? `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`
        : `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`
    if (lang === 'fr') return d.replace(/(\d\d)(?=\d)/g, '$1.')
    return `${d.slice(0, 4)} ${d.slice(4)}`
  }
  if (lang === 'fr') return groups.join('.')
  if (lang === 'de')
    return groups[0].startsWith('+') ? groups.join(' ') : `${groups[0]}/${groups.slice(1).join(' ')}`
  // Americans dot their numbers; British numbers have no other common habit.
  if (lang === 'en') return /^\(|^\+1\b/.test(value) ? groups.join('.') : null
  if (lang === 'nl') return `${groups[0]} - ${groups.slice(1).join('')}`
  return groups.join('-')
}

/** One OCR'd screenshot: the first 0 read as O, the first 1 as l, one space doubled. */
function ocr(value) {
  return value
    .replace('0', 'O')
    .replace(/1(?=\d)|(?<=\d)1/, 'l')
    .replace(' ', '  ')
}

function obfuscated(value, n) {
  return n % 2 ? `mailto:${value}` : value.replace('@', ' [at] ').replace(/\.(?=[^.]+$)/, ' [dot] ')
}

/** The form names and renderings of one value, as written first. */
function formsOf(lang, kind, value, n) {
  const forms = [['as-written', value]]
  if (kind === 'password') return forms
  if (kind === 'email') {
    forms.push(['obfuscated', obfuscated(value, n)])
    if (lang === 'zh') forms.push(['keyboard', value.replace('@', '＠')])
    return forms
  }
  if (isBare(value)) {
    const g = kind === 'phone' ? phoneHabit(lang, value) : grouped(kind, value)
    if (g && g !== value) forms.push([kind === 'phone' ? 'habit' : 'regrouped', g])
  } else {
    forms.push(['regrouped', bare(kind, value)])
    const habit = kind === 'phone' ? phoneHabit(lang, value) : null
    if (habit && habit !== value) forms.push(['habit', habit])
  }
  // Latin-script keyboards change only a grouped value's spaces (no-break spaces when pasted).
  if (lang === 'ar' || lang === 'zh' || value.includes(' ')) forms.push(['keyboard', null])
  if (NUMERIC_KINDS.has(kind) && keyOf(value).length >= 9) forms.push(['screenshot', ocr(value)])
  return forms.slice(0, 4)
}

/**
 * How the writer's keyboard turns a post's digits (decided once per post, so its values and
 * ordinary numbers turn the same way), or null where it gives ASCII.
 */
function keyboardOf(lang, text) {
  if (lang === 'ar') {
    const values = [...text.matchAll(/⟦[^⟧]*⟧/g)].join(' ')
    return hasArabicIndic(values || text) ? arabicToAscii : (s) => toZero(s, ARABIC_INDIC)
  }
  if (lang === 'zh') return (s) => toZero(s, FULL_WIDTH)
  return null
}
const NBSP = { fr: '\u202f' }
const thinSpaced = (s) => s.replace(/(\d) (?=\d{3}\b|%|€)/g, '$1\u202f')

/**
 * Cases for scripts/eval-pii-fresh.mjs: {id, lang, form, text, values: [{kind, value, shown,
 * form}], plain: [shown]}. Each marked value in a post takes the same form where it has it and
 * is scored in that rendering only then.
 */
export function renderSet8(sensitive, ordinary) {
  const cases = []
  sensitive.forEach(([lang, marked], p) => {
    const marks = [...marked.matchAll(/⟦([a-z_]+):([^⟧]+)⟧/g)].map((m) => ({ kind: m[1], value: m[2] }))
    const formsPer = marks.map((m, i) => formsOf(lang, m.kind, m.value, p + i))
    const names = [...new Set(formsPer.flatMap((f) => f.map(([name]) => name)))]
    for (const form of names) {
      const values = []
      const plain = []
      const keyboard = form === 'keyboard' ? keyboardOf(lang, marked) : null
      let i = 0
      let text = marked.replace(/⟦([a-z_]+):([^⟧]+)⟧|⟪([^⟫]+)⟫/g, (_m, kind, value, ord) => {
        // Placeholders are private-use characters, never digits a keyboard would turn.
        if (!kind) {
          plain.push(ord)
          return `\u0002${String.fromCharCode(0xe000 + plain.length - 1)}`
        }
        const own = formsPer[i++].find(([name]) => name === form)
        let shown = own ? own[1] : value
        if (own && form === 'keyboard')
          shown = keyboard ? keyboard(value) : value.replace(/ /g, NBSP[lang] ?? '\u00a0')
        values.push({ kind, value, shown, form, scored: Boolean(own) })
        return `\u0001${String.fromCharCode(0xe000 + values.length - 1)}`
      })
      if (keyboard) {
        text = keyboard(text)
        for (let k = 0; k < plain.length; k++) plain[k] = keyboard(plain[k])
      }
      text = text
        .replace(/\u0001(.)/gu, (_m, k) => values[k.charCodeAt(0) - 0xe000].shown)
        .replace(/\u0002(.)/gu, (_m, k) => plain[k.charCodeAt(0) - 0xe000])
      // A value with no such form stays as written in this rendering; it is scored once, as written.
      const scored = values.filter((v) => v.scored).map(({ scored: _, ...v }) => v)
      cases.push({ id: `sensitive:${p}:${form}`, lang, script: form, sep: '-', text, values: scored, plain })
    }
  })
  ordinary.forEach(([lang, marked], p) => {
    const plainOf = () => [...marked.matchAll(/⟪([^⟫]+)⟫/g)].map((m) => m[1])
    const asWritten = marked.replace(/⟪([^⟫]+)⟫/g, '$1')
    cases.push({
      id: `ordinary:${p}:as-written`,
      lang,
      script: 'as-written',
      sep: '-',
      text: asWritten,
      values: [],
      plain: plainOf(),
    })
    const keyboard = keyboardOf(lang, asWritten)
    if (keyboard) {
      const plain = plainOf().map(keyboard)
      cases.push({
        id: `ordinary:${p}:keyboard`,
        lang,
        script: 'keyboard',
        sep: '-',
        text: keyboard(asWritten),
        values: [],
        plain,
      })
    } else if (lang === 'fr' && thinSpaced(asWritten) !== asWritten) {
      // Word processors and French keyboards set narrow no-break spaces in amounts and before % and €.
      const thin = thinSpaced
      cases.push({
        id: `ordinary:${p}:keyboard`,
        lang,
        script: 'keyboard',
        sep: '-',
        text: thin(asWritten),
        values: [],
        plain: plainOf().map(thin),
      })
    }
  })
  return cases
}
