#!/usr/bin/env node
/**
 * Personal data on the FRESH held-out set (data/fresh/pii-fresh.mjs, written before the PII
 * code and its set were read), scored through `bin/vigil-enrich`. Every post is rendered
 * VARIANTS times: a digit script and a separator kind rotate by post and variant, and one
 * variant is buried in a long post (filler before and after, up to ~15,000 characters).
 *
 * A sensitive value is LEAKED when the masked text, with digits of every script read as ASCII
 * and everything but letters and digits dropped, still holds the value's letters and digits in
 * a row; FOUND when it is not leaked and its kind is reported. An ordinary number is a FALSE
 * POSITIVE when its rendered form is no longer in the masked text.
 *
 *   pnpm exec tsc -b && node packages/nlp/scripts/eval-pii-fresh.mjs [--set 2|3|4|…|17] [--langs en,nl] [--show-misses]
 *
 * --set 3 (data/fresh/pii-fresh-3.mjs, a red team) renders with its own forms: digit scripts of
 * the seven languages' regions plus digits MIXED within one number (ASCII and Arabic-Indic
 * alternating), the slash separator beside the twelve others, and the long rendering puts the
 * value near the END of a 5–19 KB post. --langs scores only posts of those languages (set 3's
 * tuning half is en,nl,zh,ar; its held-out half es,fr,de). --set 4 (data/fresh/pii-fresh-4.mjs,
 * written after set 3's fixes) renders the same way.
 *
 * --set 5 (data/fresh/pii-fresh-5.mjs, a blind red team) renders with lib/pii-render-5.mjs:
 * digit scripts weighted by language plus compatibility digits (superscript, circled,
 * mathematical), twenty-two separator kinds, invisible marks inside values, and the post at
 * the start, middle or end of texts up to 24,900 characters; each sensitive post 9 times,
 * each ordinary one 4 times. An ordinary number counts as kept when it is still there as a
 * reader sees it (digits as ASCII, invisible marks dropped), so normalising is not masking.
 *
 * --set 6 (data/fresh/pii-fresh-6.mjs, a blind red team) renders with lib/pii-render-6.mjs:
 * each sensitive post in up to seven forms (as written, bare, one separator kind, a space
 * between every digit, OCR letters for digits, the language's own digits or keycap emoji or a
 * line break, quoted and hard-wrapped in a reply), values written verbatim as words, typos,
 * URL queries, JSON/CSV rows or split over the post, and every ordinary post two or three
 * times. A value is left readable when the masked text, read as a person reads it (digit
 * words and 幺/零 as digits, O/l beside digits as 0/1), still holds all of it; "mostly
 * readable" when it holds three quarters of it. Figures by kind, language and form.
 *
 * --set 7 (data/fresh/pii-fresh-7.mjs, a blind red team) renders with lib/pii-render-7.mjs:
 * each sensitive post as written plus up to three forms (groups run together, groups split by
 * a no-break space, and the language's own digits or full-width digits or an OCR'd screenshot),
 * ordinary posts as written (and in local digits in Arabic and Chinese). Left readable and
 * "mostly readable" (here: three quarters in a row) as for set 6; figures by kind, language, form.
 *
 * --set 8 (data/fresh/pii-fresh-8.mjs, a blind red team) renders with lib/pii-render-8.mjs: each
 * sensitive value as written plus up to three forms (regrouped: copied bare or shown grouped;
 * keyboard: Arabic-Indic or full-width digits, or no-break spaces; and by kind a phone's other
 * separator habit, an OCR'd screenshot, or an obfuscated or mailto: e-mail address), ordinary
 * posts as written and in local digits or French narrow spaces. Figures by kind, language, form.
 *
 * --set 9 (data/fresh/pii-fresh-9.mjs, a blind red team) renders with lib/pii-render-9.mjs: each
 * sensitive value as written plus up to three forms (the author's own other ways of typing it,
 * written in the set: regrouped, bare, international, spelled "at … dot …", lower case; and the
 * phone keyboard: Arabic-Indic or full-width digits for Arabic and Chinese posts, no-break spaces
 * or an OCR'd screenshot elsewhere), ordinary posts as written and in the keyboard's digits in
 * Arabic and Chinese. Figures by kind, language and form.
 *
 * --set 10 (data/fresh/pii-fresh-10.mjs, a blind red team) renders with lib/pii-render-10.mjs: each
 * sensitive value as written plus up to three forms (the author's own other ways: bare,
 * regrouped, international, spelled; else copied bare from an app; and the phone keyboard:
 * Arabic-Indic or full-width digits in Arabic and Chinese posts, a (narrow) no-break space
 * elsewhere), ordinary posts as written and in the keyboard's digits in Arabic and Chinese. A
 * value is left readable when the masked text holds it, as read, more often than the rest of the
 * post does. Figures by kind, language and form.
 *
 * --set 11 (data/fresh/pii-fresh-11.mjs, a blind red team) renders with lib/pii-render-11.mjs: each
 * sensitive value as written plus up to three forms (the author's own other way; the keyboard:
 * the other digit set in Arabic posts, full-width in Chinese, a (narrow) no-break space between
 * digit groups elsewhere; and the post quoted and hard-wrapped in a reply), ordinary posts as
 * written, in the keyboard form (ar, zh, fr) and quoted. Left readable as for set 10 (more often
 * than the rendering without the value); figures by kind, language and form.
 *
 * --set 12 (data/fresh/pii-fresh-12.mjs, a blind red team) renders with lib/pii-render-12.mjs: each
 * sensitive value as written plus up to three forms (the author's own other way; the keyboard: the
 * other digit set in Arabic posts, full-width in Chinese, no-break spaces between groups as an app's
 * copy gives elsewhere; and the post quoted and hard-wrapped in an e-mail reply), ordinary posts as
 * written, in the keyboard form (ar, zh) and quoted. A value is left readable when the masked text
 * holds it, as read, more often than the rendering with the value cut out; figures by kind,
 * language and form.
 * --set 13 (data/fresh/pii-fresh-13.mjs, a blind red team writing like the real stream: values as
 * side remarks, replies, OCR'd screenshots, voice-to-text, signatures) renders with
 * lib/pii-render-13.mjs: each sensitive value as written plus up to three forms (the author's own
 * other ways, and the keyboard: the other digit set in Arabic posts, full-width in Chinese, a
 * (narrow) no-break space between groups elsewhere), ordinary posts as written and in the
 * keyboard's digits in Arabic and Chinese. Left readable as read (O/l as 0/1) when the post
 * without the value would not hold it; figures by kind, language and form.
 *
 * --set 14 (data/fresh/pii-fresh-14.mjs, a blind red team: each value in the form its author typed
 * it, every digit script and separator, OCR, voice-to-text, obfuscated and IDN e-mail, values
 * generated with valid check digits) renders with lib/pii-render-14.mjs: each post as written,
 * quoted and hard-wrapped deep in a forwarded thread, and in Arabic and Chinese on the other
 * keyboard. Figures by kind, language, form part (the set's "+"-joined form) and rendering, and
 * ordinary numbers kept by kind (the bank's own hotlines apart).
 *
 * --set 15 (data/fresh/pii-fresh-15.mjs, a blind red team: values generated with valid check digits
 * and written as their authors type them — replies, OCR'd screenshots, voice-to-text, signatures,
 * statement tables, URLs, hashtags, quoted replies that wrap a number, every digit script and
 * separator) renders with lib/pii-render-15.mjs: each post as written, deep inside an exported
 * WhatsApp chat, and Arabic posts with an Arabic UI's directional isolates, Chinese posts in a
 * Weibo repost chain. Figures as for set 14 (by kind, language, form part, rendering; ordinary
 * numbers kept by kind, the bank's own hotlines apart).
 *
 * --set 16 (data/fresh/pii-fresh-16.mjs, a blind red team writing the inbound platform by platform:
 * store reviews, Reddit replies under a quoted parent, Facebook and YouTube comments, OCR'd
 * WhatsApp screenshots, voice-to-text, forwarded e-mails with signatures, long angry threads; values
 * generated with valid check digits, every digit script and separator) renders with
 * lib/pii-render-16.mjs: each post as written and deep inside its page's comment thread. Figures as
 * for set 14 (the bank's published hotlines are ordinary numbers, kind "hotline").
 *
 * --set 17 (data/fresh/pii-fresh-17.mjs, a blind red team writing the inbound less tidily than set
 * 16: values glued to words, OCR lookalikes S/5 B/8 Z/2 I/1, voice-to-text with "double"/"triple"
 * and number words in every language, a value split over two messages of one author, weak or no
 * context, quoted and duplicated values, spam carrying numbers, expats' NI/SSN/BSN/sort codes in
 * every language) renders with lib/pii-render-17.mjs: each post as written and inside its page's
 * thread. Figures as for set 14 (the bank's published hotlines are ordinary numbers, kind "hotline").
 */
