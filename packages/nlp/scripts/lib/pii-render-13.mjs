/**
 * Renders blind personal-data set 13 (data/fresh/pii-fresh-13.mjs) for eval-pii-fresh.mjs and
 * judges the masked text. Written by the set's author before reading the PII code or the
 * renderers of sets 1–12.
 *
 * Each sensitive value is rendered as written plus at most three other forms: the one or two
 * other ways its author wrote it (in the marker), and the phone keyboard — the other digit set in
 * Arabic posts (Arabic-Indic ↔ ASCII, the whole post), full-width digits in Chinese posts, and a
 * no-break space between digit groups elsewhere (a narrow one in French). Ordinary posts are
 * rendered as written, and in Arabic and Chinese posts in the keyboard's digits too.
 *
 * A value is left READABLE when the masked text, read as a person reads it (NFKC, digits of any
 * script as ASCII, O/o as 0 and l/I as 1, letters and digits only, lower case), still holds the
 * whole value in a row and the same post with the value cut out would not (so a short PIN that
 * happens to recur elsewhere is not counted). MOSTLY readable: three quarters of it in a row.
 * An ordinary number is KEPT when it is still in the masked text as a reader sees it (NFKC).
 */
import { ACCEPTED_8 } from './pii-render-8.mjs'

/**
 * Kinds that count as found for a value of each kind: set 8's (an IBAN reported as an account
 * number, a PIN as a password…), and a card reported as an account number.
 */
export const ACCEPTED_13 = { ...ACCEPTED_8, card: ['card', 'account_number'] }

const ARABIC_ZERO = 0x660
const toArabic = (s) => s.replace(/[0-9]/g, (d) => String.fromCodePoint(ARABIC_ZERO + Number(d)))
const toAscii = (s) =>
  s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (c) => String(((c.codePointAt(0) - 0x660) % 0xf0) % 0x90))
const toFullWidth = (s) => s.replace(/[0-9]/g, (d) => String.fromCodePoint(0xff10 + Number(d)))

/** The text as a person reads it, for matching values (see the header). */
export function readKey(s) {
  return s
    .normalize('NFKC')
    .replace(/[\u0660-\u0669]/g, (c) => String(c.codePointAt(0) - 0x660))
    .replace(/[\u06f0-\u06f9]/g, (c) => String(c.codePointAt(0) - 0x6f0))
    .replace(/[\u200b-\u200f\u2060\ufeff\u00ad]/g, '')
    .toLowerCase()
    .replace(/o/g, '0')
    .replace(/[li]/g, '1')
    .replace(/[^\p{L}\p{N}]/gu, '')
}

/** How the phone keyboard writes the whole post (see the header); null when it changes nothing. */
function keyboard(text, lang, isArabicValue) {
  if (lang === 'ar') return isArabicValue ? toAscii(text) : toArabic(text)
  if (lang === 'zh') return toFullWidth(text)
  return null
}
const groupSpace = (lang) => (lang === 'fr' ? '\u202f' : '\u00a0')

function fill(marked, pick) {
  const values = []
  const plain = []
  const text = marked.replace(/⟦([a-z_]+):([^⟧]+)⟧|⟪([^⟫]+)⟫/g, (_m, kind, body, ord) => {
    if (kind) {
      const forms = body.split('|')
      const shown = pick(forms, kind)
      values.push({ kind, value: forms[0], shown })
      return shown
    }
    plain.push(ord)
    return ord
  })
  return { text, values, plain }
}

export function renderSet13(sensitive, ordinary) {
  const cases = []
  sensitive.forEach(([lang, marked], p) => {
    const alts = Math.max(...[...marked.matchAll(/⟦[^⟧]+⟧/g)].map((m) => m[0].split('|').length - 1), 0)
    const renderings = [{ form: 'as written', pick: (f) => f[0] }]
    for (let a = 1; a <= Math.min(alts, 2); a++)
      renderings.push({ form: "author's other way", pick: (f) => f[a] ?? f[0] })
    for (const r of renderings) {
      const { text, values, plain } = fill(marked, r.pick)
      cases.push(
        mk(
          `sensitive:${p}:${r.form === 'as written' ? 0 : renderings.indexOf(r)}`,
          lang,
          text,
          values,
          plain,
          r.form,
          marked,
          r.pick,
        ),
      )
    }
    // The keyboard form of the as-written post.
    const base = fill(marked, (f) => f[0])
    const isArabicValue = base.values.some((v) => /[\u0660-\u0669]/.test(v.shown))
    const kb = keyboard(base.text, lang, isArabicValue)
    if (kb !== null) {
      const values = base.values.map((v) => ({ ...v, shown: keyboard(v.shown, lang, isArabicValue) }))
      cases.push(
        mk(
          `sensitive:${p}:kb`,
          lang,
          kb,
          values,
          base.plain.map((s) => keyboard(s, lang, isArabicValue)),
          'keyboard digits',
          marked,
          (f) => f[0],
          (t) => keyboard(t, lang, isArabicValue),
        ),
      )
    } else if (base.values.some((v) => / /.test(v.shown) && /\d/.test(v.shown))) {
      const sp = groupSpace(lang)
      const spaced = (f, kind) =>
        kind === 'email' || kind === 'password'
          ? f[0]
          : f[0].replace(/(?<=[\p{N}\p{L}]) (?=[\p{N}\p{L}])/gu, sp)
      const { text, values, plain } = fill(marked, spaced)
      cases.push(mk(`sensitive:${p}:nbsp`, lang, text, values, plain, 'no-break spaces', marked, spaced))
    }
  })
  ordinary.forEach(([lang, marked], p) => {
    const base = fill(marked, (f) => f[0])
    cases.push({ id: `ordinary:${p}:0`, lang, text: base.text, values: [], plain: base.plain })
    const kb = keyboard(base.text, lang, false)
    if (kb !== null)
      cases.push({
        id: `ordinary:${p}:kb`,
        lang,
        text: kb,
        values: [],
        plain: base.plain.map((s) => keyboard(s, lang, false)),
      })
  })
  return cases
}

/** One rendered case; each value keeps the post without it, to judge readability fairly. */
function mk(id, lang, text, values, plain, form, marked, pick, post = (t) => t) {
  const withForm = values.map((v, i) => {
    let n = -1
    const without = post(
      marked.replace(/⟦([a-z_]+):([^⟧]+)⟧|⟪([^⟫]+)⟫/g, (_m, kind, body, ord) => {
        if (!kind) return ord
        n++
        return n === i ? ' ' : pick(body.split('|'), kind)
      }),
    )
    return { ...v, form, without }
  })
  return { id, lang, text, values: withForm, plain, script: form, sep: '' }
}

/** 'readable', 'mostly' or 'masked' (see the header). */
export function judge13(masked, v) {
  const m = readKey(masked)
  const k = readKey(v.shown)
  const other = readKey(v.without)
  if (m.includes(k) && !other.includes(k)) return 'readable'
  const w = Math.ceil(k.length * 0.75)
  for (let i = 0; i + w <= k.length; i++) {
    const part = k.slice(i, i + w)
    if (m.includes(part) && !other.includes(part)) return 'mostly'
  }
  return 'masked'
}

export function keptOrdinary13(masked, s) {
  return masked.normalize('NFKC').includes(s.normalize('NFKC'))
}
