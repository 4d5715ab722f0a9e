// Fresh BLIND personal-data set 14 (issue 11, must-have 1). Written 2026-12-07 from 11:05 UTC by
// the redteam14p engineer BEFORE reading packages/nlp/src, the nlp README's PII sections, the
// test data or the posts of sets 1–13, and committed before it was first scored. Read: the
// scorer, the export names and return shape of lib/pii-render-13.mjs, ACCEPTED_8/ACCEPTED_KINDS
// (kind names), and, by slip, the header comment of pii-fresh-13.mjs (its description, no posts)
// and set 13's one miss line when checking the scorer's output stayed identical. Nothing here is
// tuned on: it is a held-out measurement of main's masking.
//
// Every value is generated here with valid check digits from a fixed seed: Luhn for cards in
// real issuer ranges (Visa 4, Mastercard 51–55 and 2221–2720, Amex 34/37, UnionPay 62, Maestro
// 5018/5020/6304/6759, Discover 6011/644–649/65, JCB 3528–3589), ISO 13616 mod-97 IBANs with the
// SWIFT registry's lengths and BBAN shapes (Morocco and Algeria are NOT registry countries: a
// Moroccan RIB appears as an account number), the French RIB key, the BSN 11-proef, SSA rules for
// SSNs (no 000/666/9xx area, no 00 group, no 0000 serial), HMRC's NINO prefixes, and each
// country's numbering plan for phones (UK 07, US NANP, CN 1[3-9], HK 5/6/9, TW 09, SA/AE 05, EG
// 01[0125], MA 06/07, NL 06, BE 04, ES 6/7, MX 10 digits, FR 06/07, CH 07[5-9], DE 015/016/017,
// AT 0664). Ordinary look-alikes are made to FAIL those checks (a card-like order number fails
// Luhn, an IBAN-like reference fails mod-97, a 9-digit customer number fails the 11-proef).
//
// Decision on the bank's own hotlines: freephone and service numbers the BANK publishes (0800,
// 0900 in NL, 900 in ES, 95xxx in CN, 800 in the UAE, 3xxx in FR, 116 116) are ORDINARY — they
// are no one's personal data and customers need to read them — marked kind "hotline" so the
// scorer reports them apart; a fixer may choose to mask them, at the price of that figure.
//
// Markers (read by scripts/lib/pii-render-14.mjs):
//   ⟦kind|form|value as written⟧   a sensitive value, with the form its author typed it in
//                                   (parts joined by "+": digit script, separator, twist);
//   ⟪kind|number as written⟫        an ordinary number that must survive masking.
// ─── Deterministic values ────────────────────────────────────────────────────────────────────
let seed = 0x14_14_2026
function rand() {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1))
const pick = (xs) => xs[int(0, xs.length - 1)]
const digits = (n) => Array.from({ length: n }, () => int(0, 9)).join('')
const nz = (n) => String(int(1, 9)) + digits(n - 1)
const ALNUM = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'
const alnum = (n) => Array.from({ length: n }, () => pick([...ALNUM])).join('')
const letters = (n) => Array.from({ length: n }, () => pick([...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'])).join('')

function luhnCheck(body) {
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i])
    if (i % 2 === 0) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return String((10 - (sum % 10)) % 10)
}
export const luhnOk = (s) => luhnCheck(s.slice(0, -1)) === s.slice(-1)
const CARD = {
  visa: () => `4${digits(2)}`,
  mc5: () => `5${int(1, 5)}`,
  mc2: () => String(int(2221, 2720)),
  amex: () => pick(['34', '37']),
  unionpay: () => pick(['622202', '622848', '621700', '625807', '620522']),
  maestro: () => pick(['5018', '5020', '6304', '6759']),
  discover: () => pick(['6011', String(int(644, 649)), '65']),
  jcb: () => String(int(3528, 3589)),
}
const CARD_LEN = { amex: 15 }
function card(brand, len = CARD_LEN[brand] ?? 16) {
  const p = CARD[brand]()
  const body = p + digits(len - 1 - p.length)
  return body + luhnCheck(body)
}
/** A card-like number that FAILS Luhn (for ordinary posts). */
function notCard(brand, len) {
  const c = card(brand, len)
  return c.slice(0, -1) + ((Number(c.slice(-1)) + int(1, 9)) % 10)
}

const mod97 = (s) => {
  let r = 0
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch
    for (const d of v) r = (r * 10 + Number(d)) % 97
  }
  return r
}
export const ibanOk = (iban) => mod97(iban.slice(4) + iban.slice(0, 4)) === 1
/** BBAN shapes from the SWIFT IBAN registry (n digits, a letters, c letters or digits). */
const BBAN = {
  GB: () => letters(4) + digits(14),
  NL: () => letters(4) + digits(10),
  DE: () => digits(18),
  FR: () => digits(10) + digits(11) + digits(2),
  ES: () => digits(20),
  BE: () => digits(12),
  IT: () => letters(1) + digits(10) + digits(12),
  CH: () => digits(5) + digits(12),
  AT: () => digits(16),
  LU: () => digits(3) + digits(13),
  IE: () => letters(4) + digits(14),
  PT: () => digits(21),
  AE: () => digits(19),
  SA: () => digits(2) + digits(18),
  EG: () => digits(25),
  QA: () => letters(4) + alnum(21),
  KW: () => letters(4) + alnum(22),
  JO: () => letters(4) + digits(4) + alnum(18),
  BH: () => letters(4) + alnum(14),
  TN: () => digits(20),
  LB: () => digits(4) + alnum(20),
  OM: () => digits(3) + alnum(16),
}
function iban(cc) {
  const bban = BBAN[cc]()
  const check = String(98 - mod97(`${bban + cc}00`)).padStart(2, '0')
  return cc + check + bban
}
/** An IBAN-like reference that FAILS mod-97. */
function notIban(cc) {
  const v = iban(cc)
  const bad = String((Number(v.slice(2, 4)) + int(1, 40)) % 97).padStart(2, '0')
  const out = v.slice(0, 2) + bad + v.slice(4)
  return ibanOk(out) ? notIban(cc) : out
}
/** French RIB: bank 5, branch 5, account 11, key = 97 − ((89·bank + 15·branch + 3·account) mod 97). */
function rib() {
  const bank = nz(5)
  const branch = digits(5)
  const acc = digits(11)
  const key = 97 - ((89 * Number(bank) + 15 * Number(branch) + 3 * Number(acc)) % 97)
  return [bank, branch, acc, String(key).padStart(2, '0')]
}
function bsn() {
  for (;;) {
    const d = nz(8)
    const s = [...d].reduce((a, c, i) => a + Number(c) * (9 - i), 0)
    const last = s % 11
    if (last < 10) return d + last
  }
}
function notBsn() {
  for (;;) {
    const d = nz(9)
    const s = [...d.slice(0, 8)].reduce((a, c, i) => a + Number(c) * (9 - i), 0) - Number(d[8])
    if (s % 11 !== 0) return d
  }
}
function ssn() {
  let area
  do area = int(1, 899)
  while (area === 666)
  return [
    String(area).padStart(3, '0'),
    String(int(1, 99)).padStart(2, '0'),
    String(int(1, 9999)).padStart(4, '0'),
  ]
}
function nino() {
  const first = [...'ABCEGHJKLMNOPRSTWXYZ']
  const second = [...'ABCEGHJKLMNPRSTWXYZ']
  for (;;) {
    const p = pick(first) + pick(second)
    if (!['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(p))
      return [p, digits(2), digits(2), digits(2), pick([...'ABCD'])]
  }
}
const PHONE = {
  // 076 is pagers, 070 personal numbering: mobiles are 074–075 and 077–079.
  gbMobile: () => `07${pick(['4', '5', '7', '8', '9'])}${digits(2)} ${digits(6)}`,
  gbLondon: () => `020 ${int(7, 8)}${digits(3)} ${digits(4)}`,
  // NANP: area and exchange start 2–9, no N11 codes.
  us: () => `${int(2, 9)}${int(0, 8)}${int(2, 9)}-${int(2, 9)}${int(2, 9)}${digits(1)}-${digits(4)}`,
  cn: () => `1${pick(['3', '5', '7', '8', '9'])}${digits(1)} ${digits(4)} ${digits(4)}`,
  hk: () => `${pick(['5', '6', '9'])}${digits(3)} ${digits(4)}`,
  tw: () => `09${digits(2)}-${digits(3)}-${digits(3)}`,
  sa: () => `05${pick(['0', '3', '4', '5', '6', '9'])} ${digits(3)} ${digits(4)}`,
  ae: () => `05${pick(['0', '2', '4', '5', '6', '8'])} ${digits(3)} ${digits(4)}`,
  eg: () => `01${pick(['0', '1', '2', '5'])} ${digits(4)} ${digits(4)}`,
  ma: () => `0${pick(['6', '7'])}${digits(2)}-${digits(6)}`,
  // 06-6 is paging: mobiles are 06-1 to 06-5 and 06-8.
  nl: () => `06-${pick(['1', '2', '3', '4', '5', '8'])}${digits(7)}`,
  be: () => `04${int(6, 9)}${digits(1)} ${digits(2)} ${digits(2)} ${digits(2)}`,
  // Spanish mobiles: 6xx and 71x–74x.
  es: () =>
    `${pick([`6${digits(2)}`, `6${digits(2)}`, `7${int(1, 4)}${digits(1)}`])} ${digits(3)} ${digits(3)}`,
  mx: () => `55 ${nz(4)} ${digits(4)}`,
  fr: () =>
    `0${pick(['6 ' + digits(2), `7 ${int(3, 9)}${digits(1)}`])} ${digits(2)} ${digits(2)} ${digits(2)}`,
  ch: () => `07${int(5, 9)} ${digits(3)} ${digits(2)} ${digits(2)}`,
  // Subscriber numbers are 8 digits after 0151/0152/0157/0176, 7 after 0160/0170/0171/0172.
  de: () => {
    const [pre, len] = pick([
      ['151', 8],
      ['152', 8],
      ['157', 8],
      ['176', 8],
      ['160', 7],
      ['170', 7],
      ['171', 7],
      ['172', 7],
    ])
    return `0${pre} ${nz(len)}`
  },
  at: () => `0664 ${nz(7)}`,
}
const phone = (k) => PHONE[k]()
/** National → international: drop the trunk 0 (and keep the groups). */
const intl = (cc, national) => `+${cc} ${national.replace(/^0/, '')}`

// ─── Writing forms ───────────────────────────────────────────────────────────────────────────
const bare = (s) => s.replace(/[^0-9A-Za-z]/g, '')
/** Digits grouped by sizes; sep is a string, or an array cycled for mixed separators. */
function grp(s, sizes, sep = ' ') {
  const b = bare(s)
  const out = []
  let i = 0
  for (const n of sizes) {
    if (i >= b.length) break
    out.push(b.slice(i, i + n))
    i += n
  }
  if (i < b.length) out.push(b.slice(i))
  return out.map((g, k) => (k ? (Array.isArray(sep) ? sep[(k - 1) % sep.length] : sep) : '') + g).join('')
}
const g4 = (s, sep = ' ') => grp(s, Array(10).fill(4), sep)
const amexG = (s, sep = ' ') => grp(s, [4, 6, 5], sep)
const toZero = (zero) => (s) => s.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)))
const ar = toZero(0x660)
const fa = toZero(0x6f0)
const fw = toZero(0xff10)
/** Keyboard switched mid-number: every other digit Arabic-Indic. */
const mixd = (s) => {
  let i = 0
  return s.replace(/[0-9]/g, (d) => (i++ % 2 ? ar(d) : d))
}
/** An OCR'd screenshot: 0 read as O, 1 as l, a stray space. */
const ocr = (s) => s.replace(/0/g, 'O').replace(/1/g, 'l')
const NB = '\u00a0'
const NNB = '\u202f'
const TH = '\u2009'
const sep = (s, x) => s.replace(/ /g, x)

