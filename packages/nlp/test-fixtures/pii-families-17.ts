/**
 * Families pii17 composes after reading blind set 13's misses (tuned-on): how each is written in
 * general, in every language it occurs in, not the posts themselves. A code asked for in a
 * question (often only in the quoted message a reply answers) and handed over after a yes word;
 * hard negatives: a postcode next to a PIN word, an amount or a year after the yes. Used by
 * src/pii-families-rounds.property.test.ts.
 */
import fc from 'fast-check'
import { digitString, inScript, luhnComplete } from './pii-arbitraries.js'
import { inZero, type Lang } from './pii-families.js'
import { type Case14, digits, zero } from './pii-families-14.js'
import type { Negative15 } from './pii-families-15.js'

export type Case17 = Case14

const notYear = (d: string) => d[0] !== '0' && !/^(?:19|20)\d\d/.test(d)

// The question asking for the code, then the yes word opening the answer; the tail after the code.
// biome-ignore format: phrase tables read better by rows
const ASKED: Record<Lang, readonly [string, string, string][]> = {
  en: [['did you get the code?', 'yes', ' but it expired before the page loaded'], ['what was the OTP they sent??', 'yeah it was', '. now £900 is gone']],
  nl: [['heb je de verificatiecode al?', 'ja', ' maar hij was al verlopen'], ['welke code kreeg je?', 'ja hier', ' en toen was alles weg']],
  de: [['Hast du die TAN bekommen?', 'ja', ' aber die Überweisung ist trotzdem abgelehnt worden'], ['kam der Bestätigungscode an?', 'jep', ', hilft aber nix']],
  fr: [["t'as reçu le code ?", 'oui', " mais il a expiré avant que la page charge"], ['tu as le code de vérification ?', "ouais c'est", ' mais ça bloque']],
  es: [['¿te ha llegado el código?', 'sí', ' pero caducó antes de cargar la página'], ['¿tienes ya la clave de firma?', 'si, es', ' y aun así no va']],
  ar: [['وصلك رمز التحقق؟', 'نعم', ' بس انتهت صلاحيته'], ['جاك الكود؟', 'ايوه', ' وبعدين انقفل الحساب']],
  zh: [['验证码收到了吗？', '收到了', '，但是页面一直转圈'], ['你的动态码是多少？', '是的，是', '，然后就过期了']],
}
export const codeAnsweredToQuestion: fc.Arbitrary<Case17> = fc
  .record({
    lang: fc.constantFrom<Lang>('en', 'nl', 'de', 'fr', 'es', 'ar', 'zh'),
    pick: fc.nat(),
    d: digits(6),
    z: zero,
    spaced: fc.boolean(),
    // A reply quoting the question ("> …\n"), the question on its own line, or in one line.
    shape: fc.constantFrom('quoted', 'lines', 'inline'),
  })
  .filter(({ d }) => notYear(d))
  .map(({ lang, pick, d, z, spaced, shape }) => {
    const forms = ASKED[lang]
    const [ask, yes, tail] = forms[pick % forms.length]!
    const shown = spaced ? `${d.slice(0, 3)} ${d.slice(3)}` : d
    const head = shape === 'quoted' ? `> ${ask}\n` : shape === 'lines' ? `${ask}\n` : `${ask} `
    const sp = lang === 'zh' ? '' : ' '
    return {
      text: `${head}${yes}${sp}${inZero(shown, z)}${tail}`,
      secrets: [d],
      kind: 'otp',
      family: `code answered to a question ${lang}`,
      lang,
    }
  })

// A password word, then a clause about where it was posted, then the password itself: the
// token starts within reach of the word but ends beyond it.
// biome-ignore format: phrase tables read better by rows
const CLAUSE_AWAY: Partial<Record<Lang, readonly [string, string][]>> = {
  nl: [['heb per ongeluk mijn wachtwoord in de groepsapp gezet ipv in de app 🤡', ' nu snel veranderen'], ['mijn wachtwoord stond gewoon in de familiechat van gisteren 🙈', ' dus ja']],
  en: [['accidentally pasted my password into the group chat instead of the app 🤡', ' changing it now'], ['my password was in the family chat since yesterday 🙈', ' so yeah']],
  de: [['hab aus Versehen mein Passwort in die Gruppe statt in die App gepostet 🤡', ' ändere es jetzt'], ['mein Passwort stand im Familienchat von gestern 🙈', ' also ja']],
  fr: [["j'ai collé mon mot de passe dans le groupe au lieu de l'appli 🤡", ' je le change vite'], ['mon mdp était dans le chat de famille depuis hier 🙈', ' bref']],
  es: [['pegué mi contraseña en el grupo en vez de en la app sin querer 🤡', ' cambiándola ya'], ['mi contraseña estaba en el chat de la familia desde ayer 🙈', ' pues eso']],
}
const WORDS = ['Feyenoord', 'Zonnebloem', 'Schmetterling', 'Marseille', 'Barcelona', 'Sunflower'] as const
export const passwordClauseAway: fc.Arbitrary<Case17> = fc
  .record({
    lang: fc.constantFrom<Lang>('nl', 'en', 'de', 'fr', 'es'),
    pick: fc.nat(),
    word: fc.constantFrom(...WORDS),
    // Three or four digits: letters and one or two read as a product ("iPhone15"), left alone on purpose.
    d: fc.integer({ min: 100, max: 9999 }),
    sign: fc.constantFrom('!', '#', ''),
  })
  .map(({ lang, pick, word, d, sign }) => {
    const forms = CLAUSE_AWAY[lang]!
    const [head, tail] = forms[pick % forms.length]!
    const secret = `${word}${d}${sign}`
    return {
      text: `${head} ${secret}${tail}`,
      secrets: [secret],
      kind: 'password',
      family: `password a clause away ${lang}`,
      lang,
    }
  })

