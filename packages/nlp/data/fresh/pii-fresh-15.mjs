/**
 * Blind personal-data set 15 (issue 11, must-have 1), written by the redteam15p red team on
 * 2026-12-07 before reading any PII code, test data or earlier set: from the issue text, the
 * standards (card issuer ranges, the SWIFT IBAN registry's lengths, national numbering plans,
 * SSN / NI / BSN rules) and how people write to a bank in public.
 *
 * Every value is GENERATED here with valid check digits (Luhn for cards, ISO 7064 mod-97 for
 * IBANs, the Belgian, French RIB and Spanish domestic keys inside the BBAN, the 11-check for BSNs,
 * SSA rules for SSNs, HMRC prefix rules for NI numbers), then written into the post in the form
 * its author typed it: digit script, separator, OCR'd screenshot, voice-to-text, obfuscated e-mail,
 * a value inside a URL, a hashtag, a pasted statement table, a quoted reply that wraps it.
 *
 * Marks (read by scripts/lib/pii-render-15.mjs):
 *   ⟦kind⁞form⁞shown⟧ a sensitive value of `kind` written as `shown`; `form` names how ("+"-joined)
 *   ⟪kind⁞shown⟫      an ordinary number that must stay readable
 * Kinds: card, iban, uk_account, account_number, us_ssn, uk_nino, nl_bsn, phone, email, otp, password.
 *
 * Decisions:
 *   - The bank's OWN published hotline (kind "hotline") is ordinary: it is not personal data, and a
 *     customer quoting "I called 0800 …" is exactly what an analyst needs to read. Reported apart.
 *   - A card the customer masked themselves ("**** **** **** 4821", "ending 4821") is neither
 *     sensitive nor scored. A full number with ONE digit starred is sensitive (the rest is shown).
 *   - "IBAN-like" text that fails mod-97 and "card-like" numbers that fail Luhn are ordinary
 *     (order ids, transaction ids); they are written in posts that say what they are.
 */

// Deterministic values: a seeded PRNG, so the set is the same on every run.
function mulberry32(seed) {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const rnd = mulberry32(0x150715)
const dig = (n) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('')
/** One character of `chars`: a numbering plan's allowed leading digits. */
const pick = (chars) => chars[Math.floor(rnd() * chars.length)]
const digNZ = (n) => String(1 + Math.floor(rnd() * 9)) + dig(n - 1)

function luhnDigit(body) {
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
const luhnOk = (s) => luhnDigit(s.slice(0, -1)) === s.slice(-1)
/** A card number of `len` digits starting with `prefix`, Luhn-valid. */
const card = (prefix, len) => {
  const body = prefix + dig(len - 1 - prefix.length)
  return body + luhnDigit(body)
}
/** The same shape with the check digit wrong: fails Luhn. */
const notCard = (prefix, len) => {
  const c = card(prefix, len)
  return c.slice(0, -1) + String((Number(c.slice(-1)) + 3) % 10)
}

const mod97 = (digits) => {
  let r = 0
  for (const ch of digits) r = (r * 10 + Number(ch)) % 97
  return r
}
const lettersAsDigits = (s) =>
  [...s.toUpperCase()].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('')
/** An IBAN for country `cc` and a BBAN, with ISO 13616 check digits. */
const iban = (cc, bban) => {
  const check = 98 - mod97(lettersAsDigits(`${bban}${cc}00`))
  return `${cc}${String(check).padStart(2, '0')}${bban}`
}
const ibanOk = (s) => mod97(lettersAsDigits(s.slice(4) + s.slice(0, 4))) === 1
/** Same shape with check digits off by one: fails mod-97. */
const notIban = (cc, bban) => {
  const good = iban(cc, bban)
  const c = (Number(good.slice(2, 4)) % 97) + 1
  return `${cc}${String(c).padStart(2, '0')}${bban}`
}
// BBANs by the SWIFT IBAN registry (lengths in comments: total IBAN length).
const bban = {
  GB: (bank = 'NWBK') => bank + dig(14), // 22
  NL: (bank = 'ABNA') => bank + dig(10), // 18
  DE: () => digNZ(8) + dig(10), // 22
  BE: () => {
    const ten = dig(10)
    const k = mod97(ten) || 97
    return ten + String(k).padStart(2, '0')
  }, // 16
  FR: () => {
    const b = dig(5)
    const g = dig(5)
    const a = dig(11)
    const k = 97 - Number((89n * BigInt(b) + 15n * BigInt(g) + 3n * BigInt(a)) % 97n)
    return b + g + a + String(k).padStart(2, '0')
  }, // 27
  ES: () => {
    const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    const dc = (ten) => {
      const d = 11 - ([...ten].reduce((s, c, i) => s + Number(c) * w[i], 0) % 11)
      return String(d === 11 ? 0 : d === 10 ? 1 : d)
    }
    const bank = dig(4)
    const branch = dig(4)
    const acc = dig(10)
    return bank + branch + dc(`00${bank}${branch}`) + dc(acc) + acc
  }, // 24
  IT: () => 'X' + dig(10) + dig(12), // 27
  CH: () => dig(5) + dig(12), // 21
  LU: () => dig(3) + dig(13), // 20
  AT: () => dig(5) + dig(11), // 20
  IE: () => 'AIBK' + dig(14), // 22
  PT: () => dig(21), // 25
  AE: () => dig(3) + dig(16), // 23
  SA: () => dig(2) + dig(18), // 24
  EG: () => dig(25), // 29
  JO: () => 'CBJO' + dig(22), // 30
  QA: () => 'QNBA' + dig(21), // 29
  KW: () => 'NBOK' + dig(22), // 30
}
const IBAN_LEN = {
  GB: 22,
  NL: 18,
  DE: 22,
  BE: 16,
  FR: 27,
  ES: 24,
  IT: 27,
  CH: 21,
  LU: 20,
  AT: 20,
  IE: 22,
  PT: 25,
  AE: 23,
  SA: 24,
  EG: 29,
  JO: 30,
  QA: 29,
  KW: 30,
}
const mkIban = (cc, ...a) => {
  const v = iban(cc, bban[cc](...a))
  if (v.length !== IBAN_LEN[cc] || !ibanOk(v)) throw new Error(`bad IBAN ${v}`)
  return v
}

/** NL BSN: 9 digits, 9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11). */
function bsn() {
  for (;;) {
    const b = digNZ(8)
    const s = [...b].reduce((acc, c, i) => acc + Number(c) * (9 - i), 0) % 11
    if (s < 10) return b + String(s)
  }
}
/** US SSN: area 001–899 but not 666, group 01–99, serial 0001–9999. */
function ssn() {
  for (;;) {
    const area = dig(3)
    const group = dig(2)
    const serial = dig(4)
    if (area === '000' || area === '666' || area >= '900' || group === '00' || serial === '0000') continue
    return `${area}-${group}-${serial}`
  }
}
/** UK NI number: an allowed prefix, six digits, suffix A–D. */
const nino = (prefix) => `${prefix}${dig(6)}${'ABCD'[Math.floor(rnd() * 4)]}`

// Writing helpers.
const S = (kind, form, shown) => `⟦${kind}⁞${form}⁞${shown}⟧`
const O = (kind, shown) => `⟪${kind}⁞${shown}⟫`
/** Digits grouped by `sizes` (the last size repeats), joined by `sep`. */
function grp(s, sizes, sep = ' ') {
  const out = []
  let i = 0
  let k = 0
  while (i < s.length) {
    const n = sizes[Math.min(k++, sizes.length - 1)]
    out.push(s.slice(i, i + n))
    i += n
  }
  return out.join(sep)
}
/** A grouped value hard-wrapped inside a quoted reply: the space at `at` becomes a quoted line break. */
function wrapAt(shown, at) {
  if (shown[at] !== ' ') throw new Error(`no space at ${at} in ${shown}`)
  return `${shown.slice(0, at)}\n> ${shown.slice(at + 1)}`
}
const by4 = (s, sep = ' ') => grp(s, [4], sep)
const toZero = (zero) => (s) => s.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)))
const ar = toZero(0x660) // Arabic-Indic
const fa = toZero(0x6f0) // Extended Arabic-Indic (Persian / Urdu keyboards)
const fw = toZero(0xff10) // full-width
/** OCR of a screenshot: some 0s read as O and some 1s as l (the glyphs that really look alike). */
const ocr = (s) => {
  let i = 0
  return s.replace(/[01]/g, (d) => (i++ % 2 ? d : d === '0' ? 'O' : 'l'))
}
const NB = '\u00a0'
const NNB = '\u202f'
const TH = '\u2009'
const WORDS = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  nl: ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'],
  de: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
  es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
  ar: ['صفر', 'واحد', 'اثنين', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة'],
  zh: ['零', '幺', '二', '三', '四', '五', '六', '七', '八', '九'],
}
/** Voice-to-text reading digits one by one. */
const spoken = (s, lang) =>
  [...s.replace(/\D/g, '')].map((d) => WORDS[lang][Number(d)]).join(lang === 'zh' ? '' : ' ')

