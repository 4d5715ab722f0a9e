/**
 * Families pii16 composes after reading blind set 12's misses (tuned-on): how each is written in
 * general, in every language it occurs in, not the posts themselves. A six-digit SMS code handed
 * over a sentence or two after its code word (a hand-over verb and a colon, a pasted chat's answer
 * line, "(last: …)", a code alone after "??"); a PIN pointed back at a sentence later ("… it was
 * 4471", "dachte es wäre 8031", "era 2580") or handed over as a birth year; a UK sort code and its
 * account split by a comma; an old Dutch account in dotted groups; a Spanish mobile bare after a
 * contact verb, on its own line, or after an ID word. Hard negatives written the same way. Used by
 * src/pii-families-rounds.property.test.ts.
 */
import fc from 'fast-check'
import { ibanOf } from './pii-arbitraries.js'
import { inZero, type Lang } from './pii-families.js'
import { type Case14, digits, zero } from './pii-families-14.js'
import type { Negative15 } from './pii-families-15.js'

export type Case16 = Case14

const notYear = (d: string) => d[0] !== '0' && !/^(?:19|20)\d\d/.test(d)

// A code word and what follows it, then the hand-over right before the code; the code is six
// digits (3+3 or 6), as banks text them.
// biome-ignore format: phrase tables read better by rows
const HANDED: Record<Lang, readonly [string, string][]> = {
  en: [
    ['the bank texted me a code. the guy said he needed it to stop the payment.', 'so I read it out:'],
    ['the app literally showed my OTP on the screen and then asked me to type it in??', ''],
    ['got an SMS with a verification code, he asked for it to "confirm".', 'I gave it:'],
    ['Screenshot of the chat:\n"please send me the code from the text so I can pay"\nMe:', ''],
  ],
  nl: [
    ["Ik krijg steeds sms'jes met een code (laatste:", ''],
    ['ik kreeg een sms met een verificatiecode. de man zei dat hij die nodig had.', 'ik gaf hem:'],
    ['Screenshot van de chat:\n"stuur me de code uit de sms dan kan ik betalen"\nIk:', ''],
  ],
  de: [
    ['Screenshot vom Chat mit dem Käufer:\n"Bitte schick mir den Code aus der SMS damit ich zahlen kann"\nIch:', ''],
    ['Dann kam eine SMS mit einem Code. Er meinte, er braucht ihn zur Stornierung.', 'Ich hab ihn vorgelesen:'],
    ['ständig SMS mit Bestätigungscodes (der letzte:', ''],
  ],
  fr: [
    ["il m'envoie un code par SMS que je dois lui lire.", 'Je lis :'],
    ["j'ai reçu un code de validation par sms. il voulait le vérifier.", 'je lui ai donné :'],
    ['je reçois des codes par sms sans arrêt (le dernier :', ''],
  ],
  es: [
    ['me llega un SMS del banco con un código. El tío me dice que se lo pase para confirmar.', 'Y se lo pasé:'],
    ['mi madre recibió un SMS de "Lotus" pidiendo la clave de firma.', 'Se la dio:'],
    ['me llegan SMS con códigos todo el rato (el último:', ''],
  ],
  ar: [
    ['وصلتني رسالة فيها رمز التحقق. الموظف طلب مني اقراه له.', 'قلت له:'],
    ['جاني كود تفعيل برسالة وقال لازم اعطيه اياه.', 'عطيته:'],
  ],
  zh: [
    ['客服小姐姐让我把验证码告诉她核实身份…', '我说了'],
    ['收到一条短信验证码，对方说要确认一下。', '我就念给他了：'],
    ['骗子让我把取款密码告诉他…', '我说了'],
    ['我把短信里的验证码', '发给他了，'],
  ],
}
// biome-ignore format: phrase tables read better by rows
const HANDED_TAIL: Record<Lang, readonly string[]> = {
  en: ['', ' lmao what is the point', '. £890 gone.', ' 😭'],
  nl: [')', ') en ik probeer niet eens in te loggen', '. 890 euro weg.'],
  de: ['', '\n\nJa. Ich weiß. 350 € weg.', ')'],
  fr: ['', '. Évidemment 1 850 € partis.', ')'],
  es: ['', '. 890 € menos.', ')'],
  ar: ['', ' وبعدها سحبوا ٥٠٠٠ ريال', '.'],
  zh: ['之后才反应过来不对劲', '，然后卡里少了5000元', ''],
}
export const codeHandedLater: fc.Arbitrary<Case16> = fc
  .record({
    lang: fc.constantFrom<Lang>('en', 'nl', 'de', 'fr', 'es', 'ar', 'zh'),
    pick: fc.nat(),
    tail: fc.nat(),
    d: digits(6),
    z: zero,
    spaced: fc.boolean(),
  })
  .filter(({ d }) => notYear(d))
  .map(({ lang, pick, tail, d, z, spaced }) => {
    const forms = HANDED[lang]
    const [head, verb] = forms[pick % forms.length]!
    const lead = verb === '' ? head : `${head} ${verb}`
    const open = lead.endsWith('(') ? '' : lang === 'zh' && verb !== '' ? '' : ' '
    const tails = HANDED_TAIL[lang]
    const t = tails[tail % tails.length]!
    // A bracket opened by the lead is closed by the tail.
    const close = lead.includes('(') && !t.startsWith(')') ? ')' : ''
    const shown = spaced ? `${d.slice(0, 3)} ${d.slice(3)}` : d
    return {
      text: `${lead}${open}${inZero(shown, z)}${close}${lead.includes('(') ? t.replace(/^\)/, '') : t}`,
      secrets: [d],
      kind: 'otp',
      family: `code handed over later ${lang}`,
      lang,
    }
  })

