#!/usr/bin/env node
/**
 * Builds the labelled PII evaluation set, test-data/pii-eval.jsonl (seeded, synthetic
 * numbers only): one JSON line per post {id, family, split, lang, text, values, ordinary}.
 * `values` are the sensitive values in it ({kind, value}); `ordinary` the ordinary numbers
 * that must stay readable. Hand-written posts come from test-data/pii-hand.jsonl as they are.
 *
 * The split is by template family, never by row: every family of sentence templates, value
 * formats and separators is either `tune` (rules were chosen looking at it) or `heldout`
 * (written separately, in other words and formats, and only measured).
 *
 *   node packages/nlp/scripts/make-pii-eval.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const dir = fileURLToPath(new URL('../test-data/', import.meta.url))
let seed = 20261205
const rnd = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
  return seed / 2 ** 32
}
const pick = (xs) => xs[Math.floor(rnd() * xs.length)]
const digits = (n) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('')

function luhn(s) {
  let sum = 0
  let dbl = false
  for (let i = s.length - 1; i >= 0; i--) {
    let n = Number(s[i])
    if (dbl) n = n * 2 > 9 ? n * 2 - 9 : n * 2
    sum += n
    dbl = !dbl
  }
  return sum % 10 === 0
}
const cardOf = (prefix, len) => {
  const body = prefix + digits(len - prefix.length - 1)
  for (let c = 0; c < 10; c++) if (luhn(body + c)) return body + c
}
function ibanOf(cc, len, bank = '') {
  const bban = (bank + digits(40)).slice(0, len - 4)
  let rem = 0
  for (const ch of `${bban}${cc}00`) {
    const v = /[A-Z]/.test(ch) ? ch.charCodeAt(0) - 55 : Number(ch)
    rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97
  }
  return `${cc}${String(98 - rem).padStart(2, '0')}${bban}`
}
function bsn() {
  for (;;) {
    const d = digits(8)
    let sum = 0
    for (let i = 0; i < 8; i++) sum += (9 - i) * Number(d[i])
    if (sum % 11 !== 10) return d + (sum % 11)
  }
}
const ssn = () =>
  `${String(1 + Math.floor(rnd() * 665)).padStart(3, '0')}${String(1 + Math.floor(rnd() * 98)).padStart(2, '0')}${String(1 + Math.floor(rnd() * 9998)).padStart(4, '0')}`
const nino = () => `${pick(['AB', 'CE', 'JR', 'PX', 'WL'])}${digits(6)}${pick(['A', 'B', 'C', 'D'])}`

// ---- how a value is written: digit script and separators
const SCRIPT = {
  ascii: 0x30,
  arabic: 0x660,
  persian: 0x6f0,
  fullwidth: 0xff10,
  devanagari: 0x966,
}
const inScript = (s, zero) => s.replace(/\d/g, (d) => String.fromCodePoint(zero + Number(d)))
const group = (s, sizes, sep) => {
  const out = []
  let i = 0
  for (const n of sizes) {
    if (i >= s.length) break
    out.push(s.slice(i, i + n))
    i += n
  }
  if (i < s.length) out.push(s.slice(i))
  return out.join(sep)
}
// Separator families: tuning saw plain, NBSP, dash and newline; held out: the others.
const SEPS = {
  tune: [' ', '-', '\u00a0', '\n', ''],
  heldout: ['  ', ' - ', '\u202f', '\u2009', '.', '\u2013', '\t', '\r\n', '\u3000'],
}
const SCRIPTS = {
  tune: ['ascii', 'arabic', 'fullwidth'],
  heldout: ['ascii', 'persian', 'devanagari', 'arabic'],
}

// ---- sensitive values: [kind, () => ({ value, written(sep) })]
const VALUES = {
  card: () => {
    const [p, len, sizes] = pick([
      ['4', 16, [4, 4, 4, 4]],
      ['5', 16, [4, 4, 4, 4]],
      ['2221', 16, [4, 4, 4, 4]],
      ['37', 15, [4, 6, 5]],
      ['6011', 16, [4, 4, 4, 4]],
      ['62', 19, [4, 4, 4, 4, 3]],
      ['3530', 16, [4, 4, 4, 4]],
    ])
    const v = cardOf(p === '5' ? `5${1 + Math.floor(rnd() * 5)}` : p, len)
    return { value: v, sizes }
  },
  iban: () => {
    const [cc, len, bank] = pick([
      ['NL', 18, 'ABNA'],
      ['DE', 22, ''],
      ['GB', 22, 'NWBK'],
      ['FR', 27, ''],
      ['ES', 24, ''],
      ['SA', 24, ''],
      ['AE', 23, ''],
      ['BE', 16, ''],
      ['IT', 27, 'X'],
      ['PT', 25, ''],
      ['CH', 21, ''],
      ['TR', 26, ''],
    ])
    return { value: ibanOf(cc, len, bank), sizes: [4, 4, 4, 4, 4, 4, 4, 4] }
  },
  us_ssn: () => ({ value: ssn(), sizes: [3, 2, 4] }),
  nl_bsn: () => ({ value: bsn(), sizes: pick([[9], [4, 2, 3], [3, 3, 3]]) }),
  uk_nino: () => ({ value: nino(), sizes: [2, 2, 2, 2, 1] }),
  phone: () =>
    pick([
      { value: `447700${digits(6)}`, sizes: [2, 4, 6], plus: true },
      { value: `316${digits(8)}`, sizes: [2, 1, 8], plus: true },
      { value: `06${digits(8)}`, sizes: [2, 8] },
      { value: `07${digits(9)}`, sizes: [5, 6] },
      { value: `1${pick(['3', '5', '8'])}${digits(9)}`, sizes: [3, 4, 4] },
      { value: `9715${digits(8)}`, sizes: [3, 2, 3, 4], plus: true },
      { value: `05${digits(8)}`, sizes: [3, 3, 4] },
      { value: `4915${digits(9)}`, sizes: [2, 4, 7], plus: true },
      { value: `336${digits(8)}`, sizes: [2, 1, 2, 2, 2, 2], plus: true },
      { value: `6${digits(8)}`, sizes: [3, 3, 3] },
    ]),
  account_number: () => ({ value: digits(pick([8, 10, 12])), sizes: pick([[20], [4, 4, 4], [3, 3, 4]]) }),
  uk_account: () => ({ value: `${digits(6)}|${digits(8)}`, sizes: [2, 2, 2] }),
  otp: () => ({ value: digits(pick([4, 6, 6, 8])), sizes: pick([[8], [3, 3]]) }),
  password: () => ({
    value: pick(['hunter2', 'Welkom01!', 'P@ssw0rd', 'abc123456', 'Summer2024', 'qwerty99', 'Lotus#88']),
    sizes: [],
  }),
}

/**
 * Sentence templates per language and kind, in two families each. {v} is the value.
 * Held-out templates use other words, word orders and context phrasings than the tuning ones.
 */