// ---------------------------------------------------------------------------------------------
// Values. Cards by issuer range: Visa 4; Mastercard 51–55 and 2221–2720; Amex 34/37 (15);
// UnionPay 62 (16–19); Maestro 5018/5020/5038/6304/6759/6761–6763 (12–19); Discover 6011/644–649/65;
// JCB 3528–3589; Diners 36 (14).
const C = {
  visa16a: card('4', 16),
  visa16b: card('4', 16),
  visa16c: card('4', 16),
  visa16d: card('4', 16),
  visa13: card('4', 13),
  visa19: card('4', 19),
  mc5a: card('53', 16),
  mc5b: card('55', 16),
  mc5c: card('51', 16),
  mc2a: card('2221', 16),
  mc2b: card('2720', 16),
  mc2c: card('25', 16),
  amexA: card('34', 15),
  amexB: card('37', 15),
  up16: card('6228', 16),
  up19a: card('6217', 19),
  up19b: card('6222', 19),
  up17: card('6259', 17),
  maestro12: card('6759', 12),
  maestro19: card('5018', 19),
  maestro16: card('6763', 16),
  maestro18: card('5038', 18),
  disc: card('6011', 16),
  disc65: card('65', 16),
  disc644: card('644', 16),
  jcbA: card('3530', 16),
  jcbB: card('3589', 16),
  diners: card('36', 14),
  visa16e: card('4', 16),
  mc5d: card('54', 16),
  visa16f: card('4', 16),
  mc2d: card('2300', 16),
}
for (const [k, v] of Object.entries(C)) if (!luhnOk(v)) throw new Error(`bad card ${k}`)
const I = {
  GB1: mkIban('GB', 'BARC'),
  GB2: mkIban('GB', 'LOYD'),
  NL1: mkIban('NL', 'INGB'),
  NL2: mkIban('NL', 'RABO'),
  NL3: mkIban('NL', 'BUNQ'),
  NL4: mkIban('NL', 'ABNA'),
  DE1: mkIban('DE'),
  DE2: mkIban('DE'),
  DE3: mkIban('DE'),
  BE1: mkIban('BE'),
  BE2: mkIban('BE'),
  FR1: mkIban('FR'),
  FR2: mkIban('FR'),
  FR3: mkIban('FR'),
  ES1: mkIban('ES'),
  ES2: mkIban('ES'),
  ES3: mkIban('ES'),
  IT1: mkIban('IT'),
  CH1: mkIban('CH'),
  LU1: mkIban('LU'),
  AT1: mkIban('AT'),
  IE1: mkIban('IE'),
  PT1: mkIban('PT'),
  AE1: mkIban('AE'),
  AE2: mkIban('AE'),
  SA1: mkIban('SA'),
  SA2: mkIban('SA'),
  EG1: mkIban('EG'),
  JO1: mkIban('JO'),
  QA1: mkIban('QA'),
  KW1: mkIban('KW'),
}
const BSN = [bsn(), bsn(), bsn(), bsn(), bsn()]
const SSN = [ssn(), ssn(), ssn(), ssn()]
const NINO = [nino('JK'), nino('SL'), nino('WP'), nino('CE')]
const OTP = Array.from({ length: 16 }, () => dig(6))
const sort = () => dig(6)
// Added in the same writing session (before any score): more forms per kind.
const X = {
  visaRant: card('4', 16),
  mcJson: card('52', 16),
  visaTypo: card('4', 16),
  mcTab: card('51', 16),
  visaLines: card('4', 16),
  mcStars: card('2221', 16),
  upAcct: card('6212', 19),
  otpA: dig(6),
  otpB: dig(6),
  nlTypo: mkIban('NL', 'TRIO'),
  kw: mkIban('KW'),
  it: mkIban('IT'),
}
const acct8 = () => dig(8)