const ES_WORDS = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve']
/** Voice-to-text that spelled the digits out, in threes. */
const esWords = (p) =>
  bare(p)
    .match(/.{1,3}/g)
    .map((g) => [...g].map((d) => ES_WORDS[d]).join(' '))
    .join(', ')
const V = (kind, form, shown) => `⟦${kind}|${form}|${shown}⟧`
const N = (kind, shown) => `⟪${kind}|${shown}⟫`

// ─── en ──────────────────────────────────────────────────────────────────────────────────────
const en = (() => {
  const c1 = card('visa')
  const c2 = card('amex')
  const c3 = card('mc2')
  const c4 = card('discover')
  const c5 = card('maestro', 19)
  const c6 = card('jcb')
  const s1 = ssn()
  const s2 = ssn()
  const n1 = nino()
  const n2 = nino()
  const gb1 = iban('GB')
  const ie1 = iban('IE')
  const p1 = phone('gbMobile')
  const p2 = phone('us')
  const p3 = phone('gbMobile')
  const p4 = phone('us')
  const p5 = phone('gbLondon')
  const sort1 = `${digits(2)}-${digits(2)}-${digits(2)}`
  const acc1 = digits(8)
  const sort2 = `${digits(2)}-${digits(2)}-${digits(2)}`
  const acc2 = digits(8)
  const usAcc = nz(10)
  return {
    sensitive: [
      `@LotusBankUK day 4 of being locked out. Called ${N('hotline', '0800 161 5155')} three times, 47 min on hold. Card is ${V('card', 'grouped', g4(c1))}, it's blocked for no reason, I've got rent due on the ${N('date', '28th')}. sort it out`,
      `replying to the guy above — don't do what he did lol, never post your card number publicly. anyway mine got swallowed by the ATM on ${N('address', '14')} High St at ${N('time', '22:40')}, card ${V('card', 'amex', amexG(c2))} (amex), and they said wait ${N('duration', '7-10')} working days??`,
      `Screenshot from my app (OCR'd on my phone):\nLotus Bank · Current Account\nSort code ${V('uk_account', 'ocr+dashes', ocr(sort1))}   Account ${V('uk_account', 'ocr', ocr(acc1))}\nBalance £${N('amount', '1,204.77')}\nwhy does it say pending for ${N('count', '3')} days`,
      `Hi, please refund me, you charged me twice for the same thing (£${N('amount', '64.99')} on ${N('date', '02/12')} and again ${N('date', '03/12')}). Account details: sort code ${V('uk_account', 'dashes', sort2)}, account ${V('uk_account', 'bare', acc2)}. Ref ${N('reference', 'LB-2026-448812')}`,
      `voice note transcript: hi yes my name is Dana my number is ${V('phone', 'voice', p1.replace(/ /g, ' ').replace(/(\d)(\d)(\d)/, '$1 $2 $3'))} call me back please I've been waiting since ${N('time', '9am')}`,
      `Text me on ${V('phone', 'intl+nbsp', sep(intl('44', p3), NB))} if anyone from the bank actually reads this. ${N('count', '5')} days no card, no answer.`,
      `US customer here, your fraud team asked me to DM my social and I'm not doing that — but for the record they already have it on file: ${V('us_ssn', 'dashes', s1.join('-'))}. Why would you ask for it by phone from ${V('phone', 'national+parens', `(${p2.slice(0, 3)}) ${p2.slice(4)}`)}??`,
      `r/personalfinance — got a letter "from Lotus" asking me to confirm SSN ${V('us_ssn', 'bare', s2.join(''))} and my online password. Is this a scam? The letter has my full name and the last four right. Posting so others know (yes I'll change it, mods pls blur)`,
      `My NI number is ${V('uk_nino', 'grouped', n1.join(' '))} and your app keeps saying "invalid format" when I register. Tried without spaces too. ${N('version', 'v8.14.2')} on iOS ${N('version', '17.6')}`,
      `[quoting @ms_harlow]\n> they want NI no. + passport to open a basic account\nsame here, I typed ${V('uk_nino', 'bare+lower', n2.join('').toLowerCase())} like ${N('count', '6')} times. Nothing.`,
      `For the refund use my other account please: IBAN ${V('iban', 'grouped', g4(gb1))} (Lotus), not the Irish one ${V('iban', 'bare', ie1)} which I'm closing.`,
      `Someone phoned from ${V('phone', 'national', p5)} saying they were Lotus security and read me my card ${V('card', 'dots', g4(c3, '.'))} back, then asked for the code — which I gave them: ${V('otp', 'grouped', `${digits(3)} ${digits(3)}`)}. Gone: £${N('amount', '2,350')}.`,
      `the app literally shows my whole card number in the notification 🤦 ${V('card', 'bare', c4)} — how is that secure? screenshot below`,
      `Old Maestro from ${N('year', '2014')} still works abroad? number ${V('card', 'maestro19', grp(c5, [4, 4, 4, 4, 3]))} exp ${N('date', '09/27')}`,
      `JCB card from my trip to Osaka: ${V('card', 'tab', g4(c6, '\t'))} — does Lotus accept it for top-ups? asked in branch (open ${N('hours', '9:30–16:30')}), nobody knew`,
      `Daughter's account. Routing ${N('routing', '021000021')} acct no. ${V('account_number', 'bare', usAcc)} — she was charged $${N('amount', '35')} overdraft on a $${N('amount', '3.50')} coffee. Please reverse.`,
      `Reach me at ${V('email', 'plain', 'dana.whitfield88@gmail.com')} or ${V('phone', 'intl', `+1 ${p4.replace(/-/g, ' ')}`)}, I work nights so email is better`,
      `my email is ${V('email', 'obfuscated', 'jordan dot okafor at outlook dot com')} (spelled out so bots don't get it lol). password on the app was reset to ${V('password', 'plain', 'Lotus2026!!')} by your agent, is that normal???`,
      `[07/12/2026, 10:14] Mum: is this the bank? they said to confirm my card ${V('card', 'whatsapp+bare', card('visa'))} and the code ${V('otp', 'plain', digits(6))}\n[07/12/2026, 10:15] Mum: I sent it\n[07/12/2026, 10:31] Me: MUM NO. Forwarding this to @LotusBankUK, please freeze it`,
      `Long one, sorry. Opened my account in ${N('year', '2011')}, never missed a payment, ${N('count', '15')} years loyal. Last month my salary (£${N('amount', '2,870')}) bounced because "security review", then the app logged me out, then branch said call, call centre said branch. I was cut off ${N('count', '4')} times. My landlord has been patient but honestly I'm done. If anyone senior reads this my number is ${V('phone', 'national+bare', bare(phone('gbMobile')))} and I'm off work ${N('day', 'Thursday')}.`,
      `--\nSam Patel | Treasurer, Riverside Cricket Club\nm: ${V('phone', 'signature', p3.replace(' ', '-'))} | e: ${V('email', 'signature', 'treasurer@riversidecc.org.uk')}\nClub a/c: ${V('uk_account', 'signature+spaces', `${sort1.replace(/-/g, ' ')} / ${acc1}`)}`,
    ],
    ordinary: [
      `Lotus Bank Q3 results: net income up ${N('percent', '4.2%')} to £${N('amount', '1.38bn')}, CET1 ${N('percent', '14.1%')}. Shares ${N('price', '652.4p')} (+${N('percent', '1.9%')}) at ${N('time', '10:15')}.`,
      `Your order ${N('order', '112-4938271-5530210')} has shipped. Tracking ${N('tracking', '1Z999AA10123456784')}, arriving ${N('date', 'Dec 9')}.`,
      `Fraud line is ${N('hotline', '0800 161 5155')} (free, ${N('hours', '24/7')}), from abroad ${N('hotline', '+44 345 300 0000')}. Never give your PIN to anyone.`,
      `case ref ${N('reference', '00873412')} opened ${N('date', '2026-11-30')} at ${N('time', '14:07')}, still "in progress" after ${N('count', '7')} days. rubbish.`,
      `Card ending ${N('last4', '4821')} declined at Tesco for £${N('amount', '23.10')}, worked fine at ${N('time', '11:02')}. App v${N('version', '8.14.2')}.`,
      `Mortgage rate went from ${N('percent', '3.89%')} to ${N('percent', '5.14%')}, that's £${N('amount', '312')} more a month on a £${N('amount', '240,000')} loan over ${N('years', '25')} years.`,
      `The "card number" on this phishing page is ${N('card_like', g4(notCard('visa')))} — fails the checksum, it's obviously fake, report the site`,
      `Branch at ${N('address', '221')} Baker St closing ${N('date', '31 Jan 2027')}, nearest one is ${N('distance', '2.4')} miles away. ${N('count', '38')} branches closing this year.`,
      `transaction id ${N('txid', '9F2C-77A1-0043')}, amount $${N('amount', '1,049.00')}, auth code ${N('auth', 'A7Q2')}`,
      `Rated ${N('rating', '1/5')}. App crashed ${N('count', '12')} times since update ${N('version', '8.14')} on my Pixel ${N('model', '7')}.`,
    ],
  }
})()