import * as first from '../data/fresh/pii-fresh.mjs'
import * as second from '../data/fresh/pii-fresh-2.mjs'
import * as third from '../data/fresh/pii-fresh-3.mjs'
import * as fourth from '../data/fresh/pii-fresh-4.mjs'
import * as fifth from '../data/fresh/pii-fresh-5.mjs'
import * as sixth from '../data/fresh/pii-fresh-6.mjs'
import * as seventh from '../data/fresh/pii-fresh-7.mjs'
import * as eighth from '../data/fresh/pii-fresh-8.mjs'
import * as ninth from '../data/fresh/pii-fresh-9.mjs'
import * as tenth from '../data/fresh/pii-fresh-10.mjs'
import * as eleventh from '../data/fresh/pii-fresh-11.mjs'
import * as twelfth from '../data/fresh/pii-fresh-12.mjs'
import * as thirteenth from '../data/fresh/pii-fresh-13.mjs'
import * as fourteenth from '../data/fresh/pii-fresh-14.mjs'
import * as fifteenth from '../data/fresh/pii-fresh-15.mjs'
import * as sixteenth from '../data/fresh/pii-fresh-16.mjs'
import * as seventeenth from '../data/fresh/pii-fresh-17.mjs'
import { asRead, renderSet5 } from './lib/pii-render-5.mjs'
import { ACCEPTED_KINDS, judgeValue, lostOrdinary, readKey, renderSet6 } from './lib/pii-render-6.mjs'
import { ACCEPTED_7, judge7, keptOrdinary, readKey as readKey7, renderSet7 } from './lib/pii-render-7.mjs'
import { ACCEPTED_8, judge8, keptOrdinary8, renderSet8 } from './lib/pii-render-8.mjs'
import { ACCEPTED_9, judge9, keptOrdinary9, renderSet9 } from './lib/pii-render-9.mjs'
import { ACCEPTED_10, judge10, keptOrdinary10, renderSet10 } from './lib/pii-render-10.mjs'
import { ACCEPTED_11, judge11, keptOrdinary11, renderSet11 } from './lib/pii-render-11.mjs'
import { ACCEPTED_12, judge12, keptOrdinary12, renderSet12 } from './lib/pii-render-12.mjs'
import { ACCEPTED_13, judge13, keptOrdinary13, renderSet13 } from './lib/pii-render-13.mjs'
import { ACCEPTED_14, judge14, keptOrdinary14, renderSet14 } from './lib/pii-render-14.mjs'
import { ACCEPTED_15, judge15, keptOrdinary15, renderSet15 } from './lib/pii-render-15.mjs'
import { ACCEPTED_16, judge16, keptOrdinary16, renderSet16 } from './lib/pii-render-16.mjs'
import { ACCEPTED_17, judge17, keptOrdinary17, renderSet17 } from './lib/pii-render-17.mjs'
import { runEnrichCli } from './lib/run-enrich-cli.mjs'