// ---------------------------------------------------------------------------------------------
const en = [
  `@LotusBankUK mate I've been on hold 40 mins. card ${S('card', 'space', by4(C.visa16a))} got declined at Tesco AGAIN and the app says everything's fine??`,
  `@LotusBank_Help replying here bc DMs are broken: sort code ${S('uk_account', 'dash+space', `${grp(sort(), [2], '-')} acc ${acct8()}`)} — the transfer from Friday still hasn't landed`,
  `Replying to @LotusBankUK\n\nno I will NOT "send it via DM" again. For the 3rd time my acct is ${S('account_number', 'bare+context', acct8())} and it's been frozen since Tuesday`,
  `Voice message transcribed:\n"hi yeah it's me again um the card number is ${S('card', 'voice', spoken(C.mc5a, 'en'))} and I just want to know why it was blocked thanks"`,
  `[screenshot text]\nLotus Bank\nPayment to: J SMITH\nIBAN ${S('iban', 'ocr+space', ocr(by4(I.GB1)))}\nAmount £1,250.00\nStatus: Pending`,
  `Can someone from @LotusBankUK call me back on ${S('phone', 'national+space', `07${pick('4579')}${dig(2)} ${dig(6)}`)} please, been waiting since Monday and nobody answers on the chat`,
  `so apparently my SSN ${S('us_ssn', 'dash', SSN[0])} was used to open an account w/ Lotus in Ohio??? I have never banked with them. @LotusBankUS explain`,
  `PSA do NOT do what I did. "Lotus Bank" texted me, I gave them the code ${S('otp', 'bare+context', OTP[0])} and £900 vanished. reported to action fraud`,
  `Review ★☆☆☆☆ (app v8.3.1)\nKeeps logging me out. Support asked me to email my NI number ${S('uk_nino', 'spaced', grp(NINO[0], [2, 2, 2, 2, 1]))} to a gmail address??? sketchy as hell`,
  `lol the lotus chatbot literally asked me to type my full card no. so i did: ${S('card', 'bare', C.amexA)} and then it said "I didn't understand that"`,
  `Reply to @jess_r:\n> did they refund you?\nnope. gave them everything, card ${S('card', 'split-quote', `${C.visa16b.slice(0, 8)}\n> ${C.visa16b.slice(8)}`)} and still nothing`,
  `Dear Lotus Bank,\n\nI am writing for the fourth time about a payment that left my account. Please contact me.\n\nKind regards,\nMargaret Holloway\n${S('email', 'signature', 'm.holloway1958@btinternet.com')}\nTel: ${S('phone', 'international+space', `+44 20 ${pick('378')}${dig(3)} ${dig(4)}`)}`,
  `my email is ${S('email', 'obfuscated', 'danny.k.92 at gmail dot com')} if anyone from lotus actually wants to fix this instead of tweeting "sorry to hear that"`,
  `${S('phone', 'international+dash', `+1-${pick('23456789')}${dig(2)}-${pick('23456789')}${dig(2)}-${dig(4)}`)} that's my cell, I'm in Chicago, your US helpline keeps hanging up on me @LotusBankUS`,
  `I'm literally crying. Paid rent from ${S('iban', 'bare', I.IE1)} and it bounced and my landlord is threatening me. how is this allowed`,
  `someone in the community forum posted their whole card like ${S('card', 'one-asterisk', `${by4(C.mc2a).slice(0, 17)}*${by4(C.mc2a).slice(18)}`)} — mods please delete that`,
  `update: they reset my login. temp password was ${S('password', 'context', 'Lotus!Temp2026')} and it didn't even work lmao`,
  `Statement pasted:\nDate\tDescription\tAccount\tAmount\n${O('date', '03/12')}\tDD LOTUS INS\t${S('uk_account', 'table+tab', `${grp(sort(), [2], '-')}\t${acct8()}`)}\t${O('amount', '-£49.99')}`,
  `Just checked https://lotusbank.example/pay/confirm?card=${S('card', 'url', C.disc)}&amt=20 — why is my full card number in the URL bar??? #LotusBank #security`,
  `filling in the Lotus US account form for the 3rd time, it keeps rejecting my social ${S('us_ssn', 'bare', SSN[1].replace(/-/g, ''))} even tho it's correct`,
  `Voice memo to text: "yeah my social security number is ${S('us_ssn', 'voice', spoken(SSN[2], 'en'))} and the account was opened without me"`,
  `HMRC letter + Lotus both want my NI: ${S('uk_nino', 'lower+bare', NINO[1].toLowerCase())}. Which one of them leaked it??`,
  `sort code ${S('uk_account', 'space+slash', `${grp(sort(), [2], ' ')} / ${acct8()}`)} — please reverse the payment I did NOT authorise @LotusBankUK`,
  `whatsapp me instead, it's quicker: wa.me/${S('phone', 'url+international', `447${pick('4579')}${dig(8)}`)} #LotusBank #customerservice`,
  `NI no. ${S('uk_nino', 'dash', `${NINO[2].slice(0, 2)}-${grp(NINO[2].slice(2, 8), [2], '-')}-${NINO[2].slice(8)}`)} SSN ${S('us_ssn', 'space', SSN[3].replace(/-/g, ' '))} — yes I have both, I moved from Boston, and yes your form still can't handle it`,
  `Long post, sorry. Three weeks ago I noticed a payment of £312.40 I didn't make. I froze the card in the app, rang the fraud line, was told a new card would come in 5–7 working days. It didn't. I rang again on the 19th, waited 52 minutes, and the agent asked me to "confirm the long number on the old card" — which, fine, it's frozen: ${S('card', 'space+long-rant', by4(X.visaRant))}. Then he said the freeze had been lifted "by mistake" and two more payments went out (£89.99 and £140). Nobody can tell me who lifted it. I've been with Lotus since 2004. I am done.`,
  `dev here, your sandbox app logs the raw PAN lol: {"event":"auth_fail","pan":"${S('card', 'json', X.mcJson)}","exp":"09/28","v":"8.14.2"} — reported via HackerOne, no reply in 30 days`,
  `scammer texted from ${S('phone', 'hashtag', `#07${pick('4579')}${dig(8)}`)} pretending to be Lotus fraud team. block and report #scamalert #LotusBank`,
  `@LotusBankUK card no. ${S('card', 'typo-sep', `${X.visaTypo.slice(0, 4)} ${X.visaTypo.slice(4, 8)} ${X.visaTypo.slice(8)}`)} please just cancel it, I can't find the cancel button anywhere`,
]
const enOrdinary = [
  `@LotusBankUK why was I charged ${O('amount', '£1,234.56')} twice on ${O('date', '04/12/2026')}? Order ${O('order', '112-4839205-7730215')} from Amazon, refunded by them already`,
  `Lotus Bank app ${O('version', 'v8.14.2')} still crashes on iOS ${O('version', '17.6.1')}. ${O('percent', '73%')} battery drain overnight. 1 star`,
  `Branch on High St open ${O('hours', '9:30–16:30')} Mon–Fri only now. called ${O('hotline', '0345 300 0000')} and waited ${O('count', '47')} minutes`,
  `Tracking ${O('tracking', '1Z 999 AA1 01 2345 6784')} says my new card was delivered. It wasn't. Ref ${O('reference', 'CMP-2026-118274')}`,
  `Transaction ID ${O('luhn_fail', notCard('4', 16))} - that's what the receipt says, the bank says there's no such payment`,
  `they told me the IBAN I gave was wrong: ${O('iban_fail', notIban('GB', bban.GB('HBUK')))} – turns out I swapped two digits, bank was right for once`,
  `In ${O('year', '2019')} I had ${O('amount', '£12,000')} saved, now after ${O('count', '3')} years of fees it's like ${O('amount', '£11.4k')}. ${O('percent', '0.65%')} interest lol`,
  `fraud team on ${O('hotline', '+44 345 300 0000')} asked me to read my ref ${O('reference', '7731 0092')} out loud. fine, at least not my card`,
  `Card ending ${O('count', '4821')} blocked, "**** **** **** 4821" is all the app shows. meeting at ${O('time', '14:15')} at branch ${O('reference', '#0412')}`,
  `Lotus Bank Q3: net profit up ${O('percent', '12.4%')} to ${O('amount', '$2.31bn')}, CET1 ${O('percent', '14.1%')}, ${O('count', '1,200')} jobs cut`,
]