// An OCR'd card from a screen in full-width digits, its zeros and ones read as the letters O and l
// (the card number still passes Luhn), after each language's card label.
// biome-ignore format: phrase tables read better by rows
const CARD_LABEL: Record<Lang, string> = {
  zh: 'OCR识别的：\n卡 号 ：', en: 'OCR result:\ncard no:', nl: 'OCR-resultaat:\nkaartnummer:', de: 'OCR-Ergebnis:\nKartennummer:',
  fr: 'résultat OCR :\nnuméro de carte :', es: 'resultado OCR:\nnúmero de tarjeta:', ar: 'نتيجة OCR:\nرقم البطاقة:',
}
export const fullWidthOcrCard: fc.Arbitrary<Case17> = fc
  .record({
    lang: fc.constantFrom<Lang>('zh', 'en', 'nl', 'de', 'fr', 'es', 'ar'),
    d: digitString(15),
    // Which zeros and ones the OCR read as letters.
    misread: fc.array(fc.boolean(), { minLength: 16, maxLength: 16 }),
  })
  .map(({ lang, d, misread }) => {
    // Its third digit a zero, always read as an O: every card shown holds a letter.
    const card = luhnComplete([6, 2, 0, ...d.slice(3)])
    const shown = [...inScript(card, 0xff10)]
      .map((c, i) => (c === '０' && (misread[i] || i === 2) ? 'O' : c === '１' && misread[i] ? 'l' : c))
      .join('')
      .replace(/(.{4})(?=.)/gu, '$1 ')
    return {
      text: `${CARD_LABEL[lang]}${shown}\n`,
      secrets: [card],
      kind: 'card',
      family: `full-width OCR card ${lang}`,
      lang,
    }
  })

// A US number without separators as the recipient of texts: "i got texts to 4155550188".
export const textedUsNumber: fc.Arbitrary<Case17> = fc
  .record({
    head: fc.constantFrom(
      'mine too!! i got texts to',
      'someone texted',
      'scam sms to',
      'they keep sending texts to',
    ),
    d: digits(7),
    exchange: fc.integer({ min: 2, max: 9 }),
    tail: fc.constantFrom(' saying my account was locked', ' twice today', '', ', reported it'),
  })
  .map(({ head, d, exchange, tail }) => {
    const n = `415${exchange}${d.slice(1)}`
    return {
      text: `${head} ${n}${tail}`,
      secrets: [n.slice(0, 7)],
      kind: 'phone',
      family: 'US number texted to, no separators en',
      lang: 'en' as Lang,
    }
  })

export const FAMILIES17: Record<string, fc.Arbitrary<Case17>> = {
  textedUsNumber,
  codeAnsweredToQuestion,
  passwordClauseAway,
  fullWidthOcrCard,
}

export type Negative17 = Negative15

// biome-ignore format: phrase tables read better by rows
const NEGATIVES: readonly [string, string[], string][] = [
  ['PLZ 80331 und die PIN-Briefe gehen trotzdem nach Hamburg', ['80331'], 'German postcode next to PIN'],
  ['Postleitzahl 10115, TAN kommt trotzdem nicht', ['10115'], 'German postcode next to TAN'],
  ['code postal 75008 et le code PIN arrive toujours pas', ['75008'], 'French postcode next to a PIN'],
  ['zip 94107, pin mailer never arrived', ['94107'], 'US zip next to a PIN'],
  ['código postal 28013 y el pin sin llegar', ['28013'], 'Spanish postcode next to a PIN'],
  ['postcode 1012 AB, pincode nooit ontvangen', ['1012'], 'Dutch postcode next to a PIN'],
  ['> did the code arrive?\nyes 2500 customers got it late', ['2500'], 'a count after the yes'],
  ['> TAN bekommen?\nja 2024 schon, jetzt nicht mehr', ['2024'], 'a year after the yes'],
  ["> t'as reçu le code ?\noui 1 850 € partis quand même", ['1 850'], 'an amount after the yes'],
  ['¿te llegó el código? sí, 3 veces', ['3'], 'a count after the yes'],
  ['the bank sent texts to 5000 customers by mistake', ['5000'], 'a count after texts to'],
  ['texted 3 times and waited 20 minutes', ['3', '20'], 'a count after texted'],
]
export const negative17: fc.Arbitrary<Negative17> = fc
  .constantFrom(...NEGATIVES)
  .map(([text, keep, family]) => ({ text, keep, family }))
