/**
 * Renders blind personal-data set 14 (data/fresh/pii-fresh-14.mjs) for eval-pii-fresh.mjs and
 * judges the masked text. Written by the set's author before reading the PII code; only the
 * interface of lib/pii-render-13.mjs (what a renderer returns) was read.
 *
 * The set writes each value in the form its author typed it (digit script, separator, OCR,
 * voice-to-text, obfuscated e-mail…), so the renderer adds only what happens to a post AFTER it
 * is written:
 *   - "as written";
 *   - "thread": the post quoted ("> ") and hard-wrapped at 60 columns by a mail or forum client
 *     (which breaks lines at spaces, so a grouped card number can be cut across two quoted
 *     lines), deep inside a long forwarded thread (3–15 KB of other messages before it);
 *   - "keyboard", Arabic and Chinese posts only: the whole post as the other keyboard types it
 *     (ASCII ↔ Arabic-Indic digits in Arabic posts; full-width digits in Chinese ones).
 * Ordinary posts get the same renderings.
 *
 * A value is left READABLE when the masked text, read as a person reads it (NFKC, every decimal
 * digit script as ASCII, invisible marks dropped, O/o as 0 and l/I/i as 1, letters and digits
 * only, lower case), holds the whole value in a row and the same rendering with the value cut
 * out would not. MOSTLY readable: three quarters of it in a row (values of 8 or more). An
 * ordinary number is KEPT when the masked text still shows it as a reader sees it (NFKC, digits
 * as ASCII, quote marks and line breaks of the wrapping read as one space).
 */
import { ACCEPTED_8 } from './pii-render-8.mjs'

/** As set 13: a card reported as an account number still counts as found. */
export const ACCEPTED_14 = { ...ACCEPTED_8, card: ['card', 'account_number'] }

const MARK = /⟦([a-z_]+)\|([^|⟧]+)\|([^⟧]+)⟧|⟪([a-z_0-9]+)\|([^⟫]+)⟫/g

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
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff]/g

/** The text as a person reads it, letters and digits only (see the header). */
export function readKey(s) {
  return asciiDigits(s.normalize('NFKC'))
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(/o/g, '0')
    .replace(/[li]/g, '1')
    .replace(/[^\p{L}\p{N}]/gu, '')
}
/** The text as a reader sees it, for ordinary numbers: wrapping and spacing read as one space. */
function seen(s) {
  return asciiDigits(s.normalize('NFKC'))
    .replace(INVISIBLE, '')
    .replace(/\s*\n>\s?/g, ' ')
    .replace(/\s+/g, ' ')
}

const THREAD = {
  en: {
    head: '---------- Forwarded conversation ----------\nSubject: Re: Re: complaint about my account\n',
    filler:
      'Thanks for getting back to us, we are looking into it and will reply as soon as we can. I have already explained all of this to three different people on the phone and in the branch. ',
    tail: '\n\nPlease see the message quoted above and reply to this thread only.',
  },
  zh: {
    head: '—— 转发的聊天记录 ——\n群聊：银行维权群\n',
    filler:
      '大家好，我们已经收到您的反馈，会尽快处理，请耐心等待。我已经跟客服说了好几遍了，还是没有人解决。',
    tail: '\n\n以上是聊天记录，请大家帮忙转发。',
  },
  ar: {
    head: '---------- رسالة محولة ----------\nالموضوع: رد: شكوى بخصوص الحساب\n',
    filler:
      'شكراً لتواصلك معنا، نحن نراجع طلبك وسنرد عليك في اقرب وقت ممكن. شرحت المشكلة لاكثر من موظف وما احد حلها. ',
    tail: '\n\nالرجاء الرد على هذه الرسالة فقط.',
  },
  nl: {
    head: '---------- Doorgestuurd bericht ----------\nOnderwerp: Re: Re: klacht over mijn rekening\n',
    filler:
      'Bedankt voor je bericht, we kijken ernaar en komen zo snel mogelijk bij je terug. Ik heb dit al aan drie verschillende medewerkers uitgelegd. ',
    tail: '\n\nZie het bericht hierboven en reageer alleen in deze draad.',
  },
  es: {
    head: '---------- Mensaje reenviado ----------\nAsunto: RE: RE: reclamación sobre mi cuenta\n',
    filler:
      'Gracias por contactar con nosotros, estamos revisando tu caso y te responderemos lo antes posible. Ya lo he explicado a tres personas distintas. ',
    tail: '\n\nResponde solo a este hilo, por favor.',
  },
  fr: {
    head: '---------- Message transféré ----------\nObjet : RE : RE : réclamation sur mon compte\n',
    filler:
      "Merci pour votre message, nous étudions votre demande et revenons vers vous dès que possible. J'ai déjà tout expliqué à trois conseillers différents. ",
    tail: '\n\nMerci de répondre uniquement à ce fil.',
  },
  de: {
    head: '---------- Weitergeleitete Nachricht ----------\nBetreff: AW: AW: Beschwerde zu meinem Konto\n',
    filler:
      'Danke für Ihre Nachricht, wir prüfen Ihr Anliegen und melden uns so schnell wie möglich. Ich habe das schon drei verschiedenen Mitarbeitern erklärt. ',
    tail: '\n\nBitte antworten Sie nur in diesem Verlauf.',
  },
}