// --set 2: the second set, written after the first round's fixes (its clean "after" figure).
const argAfter = (flag) =>
  process.argv.includes(flag) ? process.argv[process.argv.indexOf(flag) + 1] : undefined
const setNo = Number(argAfter('--set') ?? 1)
// Sets 3 and 4 use the set-3 renderer (below).
const isThird = setNo >= 3
const langs = argAfter('--langs')?.split(',')
/**
 * Sets 6 and later render with their own lib/pii-render-N.mjs, judge values as read and report by
 * form: each row gives the set, its renderer, the kinds that count as found, how a value is judged
 * and an ordinary number kept, and the renderings per post printed in the header.
 */
const BY_FORMS = {
  6: {
    set: sixth,
    render: renderSet6,
    accepted: ACCEPTED_KINDS,
    judge: (m, v) => judgeValue(readKey(m), v),
    kept: (m, s, c) => !lostOrdinary(m, c).includes(s),
    renderings: 'up to 7 / 2–3',
  },
  7: {
    set: seventh,
    render: renderSet7,
    accepted: ACCEPTED_7,
    judge: (m, v) => judge7(readKey7(m), v),
    kept: keptOrdinary,
    renderings: 'up to 4 / 1–2',
  },
  8: {
    set: eighth,
    render: renderSet8,
    accepted: ACCEPTED_8,
    judge: judge8,
    kept: keptOrdinary8,
    renderings: 'up to 4 / 1–2',
  },
  9: {
    set: ninth,
    render: renderSet9,
    accepted: ACCEPTED_9,
    judge: judge9,
    kept: keptOrdinary9,
    renderings: 'up to 4 / 1–2',
  },
  10: {
    set: tenth,
    render: renderSet10,
    accepted: ACCEPTED_10,
    judge: judge10,
    kept: keptOrdinary10,
    renderings: 'up to 4 / 1–2',
  },
  11: {
    set: eleventh,
    render: renderSet11,
    accepted: ACCEPTED_11,
    judge: judge11,
    kept: keptOrdinary11,
    renderings: 'up to 4 / 2–3',
  },
  12: {
    set: twelfth,
    render: renderSet12,
    accepted: ACCEPTED_12,
    judge: judge12,
    kept: keptOrdinary12,
    renderings: 'up to 4 / 2–3',
  },
  13: {
    set: thirteenth,
    render: renderSet13,
    accepted: ACCEPTED_13,
    judge: judge13,
    kept: keptOrdinary13,
    renderings: 'up to 4 / 1–2',
  },
  14: {
    set: fourteenth,
    render: renderSet14,
    accepted: ACCEPTED_14,
    judge: judge14,
    kept: keptOrdinary14,
    renderings: '2–3 / 2–3',
    detail: true,
  },
  15: {
    set: fifteenth,
    render: renderSet15,
    accepted: ACCEPTED_15,
    judge: judge15,
    kept: keptOrdinary15,
    renderings: '2–3 / 2–3',
    detail: true,
  },
  16: {
    set: sixteenth,
    render: renderSet16,
    accepted: ACCEPTED_16,
    judge: judge16,
    kept: keptOrdinary16,
    renderings: '2 / 2',
    detail: true,
  },
  17: {
    set: seventeenth,
    render: renderSet17,
    accepted: ACCEPTED_17,
    judge: judge17,
    kept: keptOrdinary17,
    renderings: '2 / 2',
    detail: true,
  },
}
const forms = BY_FORMS[setNo]
const byForms = Boolean(forms)
const EARLIER = { 1: first, 2: second, 3: third, 4: fourth, 5: fifth }
const { ordinary: allOrdinary, sensitive: allSensitive } = forms?.set ?? EARLIER[setNo] ?? third
const inLangs = ([lang]) => !langs || langs.includes(lang)

