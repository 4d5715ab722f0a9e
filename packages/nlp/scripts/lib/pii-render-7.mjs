/**
 * Renders and judges blind set 7 (data/fresh/pii-fresh-7.mjs). Each sensitive post is written
 * as the customer wrote it plus at most three other forms real text gives the same value:
 *   bare   — the groups run together, as copied from an app's field or typed on a phone;
 *   nbsp   — the groups split by a no-break space, as banking web pages and apps format them
 *            (a narrow one in French, as French typography has it);
 *   local  — Arabic posts in Arabic-Indic digits (Gulf and Egyptian keyboards; every third post
 *            in the Persian/Urdu forms some Android keyboards give), Chinese posts in full-width
 *            digits and letters (an IME left in full-width mode), and in the other languages an
 *            OCR'd screenshot (its first 0 read as O, its last 1 as l).
 * Passwords and e-mail addresses keep their letters as written (only Chinese full-width differs).
 * Ordinary posts are rendered as written and, in Arabic and Chinese, in the local digits.
 *
 * A value is LEFT READABLE when the masked text, read as a person reads it (digits of any
 * script as ASCII, O/l between digits as 0/1, punctuation and spaces dropped), still holds all
 * of it (a phone number: its national number without the country code or trunk 0); PARTLY
 * readable when it holds a run of three quarters of it.
 */
const FW = (s) => s.replace(/[!-~]/g, (c) => String.fromCodePoint(c.codePointAt(0) + 0xfee0))
const toZero = (s, zero) => s.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)))
// A screenshot read by OCR: the first 0 read as O and the last 1 as l (not every one).
const ocr = (s) => s.replace('0', 'O').replace(/1(?=[^1]*$)/, 'l')
const NBSP = { fr: '\u202f' }

/** Each value's canonical key: what must not stay readable. */
export function canonical(kind, value) {
  const k = readKey(value)
  if (kind !== 'phone') return k
  // The national number: drop 00/+ and a country code, or the trunk 0.
  const ascii = value.trim().replace(/[\u0660-\u0669]/g, (c) => String(c.codePointAt(0) - 0x660))
  const intl = ascii.match(
    /^(?:\+|00)\s*(353|852|886|966|971|974|965|973|962|212|1|20|31|32|33|34|39|41|43|44|49|52|54|57|86)/,
  )
  if (intl) return k.slice(intl[1].length + (ascii.startsWith('00') ? 2 : 0)).replace(/^0/, '')
  return k.replace(/^0/, '')
}

export function readKey(s) {
  let t = s.normalize('NFKC')
  t = t.replace(/[\u0660-\u0669]/g, (c) => String(c.codePointAt(0) - 0x660))
  t = t.replace(/[\u06f0-\u06f9]/g, (c) => String(c.codePointAt(0) - 0x6f0))
  t = t.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
  // OCR letters read as digits when a digit is beside them.
  for (let prev = ''; prev !== t; ) {
    prev = t
    t = t.replace(/(\d)[oli]|[oli](?=\d)/g, (m) => m.replace('o', '0').replace(/[li]/, '1'))
  }
  return t
}

function formOf(kind, written, form, lang, p) {
  if (form === 'as-written') return written
  const letters = kind === 'email' || kind === 'password'
  if (form === 'bare') return letters ? null : written.replace(/[\s\-./]+/g, '')
  if (form === 'nbsp') return letters ? null : written.replace(/[\s\-.]+/g, NBSP[lang] ?? '\u00a0')
  if (lang === 'ar') return letters ? null : toZero(written, p % 3 === 2 ? 0x6f0 : 0x660)
  if (lang === 'zh') return FW(written)
  return letters || kind === 'iban' ? null : ocr(written)
}

const FORMS = ['as-written', 'bare', 'nbsp', 'local']
const MARK = /⟦([a-z_]+):([^⟧]+)⟧|⟪([^⟫]+)⟫/g

export function renderSet7(sensitive, ordinary) {
  const cases = []
  sensitive.forEach(([lang, marked], p) => {
    for (const form of FORMS) {
      const values = []
      const plain = []
      let skip = true
      const text = marked.replace(MARK, (_m, kind, written, ord) => {
        if (!kind) {
          const shown = form === 'local' && lang !== 'zh' && lang !== 'ar' ? ord : formOrd(ord, form, lang)
          plain.push(shown)
          return shown
        }
        const shown = formOf(kind, written, form, lang, p) ?? written
        if (shown !== written || form === 'as-written') skip = false
        values.push({ kind, value: canonical(kind, written), shown, form })
        return shown
      })
      if (skip) continue
      cases.push({ id: `sensitive:${p}:${form}`, lang, form, text, values, plain })
    }
  })
  ordinary.forEach(([lang, marked], p) => {
    for (const form of lang === 'ar' || lang === 'zh' ? ['as-written', 'local'] : ['as-written']) {
      const plain = []
      const text = marked.replace(MARK, (_m, _k, _w, ord) => {
        const shown = formOrd(ord, form, lang)
        plain.push(shown)
        return shown
      })
      cases.push({ id: `ordinary:${p}:${form}`, lang, form, text, values: [], plain })
    }
  })
  return cases
}

function formOrd(ord, form, lang) {
  if (form !== 'local') return ord
  if (lang === 'ar') return toZero(ord, 0x660)
  if (lang === 'zh') return FW(ord)
  return ord
}

/** 'readable', 'partly' or 'masked'. */
export function judge7(maskedKey, v) {
  if (maskedKey.includes(v.value)) return 'readable'
  const n = Math.ceil(v.value.length * 0.75)
  for (let i = 0; i + n <= v.value.length; i++)
    if (maskedKey.includes(v.value.slice(i, i + n))) return 'partly'
  return 'masked'
}

/** An ordinary number is kept when it is still there as a reader sees it. */
export const keptOrdinary = (masked, shown) => readKey(masked).includes(readKey(shown))

/** Kinds a value may be reported as and still count as found. */
export const ACCEPTED_7 = {
  account_number: ['account_number', 'card', 'iban', 'uk_account'],
  uk_account: ['uk_account', 'account_number'],
  otp: ['otp', 'password'],
  password: ['password', 'otp'],
}
