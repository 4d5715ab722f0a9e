/**
 * Renders blind personal-data set 15 (data/fresh/pii-fresh-15.mjs) for eval-pii-fresh.mjs and
 * judges the masked text. Written by the set's author before reading any PII code; only the
 * interface of lib/pii-render-14.mjs (what a renderer returns to the scorer) was read.
 *
 * The set writes each value in the form its author typed it, so the renderer adds only what a
 * platform or a forwarding habit does to a post AFTER it is written:
 *   - "as written";
 *   - "chat-export": the post as one message deep inside an exported WhatsApp group chat
 *     ("[07/12/2026, 09:14:05] Name: …" lines, 4–14 KB of other messages before it, the post's own
 *     line breaks continuing without a prefix, as the export writes them);
 *   - "bidi", Arabic posts only: an Arabic UI's copy wraps every left-to-right run (digits, Latin,
 *     e-mail) in directional isolates U+2066…U+2069 and puts a right-to-left mark after it;
 *   - "weibo-repost", Chinese posts only: the post reposted in a Weibo chain
 *     ("转发微博 //@小王: 太离谱了 //@原博: …"), line breaks flattened to spaces.
 * Ordinary posts get the same renderings.
 *
 * A value is left READABLE when the masked text, read as a person reads it (NFKC, every decimal
 * digit script as ASCII, invisible and directional marks dropped, O/o as 0 and l/I/i as 1, letters
 * and digits only, lower case), holds the whole value in a row and the same rendering with the
 * value cut out would not. MOSTLY readable: three quarters of it in a row (values of 8 or more
 * characters as read). An ordinary number is KEPT when the masked text still shows it as a reader
 * sees it (NFKC, digits as ASCII, marks dropped, runs of white space as one space).
 */
import { ACCEPTED_8 } from './pii-render-8.mjs'

/** A card reported as an account number still counts as found (as sets 13 and 14). */
export const ACCEPTED_15 = { ...ACCEPTED_8, card: ['card', 'account_number'] }

const MARK = /⟦([a-z_]+)⁞([^⁞⟧]+)⁞([^⟧]+)⟧|⟪([a-z_0-9]+)⁞([^⟫]+)⟫/g

