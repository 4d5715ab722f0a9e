/**
 * Blind personal-data set 16 (issue 11, must-have 1), written by a red team on 2026-12-07 before
 * reading any PII code, test data or earlier set; rendered and judged by
 * scripts/lib/pii-render-16.mjs (eval-pii-fresh.mjs --set 16).
 *
 * The posts are written as a bank's social team receives them, platform by platform: App Store and
 * Google Play reviews (title, then body), Reddit replies under a quoted parent, Facebook page and
 * YouTube comments, OCR'd WhatsApp screenshots (odd line breaks, O for 0 and l for 1),
 * voice-to-text, e-mails forwarded to the social inbox with their signatures, and long angry
 * threads with the value deep inside. Seven languages, about equal shares.
 *
 * Every value is GENERATED here with valid check digits (Luhn for cards in real issuer ranges,
 * mod-97 for IBANs at the SWIFT registry's length for the country, the 11-check for BSNs, the
 * SSA's and HMRC's allocation rules for SSNs and NI numbers, each country's numbering plan for
 * mobiles), from a fixed seed, so the set is the same on every run.
 *
 * Markers: ⟦kind⁞form⁞shown⟧ a sensitive value (form = digit script + separator + how it was
 * typed, "+"-joined); ⟪kind⁞shown⟫ an ordinary number that must stay readable.
 *
 * Decision on the bank's own published hotlines (kind "hotline" below): they are NOT personal
 * data. The bank prints them on its cards and website, a customer quoting one exposes nobody,
 * and masking them would hide what the post is about ("your 0800 number never answers"). So they
 * are ordinary numbers that must stay, and masking one counts as a false positive; the scorer
 * prints ordinary numbers kept by kind, so the hotline figure can be read apart. A customer's own
 * phone number, written next to the hotline, is sensitive.
 *
 * How tidy this is next to a real stream: every value is marked and whole (no value cut off by a
 * platform's length limit, no image-only value), the OCR noise is only O/l for 0/1 and line breaks,
 * voice-to-text spells every digit (no "double seven", no "forty-two"), and there are no spam,
 * bot or duplicated posts. English has a few more posts than the other languages.
 */

// A fixed-seed generator (mulberry32): the same values on every run.
let seed = 0x16_16_16
function rnd() {
  seed = (seed + 0x6d2b79f5) | 0
  let t = seed
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const pick = (xs) => xs[Math.floor(rnd() * xs.length)]
const digits = (n) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('')
const letters = (n) =>
  Array.from({ length: n }, () => String.fromCharCode(65 + Math.floor(rnd() * 26))).join('')

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
const luhnOk = (s) => luhnDigit(s.slice(0, -1)) === s.at(-1)
/** A card number of `len` digits starting with `prefix`, valid under Luhn. */
function card(prefix, len) {
  const body = prefix + digits(len - 1 - prefix.length)
  return body + luhnDigit(body)
}
/** A card-like number in an issuer range that FAILS Luhn. */
function notCard(prefix, len) {
  const c = card(prefix, len)
  return c.slice(0, -1) + String((Number(c.at(-1)) + 1 + Math.floor(rnd() * 8)) % 10)
}

function mod97(s) {
  let r = 0
  for (const ch of s) r = (r * 10 + Number(ch)) % 97
  return r
}
const numeric = (s) => s.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))
// Lengths from the SWIFT IBAN registry.
const IBAN_LENGTH = {
  AE: 23,
  AT: 20,
  BE: 16,
  BH: 22,
  CH: 21,
  DE: 22,
  EG: 29,
  ES: 24,
  FR: 27,
  GB: 22,
  IE: 22,
  IQ: 23,
  IT: 27,
  JO: 30,
  KW: 30,
  LB: 28,
  LU: 20,
  LY: 25,
  MR: 27,
  MT: 31,
  NL: 18,
  NO: 15,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  SA: 24,
  SE: 24,
  TN: 24,
  TR: 26,
}
/** An IBAN of country `cc` with BBAN `bban`, check digits by mod-97. */
function iban(cc, bban) {
  const check = String(98 - mod97(numeric(`${bban}${cc}00`))).padStart(2, '0')
  const out = `${cc}${check}${bban}`
  if (out.length !== IBAN_LENGTH[cc]) throw new Error(`IBAN ${cc} length ${out.length}`)
  return out
}
const ibanOk = (s) => mod97(numeric(s.slice(4) + s.slice(0, 4))) === 1
/** The same IBAN with one BBAN digit changed: fails mod-97 (a single change always does). */
function notIban(cc, bban) {
  const good = iban(cc, bban)
  const i = good.search(/\d(?=\d*$)/) + 2
  const bad = good.slice(0, i) + String((Number(good[i]) + 3) % 10) + good.slice(i + 1)
  if (ibanOk(bad)) throw new Error('notIban still valid')
  return bad
}
/** Tunisia: the 20-digit RIB carries its own mod-97 key, so every TN IBAN checks "59". */
function tnIban() {
  const rib18 = digits(18)
  let key = 97 - Number((BigInt(rib18) * 100n) % 97n)
  if (key === 0) key = 97
  return iban('TN', rib18 + String(key).padStart(2, '0'))
}
/** NL BSN: nine digits, 9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11. */
function bsn() {
  for (;;) {
    const first = String(1 + Math.floor(rnd() * 9)) + digits(7)
    let sum = 0
    for (let i = 0; i < 8; i++) sum += (9 - i) * Number(first[i])
    const last = sum % 11
    if (last < 10) return first + last
  }
}
/** US SSN: area 001–899 but not 666, group 01–99, serial 0001–9999. */
function ssn() {
  let area
  do area = 1 + Math.floor(rnd() * 899)
  while (area === 666)
  const group = 1 + Math.floor(rnd() * 99)
  const serial = 1 + Math.floor(rnd() * 9999)
  return `${String(area).padStart(3, '0')}${String(group).padStart(2, '0')}${String(serial).padStart(4, '0')}`
}
/** UK NI number: HMRC's allowed prefixes, six digits, suffix A–D. */
function nino() {
  const first = 'ABCEGHJKLMNOPRSTWXYZ'
  const second = 'ABCEGHJKLMNPRSTWXYZ'
  for (;;) {
    const p = pick([...first]) + pick([...second])
    if (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(p)) continue
    return `${p}${digits(6)}${pick(['A', 'B', 'C', 'D'])}`
  }
}
// Mobiles by each country's numbering plan (national significant numbers, no trunk 0).
const mobile = {
  gb: () => `7${pick('456789')}${digits(8)}`,
  us: () => `${pick('23456789')}${pick('012345678')}${digits(1)}${pick('2346789')}${digits(2)}${digits(4)}`,
  nl: () => `6${pick('12345')}${digits(7)}`,
  be: () => `4${pick('6789')}${digits(7)}`,
  de: () =>
    `1${pick(['51', '52', '57', '60', '62', '70', '71', '72', '73', '75', '76', '77', '78', '79'])}${digits(8)}`,
  at: () => `6${pick(['50', '60', '64', '76', '99'])}${digits(7)}`,
  ch: () => `7${pick('6789')}${digits(7)}`,
  fr: () => `${pick('67')}${digits(8)}`,
  ma: () => `${pick('67')}${digits(8)}`,
  es: () => `6${digits(8)}`,
  mx: () => `${pick(['55', '33', '81'])}${digits(8)}`,
  cn: () => `1${pick('3456789')}${digits(9)}`,
  sa: () => `5${pick('03456789')}${digits(7)}`,
  ae: () => `5${pick('024568')}${digits(7)}`,
  eg: () => `1${pick('0125')}${digits(8)}`,
  jo: () => `7${pick('789')}${digits(7)}`,
}

