/**
 * Families pii14 composes that pii12's generators (pii-families.ts) do not: how people write a
 * value with no colon or copula before it, a clause or two away from its word, at the end of a
 * Chinese sentence, or inside a messaging link. Each is generated along every axis that applies
 * (every Unicode digit script, separators, the seven languages' prose, a place in a long post),
 * with hard negatives written the same way. Written from how people type these values, not from
 * the blind sets. Used by src/pii-families-rounds.property.test.ts.
 */
import type { PiiKind } from '@vigil/schema'
import fc from 'fast-check'
import { luhnValid } from '../src/pii-checks.js'
import { ALL_ZEROS, group, inZero, type Lang, PROSE } from './pii-families.js'

export interface Case14 {
  text: string
  secrets: string[]
  /** The kind a reader expects reported for it. */
  kind: PiiKind
  family: string
  lang: Lang
}

export const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''))
export const zero = fc.oneof(
  { weight: 3, arbitrary: fc.constant(0x30) },
  { weight: 2, arbitrary: fc.constantFrom(...ALL_ZEROS) },
)
const prose = (lang: Lang, max: number) =>
  fc
    .array(fc.constantFrom(...PROSE[lang]), { minLength: 0, maxLength: max })
    .map((a) => a.join(lang === 'zh' ? '' : ' '))
const join = (lang: Lang, ...parts: string[]) => parts.filter((p) => p !== '').join(lang === 'zh' ? '' : ' ')

// --- a password of letters only right after a bare password word (no colon, no copula) ---
// Letters-only passwords people pick (the most common ones in published breach lists, and
// words of each language), lower case or capitalised.
const LETTER_PASSWORDS = [
  'sunshine',
  'iloveyou',
  'princess',
  'football',
  'monkey',
  'dragon',
  'letmein',
  'qwerty',
  'shadow',
  'Welkom',
  'zonneschijn',
  'Schatzi',
  'hallo',
  'sommersonne',
  'doudou',
  'soleil',
  'loulou',
  'mariposa',
  'girasol',
  'tequiero',
  'Barcelona',
  'bismillah',
  'yasmine',
  'azerty',
]
/** A bare password word per language; what follows it ends the clause or starts a new one. */
const BARE_PW_WORDS: Record<Lang, readonly string[]> = {
  en: ['wifi password', 'password', 'pw', 'pwd'],
  nl: ['wachtwoord', 'wifi wachtwoord'],
  de: ['Kennwort', 'Passwort', 'WLAN Passwort'],
  fr: ['mdp', 'mot de passe', 'mot de passe wifi'],
  es: ['contraseña', 'contraseña del wifi'],
  ar: ['كلمة السر', 'الباسورد', 'كلمة المرور', 'باسورد الواي فاي'],
  zh: ['密码', '登录密码', 'wifi密码'],
}
const AFTER_PW = ['', '.', '!', ' 😅', ',', ' …', '\n']

export const barePassword: fc.Arbitrary<Case14> = fc
  .record({
    lang: fc.constantFrom<Lang>('en', 'nl', 'de', 'fr', 'es', 'ar', 'zh'),
    pw: fc.constantFrom(...LETTER_PASSWORDS),
    wordPick: fc.nat(),
    after: fc.constantFrom(...AFTER_PW),
    pre: fc.nat({ max: 2 }),
    post: fc.nat({ max: 2 }),
  })
  .chain((r) => fc.record({ r: fc.constant(r), before: prose(r.lang, r.pre), rest: prose(r.lang, r.post) }))
  .map(({ r, before, rest }) => {
    const words = BARE_PW_WORDS[r.lang]
    const word = words[r.wordPick % words.length]!
    const sp = r.lang === 'zh' && /[\u4e00-\u9fff]$/.test(word) ? '' : ' '
    const core = `${word}${sp}${r.pw}${r.after}`
    return {
      text: join(r.lang, before, core, rest),
      secrets: [r.pw.toLowerCase()],
      kind: 'password' as PiiKind,
      family: `password bare ${r.lang}`,
      lang: r.lang,
    }
  })

