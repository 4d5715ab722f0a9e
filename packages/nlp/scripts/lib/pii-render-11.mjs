/**
 * Renders and judges blind set 11 (data/fresh/pii-fresh-11.mjs). Each sensitive post as written
 * plus up to three forms real text produces:
 *   - author:   the author's own other way of writing a value (the `|…` alternates: bare,
 *               regrouped, international, lower case);
 *   - keyboard: what the phone keyboard or a copy from a banking app gives: Arabic posts in the
 *               other digit set (Arabic-Indic typed, or western digits copied from an app),
 *               Chinese posts in full-width digits (IME full-width mode), French groups joined by
 *               a narrow no-break space (autocorrect), other languages' groups by a no-break
 *               space (copied from an app or a PDF statement);
 *   - quoted:   the post quoted in someone else's reply, hard-wrapped with "> " at 38–72
 *               columns as mail clients and forum quotes do, so a grouped value may be split
 *               across lines.
 * Only values that a form changes are scored in it. Ordinary posts: as written, in the keyboard
 * form (ar, zh, fr), and quoted.
 *
 * A value is LEFT READABLE when the masked text, read as a person reads it (NFKC, digits of
 * every script as ASCII, only letters and digits kept, lower case), holds it more often than
 * the same rendering with that value taken out does (so a card ending quoted elsewhere in the
 * post does not count against the masker). A value spelled in words is readable if the words
 * survive. "Mostly readable": three quarters of it (8 characters or more) in a row survive. An ordinary number is
 * KEPT when the masked text, read the same way but keeping punctuation, holds it at least as
 * often as the rendering with its sensitive values taken out does.
 */

const DIGIT = /\p{Nd}/u

/** Every Unicode decimal digit as its ASCII digit (digits come in runs of ten from a zero). */
function asciiDigits(s) {
  return s.replace(/\p{Nd}/gu, (c) => {
    const cp = c.codePointAt(0)
    let start = cp
    while (start > cp - 9 && DIGIT.test(String.fromCodePoint(start - 1))) start--
    return String((cp - start) % 10)
  })
}

/** The value as a person reads it: letters and digits only. */
export const readKey = (s) =>
  asciiDigits(s.normalize('NFKC'))
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')

/** An ordinary number as read: spaces of every kind, line breaks and quote marks dropped. */
const readOrdinary = (s) => asciiDigits(s.normalize('NFKC')).replace(/[\s>]+/gu, '')

const count = (hay, needle) => {
  if (!needle) return 0
  let n = 0
  let i = hay.indexOf(needle)
  while (i >= 0) {
    n++
    i = hay.indexOf(needle, i + needle.length)
  }
  return n
}

/** Kinds that count as finding a value of each kind. */
export const ACCEPTED_11 = {
  uk_account: ['uk_account', 'account_number'],
  account_number: ['account_number', 'iban', 'card', 'uk_account'],
  otp: ['otp', 'password'],
  password: ['password', 'otp'],
}

const MARK = /⟦([a-z_]+):([^⟧]+)⟧|⟪([^⟫]+)⟫/g

/** The marked post as text pieces, values (with their alternates) and ordinary numbers. */
function parse(marked) {
  const parts = []
  let last = 0
  for (const m of marked.matchAll(MARK)) {
    if (m.index > last) parts.push({ text: marked.slice(last, m.index) })
    if (m[1]) {
      const [written, ...others] = m[2].split('|')
      parts.push({ kind: m[1], written, others })
    } else parts.push({ ordinary: m[3] })
    last = m.index + m[0].length
  }
  if (last < marked.length) parts.push({ text: marked.slice(last) })
  return parts
}

const toZero = (s, zero) => s.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)))

/** The keyboard form of a piece of text for a post in `lang` (null: the form does not apply). */
function keyboard(lang, arabicWritten) {
  if (lang === 'ar') return arabicWritten ? (s) => asciiDigits(s) : (s) => toZero(asciiDigits(s), 0x660)
  if (lang === 'zh') return (s) => toZero(s, 0xff10)
  const space = lang === 'fr' ? '\u202f' : '\u00a0'
  // Only spaces between digits: a copied group separator, not the words around it.
  return (s) => s.replace(/(?<=\p{Nd}) (?=\p{Nd})/gu, space)
}

const REPLY = {
  en: ['@kaz_m wrote:', 'same thing happened to my brother last month'],
  zh: ['@小鱼不吃鱼 说：', '同样的事情我也遇到过'],
  ar: ['@abu_faisal كتب:', 'نفس الشي صار معي'],
  nl: ['@ruudje_b schreef:', 'precies hetzelfde bij mij'],
  es: ['@mariajo_77 escribió:', 'me pasó lo mismo la semana pasada'],
  fr: ['@juju_lyon a écrit :', 'pareil pour moi, c’est une honte'],
  de: ['@mo_aus_koeln schrieb:', 'genau das gleiche bei mir'],
}