// ─── zh ──────────────────────────────────────────────────────────────────────────────────────
const zh = (() => {
  const c1 = card('unionpay', 19)
  const c2 = card('unionpay', 16)
  const c3 = card('visa')
  const c4 = card('mc5')
  const c5 = card('unionpay', 19)
  const c6 = card('jcb')
  const p1 = phone('cn')
  const p2 = phone('cn')
  const p3 = phone('hk')
  const p4 = phone('tw')
  const p5 = phone('cn')
  const p6 = phone('cn')
  const gb = iban('GB')
  const de = iban('DE')
  const acc1 = nz(19)
  const acc2 = nz(17)
  return {
    sensitive: [
      `莲花银行你们什么意思？我的卡 ${V('card', 'grouped', grp(c1, [4, 4, 4, 4, 3]))} 昨天晚上${N('time', '11点')}被冻结，打客服${N('hotline', '95588')}打了${N('count', '半小时')}没人接`,
      `工资卡${V('card', 'full-width+bare', fw(c2))}到账${N('amount', '8,600')}元被扣了${N('amount', '15')}元手续费，凭什么？`,
      `【转发】别信！骗子冒充银行客服，说我的卡${V('card', 'bare', c5)}有异常，让我报验证码${V('otp', 'bare', digits(6))}，结果被转走${N('amount', '¥12,800')}。大家小心！！`,
      `有没有人知道怎么改绑手机号？原来的号${V('phone', 'grouped', p1)}停机了，新号${V('phone', 'dashes', p2.replace(/ /g, '-'))}，柜台说要本人带身份证去`,
      `回复 @小鱼干：我也是！联系我 ${V('phone', 'full-width+bare', fw(bare(p5)))} 一起投诉`,
      `截图识别结果：\n收款账号：${V('account_number', 'ocr', ocr(acc1))}\n户名：张*\n金额：${N('amount', '3,000.00')}\n为什么显示失败？`,
      `对公账户 账号${V('account_number', 'grouped', g4(acc2))} 开户行莲花银行上海分行，转账${N('count', '3')}天了还没到`,
      `香港的朋友帮我问一下，WhatsApp ${V('phone', 'intl', `+852 ${p3}`)}，急！卡在${N('place', '中环')}那家分行被吞了`,
      `台湾帐户问题请私讯，电话 ${V('phone', 'national', p4)}，或 LINE 同号。信用卡 ${V('card', 'dashes', g4(c3, '-'))} 海外刷卡被拒`,
      `邮箱是 ${V('email', 'plain', 'wangxf1988@163.com')}，QQ邮箱 ${V('email', 'qq', `${nz(9)}@qq.com`)}，收不到你们的对账单`,
      `发我邮件 ${V('email', 'full-width-at', 'liuyang＠126．com')} 也行，别发短信`,
      `语音转文字：我的验证码是${V('otp', 'voice', digits(3).split('').join(' ') + ' ' + digits(3).split('').join(' '))}你们帮我看看为什么登不上`,
      `密码改成${V('password', 'plain', 'wx19880512')}还是不行，APP版本${N('version', '6.3.1')}`,
      `在英国读书，莲花英国账户 ${V('iban', 'grouped', g4(gb))}，国内汇款${N('count', '两周')}没到`,
      `德国留学生求助：德国账户IBAN ${V('iban', 'full-width+bare', fw(de))} 收不到国内汇款，手续费扣了${N('amount', '¥200')}`,
      `信用卡 ${V('card', 'newline', g4(c4, '\n'))}\n被盗刷${N('count', '3')}笔！！`,
      `日本旅游回来，JCB卡号${V('card', 'thin', g4(c6, TH))}，这张卡在国内能还款吗`,
      `我妈把卡号${V('card', 'mixed-sep', grp(c1, [6, 4, 4, 5], ['-', ' ', '.']))}和密码${V('password', 'pin', digits(6))}都告诉了“客服”，现在怎么办`,
      `我的 account number 是 ${V('account_number', 'code-switch', nz(12))}，在 London branch 开的，transfer 一直 pending，help!!`,
      `联系人：陈先生 ${V('phone', 'intl+bare', `+86${bare(p6)}`)}（微信同号）`,
    ],
    ordinary: [
      `莲花银行${N('year', '2026')}年第三季度净利润${N('amount', '312.5亿')}元，同比增长${N('percent', '6.8%')}，不良率${N('percent', '1.32%')}`,
      `客服热线${N('hotline', '95588')}，信用卡中心${N('hotline', '400-669-5566')}，${N('hours', '7×24')}小时服务`,
      `订单号${N('order', '2026120712345678')}，快递单号${N('tracking', 'SF1402718836524')}，预计${N('date', '12月9日')}送达`,
      `网点营业时间：周一至周五${N('hours', '9:00-17:00')}，周六${N('hours', '9:00-12:00')}`,
      `APP更新到${N('version', '6.3.1')}以后闪退，iOS ${N('version', '17.5')}，iPhone ${N('model', '13')}`,
      `存款利率下调到${N('percent', '1.45%')}，${N('amount', '10万')}存一年少了${N('amount', '300')}块`,
      `流水号${N('txid', '2026120715304411298')}，转账金额${N('amount', '5,000.00')}元，手续费${N('amount', '0.00')}`,
      `这个“卡号”${N('card_like', g4(notCard('unionpay', 16)))}根本不是真卡号，校验都过不了，钓鱼网站`,
      `${N('date', '2026年12月7日')} ${N('time', '14:30')}，排队${N('count', '45')}分钟，窗口只开了${N('count', '2')}个`,
      `尾号${N('last4', '8837')}的卡消费${N('amount', '¥1,299')}，我没刷过`,
    ],
  }
})()