/** Quotes a post as a mail client does: "> " before every line, lines broken at spaces to 60. */
function quoteWrapped(text) {
  const out = []
  for (const line of text.split('\n')) {
    let cur = ''
    for (const word of line.split(' ')) {
      if (cur && cur.length + 1 + word.length > 60) {
        out.push(cur)
        cur = word
      } else cur = cur ? `${cur} ${word}` : word
    }
    out.push(cur)
  }
  return out.map((l) => `> ${l}`).join('\n')
}

/** Arabic posts: the other keyboard swaps digit sets (ASCII → Arabic-Indic, Arabic-Indic or Persian → ASCII). */
function arabicKeyboard(s) {
  return s.replace(/[0-9\u0660-\u0669\u06f0-\u06f9]/g, (c) =>
    c >= '0' && c <= '9' ? String.fromCodePoint(0x660 + Number(c)) : asciiDigits(c),
  )
}
const KEYBOARD = {
  ar: arabicKeyboard,
  zh: (s) => s.replace(/[0-9]/g, (d) => String.fromCodePoint(0xff10 + Number(d))),
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

/** The post in one rendering; `drop` leaves one value out (for "would the rest show it?"). */
function renderPost(parts, lang, rendering, p, drop = -1) {
  const key = rendering === 'keyboard' ? KEYBOARD[lang] : (s) => s
  let vi = 0
  const body = parts
    .map((x) => {
      if (x.text !== undefined) return key(x.text)
      if (x.ordinary) return key(x.ordinary.shown)
      return vi++ === drop ? '' : key(x.value.shown)
    })
    .join('')
  if (rendering !== 'thread') return body
  const t = THREAD[lang]
  const target = 3_000 + ((p * 1_777) % 12_000)
  const before = t.filler.repeat(Math.max(1, Math.ceil(target / t.filler.length)))
  return `${t.head}\n${before}\n\n${quoteWrapped(body)}\n\n${t.filler.repeat(2)}${t.tail}`
}

function renderings(lang) {
  return KEYBOARD[lang] ? ['as written', 'thread', 'keyboard'] : ['as written', 'thread']
}

export function renderSet14(sensitive, ordinary) {
  const cases = []
  const add = (group, rows) =>
    rows.forEach(([lang, marked], p) => {
      const parts = parse(marked)
      const values = parts.filter((x) => x.value).map((x) => x.value)
      const ords = parts.filter((x) => x.ordinary).map((x) => x.ordinary)
      for (const rendering of renderings(lang)) {
        const key = rendering === 'keyboard' ? KEYBOARD[lang] : (s) => s
        const text = renderPost(parts, lang, rendering, p)
        cases.push({
          id: `${group}:${p}:${rendering.replace(' ', '-')}`,
          lang,
          text,
          values: values.map((v, i) => ({
            kind: v.kind,
            value: v.shown,
            shown: key(v.shown),
            form: v.form,
            key: readKey(v.shown),
            withoutKey: readKey(renderPost(parts, lang, rendering, p, i)),
          })),
          plain: ords.map((o) => key(o.shown)),
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
      if (judge14(c.text, v) !== 'readable')
        throw new Error(`${c.id}: ${v.shown} not readable before masking`)
    for (const s of c.plain)
      if (!keptOrdinary14(c.text, s)) throw new Error(`${c.id}: ${s} not kept before masking`)
  }
  return cases
}

/** 'readable', 'mostly' or 'masked' (see the header). */
export function judge14(masked, v) {
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

export function keptOrdinary14(masked, s) {
  return seen(masked).includes(seen(s))
}