const nl = [
  `@LotusBankNL mijn rekening ${S('iban', 'space', by4(I.NL1))} staat al 3 dagen geblokkeerd en niemand neemt op. Lekker dan.`,
  `Bel me aub terug op ${S('phone', 'national+dash', `06-${pick('12345')}${dig(7)}`)}, ik heb vandaag om 14:00 een afspraak bij de notaris en moet kunnen betalen!!`,
  `Reactie op @LotusBankNL:\n> Kunt u uw BSN via een DM sturen?\nNee, ik zet het hier: ${S('nl_bsn', 'dots', grp(BSN[0], [4, 2, 3], '.'))}. Jullie hebben het toch al`,
  `Spraakbericht: "ja hallo met Petra mijn rekeningnummer is en el ${S('iban', 'voice+mixed', `${spoken(I.NL2.slice(2, 4), 'nl')} RABO ${spoken(I.NL2.slice(8), 'nl')}`)} en ik wil weten waarom er niks binnenkomt"`,
  `[screenshot]\nBetaalverzoek\nNaar: ${S('iban', 'ocr+space', ocr(by4(I.NL4)))}\nBedrag € 89,50\nOmschrijving: huur`,
  `Mijn pas ${S('card', 'nbsp', by4(C.maestro16, NB))} werkt niet meer in het buitenland, klantenservice zegt "probeer het morgen nog eens" 🙄`,
  `mail me maar op ${S('email', 'obfuscated', 'j.devries[at]ziggo[punt]nl')} want bellen lukt niet met jullie`,
  `Dus ik krijg een sms "uw verificatiecode is ${S('otp', 'context', OTP[1])}" terwijl ik NIKS aanvraag?? wie probeert er in te loggen @LotusBankNL`,
  `Gr, Kees\n--\nK. Bakker\nT ${S('phone', 'international+space', `+31 20 ${pick('3456789')}${dig(2)} ${dig(4)}`)}\nE ${S('email', 'signature', 'kees.bakker@bakkerij-bakker.nl')}`,
  `rekeningnr: ${S('account_number', 'context+bare', dig(10))} (oude nummer, van voor de IBAN) werkt die nog? mijn moeder gebruikt alleen die`,
  `Overboeking van ${S('iban', 'bare', I.BE1)} naar mijn Lotus rekening is 2 werkdagen onderweg. Belgische bank zegt dat het aan jullie ligt`,
  `App review ⭐ "Bij inloggen vraagt de app om mijn wachtwoord ${S('password', 'context', 'Zomer2026!!')} — en dan zegt hij dat het fout is. Reset werkt ook niet"`,
  `Iemand belde namens Lotus en vroeg mijn pasnummer. Ik gaf ${S('card', 'dash', by4(C.visa16c, '-'))} en daarna was €2.400 weg. Aangifte gedaan.`,
  `@LotusBankNL\nBSN ${S('nl_bsn', 'bare+context', BSN[1])}\nKlantnr ${O('reference', '88123')}\nWaarom moet ik dit 5x invullen`,
  `Kopie uit mijn bankafschrift:\nDatum | Tegenrekening | Bedrag\n${O('date', '02-12-2026')} | ${S('iban', 'table+pipe', I.NL3)} | ${O('amount', '-€ 1.150,00')}`,
  `Wie kan mij helpen, mn vader (83) zijn nummer is ${S('phone', 'national+space', `0${pick(['10', '30', '40', '50', '70', '73'])} ${pick('2345678')}${dig(2)} ${dig(4)}`)} hij snapt de app niet en de bank stuurt hem van het kastje naar de muur`,
  `ik heb mn creditcard ${S('card', 'two-lines', `${by4(C.mc5b).slice(0, 9)}\n${by4(C.mc5b).slice(10)}`)} maar geblokkeerd via de app. ontvangst bevestigd?`,
  `#LotusBank #storing en ja ik heb jullie al gemaild ${S('email', 'plain', 'fam.jansen73@hotmail.com')}`,
  `Dit is de tan die ik kreeg: ${S('otp', 'thin', grp(OTP[2], [3], TH))}, niet gebruiken jongens, dit is phishing van "Lotus"`,
  `DigiD koppelen lukt niet, mijn burgerservicenummer ${S('nl_bsn', 'space', grp(BSN[2], [3], ' '))} wordt "onbekend" genoemd`,
  `Link uit de mail: https://mijn.lotusbank.example/aanvraag?bsn=${S('nl_bsn', 'url', BSN[3])}&stap=2 — staat mijn BSN nou gewoon in de url??`,
  `Hypotheekaanvraag: BSN ${S('nl_bsn', 'nbsp', grp(BSN[4], [3], NB))}, ${O('amount', '€ 385.000')} lening, ${O('count', '30')} jaar vast. Waarom duurt dit ${O('count', '6')} weken`,
  `ww: ${S('password', 'abbrev', 'Tulp!2026')} gebruikersnaam is mn mailadres, jullie app accepteert het gewoon niet meer sinds de update`,
  `Stuur het maar naar ${S('iban', 'typo-sep', `${X.nlTypo.slice(0, 4)} ${X.nlTypo.slice(4, 8)}${X.nlTypo.slice(8, 12)} ${X.nlTypo.slice(12)}`)} tnv M. de Groot, dan zijn we klaar`,
  `Met vriendelijke groet,\nSanne Visser | Visser Advies\nT: ${S('phone', 'international+paren-zero', `+31 (0)6 ${pick('12345')}${dig(3)} ${dig(4)}`)}`,
]
const nlOrdinary = [
  `Al ${O('count', '3')} keer €${O('amount', '12,95')} afgeschreven voor een pas die ik op ${O('date', '14-11-2026')} heb opgezegd. Klachtnummer ${O('reference', '2026-0045123')}`,
  `Kantoor Utrecht alleen open van ${O('hours', '10.00 tot 15.00')}. Bel maar ${O('hotline', '020 123 45 67')} zeggen ze, wachttijd ${O('count', '38')} min`,
  `Rente spaarrekening omlaag naar ${O('percent', '1,25%')}, terwijl de ECB nog op ${O('percent', '2,00%')} staat. Bedankt Lotus`,
  `Pakket met nieuwe pas: track & trace ${O('tracking', '3SLOTU1234567')}, al ${O('count', '5')} dagen "in sortering"`,
  `Versie ${O('version', '26.11.3')} van de app: saldo toont ${O('amount', '€ 0,00')} terwijl er ${O('amount', '€ 2.340,17')} op staat`,
  `Betalingskenmerk ${O('reference', '1234 5678 9012 3456')} van de Belastingdienst komt niet door, zegt de app "ongeldig"`,
  `Dit IBAN klopt niet volgens de app: ${O('iban_fail', notIban('NL', bban.NL('INGB')))} — klopt, had een cijfer verkeerd`,
  `In ${O('year', '2024')} nog ${O('count', '412')} filialen, nu ${O('count', '287')}. Dat is ${O('percent', '30%')} minder in ${O('count', '2')} jaar`,
  `Storing begon om ${O('time', '08:47')} en duurde tot ${O('time', '11:20')}. Bijna ${O('count', '40.000')} meldingen op allestoringen`,
  `Mijn bestelling ${O('order', '#NL-778231-A')} van ${O('amount', '€64,99')} is twee keer afgeschreven op ${O('date', '6 dec')}`,
  `Klantnummer ${O('reference', '123456780')} — nee dat is geen BSN, het staat gewoon op mijn pas-brief van ${O('date', '2 december')}`,
]