// ─── ar ──────────────────────────────────────────────────────────────────────────────────────
const arPosts = (() => {
  const c1 = card('visa')
  const c2 = card('mc5')
  const c3 = card('mc2')
  const c4 = card('amex')
  const c5 = card('visa')
  const sa = iban('SA')
  const ae = iban('AE')
  const eg = iban('EG')
  const kw = iban('KW')
  const jo = iban('JO')
  const tn = iban('TN')
  const p1 = phone('sa')
  const p2 = phone('ae')
  const p3 = phone('eg')
  const p4 = phone('ma')
  const p5 = phone('sa')
  const p6 = phone('ae')
  const rib = `${digits(3)} ${digits(3)} ${digits(16)} ${digits(2)}`
  return {
    sensitive: [
      `يا بنك اللوتس بطاقتي ${V('card', 'arabic-indic+grouped', ar(g4(c1)))} موقوفة من ${N('duration', '٣')} ايام وما احد يرد على ${N('hotline', '٨٠٠١٢٤٤٤٤٤')}`,
      `رقم جوالي ${V('phone', 'arabic-indic+national', ar(p1))} اتصلوا علي ضروري`,
      `حولت ${N('amount', '٥٠٠٠')} ريال على الايبان ${V('iban', 'grouped', g4(sa))} وما وصلت`,
      `الايبان حقي ${V('iban', 'arabic-indic+bare', `SA${ar(sa.slice(2))}`)} ارجو التحويل اليوم`,
      `واتساب ${V('phone', 'intl', intl('971', p2))} للاستفسار عن القرض، الراتب ${N('amount', '12,000')} درهم`,
      `حسابي في الإمارات: ${V('iban', 'persian+grouped', fa(g4(ae)))} — رجاء اعادة المبلغ`,
      `كلمني على ${V('phone', 'persian+bare', fa(bare(p6)))} انا من باكستان واشتغل في دبي، الكيبورد عندي فارسي`,
      `تم خصم ${N('amount', '٢٥٠')} جنيه من حسابي ${V('iban', 'bare', eg)} بدون سبب، البنك الأهلي قال راجعوا اللوتس`,
      `رقمي المصري ${V('phone', 'intl+arabic-indic', `+٢٠ ${ar(p3.slice(1))}`)} ابعتولي الكود`,
      `الكود اللي وصلني ${V('otp', 'arabic-indic', ar(digits(6)))} بس التطبيق يقول منتهي`,
      `نسخة من الرسالة: "رمز التحقق الخاص بك هو ${V('otp', 'mixed-digits', mixd(digits(6)))} لا تشاركه مع أحد" — شاركته مع الموظف للأسف`,
      `البطاقة ${V('card', 'mixed-digits', mixd(g4(c2)))} انسحب منها ${N('amount', '٣٤٠٠')} درهم في ماليزيا وانا في الرياض`,
      `بطاقة الائتمان ${V('card', 'arabic-indic+nbsp', sep(ar(g4(c3)), NB))} رفضت في الصيدلية`,
      `Amex ${V('card', 'amex+dashes', amexG(c4, '-'))} هل تقبلونها؟`,
      `من المغرب، رقم الحساب RIB: ${V('account_number', 'grouped', rib)} والهاتف ${V('phone', 'national+dashes', p4)}`,
      `التحويل للكويت على ${V('iban', 'grouped', g4(kw))} والأردن على ${V('iban', 'bare', jo)}`,
      `حساب تونسي ${V('iban', 'arabic-indic+grouped', `TN${ar(g4(tn).slice(2))}`)}`,
      `كلمة السر ${V('password', 'plain', 'Ahmed@2024')} ما تشتغل بعد التحديث ${N('version', '٥٫٢٫١')}`,
      `ايميلي ${V('email', 'plain', 'ahmed.alharbi1990@hotmail.com')} وجوال ${V('phone', 'intl+nbsp', sep(intl('966', p5), NB))}`,
      `ya jama3a el bank 3amal 7agz 3ala el card ${V('card', 'arabizi+grouped', g4(card('mc5')))} we mafeesh 7ad byrod, raqmi ${V('phone', 'arabizi+intl', intl('20', phone('eg')))}`,
      `بطاقة ${V('card', 'arabic-indic+newline', ar(g4(c5, '\n')))}\nرجاء الإيقاف فوراً`,
    ],
    ordinary: [
      `أرباح بنك اللوتس للربع الثالث ${N('amount', '٢٫٤')} مليار ريال بزيادة ${N('percent', '٧٪')}`,
      `خدمة العملاء ${N('hotline', '٨٠٠١٢٤٤٤٤٤')} على مدار ${N('hours', '٢٤')} ساعة، ومن خارج المملكة ${N('hotline', '+966 11 402 9000')}`,
      `رقم الطلب ${N('order', '٤٥٨٢٣٩١٠٧')} بتاريخ ${N('date', '٢٠٢٦/١٢/٠٧')}`,
      `الفرع يفتح الساعة ${N('time', '٩:٣٠')} ويقفل ${N('time', '٤:٣٠')} عصراً، والسبت مغلق`,
      `نسبة المرابحة ${N('percent', '٤٫٢٥٪')} لمدة ${N('years', '٥')} سنوات على مبلغ ${N('amount', '٣٠٠٬٠٠٠')} ريال`,
      `تحديث التطبيق ${N('version', '5.2.1')} فيه مشكلة في تسجيل الدخول`,
      `رقم المرجع ${N('reference', 'SA' + notIban('SA').slice(2))} فشل التحويل — هذا رقم مرجع وليس ايبان`,
      `انتظرت ${N('count', '٤٥')} دقيقة في الفرع رقم ${N('branch', '١٢')}`,
      `البطاقة المنتهية بـ ${N('last4', '٧٧١٢')} خصم منها ${N('amount', '٩٩٫٩٩')} درهم`,
      `سعر الصرف ${N('rate', '3.6725')} درهم للدولار اليوم ${N('date', '7/12/2026')}`,
    ],
  }
})()