const VARIANTS = 6
const showMisses = process.argv.includes('--show-misses')
const SCRIPTS = {
  ascii: 0x30,
  'arabic-indic': 0x660,
  'ext-arabic-indic': 0x6f0,
  'full-width': 0xff10,
  devanagari: 0x966,
  bengali: 0x9e6,
  thai: 0xe50,
}
const SEPS = {
  space: [' '],
  nbsp: ['\u00a0'],
  thin: ['\u2009'],
  'narrow-nbsp': ['\u202f'],
  newline: ['\n'],
  tab: ['\t'],
  dot: ['.'],
  dash: ['-'],
  'two-spaces': ['  '],
  'space-dash': [' - '],
  crlf: ['\r\n'],
  mixed: ['\u00a0', '-', '.', ' ', '\u2009'],
}
// Set 3: the scripts of the seven languages' regions, digits mixed within one number (MIXED:
// ASCII and Arabic-Indic alternating), and the slash beside the other separators.
const MIXED = -1
const SCRIPTS_3 = {
  ascii: 0x30,
  'arabic-indic': 0x660,
  'ext-arabic-indic': 0x6f0,
  'full-width': 0xff10,
  mixed: MIXED,
}
const SEPS_3 = { ...SEPS, slash: ['/'] }
const scriptTable = isThird ? SCRIPTS_3 : SCRIPTS
const sepTable = isThird ? SEPS_3 : SEPS
const scriptNames = Object.keys(scriptTable)
const sepNames = Object.keys(sepTable)

