/**
 * The set-5 renderer of the fresh PII evaluation (scripts/eval-pii-fresh.mjs --set 5): writes
 * each marked post (data/fresh/pii-fresh-5.mjs) in the forms customers, phone keyboards and
 * copy-paste actually produce, beyond what the set-3/4 renderer does:
 *
 * - digit scripts weighted by the post's language (Arabic posts mostly Arabic-Indic or
 *   Persian, Chinese posts mostly full-width), ASCII and another script mixed within one
 *   number, and the compatibility digits spammers and "fancy text" generators paste into a
 *   value (superscript, circled, mathematical bold and monospace);
 * - group separators of every kind: no-break, thin, narrow no-break, figure and ideographic
 *   spaces, line breaks and tabs, `. - – _ | * , · /`, doubled and mixed, and none at all;
 * - invisible characters inside the value as web pages, PDFs and bidi editors leave them
 *   (U+200B–U+200F, U+2060, U+061C, the soft hyphen): after each separator, inside a digit
 *   group (an HTML <wbr> or &shy;), or around the value (bidi marks in Arabic text);
 * - the post at the start, the middle or the end of a long text (paragraphs of the language's
 *   filler) of up to 24,900 characters, under the 25,000-character limit.
 *
 * E-mail addresses and passwords are kept as typed (only wrapped in marks); ordinary numbers
 * get the post's digit script (never a compatibility one: nobody writes a price in circled
 * digits) and the wrapping marks, so a masker that normalises them is not counted as masking.
 */

const ZERO = { ascii: 0x30, 'arabic-indic': 0x660, persian: 0x6f0, 'full-width': 0xff10 }
const SUPERSCRIPT = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹']
const CIRCLED = ['⓪', '①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨']
// Compatibility digits appear only inside sensitive values (pasted from a fancy-text tool).
const COMPAT = {
  superscript: (d) => SUPERSCRIPT[d],
  circled: (d) => CIRCLED[d],
  'math-bold': (d) => String.fromCodePoint(0x1d7ce + d),
  'math-monospace': (d) => String.fromCodePoint(0x1d7f6 + d),
}
// Two scripts alternating digit by digit (a keyboard switched mid-number, a partial paste).
const MIXED = {
  'mixed-arabic': [0x30, 0x660],
  'mixed-persian': [0x6f0, 0x660],
  'mixed-full-width': [0x30, 0xff10],
}
const SCRIPTS_BY_LANG = {
  ar: [
    'arabic-indic',
    'ascii',
    'persian',
    'mixed-arabic',
    'arabic-indic',
    'math-bold',
    'mixed-persian',
    'full-width',
  ],
  zh: [
    'full-width',
    'ascii',
    'mixed-full-width',
    'circled',
    'full-width',
    'math-bold',
    'ascii',
    'superscript',
  ],
  // Latin-script posts: ASCII most often, then what a diaspora keyboard or a fancy-text paste gives.
  other: [
    'ascii',
    'full-width',
    'math-bold',
    'ascii',
    'superscript',
    'arabic-indic',
    'ascii',
    'circled',
    'math-monospace',
    'ascii',
  ],
}

const SEPS = {
  space: [' '],
  none: [''],
  nbsp: ['\u00a0'],
  thin: ['\u2009'],
  'narrow-nbsp': ['\u202f'],
  'figure-space': ['\u2007'],
  ideographic: ['\u3000'],
  newline: ['\n'],
  crlf: ['\r\n'],
  tab: ['\t'],
  dot: ['.'],
  dash: ['-'],
  'en-dash': ['–'],
  underscore: ['_'],
  pipe: ['|'],
  star: ['*'],
  comma: [','],
  middot: ['·'],
  slash: ['/'],
  'two-spaces': ['  '],
  'space-dash': [' - '],
  mixed: [' ', '-', '\u00a0', '.', '/', '\u2009'],
}
const INVISIBLE = {
  none: '',
  zwsp: '\u200b',
  zwnj: '\u200c',
  zwj: '\u200d',
  lrm: '\u200e',
  rlm: '\u200f',
  'word-joiner': '\u2060',
  alm: '\u061c',
  'soft-hyphen': '\u00ad',
}
const PLACES = ['after-separator', 'inside-group', 'around-value']

const FILLER = {
  en: "So, to give the full picture of the last few weeks with the bank, the app and the branch, since nobody seems to read the earlier messages. I've explained this to three different people already. ",
  nl: 'Dus, om het hele verhaal te doen over de afgelopen weken met de bank, de app en het kantoor, want niemand leest de eerdere berichten. Ik heb dit al aan drie mensen uitgelegd. ',
  de: 'Also, damit das ganze Bild klar ist, was in den letzten Wochen mit der Bank, der App und der Filiale los war, weil offenbar niemand die früheren Nachrichten liest. ',
  fr: "Bref, pour reprendre toute l'histoire de ces dernières semaines avec la banque, l'appli et l'agence, puisque personne ne lit les messages précédents. Je l'ai déjà expliqué trois fois. ",
  es: 'Bueno, para contar toda la historia de estas semanas con el banco, la app y la oficina, porque parece que nadie lee los mensajes anteriores. Ya se lo he explicado a tres personas. ',
  ar: 'طيب، عشان تعرفون القصة كاملة من الاسابيع اللي فاتت مع البنك والتطبيق والفرع، لان واضح ان محد يقرا الرسايل اللي قبل. شرحت هالشي لثلاث موظفين. ',
  zh: '好吧，把这几周和银行、APP还有网点之间发生的事情从头讲一遍，因为好像没人看之前的留言。我已经跟三个不同的客服解释过了。',
}
/** The longest rendering stays under the enricher's 25,000-character limit. */
const MAX_CHARS = 24_900

