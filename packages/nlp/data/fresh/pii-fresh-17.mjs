/**
 * Blind personal-data set 17 (redteam17p, 2026-12-07), written before reading any PII code, any
 * earlier PII set or its renderer's forms (only lib/pii-render-16.mjs's interface was read).
 *
 * What a bank's social team actually receives, platform by platform, and deliberately LESS TIDY
 * than set 16: values glued to words and punctuation ("card4539…thx", "IBAN:NL…,"), OCR'd
 * WhatsApp screenshots with S/5, B/8, Z/2, I/1, O/0 and rn/m lookalikes and odd line breaks,
 * voice-to-text with "double seven", "triple oh", number words in every language (French phone
 * numbers read in pairs, Chinese 幺 for 1), a value split over two consecutive messages of the
 * same author (each message is scored as its own post, each half as a value), weak or no context
 * words, typos in the context word, Reddit replies that quote a parent carrying a value (every
 * copy is a value), duplicated posts, spam carrying numbers, e-mails forwarded with signatures,
 * long angry threads with the value deep inside. Every digit script a person types (ASCII,
 * Arabic-Indic, Persian, full-width, mixed inside one number) and every separator (NBSP, narrow
 * NBSP, thin space, tab, line break, dot, dash, slash, mixed).
 *
 * Values are generated here with valid check digits (Luhn in issuer ranges, IBAN mod-97 with the
 * SWIFT registry's lengths including Gulf, Maghreb and Levant countries, BSN 11-check, NI prefix
 * rules, SSN area/group/serial rules) from a fixed seed, so the set is the same on every run.
 *
 * Markup: ⟦kind⁞form⁞shown⟧ is a sensitive value (form: "+"-joined parts saying how it is
 * written); ⟪kind⁞shown⟫ an ordinary number that must stay readable.
 *
 * The bank's own published hotlines (Lotus Bank's customer-service and fraud lines, printed on
 * its website and cards) are ORDINARY numbers (kind "hotline"): they identify no person, customers
 * quote them to each other, and masking them hides useful context from the care team. A private
 * person's phone number is sensitive whatever its country. IBAN-like text failing mod-97 and
 * card-like numbers failing Luhn are ordinary (kinds "bad_iban", "bad_luhn"): they are what the
 * issue calls ordinary numbers that look dangerous (order, parcel and reference numbers). A card's
 * last four digits (kind "card_last4") are ordinary: PCI DSS lets them be shown, and customers
 * name their card that way.
 *
 * How tidy this set is: still tidier than a real stream. Every value is whole within its post
 * except the split-message pairs; typos sit in context words, never inside a value (a mistyped
 * value would fail its check digits); the languages are close to equal shares, which a real
 * inbound is not; the strong context words ("IBAN", "BSN", "sort code") are rarer than in set 16
 * but still commoner than in a real stream; spam is a handful of templates, not a flood.
 */
