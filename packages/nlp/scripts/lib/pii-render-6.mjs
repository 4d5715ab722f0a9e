/**
 * Renderer and judge for the blind personal-data set 6 (data/fresh/pii-fresh-6.mjs), written
 * by the red team before reading the masking code. Markers are described at the top of the set.
 *
 * Every sensitive post is rendered in the forms real text gives a value (renderings equal to an
 * earlier one of the same post are dropped, so a post whose values are all written verbatim
 * counts twice, not seven times):
 *   as-written   the customer's grouping;
 *   bare         no separators (what payee boxes and copy from a PDF give);
 *   sep          one separator kind per post: dash, dot, no-break space, two spaces, narrow
 *                no-break space, slash;
 *   per-digit    a space between every character (screen readers, dictation, phone keyboards
 *                that auto-space);
 *   ocr          every other 0 read as O and every other 1 as l (OCR of a screenshot, typos);
 *   native       Arabic posts in Arabic-Indic digits, Chinese posts in full-width digits, a
 *                code or PIN elsewhere in keycap emoji, any other value broken over two lines;
 *   quoted-wrap  the whole post quoted in a reply, hard-wrapped at 40 columns with "> " (as
 *                mail and forum clients quote), so a grouped value can break across lines.
 * A value written verbatim (`¦shown`) keeps its form in every rendering but quoted-wrap, and is
 * reported under the form it was written in (words, mixed words, OCR typo, keycap, URL query,
 * JSON, CSV, hashtag, obfuscated e-mail, vanity letters, odd grouping, split over the post).
 *
 * A value is LEFT READABLE when the masked text, read as a person reads it (`readKey`: digits
 * of any script as ASCII, digit words of the seven languages and 幺/零/一…九 as digits, "double
 * four" as 44, O/o/I/l beside a digit as 0/1, then letters and digits only), still holds every
 * part of it; MOSTLY READABLE when it holds at least three quarters of its characters (one part
 * of a split value, or a run of a whole one). An ordinary number is a FALSE POSITIVE when the
 * masked text holds fewer copies of it (as read) than the post does once its sensitive values
 * are taken out (a copy inside a longer run of digits does not count), so a short number such
 * as "3" is checked, not found by chance elsewhere. (One artefact left: in a CSV row an amount
 * beside an unmasked sort code reads as one run of digits, so a leak there can also cost the
 * amount; no such case on main's build.)
 */

const DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xe50, 0x1040, 0x17e0, 0x1810, 0xff10]