const de = [
  `@LotusBankDE Meine Karte ${S('card', 'space', by4(C.mc2b))} wurde ohne Grund gesperrt. Ich stehe an der Kasse!!!`,
  `Überweisung an ${S('iban', 'space', by4(I.DE1))} seit Montag "in Bearbeitung". Was ist los bei euch?`,
  `Rückruf bitte unter ${S('phone', 'national+slash', `0${pick(['221', '211', '711', '341', '351'])}/${pick('2345678')}${dig(6)}`)} – ich bin bis 18 Uhr erreichbar`,
  `Sprachnachricht (automatisch transkribiert): "Hallo meine TAN ist ${S('otp', 'voice', spoken(OTP[3], 'de'))} ist das normal dass die per SMS kommt obwohl ich nix überwiesen hab"`,
  `[Screenshot]\nEmpfänger: Hausverwaltung Krüger GmbH\nIBAN: ${S('iban', 'ocr+space', ocr(by4(I.DE2)))}\nBetrag: 1.480,00 EUR`,
  `Mit freundlichen Grüßen\nDr. Jürgen Weiß\n${S('email', 'idn', 'jürgen.weiß@müller-weiß.de')}\nMobil ${S('phone', 'international+space', `+49 151 ${dig(8)}`)}`,
  `Die Hotline hat mich gebeten, meine Kontonummer ${S('account_number', 'context+bare', dig(10))} hier zu posten?! Ernsthaft, Lotus?`,
  `Antwort auf @LotusBankDE\n> Bitte senden Sie uns Ihre IBAN per DM.\nDM geht nicht. ${S('iban', 'bare', I.AT1)} (österreichisches Konto)`,
  `Karte ${S('card', 'dots', by4(C.visa16d, '.'))} – dreimal belastet bei Lidl, dreimal!`,
  `email an ${S('email', 'obfuscated', 'thomas punkt schulz at web punkt de')} – schreibt mir bitte, telefonisch erreiche ich niemanden`,
  `Ich hab dem "Bankmitarbeiter" am Telefon den Code ${S('otp', 'context', OTP[4])} durchgegeben. Jetzt sind 3.000 € weg. Wie holt man das zurück?`,
  `Schweizer Konto ${S('iban', 'nbsp', by4(I.CH1, NB))} – Auslandsüberweisung hängt seit 5 Tagen`,
  `Hallo, meine Nummer: ${S('phone', 'international+bare', `+43664${dig(7)}`)} (Österreich), bitte zurückrufen wegen Kreditkarte`,
  `Passwort zurückgesetzt, neues ist ${S('password', 'context', 'Hund#Katze77')} und trotzdem "Zugang gesperrt". Toll.`,
  `Kontoauszug kopiert:\nBuchungstag\tEmpfänger\tIBAN\tBetrag\n${O('date', '01.12.2026')}\tStadtwerke\t${S('iban', 'table+tab', I.DE3)}\t${O('amount', '-87,40 €')}`,
  `JCB Karte aus Japan ${S('card', 'bare', C.jcbA)} funktioniert an keinem eurer Automaten. Bin Tourist und hab kein Bargeld`,
  `Kreditkartennummer ${S('card', 'narrow-nbsp', by4(C.mc5c, NNB))}, bitte endlich die Doppelbuchung stornieren`,
  `#LotusBank #Betrug Die wollten meine Telefonnummer ${S('phone', 'national+space', `0170 ${dig(7)}`)} und dann kam sofort eine SMS`,
  `Antwort weitergeleitet:\n> Ihre Karte ${S('card', 'split-quote', wrapAt(by4(C.maestro19), 14))} wurde gesperrt\nIch habe nichts gesperrt!`,
  `Aus der Tabelle kopiert (Excel): Karte\t${S('card', 'tab', by4(X.mcTab, '\t'))}\tgesperrt am 02.12.`,
  `Mit freundlichen Grüßen\nAnja Braun\nTel.: ${S('phone', 'international+paren-zero', `+49 (0) 30 ${pick('2345678')}${dig(7)}`)}\nE-Mail: ${S('email', 'space-typo', `anja.braun@ ${'gmx.de'}`)}`,
]
const deOrdinary = [
  `Seit ${O('date', '03.12.2026')} fehlen ${O('amount', '1.299,00 €')} auf meinem Konto. Vorgangsnummer ${O('reference', 'VG-2026-448190')}`,
  `Filiale Köln nur noch ${O('hours', '9–13 Uhr')} geöffnet. Hotline ${O('hotline', '069 1234 5678')} ständig besetzt`,
  `App-Version ${O('version', '12.4.0')} – Fehlercode ${O('reference', 'E-4012')} beim Login seit dem Update`,
  `Sendungsnummer ${O('tracking', '00340434161234567890')} (DHL) – neue Karte angeblich zugestellt, ist sie nicht`,
  `Zinsen ${O('percent', '3,5 %')} p.a. beworben, bekommen habe ich ${O('percent', '1,1 %')}. Werbung ist Lüge`,
  `Die IBAN ${O('iban_fail', notIban('DE', bban.DE()))} soll ungültig sein – stimmt, Zahlendreher`,
  `Bestellnummer ${O('order', '302-5519044-8837261')} – Zahlung per Lotus-Karte doppelt abgebucht`,
  `Im Jahr ${O('year', '2025')} hatte die Bank ${O('count', '4,2 Mio.')} Kunden, jetzt ${O('count', '3,9 Mio.')}`,
  `Um ${O('time', '23:58')} kam die Push-Nachricht, Betrag ${O('amount', '249,99 €')}, um ${O('time', '00:03')} die nächste`,
  `Belegnummer ${O('luhn_fail', notCard('5', 16))} – das steht auf dem Kassenbon, nicht meine Karte`,
  `Kundennummer ${O('reference', '4711 0815 23')}, Termin am ${O('date', '07.12.2026')} um ${O('time', '14:30')} – Filiale hat abgesagt`,
]