// Digit scripts a person types, and the separators between groups.
const ZERO = { ascii: 0x30, arabic: 0x660, persian: 0x6f0, fullwidth: 0xff10 }
const script = (s, name) => s.replace(/[0-9]/g, (d) => String.fromCodePoint(ZERO[name] + Number(d)))
/** The first `k` digits in one script and the rest in another (a keyboard switched mid-number). */
function mixed(s, a, b, k) {
  let n = 0
  return s.replace(/[0-9]/g, (d) => String.fromCodePoint(ZERO[n++ < k ? a : b] + Number(d)))
}
const NB = '\u00a0'
const NN = '\u202f'
const TH = '\u2009'
/** `s` cut into groups of `sizes` (the last group takes the rest), joined by `sep` (or cycling a list). */
function grp(s, sizes, sep = ' ') {
  const out = []
  let i = 0
  for (const n of sizes) {
    if (i >= s.length) break
    out.push(s.slice(i, i + n))
    i += n
  }
  if (i < s.length) out.push(s.slice(i))
  const seps = Array.isArray(sep) ? sep : [sep]
  return out.reduce((acc, g, j) => (j === 0 ? g : acc + seps[(j - 1) % seps.length] + g), '')
}
const by4 = (s, sep) => grp(s, Array(8).fill(4), sep)
/** A screenshot read by OCR: zeros read as O, every other one read as l. */
function ocr(s) {
  let ones = 0
  return s.replace(/[01]/g, (d) => (d === '0' ? 'O' : ones++ % 2 ? '1' : 'l'))
}
const EN_WORDS = ['oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
const NL_WORDS = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen']
const DE_WORDS = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun']
const FR_WORDS = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf']
const ES_WORDS = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve']
/** Voice-to-text that spells digits as words. */
const spoken = (s, words) => [...s].map((d) => words[Number(d)]).join(' ')

const S = (kind, form, shown) => `⟦${kind}⁞${form}⁞${shown}⟧`
const O = (kind, shown) => `⟪${kind}⁞${shown}⟫`

// ——— values (generated once, in order) ———
const v = {
  visa16a: card('4539', 16),
  visa16b: card('4916', 16),
  visa13: card('4', 13),
  visa19: card('4', 19),
  mc16a: card('5185', 16),
  mc16b: card('2223', 16),
  mc16c: card('5425', 16),
  mc16d: card('2720', 16),
  amex: card('37', 15),
  amex2: card('34', 15),
  maestro12: card('6759', 12),
  maestro19: card('6304', 19),
  maestro13: card('5018', 13),
  discover: card('6011', 16),
  jcb: card('3566', 16),
  diners: card('36', 14),
  up19a: card('6228', 19),
  up19b: card('6222', 19),
  up16: card('6217', 16),
  up17: card('6212', 17),
  mada: card('4464', 16),
  meeza: card('5078', 16),
  cb: card('4970', 16),
}
for (const [k, c] of Object.entries(v)) if (!luhnOk(c)) throw new Error(`card ${k}`)

// ——— English ———
const en = [
  // App Store review: title, stars, body.
  `Crashes when adding a card ★☆☆☆☆\nTried to add my new card ${S('card', 'ascii+space', by4(v.visa16a, ' '))} three times and the app froze every time. On version ${O('version', '8.14.2')}, iPhone 13. Please fix.`,
  // Reddit reply under a quoted parent.
  `> just DM them your details, they sorted mine in a day\n\nDid exactly that. Sent sort code and account ${S('uk_account', 'ascii+dash+space', `${grp(digits(6), [2, 2, 2], '-')} ${digits(8)}`)} plus my full name and heard nothing for ${O('count', '9 days')}. Absolute joke.`,
  `Facebook comment: My card got blocked while I was abroad and nobody calls back!!! Ring me on ${S('phone', 'ascii+national+space', `0${grp(mobile.gb(), [4, 3, 3], ' ')}`)} or ${S('phone', 'ascii+international+none', `+44${mobile.gb()}`)} before ${O('time', '5pm')} today`,
  `YouTube comment: bro they literally asked me for the OTP ${S('otp', 'ascii+space', grp(digits(6), [3, 3], ' '))} on the phone and said it was the bank 💀💀 and i gave it`,
  // OCR'd WhatsApp screenshot of a card photo, broken lines and O/l.
  `[screenshot text]\nLOTUS BANK     debit\n${S('card', 'ocr+newline', grp(ocr(v.mc16a), [4, 4, 4, 4], '\n'))}\nVALID\nTHRU ${O('date', '09/29')}\nthis is the card they charged twice`,
  // Voice-to-text: digits dictated as words.
  `hi yes um my account number is ${S('uk_account', 'words+voice', spoken(digits(8), EN_WORDS))} and the sort code is forty twenty two can someone call me back please the app keeps saying error`,
  // E-mail forwarded to the social inbox, with signature.
  `---------- Forwarded message ---------\nFrom: Daniel Hughes <${S('email', 'plain', 'daniel.hughes87@gmail.com')}>\nSubject: Re: your complaint\n\nThey asked me to confirm my National Insurance number ${S('uk_nino', 'ascii+space', grp(nino(), [2, 2, 2, 2, 1], ' '))} by reply. Is this even you?\n\nKind regards,\nDaniel Hughes\nMob: ${S('phone', 'ascii+international+space', `+44 ${grp(mobile.gb(), [4, 6], ' ')}`)}`,
  `@LotusBankUS your rep told me to post my SSN ${S('us_ssn', 'ascii+dash', grp(ssn(), [3, 2, 4], '-'))} here "to verify" - are you serious??`,
  `Google Play review ★★☆☆☆ — Login broken\nReset my password to ${S('password', 'plain', 'Bluebell_2026!x')} like the app asked and it STILL says wrong password. ${O('version', 'v8.14.1')} on a Pixel 7.`,
  `email me at ${S('email', 'obfuscated+brackets', 'sarah.okafor [at] outlook [dot] com')} instead of replying here, I'm not putting more in public`,
  `Called from the US, they want me to text ${S('phone', 'ascii+us+parens', ((n) => `(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}`)(mobile.us()))} — no wait that's my number, call ME`,
  `Amex ${S('card', 'ascii+amex-groups', grp(v.amex, [4, 6, 5], ' '))} declined at Tesco, ${O('amount', '£84.20')}, there is money on it`,
  `Old maestro ${S('card', 'ascii+none+12digit', v.maestro12)} still being charged for a gym I cancelled in ${O('year', '2023')}`,
  `> which bank?\nLotus. Transfer went to IBAN ${S('iban', 'ascii+space', by4(iban('IE', `AIBK931152${digits(8)}`), ' '))} and vanished. ${O('amount', '€2,400')} gone.`,
  `Facebook: acc no. ${S('account_number', 'ascii+none', digits(10))} — closed without notice, my salary lands there on the ${O('date', '28th')}`,
  // A long angry thread with the value deep inside.
  `UPDATE ${O('count', '3')} (sorry it's long). So after the first call they said the payment was "pending review". After the second call a different person said there was no payment at all. After the third call I was told to go to a branch, and the branch told me to call. I have been a customer for years and I have never been treated like this. I sent them screenshots, I sent the receipt, I sent the confirmation email, I even sent a photo of the card. Nothing. Meanwhile my rent is late and my landlord is asking questions. For anyone who says "just be patient": I have been patient. I have been polite. I have been on hold so long I know the music by heart. Anyway, the money went out of my account to GB IBAN ${S('iban', 'ascii+none+deep', iban('GB', `NWBK${digits(14)}`))} which is NOT my landlord's account and the bank says it "matches the instructions". It does not. I never typed that. I want to know who did. If anyone from Lotus actually reads this, please escalate, because your front line clearly cannot.`,
  `voice note transcript: my social is ${S('us_ssn', 'words+voice', spoken(ssn(), EN_WORDS))} they said they need it for the dispute`,
  `Copied from the app's statement screen:\nName\tD Hughes\nSort code / account\t${S('uk_account', 'ascii+tab', `${grp(digits(6), [2, 2, 2], '-')}\t${digits(8)}`)}\nBalance\t${O('amount', '£1,249.99')}`,
  `SIM swapped last night, texts went to ${S('phone', 'ascii+international+dot', `+1.${grp(mobile.us(), [3, 3, 4], '.')}`)} — new card ${S('card', 'ascii+nbsp', by4(v.mc16b, NB))} used in ${O('count', '4')} shops`,
  `[OCR of my payslip so you can see]\nEmployee: M. Clarke   NI No: ${S(
    'uk_nino',
    'ocr+space',
    grp(
      ocr(
        nino()
          .replace(/^(..)\d/, '$10')
          .replace(/(\d)(\d)(\w)$/, '1$2$3'),
      ),
      [2, 2, 2, 2, 1],
      ' ',
    ),
  )}\nTax code ${O('code', '1257L')}`,
  `reddit: HMRC letter says my ni number ${S('uk_nino', 'lower+none', nino().toLowerCase())} is "not recognised" by Lotus when I opened the ISA, anyone else?`,
  `Tax form the app made me fill in asked SSN ${S('us_ssn', 'ascii+space', grp(ssn(), [3, 2, 4], ' '))} and then crashed, ${O('version', 'build 81402117')}. Did it save it or not??`,
  `moved here from Amsterdam, my BSN ${S('nl_bsn', 'ascii+space', grp(bsn(), [4, 2, 3], ' '))} is on the account but the app says "invalid tax ID"`,
  `payee details they gave me: ${S('uk_account', 'ascii+space+pipe', `${grp(digits(6), [2, 2, 2], ' ')} | ${digits(8)}`)} — that's not the account I set up`,
  `> > my card was charged twice\n> same, they told me to send the IBAN it came from:\n> ${S('iban', 'ascii+space+quoted-wrap', by4(iban('GB', `BARC${digits(14)}`), ' ').replace(/^(\S+ \S+ \S+) /, '$1\n> '))}\n> and nothing since\n\nsame here, two weeks and counting`,
  `Signature from the email I forwarded to @LotusBankUK:\n--\nTom Reilly | Operations\n${S('phone', 'ascii+international+trunk-paren', `+44 (0)${grp(mobile.gb(), [4, 6], ' ')}`)} | ${S('email', 'plus-tag', 'tom.reilly+lotus@gmail.com')}`,
  `your texts say "G-${S('otp', 'ascii+prefixed', digits(6))} is your verification code" and then someone called asking me to read it out. I didn't. Did they get in?`,
  `Card ${S('card', 'ascii+mixed-sep', grp(card('4929', 16), [4, 4, 4, 4], ['-', ' ', '.']))} double charged, pw for the app is ${S('password', 'plain+label', 'pass = Zx9!kLm2q')} if your team needs to check lol`,
]

// ——— Dutch ———
const nl = [
  `App Store ★☆☆☆☆ — Slechtste update ooit\nKan mijn pas ${S('card', 'ascii+space', by4(v.mc16c, ' '))} niet meer toevoegen aan Apple Pay. Versie ${O('version', '8.14.2')}.`,
  `Mijn BSN is ${S('nl_bsn', 'ascii+dot', grp(bsn(), [4, 2, 3], '.'))} en het staat gewoon verkeerd in jullie systeem, bel me op ${S('phone', 'ascii+national+dash', `0${grp(mobile.nl(), [1, 8], '-')}`)}`,
  `Reactie op Facebook: Ik heb ${O('amount', '€ 349,95')} overgemaakt naar ${S('iban', 'ascii+space', by4(iban('NL', `RABO${digits(10)}`), ' '))} en het is nooit aangekomen`,
  `> stuur ze een DM\nGedaan, met rekeningnummer ${S('account_number', 'ascii+dot', grp(digits(9), [2, 2, 2, 3], '.'))} (mijn oude Postbank-nummer). Nog steeds niks gehoord.`,
  `[WhatsApp-screenshot]\nLotus Bank: uw verificatiecode is\n${S('otp', 'ocr+none', ocr(`${pick('1234')}0${digits(2)}1${digits(1)}`))}\nDeel deze code met niemand.\nEn toch belde er iemand die hem vroeg`,
  `spraakbericht: mijn burgerservicenummer is ${S('nl_bsn', 'words+voice', spoken(bsn(), NL_WORDS))} en mijn geboortedatum ${O('date', '12 maart 1984')}`,
  `Mail me: ${S('email', 'obfuscated+words', 'j.devries apenstaartje hotmail punt nl')} want hier reageren jullie toch nooit`,
  `Doorgestuurd bericht\nVan: Sanne Bakker <${S('email', 'plain', 'sanne.bakker1990@ziggo.nl')}>\n\nBeste Lotus, mijn Belgische rekening ${S('iban', 'ascii+space', by4(iban('BE', digits(12)), ' '))} is geblokkeerd sinds ${O('date', '3 december')}.\n\nMet vriendelijke groet,\nSanne Bakker\n${S('phone', 'ascii+international+space', `+31 ${grp(mobile.nl(), [1, 2, 3, 3], ' ')}`)}`,
  `Google Play ★★☆☆☆\nInloggen lukt niet. Mijn wachtwoord is ${S('password', 'plain', 'Tulp3nVeld#88')} en dat klopt echt, heb het ${O('count', '5 keer')} geprobeerd.`,
  `YouTube: wie heeft dit ook? pas ${S('card', 'fullwidth+space', script(by4(v.visa16b, ' '), 'fullwidth'))} wordt steeds geweigerd bij de Albert Heijn`,
  `Bel me terug op ${S('phone', 'ascii+belgian+slash', `0${grp(mobile.be(), [3, 2, 2, 2], '/')}`)} of ${S('phone', 'ascii+nbsp', `06${NB}${grp(mobile.nl().slice(1), [4, 4], NB)}`)}, ik woon in Antwerpen maar werk in Breda`,
  `Lange draad, sorry. Ik ben al ${O('count', '11 jaar')} klant. Vorige maand ging het mis met een incasso die ik nooit heb afgegeven. Ik heb gebeld, gemaild, gechat. Elke keer een ander verhaal. Eerst was het een storing, toen lag het aan de winkel, toen aan mij. Uiteindelijk bleek dat er iemand met mijn gegevens een rekening had geopend, en dat het geld naar ${S('iban', 'ascii+none+deep', iban('DE', digits(18)))} is gegaan. Dat is een Duitse rekening, ik heb niks met Duitsland. De politie zegt: regel het met de bank. De bank zegt: doe aangifte. Ik heb aangifte gedaan. Nu zegt de bank dat het onderzoek ${O('count', '8 weken')} duurt. Ondertussen zit ik zonder geld. Dit is toch niet normaal?`,
  `Creditcard ${S('card', 'ascii+dash', grp(v.amex2, [4, 6, 5], '-'))} stond op de foto die ik per ongeluk heb gepost, kan iemand die verwijderen??`,
  `transcriptie: de code die ik kreeg was ${S('otp', 'words+voice', spoken(digits(6), NL_WORDS))} en toen was mijn geld weg`,
  `Tabel uit de app gekopieerd:\nRekening\t${S('iban', 'ascii+tab', grp(iban('NL', `INGB${digits(10)}`), [4, 4, 4, 6], '\t'))}\nSaldo\t${O('amount', '€ 1.204,50')}`,
  `@LotusBankNL mijn pasnummer ${S('card', 'ascii+thin', by4(v.maestro19, TH))} is gekopieerd bij een skimmer in Utrecht`,
  `Reddit r/thenetherlands: iemand anders ook een sms van "Lotus" met link? Ze vroegen mijn BSN (${S('nl_bsn', 'ascii+none', bsn())}) en ik heb het ingevuld 😩`,
  `Mijn mail ${S('email', 'plain', 'p.jansen@kpnmail.nl')}, rekening ${S('iban', 'ascii+narrow-nbsp', by4(iban('NL', `ABNA${digits(10)}`), NN))}, graag een terugbelverzoek`,
  `Belastingdienst brief + jullie app: BSN ${S('nl_bsn', 'arabic+none', script(bsn(), 'arabic'))} (mijn Marokkaanse telefoon zet het zo om) wordt niet geaccepteerd`,
  `Oude Maestro ${S('card', 'ascii+none+13digit', v.maestro13)} nog steeds actief terwijl ik hem heb opgezegd`,
]

// ——— German ———
const de = [
  `App Store ★☆☆☆☆ – Karte lässt sich nicht hinzufügen\nMeine Karte ${S('card', 'ascii+space', by4(v.mc16d, ' '))} wird seit dem Update ${O('version', '8.14.2')} abgelehnt. Unfassbar.`,
  `Facebook-Kommentar: Überweisung an ${S('iban', 'ascii+space', by4(iban('DE', digits(18)), ' '))} über ${O('amount', '1.250,00 €')} ist seit ${O('count', '6 Tagen')} nicht angekommen!!!`,
  `Ruft mich bitte zurück: ${S('phone', 'ascii+national+slash', `0${grp(mobile.de(), [3, 8], '/')}`)} (ab ${O('time', '17:30 Uhr')})`,
  `Meine TAN ${S('otp', 'ascii+none', digits(6))} wurde mir am Telefon abgefragt, angeblich von eurer Sicherheitsabteilung. Jetzt sind ${O('amount', '3.400 €')} weg.`,
  `> Schreib denen einfach per Mail\nHab ich, an ${S('email', 'idn', 'jürgen.weiß@müller-bäckerei.de')} kam nie eine Antwort zurück, ich meine von eurer Seite`,
  `Weitergeleitete Nachricht\nVon: Katrin Vogel <${S('email', 'plain', 'k.vogel@t-online.de')}>\n\nSehr geehrte Damen und Herren, bitte buchen Sie die Lastschrift zurück. Kontonummer ${S('account_number', 'ascii+space', grp(digits(10), [4, 4, 2], ' '))}, BLZ ${O('branch', '500 105 17')}.\n\nMit freundlichen Grüßen\nKatrin Vogel\nTel. ${S('phone', 'ascii+international+space', `+49 ${grp(mobile.de(), [3, 8], ' ')}`)}`,
  `[Screenshot aus WhatsApp]\nIhr Bestätigungscode:\n${S('otp', 'ocr+space', ocr(`${pick('23456789')}1${digits(1)} 0${digits(2)}`))}\nGeben Sie ihn nicht weiter\n— genau den wollte der Anrufer haben`,
  `Sprachnachricht: also meine Kartennummer ist ${S('card', 'words+voice', spoken(v.visa13, DE_WORDS))} und die ist gesperrt`,
  `Google Play ★☆☆☆☆\nPasswort ${S('password', 'plain', 'Sommer2026!Berlin')} funktioniert nicht mehr nach dem Update, Support meldet sich nicht.`,
  `Schweizer Konto ${S('iban', 'ascii+space', by4(iban('CH', digits(17)), ' '))}, österreichisches ${S('iban', 'ascii+none', iban('AT', digits(16)))} – beide von euch gesperrt??`,
  `Mail an ${S('email', 'obfuscated+brackets', 'martin.schulz (ät) gmx (punkt) de')} bitte, nicht hier`,
  `YouTube: Bei mir wurde die Karte ${S('card', 'ascii+nbsp', by4(v.discover, NB))} in den USA belastet, war nie dort`,
  `Langer Thread, sorry. Seit ${O('count', '3 Wochen')} versuche ich, mein Konto zu schließen. Erst hieß es, das geht nur in der Filiale. In der Filiale hieß es, das geht nur online. Online kommt eine Fehlermeldung. Die Hotline legt nach zwanzig Minuten auf. Der Chat sagt, man kümmere sich. Niemand kümmert sich. Ich habe inzwischen ein Konto bei einer anderen Bank und will nur noch mein Geld rüberholen. Das neue Konto ist ${S('iban', 'ascii+mixed-sep+deep', grp(iban('DE', digits(18)), [4, 4, 4, 4, 4, 2], [' ', NB, ' ', '\n', ' ']))} und ich habe die Überweisung schon viermal beauftragt. Jedes Mal wird sie storniert, ohne Begründung. Ich bin fassungslos.`,
  `Handy ${S('phone', 'ascii+austrian+space', `+43 ${grp(mobile.at(), [3, 7], ' ')}`)} oder ${S('phone', 'ascii+swiss+space', `0${grp(mobile.ch(), [2, 3, 2, 2], ' ')}`)}, egal welches`,
  `Die Kreditkarte ${S('card', 'ascii+dot', by4(v.jcb, '.'))} aus Japan geht hier nicht, ${O('amount', '89,90 €')} abgelehnt`,
  `Transkript: mein Passwort ist ${S('password', 'words+voice', 'Tannenbaum vier vier Ausrufezeichen')} hab ich dem Berater gesagt`,
  `Diners ${S('card', 'ascii+dash', grp(v.diners, [4, 6, 4], '-'))} wurde ohne Grund gekündigt`,
  `@LotusBankDE eure SMS kam an ${S('phone', 'ascii+international+none', `+49${mobile.de()}`)} obwohl das gar nicht meine Nummer ist, ich hab die nur geerbt`,
  `Kontonr. ${S('account_number', 'ascii+none', digits(10))} — Gutschrift fehlt seit dem ${O('date', '01.12.2026')}`,
  `Meine Nummer aus der Signatur: ${S('phone', 'ascii+international+00-prefix', `0049 ${grp(mobile.de(), [3, 8], ' ')}`)} bzw. ${S('phone', 'ascii+international+trunk-paren', `+49 (0)${grp(mobile.de(), [3, 4, 4], ' ')}`)}`,
  `Lohn kommt auf mein polnisches Konto ${S('iban', 'ascii+space', by4(iban('PL', digits(24)), ' '))}, Miete geht vom türkischen ${S('iban', 'ascii+lower+space', by4(iban('TR', `${digits(5)}0${digits(16)}`), ' ').toLowerCase())}`,
]

// ——— French ———
const fr = [
  `App Store ★☆☆☆☆ — Appli inutilisable\nImpossible d'ajouter ma carte ${S('card', 'ascii+space', by4(v.cb, ' '))} depuis la mise à jour ${O('version', '8.14.2')}.`,
  `Commentaire Facebook : rappelez-moi au ${S('phone', 'ascii+national+space', `0${grp(mobile.fr(), [1, 2, 2, 2, 2], ' ')}`)}, ça fait ${O('count', '3 semaines')} que j'attends`,
  `Mon RIB : ${S('iban', 'ascii+space', by4(iban('FR', digits(23)), ' '))} — le virement de ${O('amount', '1 250,00 €')} n'est jamais arrivé`,
  `> envoyez-leur un MP\nFait. Avec mon numéro de compte ${S('account_number', 'ascii+none', digits(11))} et toujours rien.`,
  `Le code reçu par SMS était ${S('otp', 'ascii+none', digits(6))} et le faux conseiller me l'a demandé, maintenant ${O('amount', '2 300 €')} ont disparu`,
  `[capture WhatsApp]\nLOTUS BANQUE\nCarte n°\n${S('card', 'ocr+newline', grp(ocr(v.visa19), [4, 4, 4, 4, 3], '\n'))}\nexp ${O('date', '11/28')}`,
  `Message vocal : mon numéro c'est le ${S('phone', 'words+voice', spoken(`0${mobile.fr()}`, FR_WORDS))} rappelez-moi svp`,
  `Transféré\nDe : Léa Martin <${S('email', 'plain', 'lea.martin92@orange.fr')}>\n\nBonjour, mon compte tunisien ${S('iban', 'ascii+space', by4(tnIban(), ' '))} ne reçoit plus vos virements.\n\nCordialement,\nLéa Martin\n${S('phone', 'ascii+international+space', `+33 ${grp(mobile.fr(), [1, 2, 2, 2, 2], ' ')}`)}`,
  `Google Play ★☆☆☆☆\nMot de passe : ${S('password', 'plain', 'Marseille13*Soleil')} refusé alors qu'il est bon.`,
  `Écrivez-moi : ${S('email', 'obfuscated+words', 'julien.petit arobase free point fr')}`,
  `Commentaire YouTube : ma carte ${S('card', 'ascii+narrow-nbsp', by4(card('4974', 16), NN))} a été débitée deux fois`,
  `Bonjour, depuis le Maroc, mon numéro est ${S('phone', 'ascii+international+dot', `+212.${grp(mobile.ma(), [1, 2, 2, 2, 2], '.')}`)}, et mon IBAN mauritanien ${S('iban', 'ascii+none', iban('MR', digits(23)))}`,
  `Long fil, désolée. Je suis cliente depuis ${O('count', '15 ans')}. Le mois dernier, on m'a appelée en se faisant passer pour la banque. Le numéro affiché était bien le vôtre. On m'a dit que ma carte était piratée et qu'il fallait la « sécuriser ». J'ai donné des codes, j'ai validé des opérations, je croyais annuler des paiements. En fait j'ai envoyé de l'argent vers ${S('iban', 'ascii+space+deep', by4(iban('ES', digits(20)), ' '))}, un compte espagnol que je ne connais pas. Quand j'ai enfin eu un vrai conseiller, il m'a dit que c'était « ma responsabilité ». Je trouve ça scandaleux. Vous affichez partout que vous protégez vos clients.`,
  `Ma carte ${S('card', 'ascii+dot', by4(card('5132', 16), '.'))} bloquée au distributeur`,
  `Je vis à Londres : sort code et compte ${S('uk_account', 'ascii+slash', `${grp(digits(6), [2, 2, 2], '-')} / ${digits(8)}`)}, le virement SEPA n'arrive pas`,
  `Québec : appelez-moi au ${S('phone', 'ascii+us+dash', `514-${grp(digits(7).replace(/^[01]/, '7'), [3, 4], '-')}`)} svp`,
  `Le code de validation ${S('otp', 'fullwidth+none', script(digits(6), 'fullwidth'))} m'a été demandé par « le service fraude »`,
  `Numéro de compte belge ${S('iban', 'ascii+dash', grp(iban('BE', digits(12)), [4, 4, 4, 4], '-'))}, virement bloqué`,
  `Mon adresse : ${S('email', 'plain', 'c.dubois@laposte.net')} et mon portable ${S('phone', 'ascii+national+none', `0${mobile.fr()}`)}`,
  `transcription : le numéro de la carte c'est ${S('card', 'words+voice', spoken(card('4973', 16), FR_WORDS))}`,
  `Depuis Alger, mon numéro ${S('phone', 'arabic+national+space', script(`0${grp(mobile.fr(), [1, 2, 2, 2, 2], ' ')}`, 'arabic'))} (clavier arabe, désolé) et ma carte ${S('card', 'persian+dash', script(by4(card('5167', 16), '-'), 'persian'))}`,
]

// ——— Spanish ———
const es = [
  `App Store ★☆☆☆☆ — No funciona\nNo puedo añadir mi tarjeta ${S('card', 'ascii+space', by4(card('4940', 16), ' '))}, versión ${O('version', '8.14.2')}.`,
  `Comentario en Facebook: llamadme al ${S('phone', 'ascii+national+space', grp(mobile.es(), [3, 3, 3], ' '))} que llevo ${O('count', '2 semanas')} esperando`,
  `Mi IBAN es ${S('iban', 'ascii+space', by4(iban('ES', digits(20)), ' '))} y la transferencia de ${O('amount', '1.250,00 €')} no llega`,
  `> mándales un MD\nYa, con mi número de cuenta ${S('account_number', 'ascii+ccc', grp(digits(20), [4, 4, 2, 10], ' '))} y nada.`,
  `Me pidieron el código de verificación ${S('otp', 'ascii+dash', grp(digits(6), [3, 3], '-'))} por teléfono y ahora me faltan ${O('amount', '900 €')}`,
  `[captura de WhatsApp]\nBANCO LOTUS\nTarjeta\n${S('card', 'ocr+space', by4(ocr(card('5540', 16)), ' '))}\nCaduca ${O('date', '04/30')}`,
  `Nota de voz: mi móvil es el ${S('phone', 'words+voice', spoken(mobile.es(), ES_WORDS))} llámenme por favor`,
  `Reenviado\nDe: Pablo Ruiz <${S('email', 'plain', 'pablo.ruiz.88@yahoo.es')}>\n\nBuenas, mi cuenta ${S('iban', 'ascii+none', iban('PT', digits(21)))} en Portugal no recibe nada.\n\nUn saludo,\nPablo Ruiz\n${S('phone', 'ascii+international+space', `+34 ${grp(mobile.es(), [3, 2, 2, 2], ' ')}`)}`,
  `Google Play ★☆☆☆☆\nMi contraseña ${S('password', 'plain', 'Girasol#2026madrid')} no funciona después de actualizar.`,
  `Escríbeme a ${S('email', 'obfuscated+words', 'lucia.gomez arroba gmail punto com')}`,
  `Comentario de YouTube: me cobraron dos veces en la tarjeta ${S('card', 'ascii+nbsp', by4(v.up16, NB))}`,
  `Desde México: mi celular ${S('phone', 'ascii+international+space', `+52 ${grp(mobile.mx(), [2, 4, 4], ' ')}`)}, y desde Colombia el de mi hermana ${S('phone', 'ascii+international+dash', `+57-3${grp(digits(9), [2, 3, 4], '-')}`)}`,
  `Hilo largo, perdón. Soy cliente desde hace ${O('count', '12 años')}. Hace un mes me llamaron diciendo que eran del banco. El número que salía era el vuestro. Me dijeron que habían detectado movimientos raros y que tenía que mover el dinero a una cuenta segura. Yo, asustada, lo hice. Mandé todo a ${S('iban', 'ascii+mixed-sep+deep', grp(iban('IT', `${letters(1)}${digits(10)}${digits(12)}`), [4, 4, 4, 4, 4, 4, 3], [' ', '.', ' ', '-', ' ']))}, una cuenta italiana. Luego supe que era una estafa. Cuando fui a la oficina me dijeron que no podían hacer nada porque lo autoricé yo. ¿De verdad esto es proteger al cliente? Estoy desesperada.`,
  `Mi tarjeta ${S('card', 'ascii+slash', by4(card('4548', 16), '/'))} aparece como robada`,
  `La clave OTP que me llegó fue ${S('otp', 'ascii+none', digits(8))} y el supuesto empleado la pidió`,
  `Cuenta en Luxemburgo ${S('iban', 'ascii+space', by4(iban('LU', digits(16)), ' '))}, transferencia retenida`,
  `Correo: ${S('email', 'idn', 'josé.muñoz@correo-españa.es')}, teléfono ${S('phone', 'ascii+national+dot', grp(mobile.es(), [3, 3, 3], '.'))}`,
  `transcripción: la cuenta es ${S('account_number', 'words+voice', spoken(digits(10), ES_WORDS))} del banco Lotus`,
  `Vivo en Texas, me pidieron el número de seguro social ${S('us_ssn', 'ascii+dash', grp(ssn(), [3, 2, 4], '-'))} por Facebook, ¿es normal?`,
]

// ——— Arabic ———
const ar = [
  `متجر التطبيقات ★☆☆☆☆ — التطبيق ما يشتغل\nما قدرت أضيف بطاقتي ${S('card', 'arabic+space', script(by4(v.mada, ' '), 'arabic'))} بعد التحديث ${O('version', '8.14.2')}`,
  `تعليق فيسبوك: اتصلوا علي ${S('phone', 'arabic+national+space', script(`0${grp(mobile.sa(), [2, 3, 4], ' ')}`, 'arabic'))} من ${O('count', '٣ أيام')} وأنا أنتظر`,
  `الآيبان حقي ${S('iban', 'ascii+space', by4(iban('SA', `80${digits(18)}`), ' '))} والحوالة ${O('amount', '٢٬٥٠٠ ريال')} ما وصلت`,
  `> راسلوهم خاص\nسويت كذا، أرسلت رقم الحساب ${S('account_number', 'persian+none', script(digits(12), 'persian'))} وما أحد رد`,
  `طلبوا مني رمز التحقق ${S('otp', 'arabic+none', script(digits(6), 'arabic'))} بالتلفون وقالوا إنهم من البنك`,
  `[صورة واتساب]\nبنك لوتس\nرقم البطاقة\n${S('card', 'ocr+newline', grp(ocr(v.meeza), [4, 4, 4, 4], '\n'))}\nتنتهي ${O('date', '08/27')}`,
  `رسالة صوتية: رقمي ${S('phone', 'arabic+international+none', script(`+971${mobile.ae()}`, 'arabic'))} كلموني ضروري`,
  `رسالة محولة\nمن: أحمد السيد <${S('email', 'plain', 'ahmed.elsayed85@gmail.com')}>\n\nالسلام عليكم، حسابي في مصر ${S('iban', 'ascii+space', by4(iban('EG', digits(25)), ' '))} ما يستقبل التحويلات.\n\nمع التحية،\nأحمد السيد\n${S('phone', 'ascii+international+space', `+20 ${grp(mobile.eg(), [2, 4, 4], ' ')}`)}`,
  `جوجل بلاي ★☆☆☆☆\nكلمة المرور ${S('password', 'plain', 'Riyadh@2026sun')} صحيحة بس التطبيق يرفضها`,
  `راسلوني على ${S('email', 'idn', 'سارة@بريد.مصر')} أو ${S('email', 'obfuscated+words', 'omar.k at hotmail dot com')}`,
  `تعليق يوتيوب: انخصم من بطاقتي ${S('card', 'mixed+space', mixed(by4(card('4847', 16), ' '), 'ascii', 'arabic', 8))} مرتين`,
  `حسابي في الكويت ${S('iban', 'ascii+none', iban('KW', `NBOK${digits(22)}`))} وفي قطر ${S('iban', 'ascii+space', by4(iban('QA', `QNBA${digits(21)}`), ' '))}`,
  `سلسلة طويلة، آسف. أنا عميل من ${O('count', '٨ سنوات')}. الشهر الماضي اتصل علي واحد يقول إنه من البنك، والرقم اللي ظاهر هو رقمكم. قال إن بطاقتي مخترقة ولازم أحول الفلوس لحساب آمن. صدقته وحولت. بعدين عرفت إنه نصاب. الفلوس راحت لحساب أردني ${S('iban', 'ascii+space+deep', by4(iban('JO', `ARAB${digits(4)}${digits(18)}`), ' '))} وما أعرف صاحبه. رحت الفرع قالوا ما نقدر نسوي شي لأنك أنت اللي وافقت. هذي حماية العملاء؟ والله حرام.`,
  `رقم جوالي ${S('phone', 'persian+national+dash', script(`0${grp(mobile.sa(), [2, 3, 4], '-')}`, 'persian'))} والإيميل ${S('email', 'plain', 'f.alharbi@outlook.sa')}`,
  `حساب في لبنان ${S('iban', 'arabic+space', script(by4(iban('LB', digits(24)), ' '), 'arabic'))} ما وصله شي`,
  `الرمز السري المؤقت ${S('otp', 'mixed+space', mixed(grp(digits(6), [3, 3], ' '), 'arabic', 'ascii', 3))} أعطيته للموظف بالغلط`,
  `بطاقتي ${S('card', 'arabic+nbsp', script(by4(card('5297', 16), NB), 'arabic'))} موقوفة بدون سبب`,
  `أنا من الأردن، رقمي ${S('phone', 'ascii+international+dash', `+962-${grp(mobile.jo(), [1, 4, 4], '-')}`)}، وحسابي في البحرين ${S('iban', 'ascii+space', by4(iban('BH', `NBOB${digits(14)}`), ' '))}`,
  `حسابي في الإمارات ${S('iban', 'arabic+space', script(by4(iban('AE', digits(19)), ' '), 'arabic'))} ورقم بطاقتي ${S('card', 'ascii+dash', by4(card('5588', 16), '-'))}`,
  `يا جماعة حوالتي من فلسطين ${S('iban', 'ascii+space', by4(iban('PS', `PALS${digits(21)}`), ' '))} معلقة من أسبوعين`,
  `حسابي في ليبيا ${S('iban', 'arabic+none', script(iban('LY', digits(21)), 'arabic'))} وفي العراق ${S('iban', 'ascii+space', by4(iban('IQ', `NBIQ${digits(15)}`), ' '))}، الاثنين ما وصلتهم الحوالة`,
]

// ——— Chinese ———
const zh = [
  `App Store ★☆☆☆☆ — 绑卡失败\n我的卡号${S('card', 'ascii+space', by4(v.up19a, ' '))}一直绑不上，版本${O('version', '8.14.2')}`,
  `微博评论：请打我电话${S('phone', 'ascii+national+space', grp(mobile.cn(), [3, 4, 4], ' '))}，等了三天了`,
  `卡号${S('card', 'fullwidth+none', script(v.up19b, 'fullwidth'))}被盗刷了${O('amount', '¥12,888')}，赶紧处理！`,
  `> 私信客服试试\n私信了，发了账号${S('account_number', 'ascii+space', grp(digits(17), [4, 4, 4, 5], ' '))}，到现在没人回`,
  `有人打电话要我的验证码${S('otp', 'ascii+none', digits(6))}，说是银行的，我给了😭`,
  `[微信截图]\n莲花银行\n卡号\n${S('card', 'ocr+newline', grp(ocr(v.up17), [4, 4, 4, 5], '\n'))}\n有效期${O('date', '10/29')}`,
  `语音转文字：我的手机号是${S('phone', 'chinese-numerals+voice', [...mobile.cn()].map((d) => '零一二三四五六七八九'[Number(d)]).join(''))}麻烦回电`,
  `转发邮件\n发件人：王磊 <${S('email', 'plain', 'wanglei_88@163.com')}>\n\n您好，我在香港的账户转不进钱。\n\n此致\n王磊\n手机：${S('phone', 'ascii+international+space', `+86 ${grp(mobile.cn(), [3, 4, 4], ' ')}`)}`,
  `应用商店 ★★☆☆☆\n密码${S('password', 'plain', 'Lotus@888zhang')}明明是对的，更新后登不上`,
  `联系我：${S('email', 'numeric-local+plain', `${pick('123456789')}${digits(9)}@qq.com`)}`,
  `抖音评论：我的银行卡${S('card', 'fullwidth+space', script(by4(card('6214', 16), ' '), 'fullwidth'))}被扣了两次钱`,
  `邮箱${S('email', 'idn', '李明@公司.中国')}，电话${S('phone', 'ascii+national+dash', grp(mobile.cn(), [3, 4, 4], '-'))}`,
  `长帖，抱歉。我是十年的老客户了。上个月有人冒充银行给我打电话，来电显示就是你们的号码。他说我的卡有风险，要把钱转到安全账户。我信了，就转了。后来才知道被骗了。钱转到了德国的账户${S('iban', 'ascii+space+deep', by4(iban('DE', digits(18)), ' '))}，我根本不认识这个人。去网点，他们说是我自己授权的，没办法。这就是你们的客户保护？太让人寒心了。`,
  `动态码${S('otp', 'fullwidth+space', script(grp(digits(6), [3, 3], ' '), 'fullwidth'))}千万别告诉别人，我就是被骗了`,
  `我的信用卡${S('card', 'ascii+dash', by4(card('5247', 16), '-'))}在国外被刷了`,
  `留学生，英国手机${S('phone', 'ascii+international+space', `+44 ${grp(mobile.gb(), [4, 6], ' ')}`)}，英国账户 sort code ${S('uk_account', 'ascii+dash+space', `${grp(digits(6), [2, 2, 2], '-')} ${digits(8)}`)}`,
  `收款账号：${S('account_number', 'mixed+none', mixed(digits(16), 'fullwidth', 'ascii', 6))} 户名张三`,
  `台湾手机${S('phone', 'ascii+national+dash', `09${grp(digits(8), [2, 3, 3], '-')}`)}，请尽快联系`,
  `香港的卡${S('card', 'ascii+thin', by4(card('4862', 16), TH))}也出问题了`,
  `在英国读书，NI号码${S(
    'uk_nino',
    'fullwidth+none',
    nino().replace(/\d/g, (d) => script(d, 'fullwidth')),
  )}，开户被拒了`,
  `美国SSN ${S('us_ssn', 'ascii+none', ssn())} 被要求在评论区发，这正常吗？`,
  `[微信聊天截图]\n客服：请提供卡号\n我：${S('card', 'ocr+mixed-sep', ocr(grp(card('6259', 19), [4, 4, 4, 4, 3], ['\u3000', ' ', '-'])))}\n客服：好的稍等`,
]

export const sensitive = [
  ...en.map((t) => ['en', t]),
  ...nl.map((t) => ['nl', t]),
  ...de.map((t) => ['de', t]),
  ...fr.map((t) => ['fr', t]),
  ...es.map((t) => ['es', t]),
  ...ar.map((t) => ['ar', t]),
  ...zh.map((t) => ['zh', t]),
]

// ——— ordinary posts: numbers that must stay readable ———
// Failing values are generated here too, so "looks like a card / IBAN" is exact, not guessed.
const bad = {
  card16: notCard('4', 16),
  card16b: notCard('5', 16),
  card19: notCard('62', 19),
  card15: notCard('37', 15),
  ibanNL: notIban('NL', `INGB${digits(10)}`),
  ibanDE: notIban('DE', digits(18)),
  ibanFR: notIban('FR', digits(23)),
  ibanES: notIban('ES', digits(20)),
  ibanSA: notIban('SA', `80${digits(18)}`),
  ibanGB: notIban('GB', `BARC${digits(14)}`),
}
for (const c of [bad.card16, bad.card16b, bad.card19, bad.card15])
  if (luhnOk(c)) throw new Error('notCard passes Luhn')

const enOrd = [
  `Google Play ★☆☆☆☆ — Hold music forever\nCalled your own helpline ${O('hotline', '0800 028 4455')} at ${O('time', '08:02')} and got through at ${O('time', '08:49')}. Version ${O('version', '8.14.2 (81402117)')}.`,
  `Order ${O('order', '#114-3941689-8772232')} was charged ${O('amount', '£1,249.99')} twice on ${O('date', '07/12/2026')}, refund please`,
  `Tracking ${O('tracking', '1Z 999 AA1 01 2345 6784')} says the new card was delivered. It was not.`,
  `> what did they say?\nComplaint reference ${O('reference', 'CMP-2026-118734')}, "we aim to reply within ${O('count', '8 weeks')}". Eight weeks!`,
  `Savings rate cut from ${O('percent', '5.25%')} to ${O('percent', '4.10%')} with a week's notice, on a ${O('amount', '£25,000')} balance that's real money`,
  `LTSB down ${O('ticker', '6.4% to 312.40p')} after the outage, deserved tbh`,
  `Bought ${O('crypto', '0.04829130 BTC')} through the app and it shows ${O('crypto', '0.0482913')} — where did the rest go`,
  `The gift card ${O('card_invalid', by4(bad.card16, ' '))} from your promo doesn't work at checkout`,
  `Your own blog example says "IBAN ${O('iban_invalid', by4(bad.ibanGB, ' '))}" and the app rejects it as invalid, which, fair, but update the blog`,
  `Branch ${O('branch', '04-21')} on High St closed since ${O('date', '1 Dec')}, the sign says reopening ${O('date', '2027-01-15')}`,
  `Ticket ${O('ticket', 'INC0012345678')} closed without a reply. ${O('count', '3rd')} time.`,
  `YouTube: been with Lotus since ${O('year', '1998')} and the ${O('price', '£12.50')} monthly fee is new`,
  `App says error ${O('error', 'E-4021')}, log line ${O('timestamp', '2026-12-07T09:41:22Z')}, ${O('count', '1,234,567')} customers affected per the news`,
]
const nlOrd = [
  `Wachtrij bij ${O('hotline', '088 310 3300')} is ${O('count', '45 minuten')}, echt waar`,
  `Bestelling ${O('order', '2026-4418-9921')} van ${O('amount', '€ 1.204,50')} twee keer afgeschreven op ${O('date', '05-12-2026')}`,
  `PostNL-code ${O('tracking', '3SLTSB0918273645')} zegt bezorgd, maar geen pas`,
  `Klachtnummer ${O('reference', 'KL-88123407')} en nog steeds geen reactie`,
  `Spaarrente van ${O('percent', '2,25%')} naar ${O('percent', '1,75%')}, bedankt Lotus`,
  `Update ${O('version', '8.14.2')} (build ${O('build', '81402117')}) crasht bij opstarten op mijn Samsung`,
  `Kortingscode ${O('card_invalid', by4(bad.card16b, ' '))} op de folder werkt niet in de app`,
  `Voorbeeld in jullie FAQ: ${O('iban_invalid', bad.ibanNL)} — dat IBAN klopt niet eens`,
  `Storing tussen ${O('time', '14:05')} en ${O('time', '16:30')}, wie nog meer?`,
  `Aandeel LTSB ${O('ticker', '€ 38,12')}, ${O('percent', '-3,4%')} vandaag`,
  `Klant sinds ${O('year', '2004')}, kantoor ${O('branch', '0512')} in Zwolle is dicht`,
  `Acceptgiro betalingskenmerk ${O('reference', by4(`0${digits(15)}`, ' '))} wordt niet herkend in de app`,
]
const deOrd = [
  `Hotline ${O('hotline', '0800 100 4455')} seit ${O('time', '9:15 Uhr')} besetzt!!`,
  `Bestellung ${O('order', '302-8812734-1123409')} über ${O('amount', '1.249,99 €')} doppelt abgebucht am ${O('date', '07.12.2026')}`,
  `DHL-Sendung ${O('tracking', '00340434161094042557')} mit der neuen Karte ist verschollen`,
  `Beschwerde-Nr. ${O('reference', 'BS-2026-004417')}, Antwort innerhalb von ${O('count', '14 Tagen')} versprochen`,
  `Zinsen von ${O('percent', '3,1 %')} auf ${O('percent', '2,6 %')} gesenkt, toll`,
  `App ${O('version', '8.14.2')} Build ${O('build', '81402117')} stürzt beim Login ab`,
  `Gutscheinkarte ${O('card_invalid', by4(bad.card16, '-'))} wird nicht akzeptiert`,
  `Auf eurer Website steht als Beispiel ${O('iban_invalid', by4(bad.ibanDE, ' '))}, die ist ungültig`,
  `Filiale ${O('branch', '1234')} in Köln schließt zum ${O('date', '31.01.2027')}`,
  `Aktie bei ${O('ticker', '38,12 €')} nach dem Ausfall, Kunde seit ${O('year', '1987')}`,
  `Kontoführung jetzt ${O('price', '9,90 €')} im Monat statt ${O('price', '4,90 €')}`,
  `Vorgangsnummer ${O('reference', `2026120700${digits(3)}`)} — seit ${O('count', '10 Tagen')} keine Rückmeldung`,
]
const frOrd = [
  `Le ${O('hotline', '09 69 32 15 15')} ne répond jamais, ${O('count', '40 minutes')} d'attente`,
  `Commande ${O('order', 'FR-2026-0098123')} de ${O('amount', '1 249,99 €')} débitée deux fois le ${O('date', '07/12/2026')}`,
  `Colissimo ${O('tracking', '6A18723901234')} indique livré, jamais reçu la carte`,
  `Réclamation n° ${O('reference', 'REC-2026-771204')}, réponse sous ${O('count', '2 mois')}`,
  `Taux du livret passé de ${O('percent', '3 %')} à ${O('percent', '2,4 %')}`,
  `Version ${O('version', '8.14.2')} (${O('build', '81402117')}) plante au lancement`,
  `La carte cadeau ${O('card_invalid', by4(bad.card16b, ' '))} ne passe pas`,
  `Sur votre site l'IBAN exemple ${O('iban_invalid', by4(bad.ibanFR, ' '))} est faux`,
  `Agence ${O('branch', '00451')} de Lyon fermée jusqu'au ${O('date', '15 janvier 2027')}`,
  `Action à ${O('ticker', '38,12 €')}, ${O('crypto', '0,25 ETH')} bloqués dans l'appli`,
  `Frais de tenue de compte ${O('price', '2,50 €')} par mois depuis ${O('year', '2026')}`,
  `Prêt de ${O('amount', `12${NN}480,00${NN}€`)} refusé, revenus de ${O('amount', `3${NB}200 €`)} par mois pourtant`,
]
const esOrd = [
  `El ${O('hotline', '900 102 301')} no contesta, ${O('count', '50 minutos')} esperando`,
  `Pedido ${O('order', '402-7710293-5566123')} de ${O('amount', '1.249,99 €')} cobrado dos veces el ${O('date', '07/12/2026')}`,
  `Seguimiento ${O('tracking', 'PK43BG0440283910108001J')} dice entregado y no tengo la tarjeta`,
  `Reclamación ${O('reference', 'RC-2026-554210')}, me dicen ${O('count', '15 días hábiles')}`,
  `El interés bajó del ${O('percent', '2,5 %')} al ${O('percent', '1,9 %')}`,
  `La versión ${O('version', '8.14.2')} compilación ${O('build', '81402117')} se cierra sola`,
  `Tarjeta regalo ${O('card_invalid', by4(bad.card19, ' '))} no funciona`,
  `El IBAN de ejemplo de vuestra web ${O('iban_invalid', by4(bad.ibanES, ' '))} no es válido`,
  `Oficina ${O('branch', '0182-4521')} de Sevilla cerrada hasta el ${O('date', '10 de enero')}`,
  `Acciones a ${O('ticker', '38,12 €')} y ${O('crypto', '1.250 USDT')} retenidos`,
  `Comisión de ${O('price', '12 €')} al trimestre desde ${O('year', '2025')}`,
]
const arOrd = [
  `اتصلت على ${O('hotline', '800 124 8000')} وانتظرت ${O('count', '٤٠ دقيقة')}`,
  `طلب رقم ${O('order', '٣٠٢٨٨١٢٧٣٤')} انخصم مرتين ${O('amount', '١٬٢٤٩ ريال')} بتاريخ ${O('date', '٢٠٢٦/١٢/٠٧')}`,
  `رقم الشحنة ${O('tracking', 'SMSA 290019283746')} يقول تم التوصيل وما وصلتني البطاقة`,
  `رقم الشكوى ${O('reference', 'CMP-2026-118755')} وللحين ما ردوا`,
  `نزلوا الربح من ${O('percent', '٥٫٢٥٪')} إلى ${O('percent', '٤٪')}`,
  `الإصدار ${O('version', '8.14.2')} يطفي لحاله`,
  `بطاقة الهدية ${O('card_invalid', by4(bad.card15, ' '))} ما تشتغل`,
  `مثال الآيبان في موقعكم ${O('iban_invalid', by4(bad.ibanSA, ' '))} غلط`,
  `فرع ${O('branch', '٠٤٥')} في جدة مسكر من ${O('date', '١ ديسمبر')}`,
  `السهم نزل إلى ${O('ticker', '٣٨٫١٢ ريال')} و${O('crypto', '٠٫٥ BTC')} معلقة`,
  `عميل من سنة ${O('year', '١٤٣٠')} هجري، والرسوم صارت ${O('price', '٢٥ ريال')}`,
]
const zhOrd = [
  `打了${O('hotline', '400-820-8888')}，等了${O('count', '45分钟')}没人接`,
  `订单号${O('order', '4200018823201612070001')}被扣了两次${O('amount', '¥1,249.00')}，日期${O('date', '2026年12月7日')}`,
  `顺丰单号${O('tracking', 'SF1402837465019')}显示已签收，卡根本没收到`,
  `投诉编号${O('reference', 'TS20261207003317')}，说${O('count', '15个工作日')}内回复`,
  `存款利率从${O('percent', '2.15%')}降到${O('percent', '1.65%')}`,
  `版本${O('version', '8.14.2')}（${O('build', '81402117')}）闪退`,
  `礼品卡${O('card_invalid', by4(bad.card19, ' '))}用不了`,
  `网点编号${O('branch', '110233')}的支行关门了，${O('time', '下午3:30')}就下班`,
  `股价跌到${O('ticker', 'HK$38.12')}，${O('crypto', '0.5 ETH')}也提不出来`,
  `从${O('year', '2008年')}开始用莲花银行，年费${O('price', '¥200')}`,
  `海外汇款手续费${O('percent', '0.1%')}，最低${O('price', '¥50')}`,
  `交易流水号${O('reference', `2026120714${digits(9)}`)}，转账${O('amount', '50,000元')}到现在没到`,
]

export const ordinary = [
  ...enOrd.map((t) => ['en', t]),
  ...nlOrd.map((t) => ['nl', t]),
  ...deOrd.map((t) => ['de', t]),
  ...frOrd.map((t) => ['fr', t]),
  ...esOrd.map((t) => ['es', t]),
  ...arOrd.map((t) => ['ar', t]),
  ...zhOrd.map((t) => ['zh', t]),
]