const WORDS = {
  // en
  zero: 0,
  oh: 0,
  nought: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  // nl (een/acht shared with de below)
  nul: 0,
  een: 1,
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  // es
  cero: 0,
  uno: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  // fr
  zéro: 0,
  un: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  // de
  null: 0,
  eins: 1,
  zwei: 2,
  zwo: 2,
  drei: 3,
  fünf: 5,
  sechs: 6,
  sieben: 7,
  neun: 9,
  // ar (normalised: alef variants as ا, ta marbuta as ه, alef maqsura as ي)
  صفر: 0,
  واحد: 1,
  اثنين: 2,
  اثنان: 2,
  ثنين: 2,
  ثلاثه: 3,
  ثلاث: 3,
  اربعه: 4,
  اربع: 4,
  خمسه: 5,
  خمس: 5,
  سته: 6,
  ست: 6,
  سبعه: 7,
  سبع: 7,
  ثمانيه: 8,
  ثمان: 8,
  تسعه: 9,
  تسع: 9,
}
const HAN = { 零: 0, 〇: 0, 一: 1, 幺: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const REPEAT = { double: 2, triple: 3, doble: 2 }

const normAr = (w) =>
  w
    .replace(/[\u064b-\u0652\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')

function wordDigit(token) {
  const t = normAr(token.toLowerCase())
  if (t in WORDS) return String(WORDS[t])
  // Arabic "and five": the conjunction written onto the word.
  if (t.length > 2 && t.startsWith('و') && t.slice(1) in WORDS) return String(WORDS[t.slice(1)])
  return undefined
}

/**
 * A text as a person reads its characters: see the header. With `spaced`, numbers stay apart
 * (for counting ordinary numbers).
 */
export function readKey(s, spaced = false) {
  let t = s.normalize('NFKC')
  for (const z of DIGIT_ZEROS)
    t = t.replace(new RegExp(`[${String.fromCodePoint(z)}-${String.fromCodePoint(z + 9)}]`, 'gu'), (c) =>
      String(c.codePointAt(0) - z),
    )
  t = t.replace(/[零〇一幺二两三四五六七八九]/gu, (c) => String(HAN[c]))
  const tokens = t.split(/([\p{L}\p{M}]+)/u)
  for (let i = 1; i < tokens.length; i += 2) {
    const low = tokens[i].toLowerCase()
    if (low in REPEAT) {
      // "double four": the next word, said twice.
      const next = tokens[i + 2] === undefined ? undefined : wordDigit(tokens[i + 2])
      if (next !== undefined && /^[\s,]*$/.test(tokens[i + 1] ?? '')) {
        tokens[i] = ''
        tokens[i + 2] = next.repeat(REPEAT[low])
        i += 2
        continue
      }
    }
    const d = wordDigit(tokens[i])
    if (d !== undefined) tokens[i] = d
  }
  t = tokens.join('')
  // Spaced: a mark between two digits belongs to the number (1,249.99), any other run of
  // spaces or marks (a comma between CSV fields, a mask's stars) ends it.
  t = spaced
    ? t.replace(/(?<=\p{N})[.,'’\-/:·٫٬](?=\p{N})/gu, '').replace(/[^\p{L}\p{N}]+/gu, '~')
    : t.replace(/[^\p{L}\p{N}]/gu, '')
  // O for 0 and l/I for 1 beside a digit (typos, OCR), read as the digit they stand for.
  let prev
  do {
    prev = t
    t = t.replace(/(?<=\d)[Oo]|[Oo](?=\d)/g, '0').replace(/(?<=\d)[lI|]|[lI|](?=\d)/g, '1')
  } while (t !== prev)
  return t.toLowerCase()
}

// ---- check digits: a set row with a wrong one is a mistake in the set, not in the masker ----
const luhn = (d) => {
  let sum = 0
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i])
    if (i % 2) x = x * 2 > 9 ? x * 2 - 9 : x * 2
    sum += x
  }
  return sum % 10 === 0
}
const mod97 = (s) => {
  let r = 0
  for (const ch of s)
    for (const d of /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch) r = (r * 10 + Number(d)) % 97
  return r
}
const ibanOk = (s) => /^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/.test(s) && mod97(s.slice(4) + s.slice(0, 4)) === 1
const bsnOk = (d) =>
  d.length === 9 && [...d].reduce((a, c, i) => a + (i < 8 ? (9 - i) * Number(c) : -Number(c)), 0) % 11 === 0
const ssnOk = (d) =>
  d.length === 9 && !/^(000|666|9)/.test(d) && d.slice(3, 5) !== '00' && d.slice(5) !== '0000'
const ninoOk = (s) => /^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(s)

/** Throws when a canonical value breaks its format's rule (the set must be right). */
export function checkValue(kind, canonical) {
  const d = canonical.replace(/\D/g, '')
  const u = canonical.replace(/[^A-Za-z0-9]/g, '').toUpperCase()
  const ok =
    kind === 'card'
      ? d.length >= 12 && d.length <= 19 && luhn(d)
      : kind === 'iban'
        ? ibanOk(u)
        : kind === 'nl_bsn'
          ? bsnOk(d)
          : kind === 'us_ssn'
            ? ssnOk(d)
            : kind === 'uk_nino'
              ? ninoOk(u)
              : kind === 'uk_account'
                ? d.length === 14
                : true
  if (!ok) throw new Error(`set 6: ${kind} ${canonical} fails its check`)
}

/** True when an ordinary long number would pass a card or BSN check (it must not). */
export function ordinaryPassesCheck(s) {
  const d = s.replace(/\D/g, '')
  return (d.length >= 13 && d.length <= 19 && luhn(d)) || (d.length === 9 && bsnOk(d))
}

// ---- parsing ----
const MARK = /⟦([a-z_]+)(?:#([a-z0-9]+)\.(\d+))?:([^⟧¦]+)(?:¦([^⟧]*))?⟧|⟪([^⟫]+)⟫/gu

/** Splits a marked post into text, value parts and ordinary numbers. */
export function parsePost(marked) {
  const pieces = []
  let last = 0
  for (const m of marked.matchAll(MARK)) {
    if (m.index > last) pieces.push({ type: 'text', text: marked.slice(last, m.index) })
    if (m[6] !== undefined) pieces.push({ type: 'ordinary', text: m[6] })
    else
      pieces.push({
        type: 'value',
        kind: m[1],
        group: m[2] ?? `v${m.index}`,
        order: Number(m[3] ?? 0),
        value: m[4],
        shown: m[5] === undefined ? undefined : m[5] === '' ? m[4] : m[5],
        before: marked.slice(Math.max(0, m.index - 6), m.index),
      })
    last = m.index + m[0].length
  }
  if (last < marked.length) pieces.push({ type: 'text', text: marked.slice(last) })
  return pieces
}

/** The form a verbatim value was written in, for the per-form figures. */
function writtenForm(p, split) {
  const s = p.shown
  if (/\u20e3/u.test(s)) return 'keycap emoji'
  if (p.kind === 'email')
    return /%40/.test(s) ? 'in a URL query' : s.includes('@') ? 'as written' : 'e-mail obfuscated'
  if (/[=]$/.test(p.before) || /tel:$/.test(p.before)) return 'in a URL query'
  if (/"$/.test(p.before)) return 'JSON pasted'
  if (/[,;]$/.test(p.before)) return 'CSV pasted'
  if (/#$/.test(p.before)) return 'hashtag'
  if (split) return 'split over the post'
  const words = [...s.matchAll(/[\p{L}]+/gu)].map((m) => m[0])
  const numberWords = words.filter(
    (w) => wordDigit(w) !== undefined || /^[零〇一幺二两三四五六七八九]+$/u.test(w),
  )
  if (p.kind === 'phone' && /[A-Z]{3,}/.test(s)) return 'vanity letters'
  if (numberWords.length > 0) return /\p{Nd}/u.test(s) ? 'words mixed with digits' : 'digits as words'
  if (words.length > 0 && p.kind !== 'password' && /[OolI]/.test(s) && !/^[a-z]{2}\d\d/i.test(s))
    return 'OCR letter for digit'
  if (words.length > 0 && p.kind === 'iban' && /[Oo]/.test(s.slice(4))) return 'OCR letter for digit'
  if (p.kind === 'iban' && s !== s.toUpperCase()) return 'IBAN lower case'
  if (p.kind !== 'password' && s === p.value && !/\s/.test(s) && s.length >= 9) return 'run together'
  return 'odd grouping'
}

// ---- rendering ----
const SEPS = [
  ['dash', '-'],
  ['dot', '.'],
  ['nbsp', '\u00a0'],
  ['two-spaces', '  '],
  ['narrow-nbsp', '\u202f'],
  ['slash', '/'],
]
const GROUP_SEP = /(?<=[\p{L}\p{N})])[ \-./]+(?=[\p{L}\p{N}(])/gu
const KEYCAP = (d) => `${d}\ufe0f\u20e3`
const REPLY = {
  en: '^ this. same thing happened to me last week, nobody at the bank cares',
  zh: '同样的问题，我也遇到了，银行一直不处理',
  ar: 'نفس المشكلة صارت معي، البنك ما يرد',
  nl: 'Precies hetzelfde hier, de bank reageert nergens op',
  es: 'Me pasó exactamente lo mismo, el banco no contesta',
  fr: 'Pareil pour moi la semaine dernière, la banque ne répond pas',
  de: 'Genau dasselbe bei mir, die Bank reagiert einfach nicht',
}
const toScript = (s, zero) => s.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)))

function renderValue(p, form, postNo, lang) {
  const v = p.value
  // An address or a password is text, not a grouped number: it keeps its form.
  if (form === 'as-written' || p.kind === 'email' || p.kind === 'password') return v
  if (form === 'bare') return v.replace(GROUP_SEP, '')
  if (form === 'sep') return v.replace(GROUP_SEP, SEPS[postNo % SEPS.length][1])
  if (form === 'per-digit') {
    const chars = [...v.replace(/[^\p{L}\p{N}+]/gu, '')]
    return chars.join(' ').replace(/^\+ /, '+')
  }
  if (form === 'ocr') {
    let zeros = 0
    let ones = 0
    return v.replace(/[01]/g, (d) => (d === '0' ? (zeros++ % 2 ? d : 'O') : ones++ % 2 ? d : 'l'))
  }
  if (form === 'native') {
    if (lang === 'ar') return toScript(v, 0x660)
    if (lang === 'zh') return toScript(v, 0xff10)
    if (p.kind === 'otp') return v.replace(/[0-9]/g, KEYCAP).replace(/ /g, '')
    // Short pieces (a card's last four) are not long enough to reach a line's end.
    if (v.replace(/[^\p{L}\p{N}]/gu, '').length < 8) return v
    const gaps = [...v.matchAll(/ /g)]
    const cut = gaps.length ? gaps[Math.floor(gaps.length / 2)].index : Math.floor(v.length / 2)
    return gaps.length ? `${v.slice(0, cut)}\n${v.slice(cut + 1)}` : `${v.slice(0, cut)}\n${v.slice(cut)}`
  }
  return v
}

/** A post quoted in a reply: hard-wrapped at 40 columns at spaces, each line led by "> ". */
function quoteWrapped(text, lang) {
  const lines = []
  for (const para of text.split('\n')) {
    let line = ''
    for (const word of para.split(' ')) {
      if (line && line.length + 1 + word.length > 40) {
        lines.push(line)
        line = word
      } else line = line ? `${line} ${word}` : word
    }
    lines.push(line)
  }
  return `${lines.map((l) => `> ${l}`).join('\n')}\n\n${REPLY[lang]}`
}

const FORMS = ['as-written', 'bare', 'sep', 'per-digit', 'ocr', 'native', 'quoted-wrap']

function renderPost(pieces, form, postNo, lang) {
  const values = new Map()
  const plain = []
  let text = ''
  let withoutValues = ''
  const nativeAll = form === 'native' && (lang === 'ar' || lang === 'zh')
  const zero = lang === 'ar' ? 0x660 : 0xff10
  for (const p of pieces) {
    if (p.type === 'text') {
      const t = nativeAll ? toScript(p.text, zero) : p.text
      text += t
      withoutValues += t
    } else if (p.type === 'ordinary') {
      const t = nativeAll ? toScript(p.text, zero) : p.text
      plain.push(t)
      text += t
      withoutValues += t
    } else {
      const verbatim = p.shown !== undefined
      const shown = verbatim
        ? p.shown
        : renderValue(p, form === 'quoted-wrap' ? 'as-written' : form, postNo, lang)
      text += shown
      withoutValues += ' '
      const v = values.get(p.group) ?? { kind: p.kind, parts: [], verbatim: true }
      v.parts.push({ order: p.order, value: p.value, shown, piece: p })
      v.verbatim &&= verbatim
      values.set(p.group, v)
    }
  }
  if (form === 'quoted-wrap') text = quoteWrapped(text, lang)
  const out = []
  for (const v of values.values()) {
    v.parts.sort((a, b) => a.order - b.order)
    const canonical = v.parts.map((q) => q.value).join('')
    const split = v.parts.length > 1
    const valueForm = v.verbatim
      ? writtenForm({ ...v.parts[0].piece, shown: v.parts[0].shown }, split)
      : split
        ? 'split over the post'
        : form
    out.push({
      kind: v.kind,
      value: canonical,
      shown: v.parts.map((q) => q.shown).join(' … '),
      form: valueForm,
      parts: v.parts.map((q) => readKey(q.shown)),
    })
  }
  return { text, values: out, plain, withoutValues }
}

/** The set's cases: every sensitive post in each distinct form, every ordinary one as written, quoted, and (ar, zh) in its own digits. */
export function renderSet6(sensitive, ordinary) {
  const cases = []
  sensitive.forEach(([lang, marked], n) => {
    const pieces = parsePost(marked)
    for (const p of pieces) if (p.type === 'value' && p.order === 0) checkValue(p.kind, p.value)
    const seen = new Set()
    for (const form of FORMS) {
      const r = renderPost(pieces, form, n, lang)
      if (seen.has(r.text)) continue
      seen.add(r.text)
      if (form === FORMS[0]) for (const v of r.values) if (v.parts.length > 1) checkValue(v.kind, v.value)
      cases.push({
        id: `sensitive:${n}:${form}`,
        lang,
        script: form,
        sep: form === 'sep' ? SEPS[n % SEPS.length][0] : '',
        ...r,
      })
    }
  })
  ordinary.forEach(([lang, marked], n) => {
    const pieces = parsePost(marked)
    for (const p of pieces)
      if (p.type === 'ordinary' && ordinaryPassesCheck(p.text))
        throw new Error(`set 6: ordinary ${p.text} passes a check`)
    const forms =
      lang === 'ar' || lang === 'zh' ? ['as-written', 'quoted-wrap', 'native'] : ['as-written', 'quoted-wrap']
    for (const form of forms)
      cases.push({
        id: `ordinary:${n}:${form}`,
        lang,
        script: form,
        sep: '',
        ...renderPost(pieces, form, n, lang),
      })
  })
  return cases
}

const isDigit = (ch) => ch !== undefined && ch >= '0' && ch <= '9'
/** Copies of a number in a read text that are not part of a longer run of digits. */
const count = (hay, needle) => {
  if (!needle) return 0
  let c = 0
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    const clearBefore = !isDigit(needle[0]) || !isDigit(hay[i - 1])
    const clearAfter = !isDigit(needle[needle.length - 1]) || !isDigit(hay[i + needle.length])
    if (clearBefore && clearAfter) c++
  }
  return c
}

/** How much of a value the masked text still shows: 'readable', 'mostly' or 'hidden'. */
export function judgeValue(maskedKey, v) {
  const total = v.parts.reduce((a, p) => a + p.length, 0)
  const shownParts = v.parts.filter((p) => maskedKey.includes(p))
  if (shownParts.length === v.parts.length) return 'readable'
  const need = Math.ceil(total * 0.75)
  if (total < 8) return 'hidden'
  if (v.parts.length > 1) return shownParts.reduce((a, p) => a + p.length, 0) >= need ? 'mostly' : 'hidden'
  const whole = v.parts[0]
  for (let i = 0; i + need <= whole.length; i++)
    if (maskedKey.includes(whole.slice(i, i + need))) return 'mostly'
  return 'hidden'
}

/** Ordinary numbers of a case the masked text no longer shows as often as the post does. */
export function lostOrdinary(masked, c) {
  const base = readKey(c.withoutValues, true)
  const now = readKey(masked, true)
  return c.plain.filter((s) => {
    const k = readKey(s, true).replace(/^~|~$/g, '')
    return count(now, k) < count(base, k)
  })
}

/** Kinds a masker may report for a value (an account number reported as a UK account, or a PIN as a password, is still caught). */
export const ACCEPTED_KINDS = {
  account_number: ['account_number', 'uk_account', 'iban', 'card'],
  uk_account: ['uk_account', 'account_number'],
  otp: ['otp', 'password'],
  password: ['password', 'otp'],
}