let seed = 17
function rnd() {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const digit = () => String(Math.floor(rnd() * 10))
const digits = (n) => Array.from({ length: n }, digit).join('')
const letter = (from = 'ABCDEFGHJKLMNPRSTWXYZ') => from[Math.floor(rnd() * from.length)]

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
/** A Luhn-valid card number of `len` digits starting with `prefix`. */
function card(prefix, len = 16) {
  const body = prefix + digits(len - 1 - prefix.length)
  return body + luhnCheck(body)
}
/** Same digits with a wrong check digit (ordinary: fails Luhn). */
function badLuhn(prefix, len = 16) {
  const ok = card(prefix, len)
  return ok.slice(0, -1) + String((Number(ok.at(-1)) + 3) % 10)
}
function mod97(s) {
  let r = 0
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch
    for (const d of v) r = (r * 10 + Number(d)) % 97
  }
  return r
}
/** A valid IBAN: country code, mod-97 check digits, BBAN. */
function iban(cc, bban) {
  const check = String(98 - mod97(`${bban}${cc}00`)).padStart(2, '0')
  return `${cc}${check}${bban}`
}
function badIban(cc, bban) {
  const ok = iban(cc, bban)
  return `${ok.slice(0, 2)}${String((Number(ok.slice(2, 4)) + 11) % 100).padStart(2, '0')}${ok.slice(4)}`
}
/** SWIFT IBAN registry BBANs (length checked below). */
const BBAN = {
  NL: () => `${['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO'][Math.floor(rnd() * 5)]}${digits(10)}`,
  DE: () => digits(18),
  GB: () => `${['BARC', 'LOYD', 'HBUK', 'NWBK', 'MIDL'][Math.floor(rnd() * 5)]}${digits(14)}`,
  FR: () => digits(23),
  ES: () => digits(20),
  BE: () => digits(12),
  IT: () => `${letter()}${digits(22)}`,
  PT: () => digits(21),
  IE: () => `AIBK${digits(14)}`,
  LU: () => digits(16),
  CH: () => digits(17),
  MT: () => `MALT${digits(23)}`,
  AE: () => digits(19),
  SA: () => digits(20),
  QA: () => `QNBA${digits(21)}`,
  KW: () => `NBOK${digits(22)}`,
  BH: () => `NBOB${digits(14)}`,
  OM: () => digits(19),
  JO: () => `ARAB${digits(22)}`,
  LB: () => digits(24),
  PS: () => `PALS${digits(21)}`,
  EG: () => digits(25),
  TN: () => digits(20),
  LY: () => digits(21),
  MR: () => digits(23),
  IQ: () => `NBIQ${digits(15)}`,
  IL: () => digits(19),
}
const IBAN_LEN = {
  NL: 18,
  DE: 22,
  GB: 22,
  FR: 27,
  ES: 24,
  BE: 16,
  IT: 27,
  PT: 25,
  IE: 22,
  LU: 20,
  CH: 21,
  MT: 31,
  AE: 23,
  SA: 24,
  QA: 29,
  KW: 30,
  BH: 22,
  OM: 23,
  JO: 30,
  LB: 28,
  PS: 29,
  EG: 29,
  TN: 24,
  LY: 25,
  MR: 27,
  IQ: 23,
  IL: 23,
}
const ib = (cc) => {
  const v = iban(cc, BBAN[cc]())
  if (v.length !== IBAN_LEN[cc] || mod97(v.slice(4) + v.slice(0, 4)) !== 1) throw new Error(`IBAN ${v}`)
  return v
}
const badIb = (cc) => badIban(cc, BBAN[cc]())
/** NL BSN: 9 digits, 9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11. */
function bsn() {
  for (;;) {
    const d = digits(9)
    let s = 0
    for (let i = 0; i < 8; i++) s += (9 - i) * Number(d[i])
    s -= Number(d[8])
    if (s % 11 === 0 && d[0] !== '0') return d
  }
}
/** US SSN: area 001–899 but not 666, group 01–99, serial 0001–9999. */
function ssn() {
  for (;;) {
    const a = digits(3)
    const g = digits(2)
    const s = digits(4)
    if (a !== '000' && a !== '666' && a < '900' && g !== '00' && s !== '0000') return `${a}${g}${s}`
  }
}
/** UK NINO: two prefix letters (no D F I Q U V, second not O, not BG GB KN NK NT TN ZZ), 6 digits, A–D. */
function nino() {
  const ok = 'ABCEGHJKLMNPRSTWXYZ'
  for (;;) {
    const p = letter(ok) + letter(ok.replace('O', ''))
    if (!['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(p)) return `${p}${digits(6)}${letter('ABCD')}`
  }
}
const sortCode = () => `${['20', '40', '30', '60', '83', '09', '11'][Math.floor(rnd() * 7)]}${digits(4)}`
const acct8 = () => digits(8)

// How people type digit strings.
const grp = (s, sizes, sep = ' ') => {
  const out = []
  let i = 0
  for (const n of sizes) {
    out.push(s.slice(i, i + n))
    i += n
  }
  if (i < s.length) out.push(s.slice(i))
  return out.filter(Boolean).join(sep)
}
const by4 = (s, sep = ' ') => s.match(/.{1,4}/g).join(sep)
const script = (zero) => (s) => s.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)))
const arab = script(0x660)
const pers = script(0x6f0)
const full = script(0xff10)
/** ASCII and Arabic-Indic digits mixed inside one number (autocorrect switching keyboards). */
const mixd = (s) => {
  let i = 0
  return s.replace(/[0-9]/g, (d) => (i++ % 3 === 1 ? arab(d) : d))
}
/** OCR lookalikes: O/0, l/1, I/1, S/5, B/8, Z/2 on some digits. */
const ocr = (s, every = 2) => {
  let i = 0
  const map = { 0: 'O', 1: 'l', 5: 'S', 8: 'B', 2: 'Z' }
  return s.replace(/[01258]/g, (d) => {
    i++
    if (i % every) return d
    return d === '1' && i % 4 === 0 ? 'I' : map[d]
  })
}
const WORDS = {
  en: ['oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  nl: ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'],
  de: ['null', 'eins', 'zwo', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
  fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
  ar: ['صفر', 'واحد', 'اثنين', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة'],
  zh: ['零', '幺', '二', '三', '四', '五', '六', '七', '八', '九'],
}
const DOUBLE = { en: ['double', 'triple'], nl: ['dubbel', 'driedubbel'], de: ['doppel', 'dreimal'] }
/** Voice-to-text: digit words, "double seven" / "triple oh" where the language says so. */
function voice(s, lang) {
  const w = WORDS[lang]
  const out = []
  for (let i = 0; i < s.length; ) {
    let j = i
    while (s[j] === s[i]) j++
    const run = j - i
    if (DOUBLE[lang] && run === 3) out.push(`${DOUBLE[lang][1]} ${w[s[i]]}`)
    else if (DOUBLE[lang] && run === 2) out.push(`${DOUBLE[lang][0]} ${w[s[i]]}`)
    else for (let k = 0; k < run; k++) out.push(w[s[i]])
    i = j
  }
  return out.join(lang === 'zh' ? '' : ' ')
}
const FR_TENS = [
  '',
  'dix',
  'vingt',
  'trente',
  'quarante',
  'cinquante',
  'soixante',
  'soixante',
  'quatre-vingt',
  'quatre-vingt',
]
const FR_TEENS = [
  'dix',
  'onze',
  'douze',
  'treize',
  'quatorze',
  'quinze',
  'seize',
  'dix-sept',
  'dix-huit',
  'dix-neuf',
]
/** French reads a phone number in pairs: "zéro six, douze, trente-quatre…". */
function frPair(n) {
  const t = Math.floor(n / 10)
  const u = n % 10
  if (n < 10) return `zéro ${WORDS.fr[u]}`
  if (t === 1) return FR_TEENS[u]
  if (t === 7 || t === 9) return `${FR_TENS[t]}-${FR_TEENS[u]}`
  if (u === 0) return t === 8 ? 'quatre-vingts' : FR_TENS[t]
  if (u === 1 && t < 8) return `${FR_TENS[t]} et un`
  return `${FR_TENS[t]}-${WORDS.fr[u]}`
}
const frPairs = (s) =>
  s
    .match(/../g)
    .map((p) => frPair(Number(p)))
    .join(' ')

const v = (kind, form, shown) => `⟦${kind}⁞${form}⁞${shown}⟧`
const o = (kind, shown) => `⟪${kind}⁞${shown}⟫`
const NB = '\u00a0'
const NNB = '\u202f'
const THIN = '\u2009'

// ───────────────────────────── sensitive: en ─────────────────────────────
const c = {}
c.en1 = card('4', 16)
c.en2sc = sortCode()
c.en2ac = acct8()
c.en3 = nino()
c.en4 = `415${String(2 + Math.floor(rnd() * 7))}${digits(6)}`
c.en5 = digits(6)
c.en6ac = acct8()
c.en6sc = sortCode()
c.en7 = `07${String(4 + Math.floor(rnd() * 6))}${digits(8)}`
c.en8 = ssn()
c.en9 = card('5', 16)
c.en10 = ssn()
c.en11 = ssn()
c.en12 = nino()
c.en13 = card('37', 15)
c.en14 = `7${String(4 + Math.floor(rnd() * 6))}${digits(8)}`
c.en15 = ib('GB')
c.en16sc = sortCode()
c.en16ac = acct8()
c.en17 = nino()
c.en18 = `646${String(2 + Math.floor(rnd() * 7))}${digits(6)}`
c.en19 = bsn()
c.en20 = sortCode() + acct8()
c.en21 = nino()
const sensitiveEn = [
  [
    'en',
    `★☆☆☆☆ Absolute joke of an app\nDeclined at Tesco AGAIN. card${v('card', 'glued+no-context', c.en1)}thx for nothing lotus`,
  ],
  [
    'en',
    `> sort code ${c.en2sc.match(/../g).join('-')} acc ${v('uk_account', 'quoted', c.en2ac)} can someone from the bank dm me pls\n\nmate delete this, you've just put ${v('uk_account', 'quoted+reply', c.en2ac)} up for the whole sub to see`,
  ],
  [
    'en',
    `why do u need my ni AGAIN?? ${v('uk_nino', 'lowercase+spaced+weak-context', grp(c.en3.toLowerCase(), [2, 2, 2, 2, 1]))} sent it 3 times already`,
  ],
  [
    'en',
    `💰💰 Made $4,500 this week trading from my phone!!! Text Mrs Linda on WhatsApp ${v('phone', 'spam+intl+dashes', `+1-${c.en4.slice(0, 3)}-${c.en4.slice(3, 6)}-${c.en4.slice(6)}`)} she changed my life 🙏🙏`,
  ],
  [
    'en',
    `is this legit?? screenshot below\n\nLotus Bank\nYour one-time\npasscode is ${v('otp', 'ocr+linebreak', ocr(`${c.en5.slice(0, 3)} ${c.en5.slice(3)}`, 1))}. Never\nshare it.\n10:42`,
  ],
  [
    'en',
    `hi yes um my account number is ${v('uk_account', 'voice+double', voice(c.en6ac, 'en'))} and the sort code is ${c.en6sc
      .split('')
      .map((d) => WORDS.en[d])
      .join(' ')} can you check why the payment bounced`,
  ],
  [
    'en',
    `---------- Forwarded message ---------\nFrom: Lotus Bank Complaints\nSubject: Re: your complaint\n\nstill nothing from them, see below. Tweeting this so people know.\n\nRegards\nMargaret Hollis\nmob ${v('phone', 'signature+national', `${c.en7.slice(0, 5)} ${c.en7.slice(5)}`)}\nSent from my iPhone`,
  ],
  [
    'en',
    `OK so let me get this straight. I called on Monday. Waited 58 minutes. Got cut off. Called again Tuesday, waited an hour and ten, got someone who said the branch had to do it. Went to the branch, they said it's the call centre. Called AGAIN and they asked me to verify with my social, which I did, ${v('us_ssn', 'long-thread+dashes', `${c.en8.slice(0, 3)}-${c.en8.slice(3, 5)}-${c.en8.slice(5)}`)}, and then they said that doesn't match?? It's MY social. I've had it since I was born. Then they transferred me to "security" who asked the same questions and then hung up. Three days. No money. Rent is due Friday. I have screenshots of everything. Absolutely unreal.`,
  ],
  [
    'en',
    `ok here's the card they charged twice ${v('card', 'split-msg+first-half', `${c.en9.slice(0, 4)} ${c.en9.slice(4, 8)}`)}`,
  ],
  [
    'en',
    `${v('card', 'split-msg+second-half', `${c.en9.slice(8, 12)} ${c.en9.slice(12)}`)} sorry hit send too early`,
  ],
  ['en', `my SS#${v('us_ssn', 'glued+no-separator', c.en10)} keeps getting rejected on the form`],
  [
    'en',
    `yeah I read it out to him, my social is ${v('us_ssn', 'voice+groups', `${voice(c.en11.slice(0, 3), 'en')}, ${voice(c.en11.slice(3, 5), 'en')}, ${voice(c.en11.slice(5), 'en')}`)}, and he still said he couldn't find me`,
  ],
  [
    'en',
    `national insurence no. ${v('uk_nino', 'typo-context+spaced', grp(c.en12, [2, 2, 2, 2, 1]))} for the mortgage application, uploaded twice and the portal says invalid`,
  ],
  [
    'en',
    `amex\u00a0${v('card', 'nbsp+4-6-5', grp(c.en13, [4, 6, 5], NB))} was used in Lagos at 3am and you're telling me to wait 10 working days?`,
  ],
  ['en', `nobody ever rings back. ring me on+44${v('phone', 'glued+intl', c.en14)}or dont bother`],
  [
    'en',
    `Copied from the app:\nIBAN\t${v('iban', 'tab+statement', c.en15.match(/.{1,4}/g).join('\t'))}\nBIC\tNWBKGB2L\nplease explain why the transfer to this failed`,
  ],
  [
    'en',
    `sort ${c.en16sc.match(/../g).join('/')} a/c ${v('uk_account', 'slash-context+weak', c.en16ac)} — money left on the 3rd and never arrived`,
  ],
  [
    'en',
    `Used my NI number (${v('uk_nino', 'glued+brackets', c.en17)}) to sign up, still says "we couldn't verify you"`,
  ],
  [
    'en',
    `Can someone call me back at ${v('phone', 'dots+us', `${c.en18.slice(0, 3)}.${c.en18.slice(3, 6)}.${c.en18.slice(6)}`)} I'm in NYC and the branch is closed`,
  ],
  [
    'en',
    `moved to Utrecht for work and the bank wants my BSN which is ${v('nl_bsn', 'expat+plain', c.en19)}, why does that take 2 weeks to verify`,
  ],
  ['en', `details for the refund: ${v('uk_account', 'no-separator+no-context', c.en20)} please sort it`],
  [
    'en',
    `login won't work with pw ${v('password', 'weak-context+abbrev', 'Tr0ub4dor&3')} even after the reset`,
  ],
  [
    'en',
    `didnt request anything but just got a text "code ${v('otp', 'weak-context', digits(6))}" from LOTUS, is someone in my account`,
  ],
  [
    'en',
    `payslip pic (OCR):\nEmployee  J BARNES\nNI No\n${v('uk_nino', 'ocr+payslip', ocr(c.en21, 1))}\nTax code 1257L\nwhy does the bank need this`,
  ],
  ['en', `email me instead: ${v('email', 'obfuscated+dot-at', 'kevin dot oduya at gmail dot com')}`],
]

// ───────────────────────────── sensitive: nl ─────────────────────────────
c.nl1 = ib('NL')
c.nl2 = bsn()
c.nl3 = bsn()
c.nl4 = bsn()
c.nl5 = `06${digits(8)}`
c.nl6 = `06${digits(8)}`
c.nl7 = digits(6)
c.nl8 = ib('NL')
c.nl9 = nino()
c.nl10 = card('6763', 19)
c.nl11 = `06${digits(8)}`
c.nl12 = `06${digits(8)}`
c.nl13 = ib('BE')
c.nl14 = bsn()
c.nl15 = digits(6)
c.nl16 = bsn()
c.nl17sc = sortCode()
c.nl17ac = acct8()
c.nl18 = `06${digits(8)}`
const sensitiveNl = [
  [
    'nl',
    `Slechte app\nKrijg steeds een foutmelding bij overboeken naar${v('iban', 'glued+electronic', c.nl1)}, al 3x geprobeerd`,
  ],
  [
    'nl',
    `ze vroegen mijn bsn ${v('nl_bsn', 'lowercase-context+plain', c.nl2)} via de chat is dat normaal?? lijkt me phishing`,
  ],
  [
    'nl',
    `BSN:${v('nl_bsn', 'glued+dots', `${c.nl3.slice(0, 4)}.${c.nl3.slice(4, 6)}.${c.nl3.slice(6)}`)} staat verkeerd in jullie systeem`,
  ],
  [
    'nl',
    `Mijn nummer ${v('nl_bsn', 'no-context', c.nl4)} klopt niet volgens de belastingdienst en de bank zegt dat het aan hun ligt`,
  ],
  [
    'nl',
    `bel me ff op ${v('phone', 'national+dash', `${c.nl5.slice(0, 2)}-${c.nl5.slice(2)}`)} ik kom er niet uit met de app`,
  ],
  ['nl', `hallo ja mijn nummer is ${v('phone', 'voice', voice(c.nl6, 'nl'))} bel me terug`],
  [
    'nl',
    `screenshot van de sms:\n\nLotus: Uw verificatie-\ncode is ${v('otp', 'ocr+linebreak', ocr(c.nl7, 1))}\nDeel deze code nooit`,
  ],
  ['nl', `mijn iban is ${v('iban', 'split-msg+first-half', by4(c.nl8.slice(0, 10)))}`],
  ['nl', `${v('iban', 'split-msg+second-half', by4(c.nl8.slice(10)))} graag terugstorten`],
  [
    'nl',
    `Ik woon in Londen en mijn NI nummer ${v('uk_nino', 'expat+spaced', grp(c.nl9, [2, 2, 2, 2, 1]))} wordt niet geaccepteerd door jullie UK tak`,
  ],
  [
    'nl',
    `pas ${v('card', 'maestro19+dots', grp(c.nl10, [4, 4, 4, 4, 3], '.'))} ingeslikt door de automaat op het Leidseplein`,
  ],
  [
    'nl',
    `💸 Lening nodig? Snel geregeld zonder BKR!! App naar ${v('phone', 'spam+mixed-sep', `${c.nl11.slice(0, 2)} - ${c.nl11.slice(2, 4)}.${c.nl11.slice(4, 6)}.${c.nl11.slice(6, 8)}.${c.nl11.slice(8)}`)} 💸`,
  ],
  [
    'nl',
    `> bel me op ${v('phone', 'quoted+intl', `+31${NB}6${NB}${c.nl12.slice(2, 6)}${NB}${c.nl12.slice(6)}`)}\n\ndoe dat nou niet hier, iedereen kan ${v('phone', 'quoted+reply+intl00', `0031${c.nl12.slice(1)}`)} nu zien`,
  ],
  ['nl', `Vanuit België overgemaakt vanaf ${v('iban', 'be+nnbsp', by4(c.nl13, NNB))} maar nog niks binnen`],
  [
    'nl',
    `Al 4 keer gebeld. 4 keer! Eerst zeggen ze dat het een storing is. Dan dat ik langs moet komen. Dan dat het filiaal dicht is. Dan moest ik mijn burgerservicenr opgeven (${v('nl_bsn', 'long-thread+typo-context', grp(c.nl14, [3, 3, 3], ' '))}) en toen viel de verbinding weg. Ik ben er echt helemaal klaar mee, 12 jaar klant en zo word je behandeld. Morgen overstappen.`,
  ],
  ['nl', `sms code ${v('otp', 'plain+weak-context', c.nl15)} gekregen maar ik heb niks aangevraagd`],
  [
    'nl',
    `wachtwoord is gewoon ${v('password', 'plain', 'Zomer2024!')} en het werkt nog steeds niet na het resetten`,
  ],
  ['nl', `bsn nr${v('nl_bsn', 'glued+abbrev', c.nl16)}voor de hypotheek, waarom moet ik dit 3x doorgeven`],
  [
    'nl',
    `werk in Engeland: sortcode ${c.nl17sc.match(/../g).join('-')} rekening ${v('uk_account', 'expat+plain', c.nl17ac)}, salaris komt niet aan`,
  ],
  [
    'nl',
    `mail naar ${v('email', 'obfuscated+brackets', 'j.devries[at]ziggo[punt]nl')} want bellen lukt niet`,
  ],
  ['nl', `nieuwe 06: ${v('phone', 'tab', `${c.nl18.slice(0, 2)}\t${c.nl18.slice(2)}`)}`],
]

// ───────────────────────────── sensitive: de ─────────────────────────────
c.de1 = ib('DE')
c.de2 = ib('DE')
c.de3 = `0171${digits(7)}`
c.de4 = `151${digits(8)}`
c.de5 = `0176${digits(8)}`
c.de6 = digits(10)
c.de7 = card('2221', 16)
c.de8 = digits(6)
c.de9 = ib('DE')
c.de10 = ssn()
c.de11 = bsn()
c.de12 = `0160${digits(7)}`
c.de13 = nino()
c.de14sc = sortCode()
c.de14ac = acct8()
c.de15 = `1520${digits(7)}`
c.de17 = digits(6)
c.de18 = card('4', 16)
const sensitiveDe = [
  [
    'de',
    `1 Stern. Überweisung an ${v('iban', 'print-format', by4(c.de1))} hängt seit 3 Tagen, niemand kann mir sagen warum`,
  ],
  ['de', `IBAN:${v('iban', 'glued+electronic+comma', c.de2)}, Betrag kam zurück ohne Begründung`],
  [
    'de',
    `ruf mich an ${v('phone', 'national+slash', `${c.de3.slice(0, 4)}/${c.de3.slice(4)}`)} bin ab 17 Uhr da`,
  ],
  [
    'de',
    `Bitte um Rückruf unter ${v('phone', 'intl+trunk-brackets', `+49 (0)${c.de4.slice(0, 3)} ${c.de4.slice(3)}`)}`,
  ],
  ['de', `ja hallo meine nummer ist ${v('phone', 'voice+doppel', voice(c.de5, 'de'))} danke`],
  [
    'de',
    `Kontonr.${v('account_number', 'glued+abbrev', c.de6)} BLZ 37040044 — Lastschrift doppelt abgebucht!!`,
  ],
  ['de', `Karte ${v('card', 'mc2+dots', by4(c.de7, '.'))} gesperrt ohne Vorwarnung`],
  [
    'de',
    `pushTAN${v('otp', 'glued+spaced', ` ${c.de8.slice(0, 3)} ${c.de8.slice(3)}`)} kam an obwohl ich nichts gemacht habe???`,
  ],
  [
    'de',
    `Screenshot aus WhatsApp:\n\nIBAN ${v('iban', 'ocr+linebreak', ocr(`${by4(c.de9.slice(0, 12))}\n${by4(c.de9.slice(12))}`, 1))}\nBitte heute noch überweisen`,
  ],
  [
    'de',
    `Lebe seit 2019 in Texas, meine Social Security Number ist ${v('us_ssn', 'expat+spaced', `${c.de10.slice(0, 3)} ${c.de10.slice(3, 5)} ${c.de10.slice(5)}`)} und die US-Filiale findet mich nicht`,
  ],
  [
    'de',
    `Für das Konto in Amsterdam brauche ich die Burgerservicenummer ${v('nl_bsn', 'expat+plain', c.de11)}, die App nimmt sie nicht`,
  ],
  ['de', `meine Handynr ist ${v('phone', 'split-msg+first-half', c.de12.slice(0, 6))}`],
  ['de', `${v('phone', 'split-msg+second-half', c.de12.slice(6))} sorry zu früh abgeschickt`],
  [
    'de',
    `> NI number ${v('uk_nino', 'quoted+glued', c.de13)}\n\nlösch das lieber, ${v('uk_nino', 'quoted+reply', c.de13)} ist deine Versicherungsnummer in UK`,
  ],
  [
    'de',
    `Arbeite in London: Sort Code ${c.de14sc.match(/../g).join('-')}, Kontonummer ${v('uk_account', 'expat+plain', c.de14ac)} — Gehalt nicht angekommen`,
  ],
  [
    'de',
    `🔥🔥 Schnell Geld verdienen von zuhause!! Schreib mir auf WhatsApp ${v('phone', 'spam+intl', `+49${c.de15}`)} 🔥🔥`,
  ],
  ['de', `Passwort: ${v('password', 'plain', 'Sommer2025!!')} funktioniert nicht mehr seit dem Update`],
  [
    'de',
    `Seit drei Wochen schreibe ich euch. Drei Wochen! Erst hieß es Systemumstellung, dann Datenschutz, dann sollte ich in die Filiale. In der Filiale sagt man mir, das geht nur telefonisch. Am Telefon verlangt man eine TAN, die nie ankommt. Dann kommt doch eine, ${v('otp', 'long-thread+no-context', c.de17)}, und der Mitarbeiter sagt, die sei abgelaufen. Ich bin 71 Jahre alt und habe keine Kraft mehr für so etwas. Schämt euch.`,
  ],
  ['de', `Mail an ${v('email', 'idn', 'jürgen.krause@müller-bau.de')} kam nie an, bitte prüfen`],
  ['de', `Visa${v('card', 'glued+no-separator', c.de18)}wurde in Spanien belastet, war nie dort`],
]

// ───────────────────────────── sensitive: fr ─────────────────────────────
c.fr1 = ib('FR')
c.fr2 = `06${digits(8)}`
c.fr3 = `07${digits(8)}`
c.fr4 = `06${digits(8)}`
c.fr5 = digits(11)
c.fr6 = card('4970', 16)
c.fr7 = digits(6)
c.fr8 = ib('TN')
c.fr9 = ib('MR')
c.fr10 = `0070${digits(20)}`
c.fr11 = `6${digits(8)}`
c.fr12 = nino()
c.fr13 = ssn()
c.fr14 = bsn()
c.fr15 = ib('FR')
c.fr16sc = sortCode()
c.fr16ac = acct8()
c.fr17 = `06${digits(8)}`
c.fr18 = digits(6)
c.fr19 = card('5', 16)
const sensitiveFr = [
  [
    'fr',
    `Nul\nVirement bloqué vers ${v('iban', 'print-format', by4(c.fr1))} depuis lundi, personne ne répond`,
  ],
  ['fr', `rappelez moi au ${v('phone', 'national+pairs', c.fr2.match(/../g).join(' '))} svp`],
  [
    'fr',
    `Mon numéro :${v('phone', 'intl+trunk-brackets+nnbsp', `+33${NNB}(0)${c.fr3.slice(1, 2)}${NNB}${c.fr3.slice(2).match(/../g).join(NNB)}`)} — j'attends toujours`,
  ],
  ['fr', `oui bonjour mon numéro c'est le ${v('phone', 'voice+pairs', frPairs(c.fr4))} merci de me rappeler`],
  ['fr', `n° de cpte${v('account_number', 'glued+abbrev', c.fr5)} débité deux fois pour le même achat`],
  ['fr', `CB ${v('card', 'dots', by4(c.fr6, '.'))} refusée partout depuis la mise à jour`],
  [
    'fr',
    `code reçu par SMS :${v('otp', 'glued+colon', c.fr7)} alors que je n'ai rien demandé, c'est une arnaque ?`,
  ],
  [
    'fr',
    `Virement vers la Tunisie, IBAN ${v('iban', 'maghreb+print-format', by4(c.fr8))}, bloqué depuis 10 jours`,
  ],
  ['fr', `Pour ma mère à Nouakchott : ${v('iban', 'maghreb+electronic', c.fr9)} — toujours rien reçu`],
  [
    'fr',
    `RIB marocain ${v('account_number', 'rib-ma+groups', grp(c.fr10, [3, 3, 16, 2]))} refusé par votre appli, pourquoi ?`,
  ],
  [
    'fr',
    `Appelez-moi au Maroc ${v('phone', 'intl+ma', `+212 ${c.fr11.slice(0, 1)} ${c.fr11.slice(1).match(/../g).join(' ')}`)}`,
  ],
  [
    'fr',
    `J'habite à Londres, mon numéro NI ${v('uk_nino', 'expat+lowercase', c.fr12.toLowerCase())} est refusé par votre filiale UK`,
  ],
  [
    'fr',
    `Installée à Boston, on me demande mon SSN ${v('us_ssn', 'expat+dashes', `${c.fr13.slice(0, 3)}-${c.fr13.slice(3, 5)}-${c.fr13.slice(5)}`)} pour ouvrir le compte, c'est normal ?`,
  ],
  [
    'fr',
    `mon BSN (numéro néerlandais) ${v('nl_bsn', 'expat+dots', `${c.fr14.slice(0, 3)}.${c.fr14.slice(3, 6)}.${c.fr14.slice(6)}`)} pour le compte à Rotterdam`,
  ],
  ['fr', `mon iban ${v('iban', 'split-msg+first-half', by4(c.fr15.slice(0, 14)))}`],
  ['fr', `${v('iban', 'split-msg+second-half', by4(c.fr15.slice(14)))} voilà pour le remboursement`],
  [
    'fr',
    `Compte au Royaume-Uni : sort code ${c.fr16sc.match(/../g).join('-')}, account ${v('uk_account', 'expat+plain', c.fr16ac)}`,
  ],
  [
    'fr',
    `> appelez moi au ${v('phone', 'quoted+national', c.fr17)}\n\nNe mettez pas votre ${v('phone', 'quoted+reply+pairs', c.fr17.match(/../g).join(' '))} en public !!`,
  ],
  [
    'fr',
    `Capture WhatsApp :\nVotre code de\nvalidation : ${v('otp', 'ocr+linebreak', ocr(c.fr18, 1))}\nNe le communiquez à personne`,
  ],
  ['fr', `mdp ${v('password', 'abbrev', 'Soleil2024')} ne marche plus, compte bloqué`],
  ['fr', `écrivez à ${v('email', 'obfuscated+arobase', 'julie.moreau (arobase) gmail point com')}`],
  [
    'fr',
    `Franchement c'est la troisième fois que j'écris. La première fois on m'a dit d'attendre 48 h. La deuxième fois on m'a demandé les quatre derniers chiffres, puis finalement le numéro complet de la carte, que j'ai donné, ${v('card', 'long-thread+spaced', by4(c.fr19))}, et depuis plus rien. Je paie 9 € par mois pour ce service. Inadmissible. Je vais voir un avocat.`,
  ],
]

// ───────────────────────────── sensitive: es ─────────────────────────────
c.es1 = card('4548', 16)
c.es2 = ib('ES')
c.es3 = ib('ES')
c.es4 = `6${digits(8)}`
c.es5 = `7${digits(8)}`
c.es6 = `6${digits(8)}`
c.es7 = digits(20)
c.es8 = digits(6)
c.es9 = ssn()
c.es10 = ssn()
c.es11 = nino()
c.es12 = bsn()
c.es13sc = sortCode()
c.es13ac = acct8()
c.es14 = card('5', 16)
c.es15 = `6${digits(8)}`
c.es16 = `55${digits(8)}`
c.es17 = digits(6)
c.es18 = ib('PT')
const sensitiveEs = [
  [
    'es',
    `Fatal\nMe cobraron dos veces en la tarjeta ${v('card', 'spaced', by4(c.es1))} y nadie me lo devuelve`,
  ],
  ['es', `IBAN:${v('iban', 'glued+electronic', c.es2)}.Hagan la devolución YA`],
  ['es', `transferí a ${v('iban', 'print-format+slash', by4(c.es3, '/'))} y me sale "cuenta inexistente"`],
  ['es', `llamadme al ${v('phone', 'national+groups', grp(c.es4, [3, 2, 2, 2]))} que por chat no hay manera`],
  ['es', `mi móvil es el ${v('phone', 'intl+glued', `+34${c.es5}`)}por si acaso`],
  ['es', `hola sí mi teléfono es ${v('phone', 'voice', voice(c.es6, 'es'))} gracias`],
  [
    'es',
    `nº de cuenta ${v('account_number', 'ccc+groups', grp(c.es7, [4, 4, 2, 10]))} me han cobrado comisión sin avisar`,
  ],
  ['es', `código ${v('otp', 'weak-context', c.es8)} me llegó por SMS sin pedirlo, ¿me han hackeado?`],
  [
    'es',
    `Vivo en Miami y mi número de seguro social ${v('us_ssn', 'expat+dashes', `${c.es9.slice(0, 3)}-${c.es9.slice(3, 5)}-${c.es9.slice(5)}`)} no lo reconoce la sucursal de allá`,
  ],
  ['es', `el social ${v('us_ssn', 'expat+no-separator+weak', c.es10)} ya lo mandé 2 veces por email`],
  [
    'es',
    `Trabajo en Londres, mi NI ${v('uk_nino', 'expat+spaced', grp(c.es11, [2, 2, 2, 2, 1]))} y no me dejan abrir la cuenta`,
  ],
  ['es', `Para la cuenta en Holanda me piden el BSN ${v('nl_bsn', 'expat+plain', c.es12)}`],
  [
    'es',
    `en UK: sort code ${c.es13sc.match(/../g).join('-')} cuenta ${v('uk_account', 'expat+plain', c.es13ac)} no llega la nómina`,
  ],
  ['es', `tarjeta ${v('card', 'split-msg+first-half', by4(c.es14.slice(0, 8)))}`],
  ['es', `${v('card', 'split-msg+second-half', by4(c.es14.slice(8)))} perdón se envió antes`],
  [
    'es',
    `🤑 Gana 500€ al día desde casa!!! Escríbeme al WhatsApp ${v('phone', 'spam+intl00', `0034 ${grp(c.es15, [3, 3, 3])}`)} 🤑`,
  ],
  [
    'es',
    `Desde México: mi cel ${v('phone', 'mx+intl', `+52 ${c.es16.slice(0, 2)} ${c.es16.slice(2, 6)} ${c.es16.slice(6)}`)} por favor márquenme`,
  ],
  [
    'es',
    `> mi teléfono ${v('phone', 'quoted+national', grp(c.es4, [3, 3, 3]))}\n\nno publiques tu número aquí hombre`,
  ],
  ['es', `Captura:\nClave de\nfirma ${v('otp', 'ocr+linebreak', ocr(c.es17, 1))}\nNo la compartas`],
  ['es', `contraseña: ${v('password', 'plain', 'Madrid2024*')} y me dice que es incorrecta`],
  ['es', `escribidme a ${v('email', 'obfuscated+arroba', 'lucia.martinez arroba hotmail punto es')}`],
  ['es', `transferencia desde Portugal ${v('iban', 'pt+nbsp', by4(c.es18, NB))} retenida`],
]

// ───────────────────────────── sensitive: ar ─────────────────────────────
c.ar1 = ib('SA')
c.ar2 = ib('AE')
c.ar3 = ib('KW')
c.ar4 = ib('QA')
c.ar5 = ib('JO')
c.ar6 = ib('EG')
c.ar7 = `05${digits(8)}`
c.ar8 = `5${['0', '2', '5', '6'][Math.floor(rnd() * 4)]}${digits(7)}`
c.ar9 = `01${['0', '1', '2', '5'][Math.floor(rnd() * 4)]}${digits(8)}`
c.ar10 = card('4', 16)
c.ar11 = card('5', 16)
c.ar12 = digits(6)
c.ar13 = digits(13)
c.ar14 = ssn()
c.ar15 = nino()
c.ar16 = bsn()
c.ar17sc = sortCode()
c.ar17ac = acct8()
c.ar18 = `07${['7', '8', '9'][Math.floor(rnd() * 3)]}${digits(7)}`
c.ar19 = ib('LB')
c.ar20 = ib('BH')
c.ar21 = digits(6)
const sensitiveAr = [
  [
    'ar',
    `سيء جداً\nحولت على الايبان ${v('iban', 'arabic-indic+print-format', arab(by4(c.ar1)))} وما وصل شي من أسبوع`,
  ],
  ['ar', `الآيبان:${v('iban', 'glued+electronic', c.ar2)} الرجاء إرجاع المبلغ`],
  ['ar', `تحويل من الكويت ${v('iban', 'persian+nbsp', pers(by4(c.ar3, NB)))} معلق من ٣ أيام`],
  ['ar', `حسابي في قطر ${v('iban', 'mixed-script', mixd(c.ar4))} ليش التحويل مرفوض؟`],
  ['ar', `ارسلت لأخوي في عمّان على ${v('iban', 'levant+print-format', by4(c.ar5))} ولحد الحين ما وصل`],
  ['ar', `حوالة لمصر رقم الحساب الدولي ${v('iban', 'egypt+arabic-indic+electronic', arab(c.ar6))} مرفوضة`],
  ['ar', `كلموني على ${v('phone', 'arabic-indic+national', arab(c.ar7))} ضروري`],
  [
    'ar',
    `رقمي ${v('phone', 'intl+uae+dashes', `+971-${c.ar8.slice(0, 2)}-${c.ar8.slice(2, 5)}-${c.ar8.slice(5)}`)} واتساب`,
  ],
  ['ar', `اتصلوا على ${v('phone', 'voice', voice(c.ar9, 'ar'))} شكرا`],
  ['ar', `بطاقتي${v('card', 'glued+arabic-indic+spaced', arab(by4(c.ar10)))}انسحب منها مبلغ ما اعرفه`],
  ['ar', `البطاقة ${v('card', 'persian+nnbsp', pers(by4(c.ar11, NNB)))} موقفة بدون سبب`],
  ['ar', `وصلني رمز ${v('otp', 'arabic-indic+weak-context', arab(c.ar12))} وانا ما طلبت شي! هل حسابي مخترق؟`],
  ['ar', `رقم الحساب ${v('account_number', 'mixed-script+plain', mixd(c.ar13))} الخصم تكرر مرتين`],
  [
    'ar',
    `مقيم في أمريكا ورقم الضمان الاجتماعي ${v('us_ssn', 'expat+dashes', `${c.ar14.slice(0, 3)}-${c.ar14.slice(3, 5)}-${c.ar14.slice(5)}`)} ما يقبلونه`,
  ],
  ['ar', `أعيش في بريطانيا رقم التأمين الوطني ${v('uk_nino', 'expat+glued-latin', c.ar15)}`],
  ['ar', `في هولندا طلبوا رقم BSN ${v('nl_bsn', 'expat+arabic-indic', arab(c.ar16))} للحساب`],
  [
    'ar',
    `حسابي في لندن sort code ${c.ar17sc.match(/../g).join('-')} رقم الحساب ${v('uk_account', 'expat+arabic-indic', arab(c.ar17ac))} الراتب ما نزل`,
  ],
  ['ar', `رقمي ${v('phone', 'split-msg+first-half', c.ar18.slice(0, 5))}`],
  ['ar', `${v('phone', 'split-msg+second-half', c.ar18.slice(5))} اتصلوا بعد العصر`],
  [
    'ar',
    `🔥 استثمر ١٠٠ دولار واربح ٥٠٠٠ في أسبوع 🔥 تواصل واتساب ${v('phone', 'spam+intl', `+966${c.ar7.slice(1)}`)}`,
  ],
  [
    'ar',
    `> الآيبان حقي ${v('iban', 'quoted+print-format', by4(c.ar19))}\n\nيا أخي لا تنشر ${v('iban', 'quoted+reply+electronic', c.ar19)} هنا`,
  ],
  ['ar', `صورة الرسالة:\nرمز التحقق\n${v('otp', 'ocr+linebreak', ocr(c.ar21, 1))}\nلا تشاركه مع أحد`],
  ['ar', `كلمة السر ${v('password', 'plain', 'Ahmad@1990')} ما تشتغل بعد التحديث`],
  ['ar', `راسلوني على ${v('email', 'plain', 'ahmed.alharbi88@gmail.com')}`],
  [
    'ar',
    `البحرين ${v('iban', 'gulf+mixed-sep', `${c.ar20.slice(0, 4)} ${c.ar20.slice(4, 8)}-${c.ar20.slice(8, 14)}.${c.ar20.slice(14)}`)}`,
  ],
]

// ───────────────────────────── sensitive: zh ─────────────────────────────
c.zh1 = card('62', 19)
c.zh2 = `13${digits(9)}`
c.zh3 = `18${digits(9)}`
c.zh4 = `15${digits(9)}`
c.zh5 = card('6217', 19)
c.zh6 = digits(6)
c.zh7 = digits(9)
c.zh8 = ib('GB')
c.zh9 = ssn()
c.zh10 = nino()
c.zh11 = bsn()
c.zh12sc = sortCode()
c.zh12ac = acct8()
c.zh13 = `9${digits(7)}`
c.zh14 = `09${digits(8)}`
c.zh15 = `17${digits(9)}`
c.zh16 = card('35', 16)
c.zh17 = digits(6)
c.zh18 = `13${digits(9)}`
c.zh19 = ssn()
c.zh20 = bsn()
const sensitiveZh = [
  ['zh', `垃圾APP\n转账到${v('card', 'glued+unionpay19', c.zh1)}一直失败，客服也不回`],
  ['zh', `我手机${v('phone', 'glued+no-separator', c.zh2)}，麻烦尽快回电`],
  [
    'zh',
    `联系我：${v('phone', 'full-width+dashes', full(`${c.zh3.slice(0, 3)}-${c.zh3.slice(3, 7)}-${c.zh3.slice(7)}`))}`,
  ],
  ['zh', `你好我的电话是${v('phone', 'voice+yao', voice(c.zh4, 'zh'))}谢谢`],
  ['zh', `账号${v('account_number', 'glued+spaced', by4(c.zh5))}被冻结了，什么原因？`],
  ['zh', `收到验证码${v('otp', 'glued', c.zh6)}但我根本没操作！！`],
  [
    'zh',
    `${c.zh7}@qq.com 这是我邮箱，有事发邮件`.replace(
      `${c.zh7}@qq.com`,
      v('email', 'qq-number', `${c.zh7}@qq.com`),
    ),
  ],
  ['zh', `在英国留学，转账到${v('iban', 'expat+print-format', by4(c.zh8))}失败了`],
  [
    'zh',
    `在美国读书，社安号${v('us_ssn', 'expat+glued+dashes', `${c.zh9.slice(0, 3)}-${c.zh9.slice(3, 5)}-${c.zh9.slice(5)}`)}银行说查不到`,
  ],
  ['zh', `英国NI号码${v('uk_nino', 'expat+glued', c.zh10)}一直验证失败`],
  ['zh', `在荷兰开户要BSN号：${v('nl_bsn', 'expat+full-width', full(c.zh11))}`],
  [
    'zh',
    `英国账户 sort code ${c.zh12sc.match(/../g).join('-')} 账号${v('uk_account', 'expat+glued', c.zh12ac)}工资没到`,
  ],
  ['zh', `香港电话${v('phone', 'hk+intl', `+852 ${c.zh13.slice(0, 4)} ${c.zh13.slice(4)}`)}`],
  [
    'zh',
    `台湾手机 ${v('phone', 'tw+national', `${c.zh14.slice(0, 4)}-${c.zh14.slice(4, 7)}-${c.zh14.slice(7)}`)} 请回电`,
  ],
  ['zh', `我的手机号${v('phone', 'split-msg+first-half', c.zh15.slice(0, 6))}`],
  ['zh', `${v('phone', 'split-msg+second-half', c.zh15.slice(6))}刚才没发完`],
  ['zh', `卡号${v('card', 'jcb+thin', by4(c.zh16, THIN))}被盗刷了三笔`],
  ['zh', `截图：\n【莲花银行】您的动态\n码为${v('otp', 'ocr+linebreak', ocr(c.zh17, 1))}，请勿泄露`],
  [
    'zh',
    `💰兼职日赚500💰 加微信或打电话${v('phone', 'spam+intl', `+86 ${c.zh18.slice(0, 3)} ${c.zh18.slice(3, 7)} ${c.zh18.slice(7)}`)}`,
  ],
  ['zh', `密码是${v('password', 'glued', 'abc123456')}怎么就登录不了`],
  ['zh', `//@路人甲: 我的社安号是${v('us_ssn', 'quoted+weibo', c.zh19)}\n回复：别在这里发这种东西！`],
  ['zh', `BSN${v('nl_bsn', 'glued+no-context', c.zh20)}，为什么还要我再提交一次`],
]

// ───────────────────────────── ordinary ─────────────────────────────
// Lotus Bank's published hotlines (ordinary, see the header).
const ordinaryRows = [
  [
    'en',
    `★★☆☆☆ Update ruined it\nVersion ${o('version', '8.14.2')} (build ${o('build', '81402137')}) crashes on launch, iPhone 12, iOS ${o('version', '17.5.1')}`,
  ],
  [
    'en',
    `Order #${o('order', '112-4839201-5573021')} refunded to my Lotus card 3 weeks ago, still not showing`,
  ],
  ['en', `Complaint ref ${o('reference', 'CMP-2026-118734')} — day ${o('count', '41')} and counting`],
  ['en', `Rang the fraud line on ${o('hotline', '0345 734 5345')} like the website says, 50 min wait`],
  [
    'en',
    `Charged ${o('amount', '£2,450.00')} instead of ${o('amount', '£24.50')} on ${o('date', '07/12/2026')} at ${o('time', '14:35')}`,
  ],
  [
    'en',
    `Mortgage rate jumped from ${o('percent', '4.19%')} to ${o('percent', '5.74%')}, on a ${o('amount', '£312,000')} loan that's brutal`,
  ],
  ['en', `tracking ${o('tracking', '1Z999AA10123456784')} says the new card was delivered, it wasn't`],
  [
    'en',
    `$LOTB up ${o('percent', '3.2%')} to ${o('price', '412.5p')} after the results, $AAPL ${o('price', '195.32')}`,
  ],
  ['en', `sent ${o('crypto', '0.04821 BTC')} to the exchange and Lotus froze my account for "review"`],
  ['en', `order number ${o('bad_luhn', badLuhn('4', 16))} from the shop, is that why it bounced?`],
  [
    'en',
    `ticket INC${o('ticket', '0012345')} closed without a fix. sort code for the branch is on the website btw`,
  ],
  ['en', `Been a customer since ${o('year', '1998')}, ${o('count', '28')} years, never this bad`],
  [
    'en',
    `card ending ${o('card_last4', '4821')} charged twice on ${o('datetime', '2026-12-07 14:35:22')}, txn ref ${o('reference', '20261207143522981')}`,
  ],
  ['nl', `App versie ${o('version', '7.3.0')} (${o('build', '20261204.1')}) blijft hangen bij inloggen`],
  ['nl', `Dubbel afgeschreven: ${o('amount', '€1.234,56')} op ${o('date', '03-12-2026')}`],
  ['nl', `Klachtnummer ${o('reference', '2026-0045871')}, nog steeds geen reactie`],
  [
    'nl',
    `Gebeld naar ${o('hotline', '020 123 4567')} (nummer op de site), ${o('count', '45')} minuten wachttijd`,
  ],
  ['nl', `PostNL zegt ${o('tracking', '3SLOTB123456789')} bezorgd, pas niet ontvangen`],
  ['nl', `Rente van ${o('percent', '1,75%')} naar ${o('percent', '1,25%')}, schandalig`],
  ['nl', `IBAN in de mail was ${o('bad_iban', badIb('NL'))}, klopt niet eens, phishing dus`],
  ['nl', `Storing van ${o('time', '08:15')} tot ${o('time', '11:40')}, geen pinbetalingen`],
  ['nl', `Filiaal ${o('branch', '0472')} in Utrecht gaat dicht per ${o('date', '1 maart 2027')}`],
  ['nl', `ordernummer ${o('order', '4000123456789')} bij bol, geld nog niet terug`],
  ['nl', `koers ${o('crypto', '0,5 ETH')} gekocht en nu kan ik niks overmaken`],
  [
    'de',
    `Karte mit Endziffern ${o('card_last4', '0397')}, Transaktions-ID ${o('reference', 'TX-8841-2290-1175')}`,
  ],
  ['de', `Version ${o('version', '5.22.1')} Build ${o('build', '5221004')} stürzt ab`],
  ['de', `Abbuchung ${o('amount', '1.299,00 €')} am ${o('date', '02.12.2026')} um ${o('time', '23:59')} Uhr`],
  ['de', `Beschwerde-Nr. ${o('reference', 'BSW-4471093')}, keine Antwort seit ${o('count', '19')} Tagen`],
  ['de', `Hotline ${o('hotline', '069 1234 5678')} laut Website, keiner geht ran`],
  ['de', `Sendungsnummer ${o('tracking', '00340434161094042557')} — neue Karte nie angekommen`],
  ['de', `Dispozins ${o('percent', '13,75 %')} ist Wucher`],
  ['de', `Bestellnummer ${o('bad_luhn', badLuhn('5', 16))} vom Onlineshop, Zahlung hängt`],
  ['de', `In der Phishing-Mail stand ${o('bad_iban', by4(badIb('DE')))}, Finger weg`],
  ['de', `Aktie ${o('price', '12,84 €')}, minus ${o('percent', '7 %')} seit den Zahlen`],
  ['de', `Filiale ${o('branch', '370 400 44')} Köln, Öffnungszeiten ${o('time', '9–16')} Uhr`],
  ['de', `Kunde seit ${o('year', '2004')}, aber jetzt reicht es`],
  ['fr', `Version ${o('version', '4.8.0')} (build ${o('build', '48012')}) plante au démarrage`],
  ['fr', `Débité de ${o('amount', '1 249,90 €')} le ${o('date', '05/12/2026')} à ${o('time', '18h42')}`],
  ['fr', `Réclamation n° ${o('reference', 'RC-2026-77314')} sans réponse`],
  ['fr', `J'ai appelé le ${o('hotline', '09 69 32 15 15')} indiqué sur le site, 40 min d'attente`],
  ['fr', `Colis ${o('tracking', '6A12345678901')} livré mais pas de carte`],
  ['fr', `Taux passé à ${o('percent', '3,85 %')} sur ${o('count', '25')} ans`],
  ['fr', `Numéro de commande ${o('order', '2026120512345')}, toujours pas remboursé`],
  ['fr', `Dans le mail frauduleux : ${o('bad_iban', badIb('FR'))}`],
  ['fr', `Agence ${o('branch', '00482')} fermée le ${o('date', '24 décembre')}`],
  ['fr', `BTC à ${o('price', '91 250 $')}, j'ai vendu ${o('crypto', '0,015 BTC')} et virement bloqué`],
  ['fr', `Client depuis ${o('year', '1987')}, honteux`],
  ['es', `Versión ${o('version', '6.1.3')} (compilación ${o('build', '61300')}) no abre`],
  [
    'es',
    `Me cobraron ${o('amount', '1.150,00 €')} el ${o('date', '04/12/2026')} a las ${o('time', '09:12')}`,
  ],
  ['es', `Reclamación nº ${o('reference', '2026/RC/004512')} sin respuesta`],
  ['es', `Llamé al ${o('hotline', '900 123 456')} que pone en la web, nada`],
  ['es', `Pedido ${o('order', '402-8812345-1234567')} devuelto hace ${o('count', '15')} días`],
  ['es', `El euríbor al ${o('percent', '2,45 %')} y mi cuota sube ${o('amount', '87 €')}`],
  ['es', `Seguimiento ${o('tracking', 'PK123456789ES')} dice entregado`],
  ['es', `la tarjeta del correo falso era ${o('bad_luhn', by4(badLuhn('4', 16)))}`],
  ['es', `Oficina ${o('branch', '0182-4520')} cerrada sin aviso`],
  ['es', `Acciones a ${o('price', '4,87 €')}, ${o('percent', '-3,1 %')} hoy`],
  ['es', `Cliente desde ${o('year', '2001')}`],
  ['ar', `الإصدار ${o('version', '3.9.4')} يعلق عند الدخول`],
  [
    'ar',
    `انخصم مني ${o('amount', '١٬٢٥٠ ريال')} بتاريخ ${o('date', '٢٠٢٦/١٢/٠٥')} الساعة ${o('time', '١١:٣٠')}`,
  ],
  ['ar', `رقم الشكوى ${o('reference', '٢٠٢٦٤٤١٨٧٢')} وما أحد رد`],
  ['ar', `اتصلت على ${o('hotline', '800 123 4567')} الرقم الموجود بالموقع وما أحد رد`],
  ['ar', `الطلب رقم ${o('order', '٤٥٦٧٨٩١٢')} ما وصل`],
  ['ar', `نسبة الربح ${o('percent', '٪٥٫٢٥')} مبالغ فيها`],
  ['ar', `في رسالة الاحتيال الايبان ${o('bad_iban', badIb('SA'))}`],
  ['ar', `فرع رقم ${o('branch', '٠٣١٥')} مسكر`],
  ['ar', `السهم وصل ${o('price', '٣٢٫٤٠ ريال')}`],
  ['ar', `عميل من سنة ${o('year', '٢٠٠٩')}`],
  ['ar', `حولت ${o('crypto', '٠٫٢٥ ETH')} والحساب انقفل`],
  [
    'zh',
    `尾号${o('card_last4', '6621')}的卡在${o('datetime', '2026-12-06 03:12')}被扣款${o('amount', '¥499')}`,
  ],
  ['zh', `版本${o('version', '9.2.1')}（${o('build', '9210335')}）一直闪退`],
  ['zh', `${o('date', '12月5日')}${o('time', '22:15')}被扣了${o('amount', '¥3,280.00')}`],
  ['zh', `投诉单号${o('reference', 'TS20261205008841')}到现在没人处理`],
  ['zh', `打了客服热线${o('hotline', '400 820 5588')}，排队${o('count', '40')}分钟`],
  ['zh', `订单号${o('order', '2345678901234567890')}退款还没到`],
  ['zh', `快递单号${o('tracking', 'SF1234567890123')}显示已签收，卡没收到`],
  ['zh', `利率从${o('percent', '3.85%')}降到${o('percent', '3.45%')}`],
  ['zh', `莲花银行股价${o('price', 'HK$12.36')}，跌了${o('percent', '2.1%')}`],
  ['zh', `网点编号${o('branch', '0211')}关门了`],
  ['zh', `诈骗短信里的卡号${o('bad_luhn', badLuhn('62', 19))}千万别转`],
  ['zh', `${o('year', '2015')}年开的户，${o('amount', '1.2万')}存款取不出来`],
]

// ───────────── more sensitive posts: forwards, IDN, duplicates, issuer ranges, long threads ─────────────
c.x1 = `07${String(4 + Math.floor(rnd() * 6))}${digits(8)}`
c.x2 = card('6011', 16)
c.x3 = card('36', 14)
c.x4 = card('2200', 16)
c.x5 = ib('IE')
c.x6 = ib('MT')
c.x7 = digits(8)
c.x8 = `0${digits(9)}`
c.x9 = ib('OM')
c.x10 = ib('PS')
c.x11 = ib('IQ')
c.x12 = ib('LY')
c.x13 = `6${digits(8)}`
c.x14 = `0176${digits(7)}`
c.x15 = `06${digits(8)}`
c.x16 = `05${digits(8)}`
c.x17 = card('4', 16)
c.x18 = `13${digits(9)}`
c.x19 = digits(6)
c.x20 = ib('IL')
const sensitiveExtra = [
  [
    'en',
    `yeah so my number's ${v('phone', 'voice+double+triple', voice(`07${'7'}${'7'}${c.x1.slice(4, 6)}000${c.x1.slice(9)}`, 'en'))} if anyone from the bank actually reads this`,
  ],
  [
    'en',
    `Discover ${v('card', 'discover+dashes', by4(c.x2, '-'))} works everywhere except your ATMs apparently`,
  ],
  [
    'en',
    `old diners club card ${v('card', 'diners14+4-6-4', grp(c.x3, [4, 6, 4]))} still being billed, cancelled it in 2019`,
  ],
  [
    'en',
    `acct no ${v('account_number', 'abbrev+plain', c.x7)} (the savings one) shows ${o('amount', '£0.00')} after the "upgrade"`,
  ],
  [
    'en',
    `Transfer from Dublin, ${v('iban', 'ie+print-format+linebreak', `${by4(c.x5.slice(0, 12))}\n${by4(c.x5.slice(12))}`)} — 6 days now`,
  ],
  [
    'en',
    `paid from my Maltese account ${v('iban', 'mt+lowercase+electronic', c.x6.toLowerCase())}, where is it`,
  ],
  [
    'en',
    `💰💰 Made $4,500 this week trading from my phone!!! Text Mrs Linda on WhatsApp ${v('phone', 'spam+duplicate+intl+dashes', `+1-${c.en4.slice(0, 3)}-${c.en4.slice(3, 6)}-${c.en4.slice(6)}`)} she changed my life 🙏🙏`,
  ],
  [
    'de',
    `-------- Weitergeleitete Nachricht --------\nVon: Lotus Bank Kundenservice\nBetreff: Ihr Anliegen\n\nDas ist die "Antwort" nach 3 Wochen. Unglaublich.\n\nMit freundlichen Grüßen\nSabine Kowalski\nMobil: ${v('phone', 'signature+intl', `+49 ${c.x14.slice(1, 4)} ${c.x14.slice(4)}`)}\nE-Mail: ${v('email', 'signature+plain', 's.kowalski@gmx.de')}`,
  ],
  [
    'nl',
    `-----Doorgestuurd bericht-----\nVan: Lotus Bank\nOnderwerp: Uw klacht\n\nDit kreeg ik terug. Serieus?\n\nMet vriendelijke groet,\nPieter Jansen\nT ${v('phone', 'signature+mixed-sep', `${c.x15.slice(0, 2)}-${c.x15.slice(2, 4)} ${c.x15.slice(4, 6)} ${c.x15.slice(6)}`)}`,
  ],
  [
    'nl',
    `mijn oude rekeningnummer ${v('account_number', 'pre-iban+dots', `${c.x8.slice(1, 3)}.${c.x8.slice(3, 5)}.${c.x8.slice(5, 7)}.${c.x8.slice(7)}`)} staat nog op de acceptgiro, waar gaat dat geld heen?`,
  ],
  [
    'fr',
    `---------- Message transféré ----------\nDe : Lotus Banque\nObjet : Votre réclamation\n\nVoilà leur réponse. Sans commentaire.\n\nCordialement,\nBernard Petit\nTél. ${v('phone', 'signature+dots', c.fr2.match(/../g).join('.'))}\n${v('email', 'signature+idn', 'bernard.petit@légumes-bio.fr')}`,
  ],
  ['es', `captura del correo:\n${v('email', 'ocr+rn-m', 'rnarta.gornez@grnail.corn')}\nasunto: devolución`],
  [
    'es',
    `Llevo desde octubre así. Primero me dijeron que era un error del sistema. Luego que tenía que ir a la oficina. En la oficina, que llamara. Al llamar, que mandara un correo con mis datos. Mandé el correo con el móvil ${v('phone', 'long-thread+spaced', grp(c.x13, [3, 3, 3]))} y el DNI y nada. Tres meses sin poder usar mi dinero. Tengo dos hijos. Esto es una vergüenza y lo voy a denunciar a consumo.`,
  ],
  [
    'es',
    `🤑 Gana 500€ al día desde casa!!! Escríbeme al WhatsApp ${v('phone', 'spam+duplicate+intl00', `0034 ${grp(c.es15, [3, 3, 3])}`)} 🤑`,
  ],
  ['ar', `حولت من عُمان ${v('iban', 'gulf+persian+print-format', pers(by4(c.x9)))} والمبلغ راجع`],
  ['ar', `تحويل لأهلي في غزة ${v('iban', 'levant+electronic', c.x10)} مرفوض بدون سبب`],
  ['ar', `من العراق الايبان ${v('iban', 'iq+mixed-script+print-format', mixd(by4(c.x11)))}`],
  ['ar', `ليبيا ${v('iban', 'maghreb+arabic-indic+nbsp', arab(by4(c.x12, NB)))} الحوالة معلقة`],
  [
    'ar',
    `والله صار لي شهرين أراجع. أول مرة قالوا النظام متعطل. بعدين قالوا لازم تروح الفرع. رحت الفرع قالوا كلم خدمة العملاء. كلمتهم وطلبوا رقم الجوال ${v('phone', 'long-thread+arabic-indic+spaced', arab(grp(c.x16, [3, 3, 4])))} وقالوا بيتصلون وما أحد اتصل. راتبي محجوز وعندي إيجار. حسبي الله.`,
  ],
  ['ar', `راسلوني على ${v('email', 'idn+arabic', 'علي@مثال.السعودية')}`],
  [
    'zh',
    `我已经投诉了三次了。第一次说系统升级，第二次说要去网点，网点又说要打客服。客服让我报卡号${v('card', 'long-thread+full-width+spaced', full(by4(c.x17)))}，报完就说查不到。钱被扣了两个星期还不退，真的寒心。`,
  ],
  ['zh', `发我邮箱${v('email', 'idn+zh', '张伟@例子.中国')}`],
  ['zh', `我的手机号${v('phone', 'spaced-each', c.x18.split('').join(' '))}，请尽快联系`],
  [
    'zh',
    `转发微博 //@爱吃鱼的猫: 动态码${v('otp', 'quoted+weibo+full-width', full(c.x19))}别给任何人\n//@小王: 刚才有人打电话要我的动态码`,
  ],
  ['en', `Mir card ${v('card', 'mir+spaced', by4(c.x4))} from my Russian trip still linked, please remove`],
  ['en', `Transfer from Tel Aviv: ${v('iban', 'il+electronic+glued', c.x20)}/EUR, pending a week`],
]

export const sensitive = [
  ...sensitiveEn,
  ...sensitiveNl,
  ...sensitiveDe,
  ...sensitiveFr,
  ...sensitiveEs,
  ...sensitiveAr,
  ...sensitiveZh,
  ...sensitiveExtra,
]
export const ordinary = ordinaryRows