const T = {
  card: {
    tune: {
      en: ['my card {v} was charged twice', 'card number {v} blocked, help'],
      nl: ['mijn pas {v} is geblokkeerd', 'kaartnummer {v} werkt niet'],
      ar: ['بطاقتي {v} موقوفة', 'رقم البطاقة {v} لا يعمل'],
      zh: ['我的卡号{v}被冻结了', '银行卡 {v} 扣款两次'],
      de: ['meine Karte {v} wurde gesperrt'],
      fr: ['ma carte {v} est bloquée'],
      es: ['mi tarjeta {v} fue rechazada'],
    },
    heldout: {
      en: [
        'they charged {v} twice for one coffee??',
        'why is {v} declined at every shop',
        'visa {v} exp 12/27 not working',
      ],
      nl: ['al 3 dagen kan ik niet betalen met {v}, wat is er aan de hand'],
      ar: ['تم خصم المبلغ مرتين من {v} ارجو الاسترجاع'],
      zh: ['用{v}付款失败三次'],
      de: ['Abbuchung doppelt auf {v}!!'],
      fr: ['paiement refusé avec la {v} ce matin'],
      es: ['cobro duplicado en {v}, devuélvanme el dinero'],
      pt: ['meu cartão {v} foi bloqueado'],
      it: ['la mia carta {v} è stata bloccata'],
    },
  },
  iban: {
    tune: {
      en: ['please refund to IBAN {v}', 'my IBAN is {v}'],
      nl: ['stort het terug op {v} aub'],
      de: ['meine IBAN lautet {v}'],
      ar: ['الايبان {v}'],
    },
    heldout: {
      en: ['send it to {v} thanks', 'wrong transfer to {v}, reverse it'],
      fr: ['virement vers {v} jamais arrivé'],
      es: ['transferencia a {v} no llegó'],
      zh: ['转账到{v}没到账'],
      ar: ['حولت المبلغ الى {v} ولم يصل'],
      it: ['bonifico su {v} mai arrivato'],
    },
  },
  us_ssn: {
    tune: { en: ['my SSN is {v}', 'SSN {v} on the form'] },
    heldout: {
      en: ['they asked for my social security number ({v}) on the phone', 'soc sec # {v} was leaked?'],
    },
  },
  nl_bsn: {
    tune: { nl: ['mijn BSN is {v}', 'BSN: {v}'] },
    heldout: {
      nl: ['ze vroegen mijn burgerservicenummer {v} via de chat', 'sofinummer {v} staat op de brief'],
      en: ['my Dutch citizen service number {v}'],
    },
  },
  uk_nino: {
    tune: { en: ['NI number {v}'] },
    heldout: { en: ['my national insurance no is {v}', 'HMRC letter says NINO {v}'] },
  },
  phone: {
    tune: {
      en: ['call me on {v}', 'my number is {v}'],
      nl: ['bel me op {v}', 'mijn nummer {v}'],
      ar: ['اتصل بي على {v}'],
      zh: ['我的手机{v}'],
    },
    heldout: {
      en: ['reach me at {v} asap', 'ring {v} after 5pm'],
      nl: ['graag terugbellen naar {v}'],
      de: ['Rückruf bitte unter {v}', 'meine Handynummer {v}'],
      fr: ['rappelez-moi au {v}'],
      es: ['llámenme al {v} por favor'],
      ar: ['رقم جوالي {v} تواصلوا معي'],
      zh: ['请打{v}联系我'],
    },
  },
  account_number: {
    tune: {
      en: ['account number {v} frozen', 'my account {v} was debited'],
      nl: ['rekeningnummer {v} geblokkeerd'],
      ar: ['رقم الحساب {v} مجمد'],
      zh: ['账号{v}被冻结'],
    },
    heldout: {
      de: ['Kontonummer {v} gesperrt seit Montag'],
      fr: ['mon numéro de compte est {v}'],
      es: ['número de cuenta {v} bloqueado'],
      pt: ['minha conta {v} foi bloqueada'],
      it: ['il mio conto {v} è bloccato'],
      ar: ['حسابي رقم {v} لا يعمل'],
      zh: ['我的账户 {v} 无法转账'],
      en: ['acct no. {v} shows a charge I never made'],
    },
  },
  uk_account: {
    tune: { en: ['sort code {s} account {a}', 'my account is {s} {a}'] },
    heldout: { en: ['pay into s/c {s}, acc {a}', 'account {a} sort code {s} please refund'] },
  },
  otp: {
    tune: {
      en: ['my OTP is {v}', 'verification code: {v}'],
      ar: ['رمز التحقق {v}'],
      zh: ['验证码 {v}'],
      nl: ['mijn verificatiecode is {v}'],
    },
    heldout: {
      en: ['{v} is your one-time passcode, the sms said', 'the 2fa code {v} never works'],
      de: ['Bestätigungscode {v} abgelaufen'],
      fr: ['le code de vérification {v} ne marche pas'],
      es: ['me llegó el código de verificación {v}'],
      zh: ['短信验证码是{v}'],
      ar: ['كود التفعيل {v} لا يعمل'],
    },
  },
  password: {
    tune: { en: ['password: {v}'], nl: ['mijn wachtwoord is {v}'], zh: ['密码是{v}'] },
    heldout: {
      en: ['my password is {v} and it still fails'],
      de: ['mein Passwort ist {v}'],
      fr: ['mon mot de passe est {v}'],
      es: ['mi contraseña es {v}'],
      ar: ['كلمة السر هي {v}'],
      pt: ['minha senha é {v}'],
    },
  },
}