// ─── nl ──────────────────────────────────────────────────────────────────────────────────────
const nl = (() => {
  const b1 = bsn()
  const b2 = bsn()
  const b3 = bsn()
  const i1 = iban('NL')
  const i2 = iban('NL')
  const i3 = iban('BE')
  const i4 = iban('NL')
  const i5 = iban('DE')
  const c1 = card('mc5')
  const c2 = card('visa')
  const c3 = card('maestro', 16)
  const p1 = phone('nl')
  const p2 = phone('nl')
  const p3 = phone('be')
  const p4 = phone('nl')
  const p5 = phone('nl')
  return {
    sensitive: [
      `@LotusBankNL ik heb ${N('amount', '€ 1.250,00')} overgemaakt naar ${V('iban', 'grouped', g4(i1))} en het staat nog steeds op "verwerken". Al ${N('count', '3')} dagen!`,
      `Mijn BSN is ${V('nl_bsn', 'dots', grp(b1, [4, 2, 3], '.'))} en jullie formulier accepteert het niet. Wat moet ik doen?`,
      `bsn ${V('nl_bsn', 'bare', b2)} ingevuld, "ongeldig". klopt gewoon hoor, staat op m'n paspoort`,
      `Beste Lotus, graag terugstorten op NL-rekening ${V('iban', 'bare+lower', i2.toLowerCase())} (t.n.v. J. de Vries). Mvg`,
      `Gebeld door ${V('phone', 'dashes', p1)} die zei dat ie van de bank was. Niet opnemen mensen!! Ze vragen je pas + pincode`,
      `bel me ff terug op ${V('phone', 'intl+bare', `+31${bare(p2).slice(1)}`)}, ben de hele dag thuis`,
      `Belgische rekening ${V('iban', 'grouped', g4(i3))}, GSM ${V('phone', 'national', p3)}`,
      `Screenshot van de app:\nIBAN ${V('iban', 'ocr', ocr(g4(i4)))}\nSaldo € ${N('amount', '2.003,18')}`,
      `Mijn pas ${V('card', 'grouped', g4(c1))} is ingeslikt bij de automaat op het Leidseplein om ${N('time', '23:15')}`,
      `creditcard ${V('card', 'nbsp', sep(g4(c2), NB))} dubbel belast voor ${N('amount', '€ 89,95')}`,
      `maestro ${V('card', 'dashes', g4(c3, '-'))} werkt niet meer in het buitenland sinds ${N('date', '1 juli')}`,
      `De verificatiecode was ${V('otp', 'plain', digits(6))}, die heb ik doorgegeven aan "de bank" 🤦‍♀️ nu is alles weg`,
      `wachtwoord ${V('password', 'plain', 'Fietsen!2023')} werkt niet meer na de update naar ${N('version', '7.2')}`,
      `mail me: ${V('email', 'obfuscated', 'jdevries apenstaartje ziggo punt nl')} (ivm spam)`,
      `Groeten,\nPiet Jansen\nPenningmeester VV De Zwaluwen\n${V('phone', 'signature', p4)}\n${V('email', 'signature', 'penningmeester@vvdezwaluwen.nl')}\nIBAN ${V('iban', 'signature', g4(i1))}`,
      `Rekeningnummer ${V('account_number', 'context', nz(9))} (oude giro) staat nog op mijn acceptgiro`,
      `Duitse rekening voor mijn huur: ${V('iban', 'tab', g4(i5, '\t'))} — overboeking van ${N('amount', '€ 950')} komt niet aan`,
      `BSN van mijn dochter: ${V('nl_bsn', 'spaced', grp(b3, [3, 3, 3], ' '))}, ze wil een jongerenrekening openen`,
      `[06-12-2026 21:03] Oma: Ze vroegen mijn pincode en ik heb ${V('password', 'pin', digits(4))} gezegd, en de code ${V('otp', 'grouped', `${digits(3)} ${digits(3)}`)}\n[06-12-2026 21:05] Ik: OMA!! Niet doen. @LotusBankNL graag pas blokkeren`,
      `spraakbericht: mijn nummer is ${V('phone', 'voice', bare(p5).split('').join(' '))} bel me terug aub`,
    ],
    ordinary: [
      `Lotus Bank NL: winst ${N('amount', '€ 1,2 miljard')} in ${N('year', '2026')}, ${N('percent', '3,4%')} meer dan vorig jaar`,
      `Klantenservice ${N('hotline', '0800-0224')} of ${N('hotline', '0900-0123')} (${N('price', '€ 0,10')} p/m)`,
      `Bestelnummer ${N('order', '2026-004412')} — pakket ${N('tracking', '3SABCD1234567')} komt ${N('date', '9 december')}`,
      `Filiaal open ${N('hours', '09.00–17.30')}, donderdag tot ${N('time', '21.00')}`,
      `Klantnummer ${N('customer', notBsn())} (geen BSN, staat op je pas)`,
      `rente naar ${N('percent', '2,15%')}, dat is ${N('amount', '€ 43')} per jaar op ${N('amount', '€ 2.000')}`,
      `App versie ${N('version', '7.2.0')} op Android ${N('version', '14')} crasht bij inloggen`,
      `Betalingskenmerk ${N('reference', '5012 4093 2281 6613')} — dit is geen kaartnummer`,
      `Mijn pas eindigt op ${N('last4', '3307')} en werd geweigerd bij AH voor ${N('amount', '€ 23,40')}`,
      `Ik woon op nummer ${N('address', '112')}, postcode ${N('postcode', '1012 AB')}`,
    ],
  }
})()