// A PIN word, a sentence or a clause about it, then a pronoun and a copula (a subjunctive too:
// "dachte es wäre") pointing back at it, right before the PIN.
// biome-ignore format: phrase tables read better by rows
const POINTED: Record<Lang, readonly [string, string][]> = {
  en: [['I think I just gave my pin away. guy on the phone said to confirm it on the keypad,', 'it was'], ['my card PIN stopped working. tried it twice, pretty sure', "it's"]],
  es: [['mi NIP es el mismo desde hace años y hoy dice incorrecto. Ya lo puse 3 veces,', 'era'], ['el pin de la tarjeta no va. lo he puesto dos veces y', 'era']],
  de: [['PIN vergessen 🙄 dachte', 'es wäre'], ['Meine Geheimzahl geht nicht mehr. Ich war mir sicher,', 'sie wäre']],
  fr: [['mon code pin ne marche plus. je pensais que', "c'était"], ['code PIN oublié. je croyais que', 'ce serait']],
  nl: [['mijn pincode werkt niet meer. ik dacht echt', 'het was'], ['pincode vergeten. volgens mij', 'was het']],
  zh: [['取款密码忘了。试了两次，', '应该是'], ['银行卡密码输错了。我记得', '就是']],
  ar: [['نسيت الرقم السري. جربت مرتين،', 'كان'], ['الرقم السري حق البطاقة ما يشتغل. متأكد انه', 'كان']],
}
export const pinPointedBack: fc.Arbitrary<Case16> = fc
  .record({
    lang: fc.constantFrom<Lang>('en', 'es', 'de', 'fr', 'nl', 'zh', 'ar'),
    pick: fc.nat(),
    d: digits(4),
    z: zero,
    end: fc.constantFrom(
      ' 😭😭 do I need to go into branch',
      ', zweimal falsch.',
      ', ahora bloqueada.',
      '',
      '. help',
    ),
  })
  .filter(({ d }) => notYear(d))
  .map(({ lang, pick, d, z, end }) => {
    const forms = POINTED[lang]
    const [head, back] = forms[pick % forms.length]!
    const sp = lang === 'zh' ? '' : ' '
    return {
      text: `${head}${sp}${back}${sp}${inZero(d, z)}${end}`,
      secrets: [d],
      kind: 'otp',
      family: `pin pointed back ${lang}`,
      lang,
    }
  })

// A PIN asked for, then handed over as a birth year with a comma around it.
// biome-ignore format: phrase tables read better by rows
const YEAR_GIVEN: Partial<Record<Lang, readonly [string, string]>> = {
  nl: ['Die man vroeg om de pincode ter controle. Mijn vader gaf hem,', ', zijn geboortejaar natuurlijk.'],
  en: ['the guy asked for her PIN to "check" it. She gave him,', ', her birth year of course.'],
  de: ['Der Mann wollte die PIN zur Kontrolle. Mein Vater gab sie ihm,', ', sein Geburtsjahr natürlich.'],
  fr: ["l'homme a demandé le code PIN pour vérifier. Mon père le lui a donné,", ', son année de naissance.'],
  es: ['el tipo pidió el PIN para comprobarlo. Mi padre se lo dio,', ', su año de nacimiento claro.'],
}
export const yearPinGiven: fc.Arbitrary<Case16> = fc
  .record({
    lang: fc.constantFrom<Lang>('nl', 'en', 'de', 'fr', 'es'),
    y: fc.integer({ min: 1930, max: 1999 }),
    z: zero,
  })
  .map(({ lang, y, z }) => {
    const [head, tail] = YEAR_GIVEN[lang]!
    return {
      text: `${head} ${inZero(String(y), z)}${tail} Dezelfde middag was er €3.000 weg.`,
      secrets: [String(y)],
      kind: 'otp',
      family: `birth-year pin given ${lang}`,
      lang,
    }
  })