// ---- ordinary numbers that must stay readable
const ORDINARY = {
  tune: {
    en: ['paid £{amt} on {date} at {time}', 'order #{order} still not here', '{pct}% fee in {year}??'],
    nl: ['€{amtde} afgeschreven op {date}', 'bestelling {order} niet ontvangen'],
    ar: ['دفعت {amt} درهم يوم {date}'],
    zh: ['{date} 扣了{amt}元', '订单号{order}还没发货'],
  },
  heldout: {
    en: [
      'ticket {order} opened {date}, waited {mins} minutes',
      'share price up {pct}% since {year}',
      'https://x.com/bank/status/{tweet} this is a joke',
      'I have {followers} followers and you ignore me',
      'balance shows {amt} USD instead of {amt2} USD',
    ],
    de: ['{amtde} € abgebucht am {date} um {time}', 'Sendungsnummer {order} hängt seit {mins} Tagen'],
    fr: ['prélevé {amtde} € le {date}', 'commande {order} jamais reçue'],
    es: ['me cobraron {amtde} euros el {date}', 'pedido {order} sin llegar'],
    ar: ['رقم الطلب {order} لم يصل منذ {date}', 'خصم {amt} ريال الساعة {time}'],
    zh: ['转账{amt}元，{time}到现在还没到', '快递单号{order}'],
    nl: ['rente {pct}% sinds {year}, kosten €{amtde}'],
  },
}
const ORD_VALUES = {
  amt: () => String(10 + Math.floor(rnd() * 98000)).replace(/\B(?=(\d{3})+(?!\d))/g, ','),
  amt2: () => String(10 + Math.floor(rnd() * 900)),
  amtde: () => `${String(1 + Math.floor(rnd() * 9999)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${digits(2)}`,
  date: () =>
    pick([
      `${1 + Math.floor(rnd() * 28)}/${1 + Math.floor(rnd() * 12)}/2025`,
      `2025-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`,
      `${10 + Math.floor(rnd() * 18)}.0${1 + Math.floor(rnd() * 9)}.2026`,
    ]),
  time: () => `${Math.floor(rnd() * 24)}:${10 + Math.floor(rnd() * 49)}`,
  order: () => digits(pick([7, 9, 10, 12])),
  pct: () => String(1 + Math.floor(rnd() * 40)),
  year: () => String(1995 + Math.floor(rnd() * 31)),
  mins: () => String(5 + Math.floor(rnd() * 80)),
  tweet: () => `1${digits(18)}`,
  followers: () => String(1000 + Math.floor(rnd() * 90000)).replace(/\B(?=(\d{3})+(?!\d))/g, ','),
}