const fr = [
  `@LotusBankFR ma carte ${S('card', 'space', by4(C.visa16e))} a été bloquée en plein week-end, merci pour rien`,
  `Virement vers ${S('iban', 'space', by4(I.FR1))} toujours pas arrivé après 5 jours ouvrés. C'est une blague ?`,
  `Rappelez-moi au ${S('phone', 'national+dots', grp(`06${dig(8)}`, [2], '.'))} svp, personne ne répond au chat depuis hier`,
  `Message vocal transcrit : « bonjour c'est madame Lefèvre mon numéro c'est le ${S('phone', 'voice', `zéro six ${spoken(dig(8), 'fr')}`)} merci de me rappeler »`,
  `[capture d'écran]\nBénéficiaire : SCI LES TILLEULS\nIBAN : ${S('iban', 'ocr+space', ocr(by4(I.FR2)))}\nMontant : 950,00 €`,
  `Cordialement,\nÉlodie Marchand\n${S('email', 'signature', 'elodie.marchand@orange.fr')}\n${S('phone', 'international+nbsp', `+33${NB}6${NB}${grp(dig(8), [2], NB)}`)}`,
  `On m'a appelé en se faisant passer pour la banque, j'ai donné le code ${S('otp', 'context', OTP[5])} reçu par SMS… 1 800 € partis`,
  `Mon compte belge ${S('iban', 'bare', I.BE2)} ne reçoit plus rien de chez vous depuis le changement d'appli`,
  `écrivez-moi à ${S('email', 'obfuscated', 'paul.girard arobase free point fr')}, impossible de vous joindre`,
  `Réponse à @LotusBankFR\n> Pouvez-vous nous communiquer votre numéro de compte ?\nle voilà : ${S('account_number', 'context+bare', dig(11))}, et vite svp`,
  `Carte Amex ${S('card', 'amex+space', grp(C.amexB, [4, 6, 5]))} débitée deux fois chez Fnac, 249 € x2`,
  `mdp: ${S('password', 'context', 'Soleil_2026')} et l'appli dit toujours "identifiants incorrects", j'en peux plus`,
  `Relevé collé :\nDate\tLibellé\tIBAN\tMontant\n${O('date', '05/12/2026')}\tLOYER\t${S('iban', 'table+tab', I.LU1)}\t${O('amount', '-1 150,00 €')}`,
  `Suisse : ${S('phone', 'international+space', `+41 79 ${dig(3)} ${dig(2)} ${dig(2)}`)} c'est mon portable, j'attends toujours votre appel`,
  `Ma CB ${S('card', 'narrow-nbsp', by4(C.mc2c, NNB))} refusée partout alors que j'ai 3 000 € sur le compte`,
  `#LotusBank #arnaque ils m'ont demandé mon code ${S('otp', 'narrow-nbsp', grp(OTP[6], [3], NNB))} "pour annuler le virement" 🤬`,
  `Bonjour, voici ma carte Maestro ${S('card', 'bare', C.maestro12)} que vous avez avalée au distributeur de la gare`,
  `lien reçu : https://lotus-securite.example/verif?iban=${S('iban', 'url', I.FR3)}&tel=06 — c'est du phishing, ne cliquez pas`,
  `Transféré :\n> votre carte ${S('card', 'split-quote', wrapAt(by4(C.disc65), 9))} sera désactivée\nC'est vous qui m'avez envoyé ça ??`,
  `j'ai juste caché les deux derniers chiffres, vous voyez bien que c'est ma carte : ${S('card', 'two-stars', `${by4(X.mcStars).slice(0, 17)}**`)} — débit de 79 € inconnu`,
  `Compte italien ${S('iban', 'space', by4(X.it))} (je vis à Turin), le virement SEPA est rejeté sans explication`,
  `Belgique : ${S('phone', 'international+space', `+32 4${pick('789')}${dig(1)} ${dig(2)} ${dig(2)} ${dig(2)}`)} rappelez-moi, la carte est bloquée depuis Bruxelles`,
]
const frOrdinary = [
  `Prélevé ${O('amount', '1 299,99 €')} le ${O('date', '02/12/2026')}, dossier ${O('reference', 'RC-2026-77812')}, toujours rien`,
  `Agence de Lyon ouverte ${O('hours', '9h-12h30')} seulement. Le ${O('hotline', '09 69 32 00 00')} sonne dans le vide`,
  `Appli version ${O('version', '5.22.1')} : plantage à chaque ouverture depuis le ${O('date', '28 novembre')}`,
  `Colis ${O('tracking', '6A12345678901')} (Colissimo) avec ma nouvelle carte : "en cours d'acheminement" depuis ${O('count', '6')} jours`,
  `Livret à ${O('percent', '2,4 %')}, inflation ${O('percent', '1,8 %')}, frais ${O('amount', '8 €')}/mois. Faites le calcul`,
  `IBAN refusé : ${O('iban_fail', notIban('FR', bban.FR()))} — ah oui, une erreur de frappe de ma part`,
  `Commande ${O('order', '403-1128833-5529104')} débitée deux fois, ${O('amount', '59,90 €')} chacune`,
  `En ${O('year', '2023')} ils ont fermé ${O('count', '120')} agences, en ${O('year', '2026')} encore ${O('count', '85')}`,
  `Panne de ${O('time', '10h15')} à ${O('time', '13h40')}, ${O('count', '25 000')} clients touchés selon Le Parisien`,
  `Numéro de transaction ${O('luhn_fail', notCard('4', 16))} sur le ticket du TPE, la banque ne le retrouve pas`,
  `SIRET de mon entreprise ${O('reference', '732 829 320 00074')} pour le compte pro, refusé ${O('count', '3')} fois sans raison`,
]

