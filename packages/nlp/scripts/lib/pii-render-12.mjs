/**
 * Renders and judges blind set 12 (data/fresh/pii-fresh-12.mjs). Each sensitive post is rendered
 * as written plus up to three forms that real text produces:
 *   author    each value as its author also writes it (the first other way in the marker, or the
 *             second on odd posts, so both get used);
 *   keyboard  the phone keyboard or the app the value was copied from: Arabic posts in the other
 *             digit set (Arabic-Indic <-> ASCII), Chinese posts in full-width digits (IME in
 *             full-width mode), elsewhere the value's spaces as the no-break spaces a banking app's
 *             "copy" puts between groups (narrow no-break in French posts);
 *   quoted    the post quoted in an e-mail reply ("> " lines hard-wrapped at 60 columns, which can
 *             split a grouped value over two lines).
 * Ordinary posts are rendered as written, in the keyboard form (Arabic and Chinese digits) and
 * quoted. A form is scored only on values it changed.
 *
 * A value is LEFT READABLE when the masked text, read as a person reads it (digits of every script
 * as ASCII, only letters and digits kept, case ignored), holds the value more often than the same
 * rendering with that value cut out does; for a UK sort code + account, the account's eight
 * digits. An ordinary number is KEPT when it is still in the masked text as read (digits as ASCII,
 * every kind of space as a space, quoting marks and line breaks as spaces).
 */

/** Kinds a value may be reported as and still count as found: set 8's table, unchanged. */
export { ACCEPTED_8 as ACCEPTED_12 } from './pii-render-8.mjs'

const ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xff10]
const MARK = /⟦([a-z_]+):([^⟧]+)⟧|⟪([^⟫]+)⟫/g