// A sort code and its account separated by a comma, the bank's name before, no account word.
export const sortCodeComma: fc.Arbitrary<Case16> = fc
  .record({
    sort: digits(6),
    acc: digits(8),
    sep: fc.constantFrom('-', ' '),
    comma: fc.constantFrom(', ', ',', ' , '),
    head: fc.constantFrom(
      'For anyone asking for my details for the GoFundMe: Nationwide,',
      'bank details: Barclays,',
      'pay me back to Monzo',
      'Halifax:',
      'my sort code and acc',
    ),
    tail: fc.constantFrom('. Thank you all so much ❤️', '', ' cheers', ' (Mr J Smith)'),
  })
  .filter(({ acc }) => acc[0] !== '0')
  .map(({ sort, acc, sep, comma, head, tail }) => {
    const sc = [sort.slice(0, 2), sort.slice(2, 4), sort.slice(4)].join(sep)
    return {
      text: `${head} ${sc}${comma}${acc}${tail}`,
      secrets: [acc.slice(0, 4)],
      kind: 'uk_account',
      family: 'sort code, comma, account',
      lang: 'en',
    }
  })

/** Nine digits passing the old Dutch bank account 11-proef (weights 9..1, sum divisible by 11). */
const dutchAccount = digits(9).filter(
  (d) => d[0] !== '0' && [...d].reduce((s, c, i) => s + Number(c) * (9 - i), 0) % 11 === 0,
)
// biome-ignore format: phrase tables read better by rows
const OLD_ACCOUNT: readonly [Lang, string, string][] = [
  ['nl', 'Mijn oude rekeningnummer was', ', van voor het IBAN gedoe.'],
  ['nl', 'oud rekeningnr.', ' staat er nog op'],
  ['nl', 'Stort het maar op rek.nr.', ' t.n.v. J. de Vries'],
  ['en', 'my old Dutch bank account', ' still shows up in the app'],
  ['de', 'meine alte niederländische Kontonummer', ' steht noch drauf'],
  ['fr', 'mon ancien numéro de compte néerlandais', ' apparaît encore'],
]
export const dutchDottedAccount: fc.Arbitrary<Case16> = fc
  .record({ d: dutchAccount, form: fc.constantFrom('2.2.2.3', '3.3.3', '2 2 2 3'), pick: fc.nat() })
  .map(({ d, form, pick }) => {
    const [lang, head, tail] = OLD_ACCOUNT[pick % OLD_ACCOUNT.length]!
    const shown =
      form === '3.3.3'
        ? `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}`
        : [d.slice(0, 2), d.slice(2, 4), d.slice(4, 6), d.slice(6)].join(form === '2.2.2.3' ? '.' : ' ')
    return {
      text: `${head} ${shown}${tail}`,
      secrets: [d.slice(0, 5)],
      kind: 'account_number',
      family: `old Dutch account ${form} ${lang}`,
      lang,
    }
  })

// A Spanish mobile (6xx, 7[1-9]x) as written bare or in groups: after a contact verb, alone on
// its line with a call verb after it, or after an ID word earlier in the sentence.
const mobile = fc
  .record({ lead: fc.constantFrom('6', '71', '72', '74', '77'), rest: digits(8) })
  .map(({ lead, rest }) => `${lead}${rest}`.slice(0, 9))
// biome-ignore format: phrase tables read better by rows
const CONTACT: readonly [Lang, string, string][] = [
  ['es', 'Por favor contactadme al', ' o al correo jorge.m@gmail.com, necesito cancelar la hipoteca'],
  ['es', '@LotusBankES\n', '\nllamadme hoy si puede ser'],
  ['es', 'Si alguien encontró mi cartera, dentro iba mi DNI, llamad al', ' por favor'],
  ['es', 'perdí el NIE y la tarjeta, escribidme al', ' por whatsapp'],
  ['es', 'contáctenme al', ' gracias'],
  ['en', 'lost my wallet in Madrid with my passport, please ring me on', ' asap'],
  ['fr', "j'ai perdu ma carte d'identité à Barcelone, contactez-moi au", ' merci'],
]
export const spanishMobile: fc.Arbitrary<Case16> = fc
  .record({ m: mobile, form: fc.constantFrom('9', '3-3-3', '3-2-2-2'), pick: fc.nat(), z: zero })
  .map(({ m, form, pick, z }) => {
    const [lang, head, tail] = CONTACT[pick % CONTACT.length]!
    const shown =
      form === '9'
        ? m
        : form === '3-3-3'
          ? `${m.slice(0, 3)} ${m.slice(3, 6)} ${m.slice(6)}`
          : `${m.slice(0, 3)} ${m.slice(3, 5)} ${m.slice(5, 7)} ${m.slice(7)}`
    const sp = head.endsWith('\n') ? '' : ' '
    return {
      text: `${head}${sp}${inZero(shown, z)}${tail}`,
      secrets: [m.slice(0, 7)],
      kind: 'phone',
      family: `Spanish mobile ${form} ${lang}`,
      lang,
    }
  })