/** Every Unicode decimal digit as ASCII: decimal digits come in runs of ten from a zero. */
function asciiDigits(s) {
  return s.replace(/\p{Nd}/gu, (c) => {
    if (c >= '0' && c <= '9') return c
    const cp = c.codePointAt(0)
    let zero = cp
    while (zero > cp - 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--
    return String(cp - zero)
  })
}
const MARKS = /[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g

/** The text as a person reads it, letters and digits only (see the header). */
export function readKey(s) {
  return asciiDigits(s.normalize('NFKC'))
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/o/g, '0')
    .replace(/[li]/g, '1')
    .replace(/[^\p{L}\p{N}]/gu, '')
}
/** The text as a reader sees it, for ordinary numbers. */
function seen(s) {
  return asciiDigits(s.normalize('NFKC')).replace(MARKS, '').replace(/\s+/g, ' ')
}

const CHAT = {
  en: [
    'Sue',
    'Dave',
    'anyone else having trouble with the Lotus app today? mine just spins',
    'same, and the branch is shut',
  ],
  nl: [
    'Ans',
    'Henk',
    'doet de Lotus app het bij jullie? bij mij niet',
    'nee hier ook niet, al de hele ochtend',
  ],
  de: [
    'Birgit',
    'Uwe',
    'Geht bei euch die Lotus-App? Bei mir nur Fehlermeldungen',
    'Nein, seit heute früh nicht',
  ],
  fr: [
    'Sylvie',
    'Marc',
    "Quelqu'un arrive à se connecter à l'appli Lotus ? Moi non",
    'Pareil ici depuis ce matin',
  ],
  es: [
    'Maite',
    'Jorge',
    '¿A alguien le funciona la app de Lotus? A mí no',
    'A mí tampoco, desde esta mañana',
  ],
  ar: ['أم خالد', 'أبو فهد', 'احد عنده مشكلة مع تطبيق بنك لوتس اليوم؟', 'نفس الشي عندي من الصبح'],
  zh: ['王阿姨', '老张', '你们的莲花银行APP能用吗？我的一直转圈', '我的也不行，从早上开始'],
}
const stamp = (i) =>
  `[${String(1 + (i % 7)).padStart(2, '0')}/12/2026, ${String(8 + (i % 12)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}:${String((i * 13) % 60).padStart(2, '0')}]`

function chatExport(body, lang, p) {
  const [a, b, qa, qb] = CHAT[lang]
  const target = 4_000 + ((p * 2_311) % 10_000)
  const lines = []
  let size = 0
  for (let i = 0; size < target; i++) {
    const line = `${stamp(i)} ${i % 2 ? b : a}: ${i % 2 ? qb : qa}`
    lines.push(line)
    size += line.length + 1
  }
  lines.push(`${stamp(lines.length)} ~ ${lang === 'zh' ? '群友' : lang === 'ar' ? 'عضو' : 'member'}: ${body}`)
  lines.push(`${stamp(lines.length + 1)} ${a}: ${qb}`)
  return lines.join('\n')
}

/** Every left-to-right run in an Arabic post wrapped in isolates, a right-to-left mark after it. */
const bidi = (s) =>
  s.replace(
    /[\p{Nd}A-Za-z@+_./:*-]+(?:[ \u00a0\t][\p{Nd}A-Za-z@+_./:*-]+)*/gu,
    (run) => `\u2066${run}\u2069\u200f`,
  )

const weibo = (s) => `转发微博 //@小王同学: 太离谱了吧 //@维权博主: ${s.replace(/\s*\n\s*/g, ' ')}`

const EXTRA = { ar: ['bidi', bidi], zh: ['weibo-repost', weibo] }

function parse(marked) {
  const parts = []
  let last = 0
  for (const m of marked.matchAll(MARK)) {
    if (m.index > last) parts.push({ text: marked.slice(last, m.index) })
    if (m[1]) parts.push({ value: { kind: m[1], form: m[2], shown: m[3] } })
    else parts.push({ ordinary: { kind: m[4], shown: m[5] } })
    last = m.index + m[0].length
  }
  if (last < marked.length) parts.push({ text: marked.slice(last) })
  return parts
}

function renderPost(parts, lang, rendering, p, drop = -1) {
  let vi = 0
  const body = parts
    .map((x) => {
      if (x.text !== undefined) return x.text
      if (x.ordinary) return x.ordinary.shown
      return vi++ === drop ? '' : x.value.shown
    })
    .join('')
  if (rendering === 'as written') return body
  if (rendering === 'chat-export') return chatExport(body, lang, p)
  return EXTRA[lang][1](body)
}

const renderings = (lang) => ['as written', 'chat-export', ...(EXTRA[lang] ? [EXTRA[lang][0]] : [])]

export function renderSet15(sensitive, ordinary) {
  const cases = []
  const add = (group, rows) =>
    rows.forEach(([lang, marked], p) => {
      const parts = parse(marked)
      const values = parts.filter((x) => x.value).map((x) => x.value)
      const ords = parts.filter((x) => x.ordinary).map((x) => x.ordinary)
      for (const rendering of renderings(lang)) {
        cases.push({
          id: `${group}:${p}:${rendering.replace(' ', '-')}`,
          lang,
          text: renderPost(parts, lang, rendering, p),
          values: values.map((v, i) => ({
            kind: v.kind,
            value: v.shown,
            shown: v.shown,
            form: v.form,
            key: readKey(v.shown),
            withoutKey: readKey(renderPost(parts, lang, rendering, p, i)),
          })),
          plain: ords.map((o) => o.shown),
          plainKinds: ords.map((o) => o.kind),
          script: rendering,
          sep: '',
        })
      }
    })
  add('sensitive', sensitive)
  add('ordinary', ordinary)
  // A value the judge could not see in the unmasked text would count as masked for free.
  for (const c of cases) {
    for (const v of c.values)
      if (judge15(c.text, v) !== 'readable')
        throw new Error(`${c.id}: ${v.shown} not readable before masking`)
    for (const s of c.plain)
      if (!keptOrdinary15(c.text, s)) throw new Error(`${c.id}: ${s} not kept before masking`)
  }
  return cases
}

/** 'readable', 'mostly' or 'masked' (see the header). */
export function judge15(masked, v) {
  const mk = readKey(masked)
  if (mk.includes(v.key) && !v.withoutKey.includes(v.key)) return 'readable'
  if (v.key.length >= 8) {
    const w = Math.ceil(v.key.length * 0.75)
    for (let i = 0; i + w <= v.key.length; i++) {
      const part = v.key.slice(i, i + w)
      if (mk.includes(part) && !v.withoutKey.includes(part)) return 'mostly'
    }
  }
  return 'masked'
}

export function keptOrdinary15(masked, s) {
  return seen(masked).includes(seen(s))
}
