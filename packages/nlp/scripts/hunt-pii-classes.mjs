#!/usr/bin/env node
/**
 * Leaks per CLASS of written form, generated from the standards rather than from any set's
 * posts: card numbers of every issuer range (ISO/IEC 7812) in every grouping a person or an
 * app uses, with and without a card word; phone numbers of every served country as
 * libphonenumber's metadata (the regulators' plans) formats them, nationally, internationally,
 * bare and regrouped; IBANs of every registry country in every grouping. Each class is drawn
 * N times (seeded) and the share left readable in maskedText is printed, so a change to the
 * finders is measured against whole classes, not against the examples a blind set happened to show.
 *
 *   pnpm exec tsc -b && node packages/nlp/scripts/hunt-pii-classes.mjs [--n 300] [--seed 1] [--dist path] [--show 3]
 */
import { parseArgs } from 'node:util'
import examples from 'libphonenumber-js/examples.mobile.json'
import { getExampleNumber, parsePhoneNumberWithError } from 'libphonenumber-js/max'

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '300' },
    seed: { type: 'string', default: '1' },
    dist: { type: 'string', default: new URL('../dist', import.meta.url).pathname },
    show: { type: 'string', default: '0' },
  },
})
const { maskPii } = await import(`${values.dist}/pii.js`)
const { normaliseForPii } = await import(`${values.dist}/pii-normalise.js`)
const N = Number(values.n)
const SHOW = Number(values.show)

let state = Number(values.seed) >>> 0 || 1
const rand = () => {
  state = (state * 1664525 + 1013904223) >>> 0
  return state / 2 ** 32
}
const pick = (xs) => xs[Math.floor(rand() * xs.length)]
const digits = (n) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('')
const readable = (s) =>
  normaliseForPii(s)
    .norm.toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')

function luhnComplete(body) {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i])
    if (i % 2 === 0) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return body + String((10 - (sum % 10)) % 10)
}

// ISO/IEC 7812 issuer ranges of the schemes a customer of the served markets carries.
const ISSUERS = [
  ['visa', '4', [13, 16, 19]],
  ['mastercard', '5[1-5]', [16]],
  ['mastercard2', '2[2-7]', [16]],
  ['amex', '3[47]', [15]],
  ['discover', '6011', [16, 19]],
  ['jcb', '35[3-8]', [16]],
  ['unionpay', '62', [16, 17, 18, 19]],
  ['diners', '36', [14]],
  ['maestro', '6[37]', [12, 13, 15, 19]],
  ['mir', '220[0-4]', [16]],
]
function cardNumber() {
  const [name, lead, lengths] = pick(ISSUERS)
  const n = pick(lengths)
  let head = lead
    .replace(/\[(\d)-(\d)\]/g, (_, a, b) =>
      String(Number(a) + Math.floor(rand() * (Number(b) - Number(a) + 1))),
    )
    .replace(/\[(\d)(\d)\]/g, (_, a, b) => (rand() < 0.5 ? a : b))
  if (name === 'mastercard2') head = String(2221 + Math.floor(rand() * 500))
  return luhnComplete(head + digits(n - head.length - 1))
}

const SEPS = [' ', '-', '.', ' - ', '  ', '\u00a0', '\u202f', '\n', '/', '_', ' | ', '\t', '·', ' / ']
const splitBy = (d, sizes) => {
  const out = []
  let at = 0
  for (const s of sizes) {
    if (at >= d.length) break
    out.push(d.slice(at, at + s))
    at += s
  }
  if (at < d.length) out.push(d.slice(at))
  return out
}
const randomSizes = (n, lo, hi) => {
  const out = []
  let left = n
  while (left > 0) {
    const s = Math.min(left, lo + Math.floor(rand() * (hi - lo + 1)))
    out.push(s)
    left -= s
  }
  return out
}
const join = (groups, sep) => groups.join(sep)

