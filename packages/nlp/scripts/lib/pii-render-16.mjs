/**
 * Renders blind personal-data set 16 (data/fresh/pii-fresh-16.mjs) for eval-pii-fresh.mjs and
 * judges the masked text. Written by the set's author before reading any PII code or any earlier
 * set; only the interface of lib/pii-render-15.mjs (what a renderer returns to the scorer, and
 * the kinds that count as found) was read.
 *
 * The set writes each post as it arrives from its platform (store review, Reddit reply with the
 * quoted parent, Facebook or YouTube comment, OCR'd WhatsApp screenshot, voice-to-text,
 * forwarded e-mail with a signature, long angry thread), each value in the form its author typed
 * it. The renderer adds only where the post sits when the social team's tool pulls it:
 *   - "as-written": the post alone;
 *   - "deep-thread": the post as one comment deep inside the page's comment thread (3–13 KB of
 *     other comments in the post's language before it, 1–3 KB after, "name · 2 h" headers).
 * Ordinary posts get the same two renderings.
 *
 * A value is left READABLE when the masked text, read as a person reads it (NFKC, every decimal
 * digit script as ASCII, invisible and directional marks dropped, O/o as 0 and l/I/i as 1, letters
 * and digits only, lower case), holds the whole value in a row and the same rendering with the
 * value cut out would not. MOSTLY readable: three quarters of it in a row (values of 8 or more
 * characters as read). An ordinary number is KEPT when the masked text still shows it as a reader
 * sees it (NFKC, digits as ASCII, marks dropped, runs of white space as one space).
 */
import { ACCEPTED_15 } from './pii-render-15.mjs'

/** The same kinds count as found as in set 15 (a card reported as an account number is found). */
export const ACCEPTED_16 = ACCEPTED_15

// ⟦kind⁞form⁞shown⟧ a sensitive value; ⟪kind⁞shown⟫ an ordinary number that must stay.
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

/** An ordinary number as a reader sees it: digits as ASCII, marks dropped, spaces collapsed. */
function seen(s) {
  return asciiDigits(s.normalize('NFKC')).replace(MARKS, '').replace(/\s+/gu, ' ')
}

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

// Other comments of the same thread, digit-free so they neither hide nor add a value.
const THREAD = {
  en: [
    'Same here, the app logged me out again and support just sends the same copy paste answer.',
    'Honestly switching banks at this point, this is ridiculous.',
    'Has anyone actually had a refund from them? Asking for a friend lol',
    'They replied to me in DMs after a week, no solution though.',
    'Why is the branch always closed when you need it',
    'Lotus Bank please fix your app, it is embarrassing.',
  ],
  nl: [
    'Bij mij precies hetzelfde, de app gooit me er steeds uit.',
    'Klantenservice zegt alleen dat ze het doorzetten, daarna niks meer.',
    'Ik ben er klaar mee, ik stap over naar een andere bank.',
    'Heeft iemand al geld teruggekregen? Bij mij nog steeds niet.',
    'Typisch, altijd in het weekend storing.',
    'Lotus Bank, los dit nou eens op!',
  ],
  de: [
    'Bei mir genau das Gleiche, die App wirft mich ständig raus.',
    'Der Kundenservice antwortet nur mit Textbausteinen, unglaublich.',
    'Ich wechsle jetzt wirklich die Bank, mir reicht es.',
    'Hat irgendwer schon sein Geld zurück? Ich nicht.',
    'Immer am Wochenende diese Störungen.',
    'Lotus Bank, bitte endlich reparieren!',
  ],
  fr: [
    "Pareil pour moi, l'appli me déconnecte sans arrêt.",
    'Le service client répond toujours la même chose, aucune solution.',
    'Franchement je vais changer de banque, ras le bol.',
    "Quelqu'un a été remboursé ? Moi toujours rien.",
    'Comme par hasard, panne tous les week-ends.',
    "Lotus Bank réparez votre appli, c'est une honte.",
  ],
  es: [
    'A mí me pasa lo mismo, la app me echa cada dos por tres.',
    'Atención al cliente solo responde con mensajes automáticos.',
    'Yo ya me cambio de banco, estoy harta.',
    '¿Alguien ha conseguido que le devuelvan el dinero? Yo no.',
    'Siempre falla el fin de semana, qué casualidad.',
    'Lotus Bank arreglad la app ya, es una vergüenza.',
  ],
  ar: [
    'نفس المشكلة عندي، التطبيق يطلعني كل شوي.',
    'خدمة العملاء يردون نفس الرد المنسوخ وما في حل.',
    'والله بغير البنك، طفشت.',
    'أحد رجعوا له فلوسه؟ أنا للحين لا.',
    'دايم العطل في نهاية الأسبوع.',
    'بنك لوتس صلحوا التطبيق، شي مخجل.',
  ],
  zh: [
    '我也是，APP老是自动退出登录。',
    '客服就会复制粘贴同一句话，根本不解决问题。',
    '真的要换银行了，受够了。',
    '有人拿到退款了吗？我到现在还没有。',
    '每次周末都出故障，服了。',
    '莲花银行赶紧修一下APP吧，太丢人了。',
  ],
}
const NAMES = ['mark_t', 'Sanne', 'Jürgen K.', 'Léa', 'Pablo R.', 'أبو فهد', '小林', 'anon', 'Kim', 'R.']
const STAMPS = { en: 'h', nl: 'u', de: 'Std.', fr: 'h', es: 'h', ar: 'س', zh: '小时前' }

