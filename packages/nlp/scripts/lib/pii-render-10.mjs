/**
 * Renders and judges blind set 10 (data/fresh/pii-fresh-10.mjs) for scripts/eval-pii-fresh.mjs.
 *
 * Each sensitive post is scored as written, then once per other form its values take (at most
 * three): the author's own other ways of typing a value (written in the set after "|": bare,
 * regrouped, international, spelled "at … dot …"), or, when the author gave none, the value
 * copied bare from an app (or grouped by four when written bare) and an e-mail address hidden
 * from bots in the language's habit ("at … dot …", "(at)", "[at]", "#"); and the phone keyboard:
 * Arabic-Indic digits in Arabic posts and full-width digits in Chinese ones (ASCII when written
 * in them), a narrow no-break space in French and a no-break space elsewhere (text copied from a
 * web page or an app). In a form's rendering only the values that take that form are scored.
 * Ordinary posts are scored as written, and in the keyboard's digits in Arabic and Chinese;
 * ordinary numbers inside sensitive posts only in the as-written rendering.
 *
 * A value is LEFT READABLE when the masked text, read as a person reads it (digits of every
 * script as ASCII, compatibility forms folded, case and everything but letters and digits
 * dropped), holds the value's letters and digits in a row more often than the rest of the post
 * does; MOSTLY READABLE when three quarters of it in a row survive. An ordinary number is KEPT
 * when it is still there as read (digits as ASCII, every space kind as a space, not inside a
 * longer run of digits) as often as in the post without its sensitive values.
 */

const MARK = /⟦([a-z_]+):([^⟧]+)⟧|⟪([^⟫]+)⟫/g

/** Kinds that count as reporting a value of each kind: the same table as set 8's. */
export { ACCEPTED_8 as ACCEPTED_10 } from './pii-render-8.mjs'

const ZEROS = [0x660, 0x6f0, 0xff10, 0x966, 0x9e6, 0xe50]
function asciiDigits(s) {
  return s.replace(/\p{Nd}/gu, (c) => {
    const cp = c.codePointAt(0)
    const z = ZEROS.find((z0) => cp >= z0 && cp <= z0 + 9)
    return z === undefined ? c : String(cp - z)
  })
}
/** The text as a person reads a value in it: letters and digits only. */
export const readKey = (s) =>
  asciiDigits(s.normalize('NFKC'))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')
/** The text as a person reads an ordinary number in it: every space kind is a space. */
const asRead = (s) => asciiDigits(s.normalize('NFKC')).replace(/\s+/gu, ' ')
/** Whole occurrences of an ordinary number: not inside a longer run of digits. */
const countNumber = (hay, needle) => {
  let n = 0
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1))
    if (!/[0-9]/.test(hay[i - 1] ?? '') && !/[0-9]/.test(hay[i + needle.length] ?? '')) n++
  return n
}
const count = (hay, needle) => {
  if (!needle) return 0
  let n = 0
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) n++
  return n
}
const toDigits = (s, zero) => s.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)))
const hasDigits = (s) => /\p{Nd}/u.test(s)

/** How an author's other way of writing a value differs from the written one. */
function altForm(written, alt) {
  if (/\s(at|dot)\s|\[at\]|\(at\)/i.test(alt)) return 'spelled'
  if (/^\s*(\+|00)/.test(asciiDigits(alt)) && !/^\s*(\+|00)/.test(asciiDigits(written)))
    return 'international'
  if (/^[\p{Nd}]+$/u.test(alt.replace(/[\s.\-/()]/g, '')) && !/[\s.\-/()]/.test(alt)) return 'bare'
  return 'regrouped'
}

const KEYBOARD = { ar: 0x660, zh: 0xff10 }
/** The phone keyboard's rendering of a value, or undefined when it would not change it. */
function keyboard(lang, value) {
  if (!hasDigits(value)) return undefined
  if (KEYBOARD[lang]) {
    const local = /[0-9]/.test(value) ? toDigits(value, KEYBOARD[lang]) : asciiDigits(value)
    return {
      form: /[0-9]/.test(value) ? (lang === 'ar' ? 'arabic-indic' : 'full-width') : 'ascii',
      shown: local,
    }
  }
  if (!/ /.test(value)) return undefined
  return lang === 'fr'
    ? { form: 'narrow-nbsp', shown: value.replace(/ /g, '\u202f') }
    : { form: 'nbsp', shown: value.replace(/ /g, '\u00a0') }
}

// How people in each language hide an address from bots: "at … dot …", "(at)", "[at]", or "#"
// for "@" in Chinese posts ("把#换成@").
const SPELLED = {
  en: (u, d) => `${u} at ${d.replace(/\./g, ' dot ')}`,
  ar: (u, d) => `${u} at ${d.replace(/\./g, ' dot ')}`,
  de: (u, d) => `${u}(at)${d}`,
  nl: (u, d) => `${u}(at)${d}`,
  fr: (u, d) => `${u} [at] ${d}`,
  es: (u, d) => `${u} [arroba] ${d}`,
  zh: (u, d) => `${u}#${d}`,
}
function spelled(lang, email) {
  const at = email.indexOf('@')
  return SPELLED[lang](email.slice(0, at), email.slice(at + 1))
}