const CARD_WORDS = ['my card', 'mijn pas', 'meine Karte', 'ma carte', 'mi tarjeta', 'بطاقتي', '我的卡号']
const PHONE_WORDS = [
  'call me on',
  'bel me op',
  'ruf mich an unter',
  'appelez-moi au',
  'llámame al',
  'اتصل بي على',
  '打我电话',
]
const IBAN_WORDS = ['IBAN', 'mijn IBAN', 'meine IBAN', 'mon IBAN', 'mi IBAN', 'الآيبان', '我的IBAN']
const PROSE = [
  'Still waiting for the refund, this is ridiculous.',
  'Waarom duurt dit zo lang?',
  'Ich warte seit drei Tagen.',
  "Personne ne répond à l'agence.",
  'Nadie me contesta desde el lunes.',
  'لا أحد يرد على الهاتف منذ يومين',
  '等了三天还没有回复',
]
let lastContext = 'none'
const context = (words, value) => {
  const prose = pick(PROSE)
  lastContext = pick(['none', 'word', 'word-after', 'midsentence'])
  switch (lastContext) {
    case 'none':
      return `${prose} ${value}`
    case 'word':
      return `${pick(words)}: ${value}. ${prose}`
    case 'word-after':
      return `${value} ${prose}`
    default:
      return `${prose} ${pick(words)} ${value} ${prose}`
  }
}

/** Classes: name → () => { text, secret }. */
const CLASSES = {
  'card 4-4-4-4 / printed groups': () => {
    const d = cardNumber()
    const sizes = d.length === 15 ? [4, 6, 5] : d.length === 14 ? [4, 6, 4] : [4, 4, 4, 4, 4]
    return { text: context(CARD_WORDS, join(splitBy(d, sizes), pick(SEPS))), secret: d }
  },
  'card any grouping 2-6': () => {
    const d = cardNumber()
    return { text: context(CARD_WORDS, join(splitBy(d, randomSizes(d.length, 2, 6)), pick(SEPS))), secret: d }
  },
  'card any grouping 1-5 (stray singles)': () => {
    const d = cardNumber()
    return { text: context(CARD_WORDS, join(splitBy(d, randomSizes(d.length, 1, 5)), pick(SEPS))), secret: d }
  },
  'card bare': () => {
    const d = cardNumber()
    return { text: context(CARD_WORDS, d), secret: d }
  },
  'card mixed separators': () => {
    const d = cardNumber()
    const g = splitBy(d, [4, 4, 4, 4, 4])
    return { text: context(CARD_WORDS, g.map((x, i) => (i === 0 ? x : pick(SEPS) + x)).join('')), secret: d }
  },
}

const PHONE_COUNTRIES = 'GB NL DE FR ES BE CH AT CN HK TW SG SA AE EG MA JO KW QA MX AR CO CL US CA'.split(
  ' ',
)
function phoneOf(cc) {
  const ex = getExampleNumber(cc, examples)
  for (let k = 0; k < 20; k++) {
    const nsn = ex.nationalNumber
    const keep = Math.max(2, nsn.length - 5)
    const cand = nsn.slice(0, keep) + digits(nsn.length - keep)
    try {
      const p = parsePhoneNumberWithError(cand, cc)
      if (p.isValid()) return p
    } catch {}
  }
  return ex
}
for (const cc of PHONE_COUNTRIES) {
  CLASSES[`phone ${cc} national as formatted`] = () => {
    const p = phoneOf(cc)
    return { text: context(PHONE_WORDS, p.formatNational()), secret: p.nationalNumber }
  }
  CLASSES[`phone ${cc} international`] = () => {
    const p = phoneOf(cc)
    const f = pick(['formatted', 'e164', '00'])
    const v =
      f === 'formatted'
        ? p.formatInternational()
        : f === 'e164'
          ? p.number
          : `00${p.countryCallingCode}${p.nationalNumber}`
    return { text: context(PHONE_WORDS, v), secret: p.nationalNumber }
  }
  CLASSES[`phone ${cc} national regrouped`] = () => {
    const p = phoneOf(cc)
    const nat = p.formatNational().replace(/\D/g, '')
    return {
      text: context(PHONE_WORDS, join(splitBy(nat, randomSizes(nat.length, 2, 4)), pick(SEPS))),
      secret: p.nationalNumber,
    }
  }
}