function threadComment(lang, i) {
  const lines = THREAD[lang]
  // Hours written as words-free letters keep the thread digit-free; "·" separates like the UI.
  return `${NAMES[i % NAMES.length]} · ${STAMPS[lang]}\n${lines[i % lines.length]}\nReply · Like\n`
}

function deepThread(post, lang, p) {
  const beforeTarget = 3_000 + ((p * 1_597) % 10_000)
  const afterTarget = 1_000 + ((p * 733) % 2_000)
  let before = ''
  let i = p
  while (before.length < beforeTarget) before += threadComment(lang, i++)
  let after = ''
  while (after.length < afterTarget) after += threadComment(lang, i++)
  return `${before}${NAMES[(p + 3) % NAMES.length]} · ${STAMPS[lang]}\n${post}\nReply · Like\n${after}`
}

const RENDERINGS = ['as-written', 'deep-thread']

/** The post in one rendering; `cut` (a value's index) leaves that value out. */
function renderPost(parts, lang, rendering, p, cut = -1) {
  let n = -1
  const post = parts
    .map((x) => {
      if (x.text !== undefined) return x.text
      if (x.ordinary) return x.ordinary.shown
      n++
      return n === cut ? '' : x.value.shown
    })
    .join('')
  return rendering === 'deep-thread' ? deepThread(post, lang, p) : post
}

export function renderSet16(sensitive, ordinary) {
  const cases = []
  const add = (group, rows) =>
    rows.forEach(([lang, marked], p) => {
      const parts = parse(marked)
      const values = parts.filter((x) => x.value).map((x) => x.value)
      const ords = parts.filter((x) => x.ordinary).map((x) => x.ordinary)
      for (const rendering of RENDERINGS) {
        cases.push({
          id: `${group}:${p}:${rendering}`,
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
      if (judge16(c.text, v) !== 'readable')
        throw new Error(`${c.id}: ${v.shown} not readable before masking`)
    for (const s of c.plain)
      if (!keptOrdinary16(c.text, s)) throw new Error(`${c.id}: ${s} not kept before masking`)
  }
  return cases
}

/** 'readable', 'mostly' or 'masked' (see the header). */
export function judge16(masked, v) {
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

export function keptOrdinary16(masked, s) {
  return seen(masked).includes(seen(s))
}