// --- a PIN or code handed over a clause or two after its word ---
// [opening with the code word, a clause between (may hold a small number), the hand-over]
// biome-ignore format: phrase tables read better by rows
const PIN_LATER: Record<Lang, readonly [string, string, string][]> = {
  en: [['typed my pin wrong', '3 times', 'its'], ['my pin?', 'I entered it twice and', 'it is'], ['the PIN on my card', 'never worked, checked 2 times,', "it's"], ['my verification code', 'came late again, no idea why,', 'it was']],
  nl: [['mijn pincode', 'drie keer fout ingetoetst,', 'het is'], ['de verificatiecode', 'kwam pas na 5 min binnen,', 'het was']],
  de: [['meine PIN', 'hab ich 3 mal falsch eingegeben,', 'sie ist'], ['die TAN', 'kam erst nach 10 Minuten an,', 'sie war']],
  fr: [['mon code PIN', 'je l\'ai tapé faux 3 fois,', 'c\'est'], ['le code de vérification', 'est arrivé en retard,', 'c\'était']],
  es: [['mi PIN', 'lo puse mal 3 veces,', 'y es'], ['el código de verificación', 'me llegó tarde otra vez,', 'era']],
  ar: [['الرقم السري', 'دخلته غلط 3 مرات،', 'وهو'], ['رمز التحقق', 'وصلني متأخر،', 'كان']],
  zh: [['我的银行卡密码', '输错了3次，', '明明是'], ['验证码', '过了5分钟才收到，', '就是']],
}

export const pinLater: fc.Arbitrary<Case14> = fc
  .record({
    lang: fc.constantFrom<Lang>('en', 'nl', 'de', 'fr', 'es', 'ar', 'zh'),
    pick: fc.nat(),
    len: fc.constantFrom(4, 4, 6),
    d: digits(6),
    z: zero,
    end: fc.constantFrom('', '.', '!', ' 🙃', ' lol'),
    pre: fc.nat({ max: 2 }),
    post: fc.nat({ max: 2 }),
  })
  .filter(({ d, len }) => d[0] !== '0' && !/^(?:19|20)\d\d$/.test(d.slice(0, len)))
  .chain((r) => fc.record({ r: fc.constant(r), before: prose(r.lang, r.pre), rest: prose(r.lang, r.post) }))
  .map(({ r, before, rest }) => {
    const forms = PIN_LATER[r.lang]
    const [word, between, hand] = forms[r.pick % forms.length]!
    const code = r.d.slice(0, r.len)
    const sp = r.lang === 'zh' ? '' : ' '
    const core = `${word}${sp}${inZero(between, r.z)}${sp}${hand}${sp}${inZero(code, r.z)}${r.end}`
    return {
      text: join(r.lang, before, core, rest),
      secrets: [code],
      kind: 'otp' as PiiKind,
      family: `pin later ${r.lang}`,
      lang: r.lang,
    }
  })

// --- a value ending a Chinese sentence, the next one starting with a number ---
function luhnFill(prefix: string, len: number, rnd: string): string {
  const body = (prefix + rnd).slice(0, len - 1)
  for (let c = 0; c < 10; c++) if (luhnValid(body + c)) return body + c
  throw new Error('unreachable')
}
const NEXT_SENTENCE = [
  '11月份的年费200元为什么又扣了？',
  '12点前请回电。',
  '3天了还没处理',
  '2笔交易都不是我做的',
  '5分钟前刚收到短信',
]
const ZH_CARD_WORDS = ['我的银行卡号：', '卡号是', '银联卡', '信用卡号码：', '']

export const zhSentenceEnd: fc.Arbitrary<Case14> = fc
  .record({
    prefix: fc.constantFrom('62', '4', '51', '3528', '3589'),
    len: fc.constantFrom(16, 19),
    rnd: digits(19),
    habit: fc.constantFrom('fours', 'bare'),
    sep: fc.constantFrom(' ', '\u3000', '-', ''),
    word: fc.constantFrom(...ZH_CARD_WORDS),
    next: fc.constantFrom(...NEXT_SENTENCE),
    z: fc.constantFrom(0x30, 0xff10),
    stop: fc.constantFrom('。', '．'),
  })
  .map((r) => {
    const len = r.prefix === '51' ? 16 : r.len
    const d = luhnFill(r.prefix, len, r.rnd)
    const written = inZero(r.habit === 'fours' ? group(d, [4, 4, 4, 4], r.sep || ' ') : d, r.z)
    return {
      text: `${r.word}${written}${r.stop}${inZero(r.next, r.z)}`,
      secrets: [d.slice(0, -4)],
      kind: 'card' as PiiKind,
      family: `card then 。 ${len}`,
      lang: 'zh' as Lang,
    }
  })