const es = [
  `@LotusBankES me habéis bloqueado la tarjeta ${S('card', 'space', by4(C.visa16f))} en pleno viaje, estoy en Lisboa sin un euro`,
  `Transferencia a ${S('iban', 'space', by4(I.ES1))} lleva 4 días "pendiente". ¿Alguien me explica?`,
  `Llamadme al ${S('phone', 'national+space', `6${dig(2)} ${dig(3)} ${dig(3)}`)} por favor, en el chat no contesta nadie`,
  `Nota de voz transcrita: "hola mira el código que me llegó es el ${S('otp', 'voice', spoken(OTP[7], 'es'))} y yo no pedí nada, qué hago"`,
  `[captura]\nBeneficiario: Inmobiliaria Sol S.L.\nIBAN: ${S('iban', 'ocr+space', ocr(by4(I.ES2)))}\nImporte: 720,00 €`,
  `Saludos,\nLucía Fernández\n${S('email', 'signature', 'lucia.fdez@telefonica.net')}\nMóvil: ${S('phone', 'international+space', `+34 6${dig(2)} ${dig(2)} ${dig(2)} ${dig(2)}`)}`,
  `Desde México: ${S('phone', 'international+space', `+52 55 ${dig(4)} ${dig(4)}`)} es mi WhatsApp, tengo un cargo que no reconozco`,
  `me llamaron "del banco" y les di la clave ${S('otp', 'context', OTP[8])}… me vaciaron la cuenta. Cuidado con esto`,
  `escríbanme a ${S('email', 'obfuscated', 'marcos.ruiz (arroba) gmail (punto) com')} que por teléfono es imposible`,
  `Respuesta a @LotusBankES\n> Indíquenos su número de cuenta por privado\nno me deja enviar DM: ${S('account_number', 'context+bare', dig(12))}`,
  `Tarjeta ${S('card', 'dash', by4(C.mc5d, '-'))} cobrada dos veces en Mercadona. Dos veces!!`,
  `contraseña: ${S('password', 'context', 'Madrid*2026')} y la app dice que no es correcta. Ya la cambié 3 veces`,
  `Extracto copiado:\nFecha\tConcepto\tCuenta\tImporte\n${O('date', '01/12/2026')}\tALQUILER\t${S('iban', 'table+tab', I.ES3)}\t${O('amount', '-850,00 €')}`,
  `Argentina 🇦🇷 ${S('phone', 'international+dash', `+54 9 11 ${dig(4)}-${dig(4)}`)} llámenme, la tarjeta no funciona acá`,
  `Mi cuenta portuguesa ${S('iban', 'bare', I.PT1)} no recibe las transferencias de Lotus desde noviembre`,
  `Tarjeta UnionPay de mi madre ${S('card', 'bare', C.up17)} rechazada en todos vuestros cajeros de Madrid`,
  `#LotusBank #estafa me pidieron el código ${S('otp', 'dash', grp(OTP[9], [3], '-'))} "para verificar" y era mentira`,
  `Colombia: mi cel ${S('phone', 'national+space', `3${dig(2)} ${dig(3)} ${dig(4)}`)}, por favor llamen, tengo cargos en dólares que no hice`,
  `Reenviado:\n> Su tarjeta ${S('card', 'split-quote', wrapAt(by4(C.disc644), 9))} ha sido suspendida\n¿Esto es de verdad o phishing?`,
  `lo saqué de la foto de la tarjeta (OCR del móvil):\n${S('card', 'line-per-group', by4(X.visaLines, '\n'))}\n¿me la podéis anular ya?`,
  `mi correo ${S('email', 'plus-tag', 'ana.lopez+lotus@gmail.com')}, ahí os mando los justificantes`,
]
const esOrdinary = [
  `Me cobraron ${O('amount', '1.249,00 €')} el ${O('date', '3 de diciembre')}, reclamación ${O('reference', 'REC-2026-99107')}`,
  `Oficina de Sevilla abre de ${O('hours', '8:30 a 14:00')}. El ${O('hotline', '900 123 456')} no lo coge nadie`,
  `App ${O('version', 'v4.9.12')}: error ${O('reference', '0x80070005')} al abrir Bizum`,
  `Seguimiento ${O('tracking', 'PQ4B6C0123456780128001F')} de Correos, la tarjeta nueva sigue sin llegar`,
  `Hipoteca al ${O('percent', '3,15 %')} TAE, me suben ${O('amount', '86 €')} al mes desde ${O('year', '2026')}`,
  `IBAN incorrecto según la web: ${O('iban_fail', notIban('ES', bban.ES()))} — error mío, puse mal un dígito`,
  `Pedido ${O('order', '171-4455667-1234567')} cobrado dos veces, ${O('amount', '39,95 €')} cada uno`,
  `Cerraron ${O('count', '1.100')} oficinas desde ${O('year', '2020')}, un ${O('percent', '22%')} del total`,
  `Caída del servicio entre las ${O('time', '09:05')} y las ${O('time', '12:30')}, ${O('count', '15.000')} quejas`,
  `Nº de operación ${O('luhn_fail', notCard('5', 16))} en el ticket del datáfono, el banco dice que no existe`,
]

const arTail = 'والله تعبنا من خدمة العملاء'
const ar_ = [
  `@LotusBankSA بطاقتي ${S('card', 'arabic-indic+space', ar(by4(C.visa19.slice(0, 16)) + ' ' + C.visa19.slice(16)))} انوقفت بدون سبب وانا مسافر، ${arTail}`,
  `حولت على الآيبان ${S('iban', 'space', by4(I.SA1))} من ٣ ايام وما وصل شي`,
  `رقمي ${S('phone', 'arabic-indic+national', ar(`05${pick('0345689')}${dig(7)}`))} اتصلوا علي لو سمحتوا، الفرع ما يرد`,
  `رسالة صوتية: "السلام عليكم رمز التحقق ${S('otp', 'voice', spoken(OTP[10], 'ar'))} وصلني وانا ما طلبت شي"`,
  `[لقطة شاشة]\nالمستفيد: مؤسسة النور\nIBAN ${S('iban', 'ocr+space', ocr(by4(I.AE1)))}\nالمبلغ: ٥٬٠٠٠ درهم`,
  `مع التحية\nأحمد المنصوري\n${S('email', 'signature', 'ahmed.almansouri@emirates.net.ae')}\n${S('phone', 'international+space', `+971 5${pick('024568')} ${dig(3)} ${dig(4)}`)}`,
  `رقم حسابي ${S('account_number', 'persian+context', fa(dig(13)))} ليش مجمد؟؟ @LotusBankAE`,
  `واحد اتصل قال من البنك وعطيته الرمز ${S('otp', 'arabic-indic+context', ar(OTP[11]))} وراحت ٨٠٠٠ ريال 💔`,
  `ايميلي ${S('email', 'obfuscated', 'sara.k at hotmail dot com')} ارسلوا لي كشف الحساب`,
  `رد على @LotusBankEG\n> برجاء ارسال رقم الموبايل في رسالة خاصة\nالخاص مقفول، رقمي ${S('phone', 'national+bare', `01${pick('0125')}${dig(8)}`)}`,
  `حساب في مصر ${S('iban', 'bare', I.EG1)} التحويل من الإمارات متأخر أسبوع`,
  `بطاقة مدى ${S('card', 'mixed-script', `${C.mc2d.slice(0, 8)}${ar(C.mc2d.slice(8))}`)} انخصم منها مرتين`,
  `كلمة السر ${S('password', 'context', 'Riyadh@1447')} وما يقبلها التطبيق، وش الحل`,
  `كشف حساب منسوخ:\nالتاريخ\tالبيان\tالحساب\tالمبلغ\n${O('date', '٢٠٢٦/١٢/٠١')}\tايجار\t${S('iban', 'table+tab', I.JO1)}\t${O('amount', '-٣٥٠ دينار')}`,
  `المغرب: رقم الحساب (RIB) ${S('account_number', 'rib+space', grp(dig(24), [3, 3, 16, 2]))} والتحويل ما وصل`,
  `جوالي ${S('phone', 'persian+international', fa(`+966 5${pick('0345689')} ${dig(3)} ${dig(4)}`))} اتصلوا علي ضروري`,
  `قطر ${S('iban', 'nbsp', by4(I.QA1, NB))} حولت راتبي وما نزل`,
  `#بنك_لوتس #احتيال طلبوا مني رمز ${S('otp', 'persian+context', fa(OTP[12]))} عشان "يلغون العملية"`,
  `محولة:\n> بطاقتك ${S('card', 'split-quote', wrapAt(ar(by4(C.visa13)), 9))} موقوفة\nهذي رسالة منكم ولا احتيال؟`,
  `الكويت ${S('iban', 'bare', X.kw)} تحويل الراتب متأخر من أسبوعين`,
  `المغرب 🇲🇦 رقمي ${S('phone', 'international+space', `+212 6${dig(2)} ${dig(2)} ${dig(2)} ${dig(2)}`)} عيطو ليا عافاكم`,
  `الأردن: ${S('phone', 'international+arabic-indic', ar(`+962 7${pick('789')} ${dig(3)} ${dig(4)}`))} ما حدا بيرد على الخط الساخن`,
]
const arOrdinary = [
  `انخصم مني ${O('amount', '١٬٢٥٠ ريال')} بتاريخ ${O('date', '٠٣/١٢/٢٠٢٦')} ورقم البلاغ ${O('reference', '٢٠٢٦٤٤٨١٩')}`,
  `الفرع يفتح من ${O('hours', '٩ الى ٤')} بس، واتصلت على ${O('hotline', '٨٠٠١٢٤٤٤٤٤')} وانتظرت ${O('count', '٤٥')} دقيقة`,
  `تحديث التطبيق ${O('version', '3.18.0')} خرب كل شي، ${O('percent', '٨٠٪')} من الميزات ما تشتغل`,
  `رقم الشحنة ${O('tracking', 'SA0012345678')} والبطاقة الجديدة ما وصلت من ${O('count', '١٠')} ايام`,
  `الفائدة ${O('percent', '٥٫٢٥٪')} والرسوم ${O('amount', '٢٥ درهم')} شهرياً، حرام والله`,
  `الايبان ${O('iban_fail', notIban('AE', bban.AE()))} مرفوض، صحيح غلطت برقم`,
  `رقم الطلب ${O('order', '#AE-20261207-5531')} انخصم مرتين ${O('amount', '٢٩٩ درهم')}`,
  `في ${O('year', '٢٠٢٥')} كان عندهم ${O('count', '٣٠٠')} فرع والحين ${O('count', '٢٤٠')}`,
  `العطل من الساعة ${O('time', '10:30')} الى ${O('time', '14:00')} وما احد رد`,
  `رقم العملية ${O('luhn_fail', notCard('4', 16))} على الايصال والبنك يقول ما فيه عملية`,
]