// Every IBAN country of pii-checks' table (SWIFT registry and territories), digits for the BBAN.
const { ibanLength } = await import(`${values.dist}/pii-checks.js`)
const IBAN_CCS = []
for (let a = 65; a <= 90; a++)
  for (let b = 65; b <= 90; b++) {
    const cc = String.fromCharCode(a, b)
    if (ibanLength(cc) !== undefined) IBAN_CCS.push(cc)
  }
function ibanOf(cc) {
  const bban = digits(ibanLength(cc) - 4)
  const moved = `${bban}${cc.charCodeAt(0) - 55}${cc.charCodeAt(1) - 55}00`
  let rem = 0
  for (const ch of moved) rem = (rem * 10 + Number(ch)) % 97
  return `${cc}${String(98 - rem).padStart(2, '0')}${bban}`
}
CLASSES['iban 4s'] = () => {
  const v = ibanOf(pick(IBAN_CCS))
  return {
    text: context(IBAN_WORDS, join(splitBy(v, [4, 4, 4, 4, 4, 4, 4, 4, 4]), pick(SEPS))),
    secret: v.toLowerCase(),
  }
}
CLASSES['iban bare / lower'] = () => {
  const v = ibanOf(pick(IBAN_CCS))
  return { text: context(IBAN_WORDS, rand() < 0.5 ? v : v.toLowerCase()), secret: v.toLowerCase() }
}
CLASSES['iban any grouping'] = () => {
  const v = ibanOf(pick(IBAN_CCS))
  return {
    text: context(IBAN_WORDS, join(splitBy(v, randomSizes(v.length, 2, 6)), pick(SEPS))),
    secret: v.toLowerCase(),
  }
}

// Account numbers have no check digit common to every bank: only their word names them.
const ACCOUNT_WORDS = [
  'account number',
  'rekeningnummer',
  'Kontonummer',
  'numéro de compte',
  'número de cuenta',
  'رقم حسابي',
  '账号',
]
CLASSES['account after its word, any grouping'] = () => {
  const d = String(1 + Math.floor(rand() * 9)) + digits(7 + Math.floor(rand() * 5))
  const v = join(splitBy(d, randomSizes(d.length, 2, 5)), pick(SEPS))
  return { text: `${pick(PROSE)} ${pick(ACCOUNT_WORDS)} ${v}. ${pick(PROSE)}`, secret: d }
}

let total = 0
let leakedAll = 0
const byContext = {}
for (const [name, gen] of Object.entries(CLASSES)) {
  let leaked = 0
  let leakedBare = 0
  const shown = []
  for (let i = 0; i < N; i++) {
    const { text, secret } = gen()
    const r = maskPii(text)
    byContext[lastContext] ??= [0, 0]
    byContext[lastContext][1]++
    if (readable(r.text).includes(secret)) {
      byContext[lastContext][0]++
      leaked++
      if (lastContext === 'none' || lastContext === 'word-after') leakedBare++
      if (shown.length < SHOW && (process.env.HUNT_CTX ?? lastContext) === lastContext)
        shown.push(JSON.stringify(text))
    }
  }
  total += N
  leakedAll += leaked
  if (leaked > 0 || SHOW === 0)
    console.log(`${name.padEnd(40)} ${leaked}/${N} (no word before: ${leakedBare})`)
  for (const s of shown) console.log(`    ${s}`)
}
console.log(`all classes: ${leakedAll} of ${total} left readable`)
console.log(
  `by context: ${Object.entries(byContext)
    .map(([k, [l, n]]) => `${k} ${l}/${n}`)
    .join(', ')}`,
)
