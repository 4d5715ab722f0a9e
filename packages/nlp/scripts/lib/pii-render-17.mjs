/**
 * Renders blind personal-data set 17 (data/fresh/pii-fresh-17.mjs) for eval-pii-fresh.mjs and
 * judges the masked text. Written by the set's author before reading any PII code or any earlier
 * set; of the earlier renderers only the interface of lib/pii-render-16.mjs was read (what a
 * renderer returns to the scorer, its marker syntax and the kinds that count as found).
 *
 * The set writes each post as its platform delivers it (see the set's header). The renderer adds
 * only where the post sits when the social team's tool pulls it:
 *   - "as-written": the post alone;
 *   - "in-thread": the post as one comment inside its page's thread (2–12 KB of other comments in
 *     the post's language before it, 0.5–3 KB after, "name · 3 h" headers).
 * Ordinary posts get the same two renderings.
 *
 * A value is left READABLE when the masked text, read as a person reads it, holds it more often
 * than the same rendering with every copy of the value cut out (a quoted parent repeats a value:
 * each copy is a value, and the first k copies count as readable when k copies survive). "As a
 * person reads it": NFKC, every decimal digit script as ASCII, invisible and directional marks
 * dropped, lower case, letters and digits only, and the OCR lookalikes o/l/i/s/b/z read as
 * 0/1/1/5/8/2 where they touch a digit in the same word. Words stay words: a voice-to-text value ("four five
 * double seven") is readable while its words stay in a row. MOSTLY readable: three quarters of
 * a value of 8 or more characters in a row. An ordinary number is KEPT when the masked text still
 * shows it as a reader sees it (NFKC, digits as ASCII, marks dropped, white space runs as one).
 */
import { ACCEPTED_16 } from './pii-render-16.mjs'

/** The same kinds count as found as in set 16. */
export const ACCEPTED_17 = ACCEPTED_16

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
const LOOKALIKE = { o: '0', l: '1', i: '1', s: '5', b: '8', z: '2' }