const toScript = (s, zero) => {
  let i = 0
  return s.replace(/[0-9]/g, (d) =>
    String.fromCodePoint((zero === MIXED ? (i++ % 2 ? 0x660 : 0x30) : zero) + Number(d)),
  )
}
const FILLER = {
  en: 'Anyway, to give you the whole picture of what happened over the last few weeks with the bank and the app and everything else going on. ',
  nl: 'Maar goed, om het hele verhaal te vertellen over wat er de afgelopen weken allemaal is gebeurd met de bank en de app. ',
  de: 'Jedenfalls, damit ihr das ganze Bild habt, was in den letzten Wochen mit der Bank und der App alles passiert ist. ',
  fr: "Bref, pour vous donner toute l'histoire de ce qui s'est passé ces dernières semaines avec la banque et l'appli. ",
  es: 'En fin, para que tengáis toda la historia de lo que ha pasado estas semanas con el banco y la app. ',
  ar: 'المهم، عشان تعرفون القصة كاملة عن اللي صار في الاسابيع اللي فاتت مع البنك والتطبيق وكل شي. ',
  zh: '总之，给大家讲讲这几周和银行还有APP之间发生的所有事情，真的太折腾了。',
}

/** Digits of every script as ASCII, full-width as ASCII, then letters and digits only. */
const DIGIT_ZEROS = [...new Set([...Object.values(SCRIPTS), ...Object.values(SCRIPTS_3)])].filter(
  (z) => z >= 0,
)
function key(s) {
  let t = s.normalize('NFKC')
  for (const z of DIGIT_ZEROS) {
    if (z === 0x30) continue
    t = t.replace(new RegExp(`[${String.fromCodePoint(z)}-${String.fromCodePoint(z + 9)}]`, 'gu'), (c) =>
      String(c.codePointAt(0) - z),
    )
  }
  return t.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

function render(marked, script, sep, lang, long, n) {
  const values = []
  const plain = []
  const zero = scriptTable[script]
  const seps = sepTable[sep]
  let out = marked.replace(/⟦([a-z_]+):([^⟧]+)⟧|⟪([^⟫]+)⟫/g, (_m, kind, value, ord) => {
    if (kind) {
      let k = 0
      const groupSep = kind === 'password' || kind === 'email' ? null : () => seps[k++ % seps.length]
      const shown = toScript(groupSep ? value.replace(/ /g, groupSep) : value, zero)
      values.push({ kind, value, shown })
      return `\u0001${shown}\u0002`
    }
    const shown = toScript(ord, zero)
    plain.push(shown)
    return `\u0001${shown}\u0002`
  })
  // The post's other digits in the same script; marked values (between \u0001 and \u0002) are
  // already rendered and left as they are (the mixed script would otherwise re-render them).
  out = out
    .split(/(\u0001[^\u0002]*\u0002)/)
    .map((part) => (part.startsWith('\u0001') ? part.slice(1, -1) : toScript(part, zero)))
    .join('')
  if (long && isThird) {
    // The value near the END of a 5–19 KB post, whole (never cut by the slice below).
    const f = FILLER[lang]
    const target = 5_000 + ((n * 1_733) % 14_000)
    const before = f.repeat(Math.max(1, Math.floor((target - out.length) / f.length)))
    out = `${before}${out} ${f.slice(0, 60)}`
  } else if (long) {
    const f = FILLER[lang]
    const before = f.repeat(20 + (n % 40))
    const after = f.repeat(10 + (n % 60))
    out = `${before}${out} ${after}`.slice(0, 19_500)
  }
  return { text: out, values, plain }
}

const cases = []
const add = (rows, group) => {
  rows.forEach(([lang, marked], p) => {
    const variants = group === 'sensitive' ? VARIANTS : 3
    for (let v = 0; v < variants; v++) {
      const script = scriptNames[(p + v * 3) % scriptNames.length]
      const sep = sepNames[(p * 5 + v) % sepNames.length]
      const long = v === variants - 1 && group === 'sensitive'
      const r = render(marked, script, sep, lang, long, p)
      cases.push({ id: `${group}:${p}:${v}`, lang, script, sep, long, ...r })
    }
  })
}
// Row numbers come from the whole set, so a --langs run renders each post as the full run does.
if (setNo === 5) cases.push(...renderSet5(allSensitive, allOrdinary))
else if (forms) cases.push(...forms.render(allSensitive, allOrdinary))
else {
  add(allSensitive, 'sensitive')
  add(allOrdinary, 'ordinary')
}
// Set 5 compares ordinary numbers as read; the older sets compare the rendered form.
const kept =
  setNo === 5 ? (masked, s) => asRead(masked).includes(asRead(s)) : (masked, s) => masked.includes(s)
const sensitive = allSensitive.filter(inLangs)
const ordinary = allOrdinary.filter(inLangs)
for (let i = cases.length - 1; i >= 0; i--) if (langs && !langs.includes(cases[i].lang)) cases.splice(i, 1)

const { byId } = await runEnrichCli(cases.map((c) => ({ id: c.id, text: c.text })))
const byKind = {}
const byScript = {}
const bySep = {}
const byMark = {}
const byPosition = {}
const leakedByKind = {}
const byForm = {}
const byFormPart = {}
const byRendering = {}
const keptByKind = {}
const maskedByForm = {}
const maskedByLang = {}
let mostly = 0
const byLang = {}
const fpByLang = {}
let values = 0
let found = 0
let leaked = 0
let masked = 0
let ordinaryN = 0
let fp = 0
let cleanPosts = 0
let cleanPostsFlagged = 0
const misses = []
const bump = (m, k, ok) => {
  m[k] ??= [0, 0]
  m[k][0] += ok ? 1 : 0
  m[k][1]++
}
for (const c of cases) {
  const o = byId.get(c.id)
  if (!o || o.error) {
    misses.push(`${c.id} ERROR ${JSON.stringify(o?.error)}`)
    continue
  }
  const mk = key(o.maskedText)
  for (const v of c.values) {
    values++
    const verdict = forms?.judge(o.maskedText, v, c)
    const isLeaked = byForms ? verdict === 'readable' : mk.includes(key(v.value))
    const kindOk = byForms
      ? (forms.accepted[v.kind] ?? [v.kind]).some((k) => o.pii.includes(k))
      : o.pii.includes(v.kind) || (v.kind === 'account_number' && o.pii.includes('card'))
    const ok = !isLeaked && kindOk
    if (isLeaked) leaked++
    else masked++
    if (ok) found++
    bump(byKind, v.kind, ok)
    bump(byScript, c.script, !isLeaked)
    bump(bySep, c.sep, !isLeaked)
    bump(byLang, c.lang, ok)
    if (setNo === 5) {
      bump(byMark, `${c.invisible}/${c.place}`, !isLeaked)
      bump(byPosition, c.position, !isLeaked)
      bump(leakedByKind, v.kind, !isLeaked)
    }
    if (byForms) {
      if (verdict === 'mostly' || verdict === 'partly') mostly++
      bump(leakedByKind, v.kind, !isLeaked)
      bump(byForm, v.form, ok)
      bump(maskedByForm, v.form, !isLeaked)
      bump(maskedByLang, c.lang, !isLeaked)
      if (forms.detail) {
        for (const part of v.form.split('+')) bump(byFormPart, part, ok)
        bump(byRendering, c.script, ok)
      }
    }
    if (!ok)
      misses.push(
        `${c.id} ${c.script}/${c.sep}${c.long ? '/long' : ''}${c.position ? `/${c.invisible}/${c.place}/${c.position}` : ''}${byForms ? ` [${v.form}]` : ''} ${v.kind} ${isLeaked ? 'LEAKED' : verdict === 'mostly' || verdict === 'partly' ? 'MOSTLY READABLE' : 'masked, kind missed'} ${JSON.stringify(v.shown)} pii=${o.pii}`,
      )
  }
  for (const [i, s] of c.plain.entries()) {
    ordinaryN++
    const isKept = forms ? forms.kept(o.maskedText, s, c) : kept(o.maskedText, s)
    if (c.plainKinds) bump(keptByKind, c.plainKinds[i], isKept)
    bump(fpByLang, c.lang, isKept)
    if (!isKept) {
      fp++
      misses.push(
        `${c.id} ${c.script} FALSE POSITIVE${c.plainKinds ? ` ${c.plainKinds[i]}` : ''} ${JSON.stringify(s)} → ${JSON.stringify(o.maskedText.slice(0, 160))}`,
      )
    }
  }
  if (c.values.length === 0) {
    cleanPosts++
    if (o.pii.length) cleanPostsFlagged++
  }
}
const pct = (a, b) => `${((100 * a) / b).toFixed(1)}%`
const fmt = (m) =>
  Object.entries(m)
    .map(([k, [a, b]]) => `${k} ${(a / b).toFixed(2)} (${a}/${b})`)
    .join(', ')
console.log(
  `fresh PII set ${setNo}${langs ? ` (${langs.join(',')})` : ''}: ${cases.length} posts (${sensitive.length} + ${ordinary.length} written, ${forms?.renderings ?? (setNo === 5 ? '9 / 4' : `${VARIANTS} / 3`)} renderings)`,
)
console.log(
  `sensitive values ${values}: recall (masked and kind reported) ${(found / values).toFixed(3)}, masked ${(masked / values).toFixed(3)}, LEAKED ${leaked}`,
)
console.log(
  `ordinary numbers ${ordinaryN}: false positives ${fp} (${pct(fp, ordinaryN)}); posts with none flagged ${cleanPostsFlagged} of ${cleanPosts}`,
)
console.log(`recall by kind: ${fmt(byKind)}`)
// Sets 7 and later render by form, not by digit script and separator.
const bySeparator = !byForms || setNo === 6
if (bySeparator) console.log(`masked by digit script: ${fmt(byScript)}`)
console.log(`recall by language: ${fmt(byLang)}`)
console.log(`ordinary numbers kept by language: ${fmt(fpByLang)}`)
if (bySeparator) console.log(`masked by separator: ${fmt(bySep)}`)
if (setNo === 5) {
  console.log(`masked by kind (not left readable): ${fmt(leakedByKind)}`)
  console.log(`masked by invisible mark/place: ${fmt(byMark)}`)
  console.log(`masked by position (short post, or start/middle/end of a long one): ${fmt(byPosition)}`)
}
if (byForms) {
  console.log(
    `mostly readable (three quarters or more of the value shown, counted as masked above): ${mostly}`,
  )
  console.log(`masked by kind (not left readable): ${fmt(leakedByKind)}`)
  console.log(`masked by language (not left readable): ${fmt(maskedByLang)}`)
  console.log(`recall by form: ${fmt(byForm)}`)
  console.log(`masked by form (not left readable): ${fmt(maskedByForm)}`)
}
if (forms?.detail) {
  console.log(`recall by form part: ${fmt(byFormPart)}`)
  console.log(`recall by rendering: ${fmt(byRendering)}`)
  console.log(`ordinary numbers kept by kind: ${fmt(keptByKind)}`)
}
if (showMisses) for (const m of misses) console.log(m)