/** The other forms of one value: the author's (or copied bare / grouped), then the keyboard. */
function formsOf(lang, kind, written, alts) {
  const forms = alts.map((alt) => ({ form: altForm(written, alt), shown: alt }))
  if (!forms.length && kind === 'email') forms.push({ form: 'spelled', shown: spelled(lang, written) })
  if (!forms.length && kind !== 'email' && kind !== 'password' && hasDigits(written)) {
    const bare = written.replace(/[\s.\-/]/g, '')
    if (bare !== written) forms.push({ form: 'bare', shown: bare })
    else if (bare.length >= 12) forms.push({ form: 'grouped', shown: bare.replace(/(.{4})(?=.)/g, '$1 ') })
  }
  const k = kind === 'email' || kind === 'password' ? undefined : keyboard(lang, written)
  if (k) forms.push(k)
  return forms.slice(0, 3)
}

function renderOne(lang, marked, id, form, isOrdinary) {
  const values = []
  const plain = []
  const local = (form === 'arabic-indic' || form === 'full-width') && KEYBOARD[lang]
  // Values and numbers are rendered first and fenced (\u0001…\u0002) so the keyboard's digits
  // reach only the rest of the post (a value the form leaves as written stays as written).
  const fenced = marked.replace(MARK, (_m, kind, spec, ord) => {
    if (kind) {
      const [written, ...alts] = spec.split('|')
      const f =
        form === 'written'
          ? { form, shown: written }
          : formsOf(lang, kind, written, alts).find((x) => x.form === form)
      if (f) values.push({ kind, value: written, shown: f.shown, form })
      return `\u0001${f ? f.shown : written}\u0002`
    }
    const shown = local ? toDigits(ord, local) : ord
    if (form === 'written' || isOrdinary) plain.push(shown)
    return `\u0001${shown}\u0002`
  })
  const text = fenced
    .split(/(\u0001[^\u0002]*\u0002)/)
    .map((part) => (part.startsWith('\u0001') ? part.slice(1, -1) : local ? toDigits(part, local) : part))
    .join('')
  // Baselines: how often each value or number is readable in the post without the value.
  const withoutSensitive = marked.replace(MARK, (_m, kind, _s, ord) => (kind ? ' ' : ord))
  for (const v of values) {
    v.key = readKey(v.shown)
    v.rest = readKey(text.replace(v.shown, ' '))
    v.restCount = count(v.rest, v.key)
  }
  return {
    id: `${isOrdinary ? 'ordinary' : 'sensitive'}:${id}:${form}`,
    lang,
    text,
    values,
    plain,
    plainCounts: plain.map((s) => ({ s, n: countNumber(asRead(withoutSensitive), asRead(s)) })),
    // Shown in the eval's list of misses.
    script: form,
    sep: lang,
  }
}

/** Cases for the eval: every post as written plus its other forms (see the header). */
export function renderSet10(sensitive, ordinary) {
  const cases = []
  sensitive.forEach(([lang, marked], p) => {
    cases.push(renderOne(lang, marked, `s${p}`, 'written', false))
    const forms = new Set()
    for (const m of marked.matchAll(MARK)) {
      if (!m[1]) continue
      const [written, ...alts] = m[2].split('|')
      for (const f of formsOf(lang, m[1], written, alts)) forms.add(f.form)
    }
    for (const form of forms) cases.push(renderOne(lang, marked, `s${p}`, form, false))
  })
  ordinary.forEach(([lang, marked], p) => {
    cases.push(renderOne(lang, marked, `o${p}`, 'written', true))
    if (KEYBOARD[lang])
      cases.push(renderOne(lang, marked, `o${p}`, lang === 'ar' ? 'arabic-indic' : 'full-width', true))
  })
  return cases
}

/** 'readable', 'mostly' (three quarters in a row survive) or 'masked'. */
export function judge10(maskedText, v) {
  const mk = readKey(maskedText)
  if (count(mk, v.key) > v.restCount) return 'readable'
  const n = Math.ceil(v.key.length * 0.75)
  if (v.key.length >= 8)
    for (let i = 0; i + n <= v.key.length; i++) {
      const w = v.key.slice(i, i + n)
      if (mk.includes(w) && !v.rest.includes(w)) return 'mostly'
    }
  return 'masked'
}

/** An ordinary number is kept when it is read as often as in the post without sensitive values. */
export function keptOrdinary10(maskedText, s, c) {
  const want = c?.plainCounts?.find((x) => x.s === s)?.n ?? 1
  return countNumber(asRead(maskedText), asRead(s)) >= Math.max(1, want)
}