/** The text as a person reads it, letters and digits only (see the header). */
export function readKey(s) {
  let t = asciiDigits(s.normalize('NFKC')).replace(MARKS, '').toLowerCase()
  // Lookalikes are read as digits only where they touch a digit (or a lookalike already read as
  // one) inside the same word: "4S39 l488" is a number, "78\nbernard" is a number and a name.
  for (let prev = ''; prev !== t; ) {
    prev = t
    t = t.replace(/(?<=[0-9])[olisbz]|[olisbz](?=[0-9])/g, (c) => LOOKALIKE[c])
  }
  return t.replace(/[^\p{L}\p{N}]/gu, '')
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

const NAMES = {
  en: ['Dave R', 'kayleigh_m', 'Tom Whitfield', 'sarah.j', 'Mike O', 'Priya K', 'J. Barnes'],
  nl: ['Sanne de B', 'Kees', 'mark_vd', 'Fatima El A', 'Joost', 'Lieke'],
  de: ['Jürgen K.', 'anna_m', 'Thomas', 'Steffi', 'Murat Y.', 'Klaus-Peter'],
  fr: ['Julien', 'Nadia B.', 'Pierre L', 'mamie_colette', 'Karim', 'Élodie'],
  es: ['Javi', 'Lucía M.', 'Paco', 'Marta G', 'Andrés', 'Nuria_bcn'],
  ar: ['أبو فهد', 'نورة', 'Mohammed A', 'سارة ع', 'خالد', 'Youssef'],
  zh: ['小王', '李先生', '爱吃鱼的猫', 'Zhang Wei', '陈女士', '路人甲'],
}
const COMMENTS = {
  en: [
    'Same here, app has been useless all week.',
    'Have you tried turning it off and on again lol',
    "They never answer the phone, I've given up.",
    'Mine works fine? Maybe it depends on the phone.',
    'This bank used to be good. Not anymore.',
    'Switching to a different bank next month, done with this.',
    'Any update? Still waiting on a refund from 3 weeks ago.',
  ],
  nl: [
    'Bij mij hetzelfde, de app doet al dagen raar.',
    'Bellen heeft geen zin, je hangt een uur in de wacht.',
    'Gewoon overstappen, ik ben er klaar mee.',
    'Bij mij werkt het wel hoor, raar.',
    'Al 2 weken geen reactie op mijn klacht.',
  ],
  de: [
    'Bei mir genauso, die App spinnt seit Tagen.',
    'Hotline ist nie erreichbar, echt eine Frechheit.',
    'Ich wechsle die Bank, reicht mir jetzt.',
    'Bei mir geht alles, komisch.',
    'Seit 2 Wochen warte ich auf eine Antwort.',
  ],
  fr: [
    "Pareil pour moi, l'appli bug depuis des jours.",
    "Le service client ne répond jamais, c'est honteux.",
    'Je change de banque le mois prochain.',
    'Chez moi ça marche, bizarre.',
    'Toujours pas de remboursement après 3 semaines.',
  ],
  es: [
    'A mí me pasa igual, la app lleva días fallando.',
    'No cogen el teléfono nunca, vergonzoso.',
    'Me cambio de banco, estoy harto.',
    'A mí me funciona bien, qué raro.',
    'Llevo 2 semanas esperando respuesta.',
  ],
  ar: [
    'نفس المشكلة عندي، التطبيق واقف من أيام.',
    'خدمة العملاء ما يردون أبداً، شي مخجل.',
    'بحول لبنك ثاني الشهر الجاي.',
    'عندي شغال عادي، غريبة.',
    'صار لي أسبوعين أنتظر رد.',
  ],
  zh: [
    '我也是，APP好几天都登不上。',
    '客服电话根本打不通，太离谱了。',
    '下个月就换银行，受够了。',
    '我这边正常啊，奇怪。',
    '等退款等了两个星期了。',
  ],
}

/** Comments of the post's page before and after it (no value of the set inside). */
function thread(lang, p, bytes) {
  const names = NAMES[lang]
  const lines = COMMENTS[lang]
  let out = ''
  for (let i = 0; out.length < bytes; i++) {
    const k = p * 7 + i * 3
    out += `${names[k % names.length]} · ${1 + (k % 23)} h\n${lines[k % lines.length]}\n\n`
  }
  return out
}

function renderPost(parts, lang, rendering, p, cutKey) {
  const post = parts
    .map((x) => {
      if (x.text !== undefined) return x.text
      if (x.ordinary) return x.ordinary.shown
      return cutKey !== undefined && readKey(x.value.shown) === cutKey ? '' : x.value.shown
    })
    .join('')
  if (rendering === 'as-written') return post
  const before = thread(lang, p, 2_000 + ((p * 1_357) % 10_000))
  const after = thread(lang, p + 3, 500 + ((p * 611) % 2_500))
  return `${before}${NAMES[lang][p % NAMES[lang].length]} · just now\n${post}\n\n${after}`
}

const RENDERINGS = ['as-written', 'in-thread']

export function renderSet17(sensitive, ordinary) {
  const cases = []
  const add = (group, rows) =>
    rows.forEach(([lang, marked], p) => {
      const parts = parse(marked)
      const values = parts.filter((x) => x.value).map((x) => x.value)
      const ords = parts.filter((x) => x.ordinary).map((x) => x.ordinary)
      for (const rendering of RENDERINGS) {
        const seenKeys = {}
        cases.push({
          id: `${group}:${p}:${rendering}`,
          lang,
          text: renderPost(parts, lang, rendering, p),
          values: values.map((v) => {
            const key = readKey(v.shown)
            seenKeys[key] = (seenKeys[key] ?? 0) + 1
            return {
              kind: v.kind,
              value: v.shown,
              shown: v.shown,
              form: v.form,
              key,
              copy: seenKeys[key],
              withoutKey: readKey(renderPost(parts, lang, rendering, p, key)),
            }
          }),
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
      if (judge17(c.text, v) !== 'readable')
        throw new Error(`${c.id}: ${v.shown} not readable before masking`)
    for (const s of c.plain)
      if (!keptOrdinary17(c.text, s)) throw new Error(`${c.id}: ${s} not kept before masking`)
  }
  return cases
}

const count = (hay, needle) => {
  let n = 0
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) n++
  return n
}

/** 'readable', 'mostly' or 'masked' (see the header). */
export function judge17(masked, v) {
  const mk = readKey(masked)
  const copy = v.copy ?? 1
  if (count(mk, v.key) - count(v.withoutKey, v.key) >= copy) return 'readable'
  if (v.key.length >= 8) {
    const w = Math.ceil(v.key.length * 0.75)
    for (let i = 0; i + w <= v.key.length; i++) {
      const part = v.key.slice(i, i + w)
      if (count(mk, part) - count(v.withoutKey, part) >= copy) return 'mostly'
    }
  }
  return 'masked'
}

export function keptOrdinary17(masked, s) {
  return seen(masked).includes(seen(s))
}