// ─── es ──────────────────────────────────────────────────────────────────────────────────────
const es = (() => {
  const i1 = iban('ES')
  const i2 = iban('ES')
  const i3 = iban('PT')
  const c1 = card('visa')
  const c2 = card('mc5')
  const c3 = card('discover')
  const c4 = card('amex')
  const p1 = phone('es')
  const p2 = phone('es')
  const p3 = phone('mx')
  const p4 = phone('es')
  const ccc = `${digits(4)} ${digits(4)} ${digits(2)} ${digits(10)}`
  const clabe = nz(18)
  return {
    sensitive: [
      `@LotusBankES me habéis cobrado ${N('amount', '2 veces 49,99 €')} en la tarjeta ${V('card', 'grouped', g4(c1))}, quiero la devolución YA`,
      `mi IBAN es ${V('iban', 'grouped', g4(i1))} para que me devolváis la comisión de ${N('amount', '35 €')}`,
      `IBAN: ${V('iban', 'bare', i2)} (el de mi madre, es ella la titular)`,
      `Cuenta antigua (CCC) ${V('account_number', 'grouped', ccc)} ¿sigue valiendo?`,
      `Llamadme al ${V('phone', 'national', p1)}, llevo ${N('duration', '2 horas')} esperando en el ${N('hotline', '900 100 200')}`,
      `WhatsApp ${V('phone', 'intl', intl('34', p2))} urgente, me han robado el bolso con la tarjeta`,
      `Desde México: cel ${V('phone', 'intl', `+52 ${p3}`)}, CLABE ${V('account_number', 'bare', clabe)}`,
      `Tarjeta ${V('card', 'dots', g4(c2, '.'))} bloqueada sin avisar. Estoy en Lisboa, cuenta portuguesa ${V('iban', 'grouped', g4(i3))}`,
      `me llamaron del ${V('phone', 'dashes', p4.replace(/ /g, '-'))} diciendo que eran del banco y les di el código ${V('otp', 'plain', digits(6))}. Me quitaron ${N('amount', '1.200 €')}`,
      `la contraseña es ${V('password', 'plain', 'Sevilla_1998')} y no me deja entrar desde la ${N('version', 'v5.4')}`,
      `escribidme a ${V('email', 'obfuscated', 'mariagarcia arroba gmail punto com')}`,
      `correo: ${V('email', 'plain', 'j.martinez.lopez@telefonica.net')}`,
      `Discover ${V('card', 'bare', c3)} de EEUU, ¿la aceptáis?`,
      `amex ${V('card', 'amex+nbsp', sep(amexG(c4), NB))} rechazada en el hotel`,
      `transcripción de audio: mi número es ${V('phone', 'words', esWords(phone('es')))} llamadme porfa`,
      `Soy de Texas y tengo cuenta aquí, mi seguro social ${V('us_ssn', 'spaced', ssn().join(' '))} lo pidió el agente por teléfono, ¿es normal?`,
      `PIN ${V('password', 'pin', digits(4))} cambiado en el cajero y sigue pidiendo el viejo`,
      `Captura:\nTitular: L. Gómez\nIBAN ${V('iban', 'ocr', ocr(g4(i1)))}\nImporte ${N('amount', '850,00 €')}`,
      `Tarjeta\n${V('card', 'newline', g4(c1, '\n'))}\nCaducidad ${N('date', '11/28')}`,
      `bro el banco me hizo un charge de $${N('amount', '89.99')} twice, mi card es ${V('card', 'code-switch+dashes', g4(card('mc2'), '-'))}, call me ${V('phone', 'intl', `+1 ${phone('us')}`)} porfa`,
      `Un saludo,\nAna Ruiz — Tesorera AMPA CEIP Cervantes\nTel. ${V('phone', 'signature', p1.replace(/ /g, '.'))}\n${V('email', 'signature', 'ampa.cervantes@gmail.com')}`,
    ],
    ordinary: [
      `Lotus Bank España gana ${N('amount', '1.024 millones')} hasta septiembre, un ${N('percent', '8,3 %')} más`,
      `Atención al cliente ${N('hotline', '900 100 200')} y ${N('hotline', '91 123 45 00')} desde el extranjero`,
      `Pedido ${N('order', '408-7719302-1188476')}, seguimiento ${N('tracking', 'PK4G8U0012345678')}`,
      `Horario de la oficina: ${N('hours', '8:30 a 14:00')}, jueves ${N('hours', '16:30–19:00')}`,
      `Euríbor a ${N('percent', '2,47%')}, mi cuota sube ${N('amount', '63 €')} al mes`,
      `app ${N('version', '5.4.2')}, Android ${N('version', '13')}, no carga los movimientos desde el ${N('date', '03/12/2026')}`,
      `Referencia ${N('reference', notIban('ES'))} devuelta (no es un IBAN válido)`,
      `tarjeta terminada en ${N('last4', '0912')}, cargo de ${N('amount', '129,00 €')}`,
      `${N('count', '300')} personas despedidas, ${N('count', '45')} oficinas cerradas en ${N('year', '2026')}`,
      `Número de seguimiento del envío ${N('tracking', notCard('visa', 16))}`,
    ],
  }
})()