/** The post quoted in a reply and hard-wrapped at `width` columns with "> ". */
function quoted(text, lang, width) {
  const lines = []
  for (const para of text.split('\n')) {
    let line = ''
    for (const word of para.split(' ')) {
      if (line && line.length + 1 + word.length > width) {
        lines.push(line)
        line = word
      } else line = line ? `${line} ${word}` : word
    }
    lines.push(line)
  }
  const [head, reply] = REPLY[lang]
  return `${head}\n${lines.map((l) => `> ${l}`).join('\n')}\n\n${reply}`
}

/**
 * One rendering: `pick(part)` gives each value's shown form (or undefined: as written, not
 * scored), `outer` transforms the whole text (keyboard), `wrap` quotes it.
 */
function renderOne(parts, { pick, outer = (s) => s, wrap, lang }) {
  const shownParts = parts.map((p) => {
    if (p.text !== undefined) return { s: outer(p.text) }
    if (p.ordinary !== undefined) return { s: outer(p.ordinary), ordinary: true }
    const chosen = pick(p)
    const raw = chosen ?? p.written
    const s = outer(raw)
    return { s, value: p, scored: chosen !== undefined || s !== p.written }
  })
  const join = (skip) =>
    shownParts.map((sp, i) => (i === skip || (skip === 'values' && sp.value) ? ' ' : sp.s)).join('')
  const finish = (t) => (wrap ? quoted(t, lang, wrap) : t)
  const text = finish(join(-1))
  const values = []
  const plain = []
  shownParts.forEach((sp, i) => {
    if (sp.value && sp.scored) {
      const without = readKey(finish(join(i)))
      values.push({
        kind: sp.value.kind,
        value: sp.value.written,
        shown: sp.s,
        background: count(without, readKey(sp.s)),
      })
    }
    if (sp.ordinary) plain.push(sp.s)
  })
  // Ordinary numbers are counted in the text without its sensitive values: a "4" inside a
  // masked phone number is not an ordinary number lost.
  return { text, values, plain, withoutValues: finish(join('values')) }
}

export function renderSet11(sensitive, ordinary) {
  const cases = []
  const push = (id, lang, form, r) => {
    if (r.values.length === 0 && r.plain.length === 0) return
    const read = readOrdinary(r.withoutValues)
    const plainCounts = new Map(r.plain.map((s) => [s, count(read, readOrdinary(s))]))
    for (const v of r.values) v.form = form
    cases.push({ id, lang, script: lang, sep: form, long: false, ...r, plainCounts })
  }
  sensitive.forEach(([lang, marked], p) => {
    const parts = parse(marked)
    const arabicWritten = /[\u0660-\u0669]/.test(marked)
    const written = renderOne(parts, { pick: (v) => v.written, lang })
    push(`sensitive:${p}:written`, lang, 'as written', written)
    const author = renderOne(parts, { pick: (v) => v.others[0], lang })
    if (author.values.length) push(`sensitive:${p}:author`, lang, 'author', author)
    const kb = keyboard(lang, arabicWritten)
    const keyed = renderOne(parts, { pick: () => undefined, outer: kb, lang })
    if (keyed.values.length) push(`sensitive:${p}:keyboard`, lang, 'keyboard', keyed)
    const width = 38 + ((p * 7) % 35)
    push(
      `sensitive:${p}:quoted`,
      lang,
      'quoted',
      renderOne(parts, { pick: (v) => v.written, wrap: width, lang }),
    )
  })
  ordinary.forEach(([lang, marked], p) => {
    const parts = parse(marked)
    const none = () => undefined
    push(`ordinary:${p}:written`, lang, 'as written', renderOne(parts, { pick: none, lang }))
    if (lang === 'ar' || lang === 'zh' || lang === 'fr') {
      const kb = keyboard(lang, /[\u0660-\u0669]/.test(marked))
      const keyed = renderOne(parts, { pick: none, outer: kb, lang })
      if (keyed.text !== marked.replace(MARK, (_m, _k, _v, o) => o))
        push(`ordinary:${p}:keyboard`, lang, 'keyboard', keyed)
    }
    const width = 38 + ((p * 11) % 35)
    push(`ordinary:${p}:quoted`, lang, 'quoted', renderOne(parts, { pick: none, wrap: width, lang }))
  })
  return cases
}

/** 'readable', 'mostly' (three quarters in a row survive) or 'masked'. */
export function judge11(maskedText, v) {
  const masked = readKey(maskedText)
  const key = readKey(v.shown)
  if (count(masked, key) > v.background) return 'readable'
  // Three quarters of a short PIN or code is a common run of digits, not a partial leak.
  if (key.length < 8) return 'masked'
  const run = Math.ceil(key.length * 0.75)
  for (let i = 0; i + run <= key.length; i++) if (masked.includes(key.slice(i, i + run))) return 'mostly'
  return 'masked'
}

/** An ordinary number survives when the masked text holds it as often as the rendering did. */
export const keptOrdinary11 = (maskedText, s, c) =>
  count(readOrdinary(maskedText), readOrdinary(s)) >= (c.plainCounts.get(s) ?? 1)