// A pasted chat: one line asks for the code, the next is the answer after a speaker's name or
// relation (not only "Me:"), lines joined or quoted, a WhatsApp export's time stamps or none.
// biome-ignore format: phrase tables read better by rows
const CHAT_ASK: Record<Lang, readonly [string, string, string][]> = {
  en: [['Agent', 'can you read me the code from the SMS?', 'Maria'], ['scammer', 'what is the verification code', 'my mum']],
  nl: [['Oplichter', 'wat is de code uit de sms?', 'Mijn moeder'], ['Bank', 'stuur de verificatiecode', 'Opa']],
  de: [['Betrüger', 'Wie lautet die TAN?', 'Oma'], ['Käufer', 'schick mir den Code aus der SMS', 'Mein Vater']],
  fr: [['Arnaqueur', 'donnez-moi le code reçu par SMS', 'Maman'], ['Conseiller', 'quel est le code de validation ?', 'Papa']],
  es: [['Estafador', 'dime el código del SMS', 'Mi padre'], ['Agente', '¿me lee la clave de firma?', 'Carmen']],
  ar: [['المحتال', 'ارسل لي الكود', 'امي'], ['الموظف', 'وش رمز التحقق؟', 'ابوي']],
  zh: [['客服', '请把验证码发给我', '我妈'], ['骗子', '短信验证码是多少？', '老爸']],
}
export const chatAnswerCode: fc.Arbitrary<Case16> = fc
  .record({
    lang: fc.constantFrom<Lang>('en', 'nl', 'de', 'fr', 'es', 'ar', 'zh'),
    pick: fc.nat(),
    d: digits(6),
    z: zero,
    spaced: fc.boolean(),
    stamps: fc.boolean(),
    quote: fc.boolean(),
  })
  .filter(({ d }) => notYear(d))
  .map(({ lang, pick, d, z, spaced, stamps, quote }) => {
    const forms = CHAT_ASK[lang]
    const [asker, ask, answerer] = forms[pick % forms.length]!
    const shown = inZero(spaced ? `${d.slice(0, 3)} ${d.slice(3)}` : d, z)
    const colon = lang === 'zh' ? '：' : ': '
    const at = (min: number) => (stamps ? `07/12/2026, 10:${min} - ` : '')
    const q = quote ? '> ' : ''
    return {
      text: `${q}${at(42)}${asker}${colon}${ask}\n${q}${at(43)}${answerer}${colon}${shown}\n${q}${at(44)}${asker}${colon}ok`,
      secrets: [d],
      kind: 'otp',
      family: `chat answer code ${lang}${stamps ? ' stamped' : ''}`,
      lang,
    }
  })

// A mobile of a plan people write without its trunk or country code (US/CA 10 digits, Chinese 11,
// Mexican 10, Spanish 9) after a contact verb of the seven languages.
// biome-ignore format: phrase tables read better by rows
const CONTACT_VERBS: readonly [Lang, string][] = [
  ['en', 'hit me up on'], ['en', 'WhatsApp me at'], ['en', 'text me on'], ['de', 'schreib mir an'], ['de', 'ruf mich an unter'],
  ['fr', 'écrivez-moi au'], ['fr', 'appelez-moi au'], ['nl', 'app me op'], ['nl', 'bel me op'], ['es', 'escríbeme al'],
  ['es', 'contáctenme al'], ['zh', '联系我'], ['zh', '加我微信'], ['ar', 'تواصلوا معي على'],
]
const PLAN_MOBILE = fc.oneof(
  // A NANP subscriber number's exchange starts 2-9.
  digits(6).map((d) => `4155${d}`),
  digits(9).map((d) => `13${d}`),
  digits(8).map((d) => `55${d}`),
  digits(8).map((d) => `6${d}`),
)
export const bareMobileContact: fc.Arbitrary<Case16> = fc
  .record({
    m: PLAN_MOBILE,
    pick: fc.nat(),
    z: zero,
    tail: fc.constantFrom('', ' please', ' 🙏', ', thanks'),
  })
  .map(({ m, pick, z, tail }) => {
    const [lang, verb] = CONTACT_VERBS[pick % CONTACT_VERBS.length]!
    return {
      text: `${verb} ${inZero(m, z)}${tail}`,
      secrets: [m.slice(0, 7)],
      kind: 'phone',
      family: `bare mobile after a contact verb ${lang}`,
      lang,
    }
  })