// --- a phone number inside a messaging link (click-to-chat) ---
const CC_NSN: readonly [string, string, number][] = [
  ['31', '6', 9],
  ['44', '7', 10],
  ['966', '5', 9],
  ['971', '5', 9],
  ['20', '1', 10],
  ['34', '6', 9],
  ['52', '1', 11],
  ['49', '1', 11],
  ['33', '6', 9],
  ['86', '13', 11],
  ['1', '415', 10],
]
const LINKS: readonly ((intl: string) => string)[] = [
  (n) => `wa.me/${n}`,
  (n) => `https://wa.me/${n}`,
  (n) => `https://wa.me/${n}?text=hola`,
  (n) => `https://wa.me/+${n}`,
  (n) => `https://api.whatsapp.com/send?phone=${n}`,
  (n) => `whatsapp://send?phone=${n}`,
  (n) => `viber://chat?number=%2B${n}`,
  (n) => `https://signal.me/#p/+${n}`,
]
const LINK_LEADS: Record<Lang, readonly string[]> = {
  en: ['message me here', 'dm me on', ''],
  nl: ['app me via', ''],
  de: ['schreib mir per', ''],
  fr: ['écrivez-moi sur', ''],
  es: ['escríbeme al', 'mi whats'],
  ar: ['راسلوني واتساب', ''],
  zh: ['加我WhatsApp', ''],
}

export const messagingLink: fc.Arbitrary<Case14> = fc
  .record({
    lang: fc.constantFrom<Lang>('en', 'nl', 'de', 'fr', 'es', 'ar', 'zh'),
    cc: fc.constantFrom(...CC_NSN),
    rnd: digits(12),
    link: fc.nat({ max: LINKS.length - 1 }),
    lead: fc.nat(),
    pre: fc.nat({ max: 2 }),
  })
  .chain((r) => fc.record({ r: fc.constant(r), before: prose(r.lang, r.pre) }))
  .map(({ r, before }) => {
    const [cc, lead, len] = r.cc
    const nsn = (lead + r.rnd).slice(0, len)
    const leads = LINK_LEADS[r.lang]
    const url = LINKS[r.link]!(cc + nsn)
    return {
      text: join(r.lang, before, leads[r.lead % leads.length]!, url),
      secrets: [nsn.slice(0, -2)],
      kind: 'phone' as PiiKind,
      family: `messaging link ${r.link}`,
      lang: r.lang,
    }
  })

// --- a card read off a screenshot (OCR): stray marks between its groups ---
const STRAY = ["'", ';', ':', '`', '~', '+', '¦', '"', '^']
export const ocrCard: fc.Arbitrary<Case14> = fc
  .record({
    prefix: fc.constantFrom('4', '51', '55', '2221', '6011', '62', '3528'),
    rnd: digits(19),
    joins: fc.array(
      fc.oneof(
        { weight: 2, arbitrary: fc.constant(' ') },
        {
          weight: 3,
          arbitrary: fc.constantFrom(...STRAY).chain((m) => fc.constantFrom(` ${m}`, `${m} `, m, ` ${m} `)),
        },
      ),
      { minLength: 3, maxLength: 3 },
    ),
    lang: fc.constantFrom<Lang>('en', 'nl', 'de', 'fr', 'es', 'ar', 'zh'),
    z: zero,
  })
  .map((r) => {
    const d = luhnFill(r.prefix, 16, r.rnd)
    const g = [d.slice(0, 4), d.slice(4, 8), d.slice(8, 12), d.slice(12)]
    const written = g[0] + r.joins.map((j, i) => j + g[i + 1]).join('')
    const lead: Record<Lang, string> = {
      en: 'screenshot of my card:',
      nl: 'foto van mijn pas:',
      de: 'Foto meiner Karte:',
      fr: 'photo de ma carte :',
      es: 'foto de mi tarjeta:',
      ar: 'صورة بطاقتي:',
      zh: '银行卡截图：',
    }
    return {
      text: `${lead[r.lang]} ${inZero(written, r.z)} VALID THRU 12/27`,
      secrets: [d.slice(0, -4)],
      kind: 'card' as PiiKind,
      family: 'ocr card',
      lang: r.lang,
    }
  })