function digitWriter(script, i) {
  if (script in ZERO) return (d) => String.fromCodePoint(ZERO[script] + d)
  if (script in MIXED) {
    const [a, b] = MIXED[script]
    return (d) => String.fromCodePoint((i.n++ % 2 ? b : a) + d)
  }
  return COMPAT[script]
}

/** ASCII digits of `s` in `script`; a regional script only for the post's own digits. */
function writeDigits(s, script) {
  const write = digitWriter(script, { n: 0 })
  return s.replace(/[0-9]/g, (d) => write(Number(d)))
}
const postScript = (script) => (script in ZERO || script in MIXED ? script : 'ascii')

function renderValue(kind, value, { script, sep, invisible, place }) {
  const mark = INVISIBLE[invisible]
  if (kind === 'email' || kind === 'password') return mark ? `${mark}${value}${mark}` : value
  const seps = SEPS[sep]
  let k = 0
  const groups = value.split(' ').map((g) => {
    const shown = writeDigits(g, script)
    // Inside a group: after its second character (what a <wbr> or &shy; in a web page leaves).
    if (mark && place === 'inside-group' && [...shown].length > 3) {
      const chars = [...shown]
      return `${chars.slice(0, 2).join('')}${mark}${chars.slice(2).join('')}`
    }
    return shown
  })
  const joined = groups.reduce(
    (out, g, i) =>
      i === 0 ? g : `${out}${seps[k++ % seps.length]}${place === 'after-separator' ? mark : ''}${g}`,
    '',
  )
  return place === 'around-value' && mark ? `${mark}${joined}${mark}` : joined
}

function renderPost(marked, form) {
  const values = []
  const plain = []
  const mark = form.place === 'around-value' ? INVISIBLE[form.invisible] : ''
  const text = marked
    .split(/(⟦[a-z_]+:[^⟧]+⟧|⟪[^⟫]+⟫)/)
    .map((part) => {
      const v = part.match(/^⟦([a-z_]+):([^⟧]+)⟧$/)
      if (v) {
        const shown = renderValue(v[1], v[2], form)
        values.push({ kind: v[1], value: v[2], shown })
        return shown
      }
      const o = part.match(/^⟪([^⟫]+)⟫$/)
      if (o) {
        const shown = writeDigits(o[1], postScript(form.script))
        plain.push(shown)
        return `${mark}${shown}${mark}`
      }
      return writeDigits(part, postScript(form.script))
    })
    .join('')
  return { text, values, plain }
}

/** Paragraphs of filler, `chars` long, cut at a sentence end. */
function filler(lang, chars) {
  const f = FILLER[lang]
  let out = ''
  for (let i = 0; out.length + f.length <= chars; i++) out += i % 3 === 2 ? `${f.trimEnd()}\n\n` : f
  return out
}

/** A long text with the post at `position`, `n` varying its length up to MAX_CHARS. */
function bury(text, lang, position, n) {
  const total = {
    start: 6_000 + ((n * 2_371) % 18_000),
    middle: 10_000 + ((n * 1_733) % 14_000),
    end: 20_000 + ((n * 977) % 4_800),
  }[position]
  const room = Math.max(0, Math.min(total, MAX_CHARS) - text.length - 4)
  if (position === 'start') return `${text}\n\n${filler(lang, room)}`
  if (position === 'end') return `${filler(lang, room)}\n\n${text}`
  const half = filler(lang, Math.floor(room / 2))
  return `${half}\n\n${text}\n\n${half}`
}

const SHORT = 6
const POSITIONS = ['start', 'middle', 'end']
const scriptsFor = (lang) => SCRIPTS_BY_LANG[lang] ?? SCRIPTS_BY_LANG.other
const sepNames = Object.keys(SEPS)
const invisibleNames = Object.keys(INVISIBLE)

/**
 * Every rendering of every post: SHORT short ones and three long ones (start, middle, end) for
 * a sensitive post; three short and one long (middle) for an ordinary one. Forms rotate by
 * post and variant so that each post meets several scripts, separators and marks.
 */
export function renderSet5(sensitive, ordinary) {
  const cases = []
  const add = (rows, group) =>
    rows.forEach(([lang, marked], p) => {
      const positions = group === 'sensitive' ? POSITIONS : ['middle']
      const variants = (group === 'sensitive' ? SHORT : 3) + positions.length
      const short = variants - positions.length
      for (let v = 0; v < variants; v++) {
        const scripts = scriptsFor(lang)
        const form = {
          script: scripts[(p + v * 3) % scripts.length],
          sep: sepNames[(p * 7 + v * 5) % sepNames.length],
          invisible: invisibleNames[(p * 3 + v) % invisibleNames.length],
          place: PLACES[(p + v) % PLACES.length],
        }
        const position = v < short ? 'short' : positions[v - short]
        const r = renderPost(marked, form)
        const text = position === 'short' ? r.text : bury(r.text, lang, position, p + v)
        cases.push({ id: `${group}:${p}:${v}`, lang, ...form, position, ...r, text })
      }
    })
  add(sensitive, 'sensitive')
  add(ordinary, 'ordinary')
  return cases
}

/** Text as a reader sees it: digits as ASCII, invisible marks dropped, every space one space. */
export function asRead(s) {
  let t = s.normalize('NFKC').replace(/\p{Cf}/gu, '')
  for (const zero of [0x660, 0x6f0]) {
    t = t.replace(
      new RegExp(`[${String.fromCodePoint(zero)}-${String.fromCodePoint(zero + 9)}]`, 'gu'),
      (c) => String(c.codePointAt(0) - zero),
    )
  }
  return t.replace(/\s+/gu, ' ')
}