// ─── fr ──────────────────────────────────────────────────────────────────────────────────────
const fr = (() => {
  const i1 = iban('FR')
  const i2 = iban('FR')
  const i3 = iban('BE')
  const i4 = iban('CH')
  const i5 = iban('LU')
  const c1 = card('visa')
  const c2 = card('mc2')
  const c3 = card('maestro', 16)
  const c4 = card('visa')
  const p1 = phone('fr')
  const p2 = phone('fr')
  const p3 = phone('ch')
  const p4 = phone('be')
  const p5 = phone('ma')
  const r = rib()
  return {
    sensitive: [
      `@LotusBankFR ma carte ${V('card', 'narrow-nbsp', sep(g4(c1), NNB))} est bloquée depuis ${N('duration', '4 jours')}, personne ne répond au ${N('hotline', '3639')}`,
      `Voici mon IBAN : ${V('iban', 'grouped', g4(i1))} pour le remboursement des ${N('amount', '79,90 €')}`,
      `RIB : ${V('account_number', 'rib', r.join(' '))} — c'est bien ça pour le virement ?`,
      `iban ${V('iban', 'narrow-nbsp', sep(g4(i2), NNB))} (copié depuis l'appli)`,
      `Compte belge ${V('iban', 'bare', i3)}, GSM ${V('phone', 'intl', intl('32', p4))}`,
      `Rappelez-moi au ${V('phone', 'national', p1)} svp, je suis joignable après ${N('time', '18h')}`,
      `mon numéro ${V('phone', 'dots', p2.replace(/ /g, '.'))}, c'est urgent, on m'a débité ${N('amount', '1 250 €')}`,
      `En Suisse : ${V('phone', 'intl', intl('41', p3))}, IBAN ${V('iban', 'grouped', g4(i4))}`,
      `Depuis le Maroc, tél ${V('phone', 'intl', `+212 ${p5.slice(1)}`)}`,
      `Le code reçu par SMS : ${V('otp', 'grouped', `${digits(3)} ${digits(3)}`)}, je l'ai donné au faux conseiller 😭`,
      `mdp : ${V('password', 'plain', 'Chaton2019!')} — il ne marche plus depuis la mise à jour ${N('version', '4.8')}`,
      `écrivez-moi à ${V('email', 'obfuscated', 'sophie.martin arobase orange point fr')}`,
      `Cordialement,\nJean Dupont\nTrésorier, Association Les Amis du Vélo\n${V('phone', 'signature', p1)}\n${V('email', 'signature', 'tresorier@amisduvelo.fr')}`,
      `Carte Mastercard ${V('card', 'thin', g4(c2, TH))} débitée deux fois chez Carrefour`,
      `maestro ${V('card', 'slashes', g4(c3, '/'))} refusée à l'étranger`,
      `Compte luxembourgeois ${V('iban', 'dashes', g4(i5, '-'))}`,
      `Capture d'écran :\nIBAN ${V('iban', 'ocr', ocr(g4(i1)))}\nBIC LOTUFRPP`,
      `dictée vocale : mon numéro c'est ${V('phone', 'voice', bare(p2).match(/../g).join(' '))} rappelez-moi`,
      `Carte\t${V('card', 'tab+mixed-sep', grp(c4, [4, 4, 4, 4], ['\t', ' ', '-']))}\tcaduque ?`,
    ],
    ordinary: [
      `Lotus Bank France : résultat net de ${N('amount', '845 M€')} au T3, en hausse de ${N('percent', '5,2 %')}`,
      `Service client au ${N('hotline', '3639')} (service ${N('price', '0,15 €/min')}) ou ${N('hotline', '09 69 39 99 98')}`,
      `Commande n° ${N('order', '2026-12-0044817')}, colis ${N('tracking', '6A12345678901')}`,
      `Agence ouverte de ${N('hours', '9 h à 12 h 30')} et de ${N('hours', '14 h à 18 h')}`,
      `Taux du livret A à ${N('percent', '2,4 %')}, plafond ${N('amount', '22 950 €')}`,
      `Appli ${N('version', '4.8.1')} sur iOS ${N('version', '18.1')} : écran blanc depuis le ${N('date', '05/12/2026')}`,
      `Numéro de dossier ${N('reference', notIban('FR'))} — ce n'est pas un IBAN, la clé est fausse`,
      `carte se terminant par ${N('last4', '5521')}, prélèvement de ${N('amount', '12,99 €')}`,
      `Code postal ${N('postcode', '75008')}, ${N('address', '12')} rue de la Paix`,
      `Ticket ${N('reference', '#458 221')} ouvert le ${N('date', '1er décembre')}`,
    ],
  }
})()