// --- two values glued together, no space between (a paste of two fields) ---
const GLUE_IBANS = [
  'NL91ABNA0417164300',
  'DE89370400440532013000',
  'GB29NWBK60161331926819',
  'FR1420041010050500013M02606',
  'ES9121000418450200051332',
  'SA0380000000608010167519',
]
export const gluedValues: fc.Arbitrary<Case14> = fc
  .record({
    prefix: fc.constantFrom('4', '51', '6011', '62'),
    rnd: digits(19),
    iban: fc.constantFrom(...GLUE_IBANS),
    order: fc.constantFrom('card+iban', 'iban+card'),
    lower: fc.boolean(),
  })
  .map((r) => {
    const d = luhnFill(r.prefix, 16, r.rnd)
    const iban = r.lower ? r.iban.toLowerCase() : r.iban
    const glued = r.order === 'card+iban' ? `${d}${iban}` : `${iban}${d}`
    return {
      text: `copied from the app: ${glued} pls help`,
      secrets: [d.slice(0, -4), r.iban.slice(2, -4).toLowerCase()],
      kind: 'card' as PiiKind,
      family: `glued ${r.order}`,
      lang: 'en' as Lang,
    }
  })

// --- an e-mail address in pieces: spaces around '@' or inside the domain, or "at" said ---
const SPACED_LOCALS = [
  'jandevries',
  'maria.lopez82',
  'zhang_wei1990',
  'k.mueller77',
  'sjohnson',
  'claire-dubois',
]
const SPACED_DOMAINS = [
  'gmail.com',
  'hotmail.fr',
  'web.de',
  'outlook.es',
  'ziggo.nl',
  'qq.com',
  'yahoo.co.uk',
]
const SPACED_HABITS: Record<string, (l: string, d: string) => string> = {
  'a @ b': (l, d) => `${l} @ ${d}`,
  'a@ b': (l, d) => `${l}@ ${d}`,
  'a @b': (l, d) => `${l} @${d}`,
  'a @ b . c': (l, d) => `${l} @ ${d.replace(/\./g, ' . ')}`,
  'a at b.c': (l, d) => `${l} at ${d}`,
}
const MAIL_WORDS: Record<Lang, readonly string[]> = {
  en: ['my email is', 'email me:', 'mail'],
  nl: ['mijn mail is', 'mail me op'],
  de: ['meine Mail:', 'schreib mir an'],
  fr: ['mon mail :', 'écrivez-moi à'],
  es: ['mi correo es', 'escríbeme a'],
  ar: ['بريدي الإلكتروني:', 'راسلوني على'],
  zh: ['我的邮箱是', '邮箱：'],
}
export const spacedEmail: fc.Arbitrary<Case14> = fc
  .record({
    lang: fc.constantFrom<Lang>('en', 'nl', 'de', 'fr', 'es', 'ar', 'zh'),
    l: fc.constantFrom(...SPACED_LOCALS),
    d: fc.constantFrom(...SPACED_DOMAINS),
    habit: fc.constantFrom(...Object.keys(SPACED_HABITS)),
    w: fc.nat(),
    pre: fc.nat({ max: 2 }),
  })
  .chain((r) => fc.record({ r: fc.constant(r), before: prose(r.lang, r.pre), rest: prose(r.lang, 1) }))
  .map(({ r, before, rest }) => {
    const words = MAIL_WORDS[r.lang]
    return {
      text: join(r.lang, before, `${words[r.w % words.length]} ${SPACED_HABITS[r.habit]!(r.l, r.d)}`, rest),
      secrets: [r.l.replace(/[^a-z0-9]/g, '')],
      kind: 'email' as PiiKind,
      family: `email ${r.habit}`,
      lang: r.lang,
    }
  })

export const FAMILIES14: Record<string, fc.Arbitrary<Case14>> = {
  'password bare': barePassword,
  'pin later': pinLater,
  'card then 。': zhSentenceEnd,
  'messaging link': messagingLink,
  'ocr card': ocrCard,
  'glued values': gluedValues,
  'spaced e-mail': spacedEmail,
}

// --- hard negatives for the rules above ---
export interface Negative14 {
  text: string
  /** Each must still be readable after masking. */
  keep: string[]
  family: string
}