function digitsAscii(s) {
  let t = s.normalize('NFKC')
  for (const z of ZEROS)
    t = t.replace(new RegExp(`[${String.fromCodePoint(z)}-${String.fromCodePoint(z + 9)}]`, 'gu'), (c) =>
      String(c.codePointAt(0) - z),
    )
  return t
}
/** As a person reads it: digits as ASCII, letters and digits only, lower case. */
export const readKey = (s) =>
  digitsAscii(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')
/** Ordinary numbers as read: digits as ASCII, every space, line break and quote mark as a space. */
const asRead = (s) =>
  digitsAscii(s)
    .replace(/\n> ?/g, ' ')
    .replace(/[\s\u00a0\u2009\u202f]+/gu, ' ')

const toArabicIndic = (s) => s.replace(/[0-9]/g, (d) => String.fromCodePoint(0x660 + Number(d)))
const toFullWidth = (s) => s.replace(/[0-9]/g, (d) => String.fromCodePoint(0xff10 + Number(d)))
const hasArabicIndic = (s) => /[\u0660-\u0669]/.test(s)

/** The keyboard form of one piece of text, or the same text when the form does not apply. */
function keyboard(lang, s, isValue, kind) {
  if (lang === 'ar') return hasArabicIndic(s) ? digitsAscii(s) : toArabicIndic(s)
  if (lang === 'zh') return toFullWidth(s)
  if (!isValue || kind === 'email' || kind === 'password') return s
  return s.replace(/ /g, lang === 'fr' ? '\u202f' : '\u00a0')
}

const CJK = /[\u3000-\u9fff\uff00-\uffef]/
/** Quotes a text as an e-mail reply does: "> " before each line, lines wrapped at 60 columns. */
function quote(text) {
  const out = []
  for (const line of text.split('\n')) {
    let rest = line
    while (rest.length > 60) {
      // Break at the last space, or between two CJK characters, at or before column 60.
      let at = -1
      for (let i = 60; i > 20; i--) {
        if (rest[i] === ' ' || (CJK.test(rest[i - 1]) && CJK.test(rest[i]))) {
          at = i
          break
        }
      }
      if (at < 0) break
      out.push(rest.slice(0, at).trimEnd())
      rest = rest.slice(at).trimStart()
    }
    out.push(rest)
  }
  return `${out.map((l) => `> ${l}`).join('\n')}\n\nSee above, still no answer.`
}

/**
 * One rendering of a marked post. `pick(kind, forms)` chooses the written form of each value;
 * returns the text, the values (kind, written form, form name, where it starts and ends) and the
 * ordinary numbers as rendered.
 */
function renderMarked(marked, formName, pick, onOrdinary) {
  const values = []
  const plain = []
  let text = ''
  let last = 0
  for (const m of marked.matchAll(MARK)) {
    text += onOrdinary(marked.slice(last, m.index), false)
    last = m.index + m[0].length
    if (m[1]) {
      const forms = m[2].split('|')
      const { shown, changed } = pick(m[1], forms)
      values.push({ kind: m[1], value: forms[0], shown, form: formName, changed, start: text.length })
      text += shown
      values[values.length - 1].end = text.length
    } else {
      const shown = onOrdinary(m[3], true)
      plain.push(shown)
      text += shown
    }
  }
  text += onOrdinary(marked.slice(last), false)
  return { text, values, plain }
}

/** The cases to send through vigil-enrich: id, lang, text, values (to judge), plain (to keep). */
export function renderSet12(sensitive, ordinary) {
  const cases = []
  const same = (s) => s
  sensitive.forEach(([lang, marked], p) => {
    const written = renderMarked(marked, 'as written', (_k, f) => ({ shown: f[0], changed: true }), same)
    cases.push({ id: `s12:${p}:written`, lang, ...written })
    const author = renderMarked(
      marked,
      'author',
      (_k, f) => {
        const alt = f[p % 2 === 1 && f[2] ? 2 : 1]
        return alt ? { shown: alt, changed: true } : { shown: f[0], changed: false }
      },
      same,
    )
    if (author.values.some((v) => v.changed))
      cases.push({ id: `s12:${p}:author`, lang, ...author, plain: [] })
    const kb = renderMarked(
      marked,
      'keyboard',
      (k, f) => {
        const shown = keyboard(lang, f[0], true, k)
        return { shown, changed: shown !== f[0] }
      },
      (s) => keyboard(lang, s, false),
    )
    if (kb.values.some((v) => v.changed)) cases.push({ id: `s12:${p}:keyboard`, lang, ...kb, plain: [] })
    // Quoting moves every value; its start and end are found again in the quoted text by reading.
    cases.push({
      id: `s12:${p}:quoted`,
      lang,
      text: quote(written.text),
      values: written.values.map((v) => ({ ...v, form: 'quoted', start: undefined, end: undefined })),
      plain: [],
    })
  })
  ordinary.forEach(([lang, marked], p) => {
    const written = renderMarked(marked, 'as written', () => ({}), same)
    cases.push({ id: `o12:${p}:written`, lang, ...written })
    if (lang === 'ar' || lang === 'zh') {
      const kb = renderMarked(
        marked,
        'keyboard',
        () => ({}),
        (s) => keyboard(lang, s, false),
      )
      cases.push({ id: `o12:${p}:keyboard`, lang, ...kb })
    }
    cases.push({ id: `o12:${p}:quoted`, lang, text: quote(written.text), values: [], plain: written.plain })
  })
  for (const c of cases) c.values = c.values.filter((v) => v.changed)
  return cases
}

const count = (hay, needle) => {
  if (!needle) return 0
  let n = 0
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) n++
  return n
}

/** The part of a value that must not stay readable. */
function core(v) {
  const k = readKey(v.shown)
  if (v.kind === 'uk_account') return k.match(/\d{8}$/)?.[0] ?? k
  return k
}

/** 'readable' or 'masked' for one value of a case, from the masked text vigil-enrich returned. */
export function judge12(maskedText, v, c) {
  const needle = core(v)
  const inMasked = count(readKey(maskedText), needle)
  // The same rendering with the value cut out: digits the post holds anyway do not count.
  const without =
    v.start !== undefined
      ? c.text.slice(0, v.start) + c.text.slice(v.end)
      : readKey(c.text).replace(readKey(v.shown), '')
  return inMasked > count(readKey(without), needle) ? 'readable' : 'masked'
}

/** Whether an ordinary number is still in the masked text as read. */
export const keptOrdinary12 = (maskedText, shown) => asRead(maskedText).includes(asRead(shown).trim())