// ─── de ──────────────────────────────────────────────────────────────────────────────────────
const de = (() => {
  const i1 = iban('DE')
  const i2 = iban('DE')
  const i3 = iban('AT')
  const i4 = iban('CH')
  const i5 = iban('IT')
  const c1 = card('visa')
  const c2 = card('mc5')
  const c3 = card('maestro', 19)
  const c4 = card('mc2')
  const p1 = phone('de')
  const p2 = phone('de')
  const p3 = phone('at')
  const p4 = phone('ch')
  const p5 = phone('de')
  return {
    sensitive: [
      `@LotusBankDE Überweisung an ${V('iban', 'grouped', g4(i1))} seit ${N('duration', '5 Tagen')} nicht angekommen. ${N('amount', '1.800 €')} Miete!!`,
      `meine IBAN ${V('iban', 'bare', i2)}, bitte die ${N('amount', '12,50 €')} Gebühr zurück`,
      `Österreichisches Konto ${V('iban', 'grouped', g4(i3))}, Handy ${V('phone', 'national', p3)}`,
      `Kontonummer ${V('account_number', 'context', nz(10))}, BLZ ${N('blz', '370 400 44')} — alte Angaben, geht das noch?`,
      `Ruft mich an: ${V('phone', 'national', p1)}. Hotline ${N('hotline', '0800 123 4567')} ist dauerbesetzt`,
      `Handy ${V('phone', 'intl', intl('49', p2))} (WhatsApp)`,
      `Schweizer Nummer ${V('phone', 'intl+bare', `+41${bare(p4).slice(1)}`)}, Konto ${V('iban', 'grouped', g4(i4))}`,
      `Die TAN war ${V('otp', 'plain', digits(6))} und ich hab sie am Telefon gesagt. Jetzt ${N('amount', '4.300 €')} weg.`,
      `Passwort: ${V('password', 'plain', 'Sommer2024!')} – funktioniert nicht seit Version ${N('version', '3.11')}`,
      `Kreditkarte ${V('card', 'grouped', g4(c1))} gesperrt, ohne Vorwarnung`,
      `Mastercard ${V('card', 'two-spaces', g4(c2, '  '))} doppelt belastet`,
      `Girocard/Maestro ${V('card', 'maestro19', grp(c3, [4, 4, 4, 4, 3]))} im Automaten geblieben`,
      `Mail: ${V('email', 'obfuscated', 'k.schmidt (at) web [punkt] de')}`,
      `Meine Adresse ${V('email', 'idn', 'jürgen@müller-bäckerei.de')} bekommt keine Kontoauszüge`,
      `Mit freundlichen Grüßen\nKlaus Weber\nKassenwart TSV Eintracht\nTel. ${V('phone', 'signature', p5.replace(' ', '/'))}\n${V('email', 'signature', 'kasse@tsv-eintracht.de')}`,
      `Screenshot aus der App:\nIBAN ${V('iban', 'ocr', ocr(g4(i1)))}\nKontostand ${N('amount', '2.341,07 €')}`,
      `Italienisches Konto für die Ferienwohnung: ${V('iban', 'grouped', g4(i5))}`,
      `Sprachnachricht: meine Nummer ist ${V('phone', 'voice', bare(p1).split('').join(' '))} bitte zurückrufen`,
      `Karte ${V('card', 'newline+nbsp', grp(c4, [4, 4, 4, 4], ['\n', NB, ' ']))} abgelehnt`,
    ],
    ordinary: [
      `Lotus Bank Deutschland: Gewinn ${N('amount', '612 Mio. €')}, Kernkapitalquote ${N('percent', '15,3 %')}`,
      `Service-Hotline ${N('hotline', '0800 123 4567')} (kostenlos), Sperr-Notruf ${N('hotline', '116 116')}`,
      `Bestellnummer ${N('order', '302-5583920-7741006')}, Sendungsnummer ${N('tracking', '00340434161094042557')}`,
      `Filiale geöffnet ${N('hours', '9–13 Uhr')} und ${N('hours', '14–18 Uhr')}`,
      `Dispozins ${N('percent', '12,9 %')}, das sind ${N('amount', '38,70 €')} für ${N('duration', '3 Monate')}`,
      `App-Version ${N('version', '3.11.2')} auf iOS ${N('version', '17.4')}`,
      `Verwendungszweck ${N('reference', notIban('DE'))} (keine IBAN, Prüfziffer falsch)`,
      `Karte endet auf ${N('last4', '6604')}, Abbuchung ${N('amount', '59,99 €')}`,
      `PLZ ${N('postcode', '10115')} Berlin, Hausnummer ${N('address', '23')}`,
      `Am ${N('date', '07.12.2026')} um ${N('time', '14:45')} Uhr war die App ${N('duration', '2 Stunden')} down`,
    ],
  }
})()

const tag = (lang, rows) => rows.map((text) => [lang, text])
/** @type {[string, string][]} */
export const sensitive = [
  ...tag('en', en.sensitive),
  ...tag('zh', zh.sensitive),
  ...tag('ar', arPosts.sensitive),
  ...tag('nl', nl.sensitive),
  ...tag('es', es.sensitive),
  ...tag('fr', fr.sensitive),
  ...tag('de', de.sensitive),
]
/** @type {[string, string][]} */
export const ordinary = [
  ...tag('en', en.ordinary),
  ...tag('zh', zh.ordinary),
  ...tag('ar', arPosts.ordinary),
  ...tag('nl', nl.ordinary),
  ...tag('es', es.ordinary),
  ...tag('fr', fr.ordinary),
  ...tag('de', de.ordinary),
]