function write(kind, split) {
  const gen = VALUES[kind]()
  const sep = pick(SEPS[split])
  const script = SCRIPT[pick(SCRIPTS[split])]
  if (kind === 'uk_account') {
    const [s, a] = gen.value.split('|')
    const sc = inScript(group(s, [2, 2, 2], sep === '' ? '-' : sep.trim() === '' ? '-' : sep), script)
    return {
      values: [
        { kind, value: s },
        { kind, value: a },
      ],
      fill: { s: sc, a: inScript(a, script) },
    }
  }
  if (kind === 'password') return { values: [{ kind, value: gen.value }], fill: { v: gen.value } }
  const grouped =
    kind === 'uk_nino' || kind === 'iban'
      ? group(gen.value, gen.sizes, sep === '\n' ? ' ' : sep)
      : group(gen.value, gen.sizes, sep)
  let w = inScript(grouped, script)
  if (gen.plus) w = `+${w}`
  if (kind === 'iban' && rnd() < 0.2) w = w.toLowerCase()
  return { values: [{ kind, value: gen.value }], fill: { v: w } }
}

const rows = []
for (const split of ['tune', 'heldout']) {
  for (const [kind, fams] of Object.entries(T)) {
    for (const [lang, templates] of Object.entries(fams[split])) {
      for (const [ti, t] of templates.entries()) {
        for (let k = 0; k < 10; k++) {
          const { values, fill } = write(kind, split)
          const text = t.replace(/\{(\w)\}/g, (_, x) => fill[x])
          rows.push({ family: `${split}:${kind}:${lang}:${ti}`, split, lang, text, values, ordinary: [] })
        }
      }
    }
  }
  for (const [lang, templates] of Object.entries(ORDINARY[split])) {
    for (const [ti, t] of templates.entries()) {
      for (let k = 0; k < 12; k++) {
        const ordinary = []
        const script =
          SCRIPT[
            pick(
              split === 'tune'
                ? ['ascii', 'ascii', 'arabic']
                : ['ascii', 'ascii', 'persian', 'arabic', 'fullwidth'],
            )
          ]
        const text = t.replace(/\{(\w+)\}/g, (_, x) => {
          const v = ORD_VALUES[x]()
          ordinary.push(v)
          return inScript(v, script)
        })
        rows.push({ family: `${split}:ordinary:${lang}:${ti}`, split, lang, text, values: [], ordinary })
      }
    }
  }
}
const hand = readFileSync(`${dir}pii-hand.jsonl`, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => ({ ...JSON.parse(l) }))
for (const h of hand) rows.push({ family: `${h.split}:hand:${h.lang}`, ...h })
rows.forEach((r, i) => {
  r.id = `pii-${i}`
})
writeFileSync(`${dir}pii-eval.jsonl`, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`)
const count = (s) => rows.filter((r) => r.split === s)
console.log(
  `pii-eval.jsonl: ${rows.length} posts (tune ${count('tune').length}, held-out ${count('heldout').length}), ${rows.reduce((n, r) => n + r.values.length, 0)} sensitive values, ${rows.reduce((n, r) => n + r.ordinary.length, 0)} ordinary numbers`,
)