const zh = [
  `@莲花银行 我的卡${S('card', 'bare', C.up19a)}莫名其妙被冻结了，打客服一直占线！`,
  `转账到${S('account_number', 'context+full-width', fw(grp(dig(19), [4, 4, 4, 4, 3])))}三天了还没到账，这是什么效率`,
  `我的手机号${S('phone', 'national+dash', `13${dig(1)}-${dig(4)}-${dig(4)}`)}，麻烦客服回个电话，网点说让我找线上`,
  `语音转文字：“喂你好我的验证码是${S('otp', 'voice', spoken(OTP[13], 'zh'))}我没有申请过啊这是怎么回事”`,
  `【截图】\n收款人：张伟\n卡号：${S('card', 'ocr+space', ocr(by4(C.up16)))}\n金额：¥3,800.00`,
  `此致\n李娜\n${S('email', 'signature', 'lina_1990@163.com')}\n电话：${S('phone', 'international+space', `+86 1${pick('3589')}${dig(1)} ${dig(4)} ${dig(4)}`)}`,
  `香港账户，电话${S('phone', 'international+space', `+852 9${dig(3)} ${dig(4)}`)}，信用卡被盗刷了三笔`,
  `有人冒充莲花银行打电话，我把验证码${S('otp', 'full-width+context', fw(OTP[14]))}告诉他了，卡里的钱全没了😭`,
  `邮箱${S('email', 'obfuscated', 'wangfang88 at qq dot com')}，请把对账单发给我`,
  `回复 @莲花银行客服：\n> 请私信提供您的卡号\n私信发不出去！卡号${S('card', 'full-width+space', fw(by4(C.up19b)))}`,
  `台湾的朋友帮我转账，他的电话${S('phone', 'national+dash', `09${dig(2)}-${dig(3)}-${dig(3)}`)}，银行说查不到`,
  `我的JCB卡${S('card', 'dash', by4(C.jcbB, '-'))}在日本被刷了两次`,
  `密码：${S('password', 'context', 'lianhua2026!')} 一直提示错误，重置也不行`,
  `账单复制：\n日期\t摘要\t账号\t金额\n${O('date', '2026-12-01')}\t房租\t${S('account_number', 'table+tab', dig(17))}\t${O('amount', '-¥4,500.00')}`,
  `在英国读书，英国账户IBAN ${S('iban', 'space', by4(I.GB2))}，家里汇款一直被退回`,
  `#莲花银行 #诈骗 骗子让我报的验证码是${S('otp', 'mixed-sep', `${OTP[15].slice(0, 3)} ${OTP[15].slice(3)}`)}，大家千万别信`,
  `Maestro借记卡${S('card', 'full-width+bare', fw(C.maestro18))}在国外ATM吞卡了`,
  `手机${S('phone', 'voice', spoken(`139${dig(8)}`, 'zh'))}，麻烦尽快联系我（语音输入的）`,
  `转发：\n> 您的大来卡${S('card', 'split-quote', wrapAt(grp(C.diners, [4, 6, 4]), 11))}已被锁定\n这是真的吗？`,
  `账号：${S('account_number', 'context+space', grp(X.upAcct, [4, 4, 4, 4, 3]))}，户名王强，工资卡被冻结了`,
  `#莲花银行盗刷# 验证码${S('otp', 'full-width+hashtag', fw(X.otpA))}是我收到的那条短信，我根本没操作过`,
  `香港汇丰转账账户${S('account_number', 'dash', `${dig(3)}-${dig(6)}-${dig(3)}`)}，到现在没到`,
]
const zhOrdinary = [
  `${O('date', '12月3日')}被扣了${O('amount', '¥1,299.00')}，投诉单号${O('reference', '20261203001234')}`,
  `网点营业时间改成${O('hours', '9:00-16:00')}了，客服热线${O('hotline', '95555')}根本打不进去`,
  `APP更新到${O('version', '7.2.6')}以后一直闪退，${O('percent', '90%')}的功能用不了`,
  `快递单号${O('tracking', 'SF1234567890123')}，新卡说已签收，我根本没收到`,
  `存款利率降到${O('percent', '1.35%')}了，手续费还收${O('amount', '10元')}`,
  `订单号${O('order', '4823901157702261')}（淘宝），付了两次款`,
  `${O('year', '2025年')}净利润${O('amount', '312亿元')}，同比增长${O('percent', '4.7%')}`,
  `系统故障从${O('time', '10:20')}到${O('time', '13:45')}，影响约${O('count', '20万')}客户`,
  `交易流水号${O('luhn_fail', notCard('62', 19))}，银行说查无此交易`,
  `排队等了${O('count', '2')}个小时，叫号${O('reference', 'A086')}，前面还有${O('count', '37')}人`,
]

/** [language, marked post] */
export const sensitive = [
  ...en.map((t) => ['en', t]),
  ...nl.map((t) => ['nl', t]),
  ...de.map((t) => ['de', t]),
  ...fr.map((t) => ['fr', t]),
  ...es.map((t) => ['es', t]),
  ...ar_.map((t) => ['ar', t]),
  ...zh.map((t) => ['zh', t]),
]
export const ordinary = [
  ...enOrdinary.map((t) => ['en', t]),
  ...nlOrdinary.map((t) => ['nl', t]),
  ...deOrdinary.map((t) => ['de', t]),
  ...frOrdinary.map((t) => ['fr', t]),
  ...esOrdinary.map((t) => ['es', t]),
  ...arOrdinary.map((t) => ['ar', t]),
  ...zhOrdinary.map((t) => ['zh', t]),
]