// biome-ignore format: phrase tables read better by rows
const PW_NOT_SECRET: readonly string[] = [
  'password manager', 'password reset', 'password policy', 'password field', 'password requirements',
  'wifi password please', 'password again', 'password strength', 'password protected', 'password expired',
  'Kennwort vergessen', 'Passwort ändern', 'Passwort zurücksetzen', 'Passwort Manager', 'Kennwort falsch',
  'wachtwoord vergeten', 'wachtwoord wijzigen', 'wachtwoord kwijt', 'wachtwoord opnieuw',
  'mot de passe oublié', 'mdp oublié', 'mot de passe incorrect', 'mot de passe perdu',
  'contraseña olvidada', 'contraseña incorrecta', 'contraseña nueva', 'cambiar contraseña',
  'كلمة السر غلط', 'الباسورد ما يشتغل', '密码错误', '密码忘了',
  'you said PW Botha', 'changed my password yesterday',
]
// biome-ignore format: phrase tables read better by rows
const LATER_NUMBERS: readonly [string, string][] = [
  ['my pin got blocked after 3 tries, it is 2026 and still no fix', '2026'],
  ['the code review took ages, its 1500 lines', '1500'],
  ['my PIN was reset, the fee is 2500 euros', '2500'],
  ['pin reset took 3 days, its 1200 € now', '1200'],
  ['meine PIN wurde gesperrt, sie ist seit 2024 ungültig', '2024'],
  ['le code promo ne marche pas, c\'est 1500 points', '1500'],
  ['el código postal no cambia, es 28013 Madrid', '28013'],
  ['验证码收不到，已经是2025年了', '2025'],
  ['the pin pad at branch 4471 is broken, its 2 weeks now', '4471'],
]

// biome-ignore format: phrase tables read better by rows
const AT_NOT_EMAIL: readonly [string, string][] = [
  ['contact us at lotusbank.com for help', 'lotusbank'], ['lol @ this.com', 'this'], ['logged in at bank.com today', 'bank'],
  ['we met at google.com offices', 'google'], ['see you @ 5.30', '530'], ['mail us at lotus.nl', 'lotus'],
  ['thanks @lotus.bank for nothing', 'lotus'], ['$35 AN HOUR...Only at 4NetJobs.com Work', 'only'], ['the app at app.lotus.nl is down', 'lotus'], ['i was at home.Then it broke', 'home'],
]

export const negative14: fc.Arbitrary<Negative14> = fc.oneof(
  fc
    .constantFrom(...AT_NOT_EMAIL)
    .map(([text, keep]) => ({ text, keep: [keep], family: "'at' or '@' in a sentence" })),
  fc
    .record({
      ys: fc.array(fc.integer({ min: 1000, max: 9999 }), { minLength: 4, maxLength: 4 }),
      m: fc.constantFrom('; ', ';', ': ', ' + ', ' ~ '),
    })
    .map(({ ys, m }) => ({
      text: `branches ${ys.join(m)} are closed`,
      keep: ys.map(String),
      family: 'four-digit list',
    })),
  fc
    .record({
      h: fc.integer({ min: 10, max: 23 }),
      mi: fc.integer({ min: 10, max: 59 }),
      y: fc.integer({ min: 2019, max: 2026 }),
      p: fc.integer({ min: 1000, max: 9999 }),
    })
    .map(({ h, mi, y, p }) => ({
      text: `${y} ${h}${mi}: ${p} ${y}`,
      keep: [`${p}`],
      family: 'times and years',
    })),
  fc
    .record({
      lang: fc.constantFrom<Lang>('en', 'nl', 'de', 'fr', 'es', 'ar', 'zh'),
      p: fc.constantFrom(...PW_NOT_SECRET),
      after: fc.constantFrom(...AFTER_PW),
    })
    .chain((r) => fc.record({ r: fc.constant(r), rest: prose(r.lang, 1) }))
    .map(({ r, rest }) => ({
      text: join(r.lang, `${r.p}${r.after}`, rest),
      keep: [r.p.split(/\s+/).at(-1)!],
      family: 'password word then a word about it',
    })),
  fc.record({ f: fc.constantFrom(...LATER_NUMBERS), z: zero }).map(({ f: [t, k], z }) => ({
    text: inZero(t, z),
    keep: [inZero(k, z)],
    family: 'a number a clause after a code word',
  })),
  fc
    .record({ d: digits(19), sep: fc.constantFrom(' ', '-', ''), next: fc.constantFrom(...NEXT_SENTENCE) })
    .map(({ d, next }) => {
      const ref = `2025${d.slice(0, 12)}`
      return { text: `回执编号${ref}。${next}`, keep: [next.match(/\d+/)![0]], family: 'reference then 。' }
    }),
  fc.record({ id: digits(19), v: digits(11) }).map(({ id, v }) => {
    const status = `1${id.slice(1)}`
    return {
      text: `see https://x.com/lotusbank/status/${status} and https://youtu.be/${v}x and wa.me/ is down`,
      keep: [status],
      family: 'links with numbers',
    }
  }),
)