// An old Postbank giro number (up to seven digits, no check digit) after its own word.
export const giroNumber: fc.Arbitrary<Case16> = fc
  .record({
    d: digits(7),
    head: fc.constantFrom('mijn oude gironummer', 'girorekening', 'ons postbanknummer was', 'Gironr.'),
    tail: fc.constantFrom(' staat nog in jullie systeem', '', ', kan dat weg?'),
  })
  .filter(({ d }) => d[0] !== '0')
  .map(({ d, head, tail }) => ({
    text: `${head} ${d}${tail}`,
    secrets: [d.slice(0, 4)],
    kind: 'account_number',
    family: 'old Postbank giro number',
    lang: 'nl',
  }))

// The same pasted chat for an account number or a password: a named speaker answers the question.
// biome-ignore format: phrase tables read better by rows
const CHAT_ASK_OTHER: Record<'en' | 'nl' | 'de' | 'fr' | 'es', readonly [string, string, string, string]> = {
  en: ['Agent', 'can you confirm your account number?', 'and your password?', 'Maria'],
  nl: ['Bank', 'wat is je rekeningnummer?', 'en je wachtwoord?', 'Opa'],
  de: ['Berater', 'wie lautet Ihre Kontonummer?', 'und Ihr Passwort?', 'Mein Vater'],
  fr: ['Conseiller', 'votre numéro de compte ?', 'et votre mot de passe ?', 'Maman'],
  es: ['Agente', '¿me confirma su número de cuenta?', '¿y su contraseña?', 'Carmen'],
}
const PASSWORDS = ['Tulip!2024x', 'Schalke04!', 'soleil1987', 'Welkom01!', 'mariposa#22']
export const chatAnswerOther: fc.Arbitrary<Case16> = fc
  .record({
    lang: fc.constantFrom<'en' | 'nl' | 'de' | 'fr' | 'es'>('en', 'nl', 'de', 'fr', 'es'),
    acc: digits(8),
    pw: fc.constantFrom(...PASSWORDS),
    which: fc.boolean(),
    quote: fc.boolean(),
  })
  .filter(({ acc }) => notYear(acc))
  .map(({ lang, acc, pw, which, quote }) => {
    const [asker, askAcc, askPw, answerer] = CHAT_ASK_OTHER[lang]
    const q = quote ? '> ' : ''
    const value = which ? pw : acc
    return {
      text: `${q}${asker}: ${which ? askPw : askAcc}\n${q}${answerer}: ${value}\n${q}${asker}: ok`,
      secrets: [which ? pw.replace(/[!#]\d*$/u, '') : acc],
      kind: which ? 'password' : 'account_number',
      family: `chat answer ${which ? 'password' : 'account'} ${lang}`,
      lang,
    }
  })

// A PIN that is a birthday (day and month), named after an equals sign or a colon.
// biome-ignore format: phrase tables read better by rows
const BIRTHDAY_PIN: readonly [Lang, string][] = [
  ['de', 'PIN = Geburtstag'], ['fr', "code pin = date d'anniversaire"], ['nl', 'pincode: verjaardag van mn vrouw'],
  ['es', 'PIN: cumpleaños de mi hija'], ['en', 'my PIN = my birthday'], ['ar', 'الرقم السري = تاريخ ميلادي'],
]
export const birthdayPin: fc.Arbitrary<Case16> = fc
  .record({
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.integer({ min: 1, max: 12 }),
    pick: fc.nat(),
    z: zero,
    end: fc.constantFrom(' lol', '', ' 🙈 nicht nachmachen'),
  })
  .map(({ day, month, pick, z, end }) => {
    const [lang, head] = BIRTHDAY_PIN[pick % BIRTHDAY_PIN.length]!
    const d = [day, month].map((n) => String(n).padStart(2, '0')).join('')
    return {
      text: `${head} ${inZero(d, z)}${end}`,
      secrets: [d],
      kind: 'otp',
      family: `birthday pin ${lang}`,
      lang,
    }
  })

// An IBAN in two parts: the head (country, check digits, perhaps the bank's letters or a group),
// then "the rest" a sentence later, in the seven languages.
// biome-ignore format: phrase tables read better by rows
const SPLIT_IBAN: readonly [Lang, string, string, string][] = [
  ['nl', 'Rekeningnummer begint met', '. De rest is', '. Toch geen geld ontvangen'],
  ['en', 'my IBAN starts', ', the rest is', ' cheers'],
  ['de', 'IBAN fängt mit', ' an, der Rest:', ', danke'],
  ['fr', 'mon IBAN commence par', ', la suite :', ' merci'],
  ['es', 'mi IBAN empieza por', ', el resto:', ', gracias'],
  ['ar', 'الايبان يبدأ بـ', ' والباقي', ' شكرا'],
  ['zh', 'IBAN前面是', '，后面是', '，谢谢'],
]
const BBAN: Record<string, fc.Arbitrary<string>> = {
  NL: fc.tuple(fc.constantFrom('RABO', 'ABNA', 'INGB'), digits(10)).map(([b, d]) => `${b}${d}`),
  DE: digits(18),
  ES: digits(20),
  BE: digits(12),
  GB: fc.tuple(fc.constantFrom('NWBK', 'BARC'), digits(14)).map(([b, d]) => `${b}${d}`),
}
export const splitIban: fc.Arbitrary<Case16> = fc
  .record({
    cc: fc.constantFrom('NL', 'DE', 'ES', 'BE', 'GB'),
    pick: fc.nat(),
    // Where people cut: after the check digits or after the next group of four.
    cut: fc.constantFrom(4, 8),
    spaced: fc.boolean(),
  })
  .chain(({ cc, pick, cut, spaced }) => BBAN[cc]!.map((bban) => ({ cc, bban, pick, cut, spaced })))
  .map(({ cc, bban, pick, cut, spaced }) => {
    const [lang, head, mid, tail] = SPLIT_IBAN[pick % SPLIT_IBAN.length]!
    const full = ibanOf(cc, bban)
    const first = full.slice(0, cut)
    const rest = full.slice(cut)
    const group = (x: string) => (spaced ? x.replace(/(.{4})(?=.)/g, '$1 ') : x)
    const sp = lang === 'zh' ? '' : ' '
    return {
      text: `${head}${sp}${group(first)}${mid}${sp}${group(rest)}${tail}`,
      secrets: [rest.slice(0, -4)],
      kind: 'iban',
      family: `split IBAN ${cc} ${lang}`,
      lang,
    }
  })

// A phone number named by a phone word right before it, then an account word that names the
// next number; an account number with an adjective after its word ("número de cuenta correcto").
// biome-ignore format: phrase tables read better by rows
const PHONE_THEN_ACCOUNT: readonly [Lang, string, string][] = [
  ['zh', '台灣這邊的客服都不回，我的手機', '，帳號 0081 2345 6789 01 被鎖住了'],
  ['zh', '我的手机', '，账号 6222 0212 3456 789 被冻结了'],
  ['en', 'call my mobile', ', account 31926819 is frozen'],
]
const TW_MOBILE = digits(8).map((d) => `09${d}`)
export const phoneThenAccount: fc.Arbitrary<Case16> = fc
  .record({ m: TW_MOBILE, pick: fc.nat(), z: zero })
  .map(({ m, pick, z }) => {
    const [lang, head, tail] = PHONE_THEN_ACCOUNT[pick % PHONE_THEN_ACCOUNT.length]!
    const shown = `${m.slice(0, 4)} ${m.slice(4, 7)} ${m.slice(7)}`
    return {
      text: `${head} ${inZero(shown, z)}${tail}`,
      secrets: [m.slice(0, 7)],
      kind: 'phone',
      family: `phone then an account word ${lang}`,
      lang,
    }
  })
// biome-ignore format: phrase tables read better by rows
const ADJ_ACCOUNT: readonly [Lang, string][] = [
  ['ar', 'تم تحويل ٥٠٠ دينار لحساب غلط رقم الحساب الصحيح'], ['es', 'el número de cuenta correcto es'],
  ['fr', 'le numéro de compte correct :'], ['es', 'mi número de cuenta nuevo'], ['ar', 'رقم الحساب الجديد'],
]
export const accountAdjective: fc.Arbitrary<Case16> = fc
  .record({ d: digits(15), pick: fc.nat(), z: zero })
  .filter(({ d }) => d[0] === '0')
  .map(({ d, pick, z }) => {
    const [lang, head] = ADJ_ACCOUNT[pick % ADJ_ACCOUNT.length]!
    const shown = `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8, 12)} ${d.slice(12)}`
    return {
      text: `${head} ${inZero(shown, z)} ساعدوني`,
      secrets: [d.slice(0, 8)],
      kind: 'account_number',
      family: `account word and an adjective ${lang}`,
      lang,
    }
  })

// A PIN pointed back at by "the old one was", "daar staat", "da steht"; a bare code word with the
// text message named after the code.
// biome-ignore format: phrase tables read better by rows
const MORE_BACK: readonly [Lang, string, string][] = [
  ['en', 'new app made me change my card PIN. old one was', ' (birth year, I know) and now it rejects every 4 digits'],
  ['nl', 'de pincode brief kwam niet. Heb via de app een nieuwe aangevraagd, daar staat', ' maar de automaat zegt onjuist'],
  ['de', 'PIN-Brief nie bekommen. In der App eine neue angefordert, da steht', ' aber der Automat sagt falsch'],
  ['en', 'The code came as emojis???', ' is what the text said, then "do not share"'],
]
export const pinBackMore: fc.Arbitrary<Case16> = fc
  .record({ pick: fc.nat(), d4: digits(4), d6: digits(6), y: fc.integer({ min: 1950, max: 1999 }), z: zero })
  .filter(({ d4, d6 }) => notYear(d4) && notYear(d6))
  .map(({ pick, d4, d6, y, z }) => {
    const [lang, head, tail] = MORE_BACK[pick % MORE_BACK.length]!
    const value = head.startsWith('new app') ? String(y) : head.startsWith('The code') ? d6 : d4
    return {
      text: `${head} ${inZero(value, z)}${tail}`,
      secrets: [value],
      kind: 'otp',
      family: `pin pointed back (more) ${lang}`,
      lang,
    }
  })

// A six-digit code read out (or voice-typed) as two numbers in hundreds: "four hundred eighty two
// nine hundred thirteen", "quatre cent quatre-vingt-deux neuf cent treize", "cuatrocientos ochenta
// y dos novecientos trece".
const EN_U = 'zero one two three four five six seven eight nine'.split(' ')
const EN_T = 'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ')
const EN_X = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
const FR_U = 'zéro un deux trois quatre cinq six sept huit neuf'.split(' ')
const FR_T = 'dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf'.split(' ')
const FR_X = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante']
const ES_U = 'cero uno dos tres cuatro cinco seis siete ocho nueve'.split(' ')
const ES_T = 'diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve'.split(' ')
const ES_X = [
  '',
  '',
  'veinte',
  'treinta',
  'cuarenta',
  'cincuenta',
  'sesenta',
  'setenta',
  'ochenta',
  'noventa',
]
const ES_H = [
  '',
  'ciento',
  'doscientos',
  'trescientos',
  'cuatrocientos',
  'quinientos',
  'seiscientos',
  'setecientos',
  'ochocientos',
  'novecientos',
]
const DE_U = 'null eins zwei drei vier fünf sechs sieben acht neun'.split(' ')
const DE_T = 'zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn'.split(' ')
const DE_X = ['', '', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig']
const NL_U = 'nul een twee drie vier vijf zes zeven acht negen'.split(' ')
const NL_T = 'tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien'.split(' ')
const NL_X = ['', '', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig']
type HundredsLang = 'en' | 'fr' | 'es' | 'de' | 'nl'
function pairWords(lang: HundredsLang, n: number): string {
  const [u, t] = [n % 10, Math.floor(n / 10)]
  if (lang === 'de')
    return t === 0
      ? DE_U[u]!
      : t === 1
        ? DE_T[u]!
        : u === 0
          ? DE_X[t]!
          : `${u === 1 ? 'ein' : DE_U[u]}und${DE_X[t]}`
  if (lang === 'nl')
    return t === 0
      ? NL_U[u]!
      : t === 1
        ? NL_T[u]!
        : u === 0
          ? NL_X[t]!
          : `${NL_U[u]}${/e$/.test(NL_U[u]!) ? 'ën' : 'en'}${NL_X[t]}`
  if (lang === 'en') return t === 0 ? EN_U[u]! : t === 1 ? EN_T[u]! : `${EN_X[t]}${u ? ` ${EN_U[u]}` : ''}`
  if (lang === 'es') return t === 0 ? ES_U[u]! : t === 1 ? ES_T[u]! : `${ES_X[t]}${u ? ` y ${ES_U[u]}` : ''}`
  if (t === 0) return FR_U[u]!
  if (t === 1) return FR_T[u]!
  if (t === 7 || t === 9) return `${t === 7 ? 'soixante' : 'quatre-vingt'}-${FR_T[u]}`
  const tens = t === 8 ? 'quatre-vingt' : FR_X[t]!
  return u === 0
    ? t === 8
      ? 'quatre-vingts'
      : tens
    : u === 1 && t !== 8
      ? `${tens} et un`
      : `${tens}-${FR_U[u]}`
}
function hundredsWords(lang: HundredsLang, n: number): string {
  const [h, rest] = [Math.floor(n / 100), n % 100]
  const head =
    lang === 'en'
      ? `${EN_U[h]} hundred`
      : lang === 'es'
        ? ES_H[h]!
        : lang === 'de'
          ? `${h === 1 ? 'ein' : DE_U[h]}hundert`
          : lang === 'nl'
            ? `${h === 1 ? '' : NL_U[h]}honderd`
            : h === 1
              ? 'cent'
              : `${FR_U[h]} cent`
  return rest === 0 ? (lang === 'es' && h === 1 ? 'cien' : head) : `${head} ${pairWords(lang, rest)}`
}
// biome-ignore format: phrase tables read better by rows
const READ_OUT: Record<HundredsLang, readonly string[]> = {
  de: ['mein Code ist', 'der Bestätigungscode aus der SMS war'],
  nl: ['mijn code is', 'de verificatiecode uit de sms was'],
  en: ['the guy on the phone asked for the code so I read it out, my code is', 'the verification code they texted was'],
  fr: ["mon code c'est", 'le code reçu par SMS était'],
  es: ['mi código es', 'el código que me llegó por SMS era'],
}
export const codeInHundreds: fc.Arbitrary<Case16> = fc
  .record({
    lang: fc.constantFrom<HundredsLang>('en', 'fr', 'es', 'de', 'nl'),
    a: fc.integer({ min: 100, max: 999 }),
    b: fc.integer({ min: 100, max: 999 }),
    pick: fc.nat(),
  })
  .map(({ lang, a, b, pick }) => {
    const heads = READ_OUT[lang]
    const words = `${hundredsWords(lang, a)} ${hundredsWords(lang, b)}`
    return {
      text: `${heads[pick % heads.length]} ${words}`,
      // The words as a reader reads them (letters only): the whole code said.
      secrets: [words.replace(/[^\p{L}]/gu, '').toLowerCase()],
      kind: 'otp',
      family: `code in hundreds ${lang}`,
      lang,
    }
  })

export const FAMILIES16: Record<string, fc.Arbitrary<Case16>> = {
  codeInHundreds,
  splitIban,
  phoneThenAccount,
  accountAdjective,
  pinBackMore,
  chatAnswerOther,
  birthdayPin,
  chatAnswerCode,
  bareMobileContact,
  giroNumber,
  codeHandedLater,
  pinPointedBack,
  yearPinGiven,
  sortCodeComma,
  dutchDottedAccount,
  spanishMobile,
}

/** The shape pii15's hard negatives use (pii-families-15.ts). */
export type Negative16 = Negative15

// biome-ignore format: phrase tables read better by rows
const NEGATIVES: readonly [string, string[], string][] = [
  ['Login page throws error 0x80070005 from IP 192.168.1.254, anyone else?', ['0x80070005'], 'hex error code'],
  ['Anmeldung geht nicht, Fehler 0xC004F074 seit dem Update', ['0xC004F074'], 'hex error code'],
  ['got a code by SMS. my order 123 456 still has not arrived', ['123 456'], 'order number after a code'],
  ['验证码一直收不到。邮编100080，地址也对', ['100080'], 'postcode after a code'],
  ['the code never came. 482 913 customers affected says the news', ['482 913'], 'count after a code'],
  ['my pin got blocked. It was 2019 when I opened the account', ['2019'], 'year after a pin'],
  ['code par SMS jamais reçu. Je lis : 1 850 € débités', ['1 850'], 'amount after a hand-over'],
  ['mi pin no va. era 2500 euros lo que quería sacar', ['2500'], 'amount pointed back'],
  ['PIN gesperrt. dachte es wäre 2024 schon erledigt', ['2024'], 'year pointed back'],
  ['Nationwide, 12-03-2024, 31 days to go', ['12-03-2024'], 'a date after a bank name'],
  ['prices: 10-20-30, 40000000 views', ['10-20-30'], 'a list and a count'],
  ['versie 12.34.56.789 van de app', ['12.34.56.789'], 'a dotted version'],
  ['de meterstand was 55.30.26.186 kWh', ['55.30.26.186'], 'a reading'],
  ['llamé al banco 3 veces, el pedido 622 914 085 sigue sin llegar', ['622 914 085'], 'order after a call verb'],
  ['I never got the code. Update: 1500 customers affected', ['1500'], 'update label and a count'],
  ['mijn pincode is geblokkeerd. Saldo: 2500', ['2500'], 'balance label'],
  ['verification code? Date: 07/12/2026', ['07/12/2026'], 'date label'],
  ['de code kwam niet. Ref: 48291342', ['48291342'], 'reference label'],
  ['my code came on 07/12/2026 at last', ['07/12/2026'], 'date after a code word'],
  ['un giro de 1500000 pesos al mes', ['1500000'], 'Spanish giro, an amount'],
  ['Agent: what is your account number? Update: 2 days later still nothing, 4471 complaints', ['4471'], 'chat label and a count'],
  ['PIN = 4 Ziffern, Gebühr 2500 Euro', ['2500'], 'PIN rule and an amount'],
  ['code pin : agence 4471 fermée', ['4471'], 'branch after a pin word'],
  ['IBAN starts with the country, NL12 is not mine, ref 48291342 rest unknown', ['48291342'], 'IBAN words and a reference'],
  ['my new PIN arrived. old one was 2019 era plastic', ['2019'], 'a year after old one was'],
  ['de pincode werkt niet, daar staat 2500 euro op', ['2500'], 'an amount after daar staat'],
  ['my code never came and three hundred people complained', ['three hundred people'], 'hundreds in prose'],
  ['le code a expiré, trois cent cinquante euros perdus', ['trois cent cinquante'], 'an amount in words'],
]
export const negative16: fc.Arbitrary<Negative16> = fc
  .constantFrom(...NEGATIVES)
  .map(([text, keep, family]) => ({ text, keep, family }))
