/**
 * Families pii15 composes after reading blind set 11's misses (tuned-on): how each is written in
 * general, not the posts themselves. A password handed over by a copula and a hedge later in the
 * clause ("… is gewoon X", "war irgendwas wie X"), after Chinese prose ending in "：", or as the
 * author's answer in a pasted chat; a PIN or code told to someone a sentence later, in brackets
 * a clause later, tried second ("0712 puis 1207"), written out as a year after the PIN word, or
 * ending its sentence before an amount; an account number after a pasted chat's question, a
 * Chinese salary/savings card word or a German genitive "Kontos". Hard negatives written the same
 * way. Used by src/pii-families-rounds.property.test.ts.
 */
import type { PiiKind } from '@vigil/schema'
import fc from 'fast-check'
import { luhnValid } from '../src/pii-checks.js'
import { inZero, type Lang } from './pii-families.js'
import { type Case14, digits, zero } from './pii-families-14.js'

/** The shape pii14's families use (pii-families-14.ts). */
export type Case15 = Case14

const notYear = (d: string) => d[0] !== '0' && !/^(?:19|20)\d\d/.test(d)
// Passwords with a digit or a sign, as people pick them: a word, a year or a number, a sign.
const secret = fc
  .record({
    w: fc.constantFrom(
      'Appeltaart',
      'Schalke',
      'Bluebell',
      'soleil',
      'Tigger',
      'mariposa',
      'zhang',
      'Welkom',
    ),
    n: fc.integer({ min: 1, max: 2099 }),
    sign: fc.constantFrom('', '!', '#', '!Fan', '?'),
  })
  .map(({ w, n, sign }) => `${w}${n}${sign}`)

// biome-ignore format: phrase tables read better by rows
const HEDGED: Partial<Record<Lang, readonly [string, string][]>> = {
  en: [['my pw for the bank app', 'is just'], ['the password on my account', 'was literally'], ['forgot my password again, it', 'was something like']],
  nl: [['wachtwoord van mn bankapp', 'is gewoon'], ['mijn wachtwoord voor internetbankieren', 'was zoiets als']],
  de: [['Hab mein Passwort für das Onlinebanking vergessen,', 'war irgendwas wie'], ['mein Kennwort', 'ist einfach']],
  fr: [['mon mot de passe de la banque', 'est juste'], ["j'ai oublié mon mdp, c'", 'était genre']],
  es: [['mi contraseña del banco', 'es simplemente'], ['olvidé la contraseña, creo que', 'era algo como']],
}
const TAILS = [
  '',
  ' 🙈',
  ' lol',
  ' en nu vragen ze om een sterker wachtwoord',
  ' wie setze ich das zurück?',
  ' and now it wants a new one',
]

export const hedgedPassword: fc.Arbitrary<Case15> = fc
  .record({
    lang: fc.constantFrom<Lang>('en', 'nl', 'de', 'fr', 'es'),
    pick: fc.nat(),
    pw: secret,
    tail: fc.constantFrom(...TAILS),
  })
  .map(({ lang, pick, pw, tail }) => {
    const forms = HEDGED[lang]!
    const [head, link] = forms[pick % forms.length]!
    const sep = head.endsWith("'") ? '' : ' '
    return {
      text: `${head}${sep}${link} ${pw}${tail}`,
      secrets: [pw.replace(/[!?]+$/u, '')],
      kind: 'password',
      family: `hedged password ${lang}`,
      lang,
    }
  })

// biome-ignore format: phrase tables read better by rows
const ZH_CLAUSES = ['写在便签上贴电脑屏幕上', '就写在本子第一页', '我妈记在手机备忘录里', '贴在显示器旁边']
export const zhColonPassword: fc.Arbitrary<Case15> = fc
  .record({
    who: fc.constantFrom('老爸把网银', '我妈的', '我把', ''),
    clause: fc.constantFrom(...ZH_CLAUSES),
    pw: secret,
    colon: fc.constantFrom('：', ':'),
    end: fc.constantFrom('，我真的服了', '。', '（已经改了）', ''),
  })
  .filter(({ pw }) => !/[!?#]/.test(pw))
  .map(({ who, clause, pw, colon, end }) => ({
    text: `${who}密码${clause}${colon}${pw}${end}`,
    secrets: [pw],
    kind: 'password',
    family: 'zh password after a clause and a colon',
    lang: 'zh',
  }))

// biome-ignore format: phrase tables read better by rows
const CHAT: Partial<Record<Lang, { agent: string; me: string; pw: string; acct: string }>> = {
  en: { agent: 'Agent', me: 'Me', pw: 'and the passcode', acct: 'please confirm the full account number' },
  nl: { agent: 'Medewerker', me: 'Ik', pw: 'en uw wachtwoord?', acct: 'wat is uw rekeningnummer?' },
  de: { agent: 'Berater', me: 'Ich', pw: 'und Ihr Passwort bitte', acct: 'bitte Ihre Kontonummer' },
  fr: { agent: 'Conseiller', me: 'Moi', pw: 'et votre mot de passe ?', acct: 'votre numéro de compte svp' },
  es: { agent: 'Agente', me: 'Yo', pw: 'y su contraseña', acct: 'confirme su número de cuenta' },
}
export const chatAnswer: fc.Arbitrary<Case15> = fc
  .record({
    lang: fc.constantFrom<Lang>('en', 'nl', 'de', 'fr', 'es'),
    pw: secret,
    acct: digits(8),
    quote: fc.boolean(),
    which: fc.boolean(),
  })
  .filter(({ acct }) => notYear(acct))
  .map(({ lang, pw, acct, quote, which }) => {
    const c = CHAT[lang]!
    const q = quote ? '> ' : ''
    const value = which ? pw : acct
    const text = `pasting the chat:\n${q}${c.agent}: ${which ? c.pw : c.acct}\n${q}${c.me}: ${value}\n${q}${c.agent}: ok`
    const kind: PiiKind = which ? 'password' : 'account_number'
    return {
      text,
      secrets: [which ? pw.replace(/[!?]+$/u, '') : acct],
      kind,
      family: `chat answer ${kind} ${lang}`,
      lang,
    }
  })

// biome-ignore format: phrase tables read better by rows
const TOLD: Partial<Record<Lang, readonly [string, string][]>> = {
  en: [['Rang the fraud line, they asked for my pin to "verify" me.', 'told them'], ['the caller wanted my card PIN. gave them', '']],
  fr: [['ils voulaient mon code pin pour vérifier.', 'je leur ai donné']],
  de: [['die wollten meine PIN zur Bestätigung.', 'hab ihnen gesagt']],
  nl: [['ze vroegen om mijn pincode.', 'gaf ze']],
}
export const pinToldThem: fc.Arbitrary<Case15> = fc
  .record({
    lang: fc.constantFrom<Lang>('en', 'fr', 'de', 'nl'),
    pick: fc.nat(),
    d: digits(4),
    z: zero,
    end: fc.constantFrom(' before my brain caught up.', '. stupid', ' 🤦', ''),
  })
  .filter(({ d }) => notYear(d))
  .map(({ lang, pick, d, z, end }) => {
    const forms = TOLD[lang]!
    const [head, verb] = forms[pick % forms.length]!
    const pin = inZero(d, z)
    return {
      text: `${head} ${verb}${verb ? ' ' : ''}${pin}${end}`.replace('  ', ' '),
      secrets: [d],
      kind: 'otp',
      family: `pin told to them ${lang}`,
      lang,
    }
  })

// biome-ignore format: phrase tables read better by rows
const BRACKET: Partial<Record<Lang, string>> = {
  de: 'An alle, die sich über die Bestätigungscodes wundern: Ich hab heute auch einen bekommen (',
  en: 'Anyone else getting verification codes out of nowhere? got one today too (',
  nl: 'Iemand anders ook rare verificatiecodes? Vandaag weer eentje gekregen (',
  fr: 'Vous aussi vous recevez des codes de vérification ? encore un ce matin (',
}
export const codeInBrackets: fc.Arbitrary<Case15> = fc
  .record({
    lang: fc.constantFrom<Lang>('de', 'en', 'nl', 'fr'),
    d: digits(6),
    z: zero,
    spaced: fc.boolean(),
  })
  .filter(({ d }) => notYear(d))
  .map(({ lang, d, z, spaced }) => {
    const shown = spaced ? `${d.slice(0, 3)} ${d.slice(3)}` : d
    return {
      text: `${BRACKET[lang]}${inZero(shown, z)}) und nix beantragt.`,
      secrets: [d.slice(3)],
      kind: 'otp',
      family: `code in brackets ${lang}`,
      lang,
    }
  })

// biome-ignore format: phrase tables read better by rows
const SECOND: Partial<Record<Lang, readonly [string, string]>> = {
  fr: ["pin de ma carte oublié, j'ai essayé", 'puis'], en: ['forgot my card pin, tried', 'then'], de: ['PIN vergessen, hab', 'dann'],
  nl: ['pincode vergeten, eerst', 'daarna'], es: ['olvidé el pin, probé', 'luego'],
}
export const secondPin: fc.Arbitrary<Case15> = fc
  .record({ lang: fc.constantFrom<Lang>('fr', 'en', 'de', 'nl', 'es'), a: digits(4), b: digits(4), z: zero })
  .filter(({ a, b }) => notYear(a) && notYear(b) && a !== b)
  .map(({ lang, a, b, z }) => {
    const [head, then] = SECOND[lang]!
    return {
      text: `${head} ${inZero(a, z)} ${then} ${inZero(b, z)} (ma date d'anniv lol) et bloquée.`,
      secrets: [a, b],
      kind: 'otp',
      family: `second pin ${lang}`,
      lang,
    }
  })

// biome-ignore format: phrase tables read better by rows
const WROTE_PIN: Partial<Record<Lang, string>> = {
  ar: 'يا جماعة غلطت وكتبت الرقم السري في الشات العام', en: 'ugh I accidentally typed my PIN in the group chat',
}
export const yearShapedPin: fc.Arbitrary<Case15> = fc
  .record({
    lang: fc.constantFrom<Lang>('ar', 'en'),
    y: fc.integer({ min: 1950, max: 2012 }),
    z: zero,
    end: fc.constantFrom(' 🤦‍♂️ غيرته خلاص', ' lol', ''),
  })
  .map(({ lang, y, z, end }) => ({
    text: `${WROTE_PIN[lang]} ${inZero(String(y), z)}${end}`,
    secrets: [String(y)],
    kind: 'otp',
    family: `year-shaped pin written out ${lang}`,
    lang,
  }))

export const codeBeforeAmount: fc.Arbitrary<Case15> = fc
  .record({ d: digits(6), z: zero, amount: fc.integer({ min: 1, max: 9 }) })
  .filter(({ d }) => notYear(d))
  .map(({ d, z, amount }) => ({
    text: `Ma mère a donné le code reçu par SMS ${inZero(`${d.slice(0, 3)} ${d.slice(3)}`, z)}. ${amount} 800 € partis en 10 minutes.`,
    secrets: [d],
    kind: 'otp',
    family: 'code ending its sentence before an amount',
    lang: 'fr',
  }))

export const accountWords: fc.Arbitrary<Case15> = fc
  .record({
    word: fc.constantFrom('工资卡', '储蓄卡', '借记卡', '存折'),
    d: digits(17),
    de: digits(10),
    which: fc.boolean(),
  })
  // A Luhn-valid 18-digit number starting with 6 is a UnionPay card, reported as one.
  .filter(({ d }) => !luhnValid(`6${d}`))
  .map(({ word, d, de, which }) =>
    which
      ? {
          text: `我的${word}6${d}每个月都被扣10元管理费`,
          secrets: [`6${d}`.slice(0, 12)],
          kind: 'account_number' as PiiKind,
          family: `zh ${word}`,
          lang: 'zh' as Lang,
        }
      : {
          text: `ich bitte um Rückruf unter 030 2847 1956 (tagsüber) bezüglich der Kündigung meines Kontos ${de.slice(0, 4)} ${de.slice(4, 8)} ${de.slice(8)}. Hochachtungsvoll`,
          secrets: [de.slice(0, 6)],
          kind: 'account_number' as PiiKind,
          family: 'de Kontos',
          lang: 'de' as Lang,
        },
  )

// A date-shaped sort code with its account pasted right after it, no account word around.
export const pastedSortCode: fc.Arbitrary<Case15> = fc
  .record({
    day: fc.integer({ min: 1, max: 28 }),
    month: fc.integer({ min: 1, max: 12 }),
    year: fc.integer({ min: 0, max: 99 }),
    acc: digits(8),
    sep: fc.constantFrom('-', ' '),
    head: fc.constantFrom('paying back the stag do money, its', 'send it to', 'cheers, mine is', 'Rob:'),
    tail: fc.constantFrom(' (Rob) not the old Monzo one.', '', ' cheers lads', ' ta'),
  })
  .filter(({ acc }) => acc[0] !== '0')
  .map(({ day, month, year, acc, sep, head, tail }) => {
    const sort = [day, month, year].map((n) => String(n).padStart(2, '0')).join(sep)
    return {
      text: `${head} ${sort} ${acc}${tail}`,
      secrets: [acc.slice(0, 4)],
      kind: 'uk_account',
      family: 'sort code pasted before its account',
      lang: 'en',
    }
  })

// A National Insurance number written in pairs, a sort code and account later in the post.
export const ninoBesideSortCode: fc.Arbitrary<Case15> = fc
  .record({
    pre: fc.constantFrom('NH', 'KG', 'AB', 'JT', 'ZX'),
    d: digits(6),
    suf: fc.constantFrom('A', 'B', 'C', 'D'),
    sort: digits(6),
    acc: digits(8),
    lower: fc.boolean(),
  })
  .map(({ pre, d, suf, sort, acc, lower }) => {
    const nino = `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suf}`
    const shown = lower ? nino.toLowerCase() : nino
    const sc = `${sort.slice(0, 2)}-${sort.slice(2, 4)}-${sort.slice(4)}`
    return {
      text: `they need NI no (mine's ${shown}), sort code + acc (${sc} ${acc}) and your p45`,
      secrets: [d],
      kind: 'uk_nino',
      family: 'NI number in pairs beside a sort code',
      lang: 'en',
    }
  })

export const FAMILIES15: Record<string, fc.Arbitrary<Case15>> = {
  ninoBesideSortCode,
  pastedSortCode,
  hedgedPassword,
  zhColonPassword,
  chatAnswer,
  pinToldThem,
  codeInBrackets,
  secondPin,
  yearShapedPin,
  codeBeforeAmount,
  accountWords,
}

export interface Negative15 {
  text: string
  keep: string[]
  family: string
}

// biome-ignore format: phrase tables read better by rows
const NEGATIVES: readonly [string, string[], string][] = [
  ['Ticket de caisse n° 0042 118 9337, 87,30 € débités deux fois', ['0042 118 9337'], 'receipt number'],
  ['Kassenbon Nr. 0042 118 9337 liegt vor', ['0042 118 9337'], 'receipt number'],
  ['收据 0042 118 9337 还在', ['0042 118 9337'], 'receipt number'],
  ['my password was just reset by the bank, told them 2 times already', ['2'], 'hedge without a secret'],
  ['the verification codes stopped (2024 was fine) and nothing since', ['2024'], 'year in brackets'],
  ['my pin got blocked. told them it was 3 tries only', ['3'], 'count after told them'],
  ['密码错误提示：Error-500x，客服也不知道', ['Error-500x'], 'zh error after a colon'],
  ['Agent: your password must have 8 characters\nMe: ok thanks', ['8'], 'chat without a secret'],
  ['Agent: what is your account number?\nMe: I do not have it, call 2 me', ['2'], 'chat without a number'],
  ['verification codes take 5 to 10 minutes (sometimes 15) to arrive', ['15'], 'minutes in brackets'],
  ['born 11-04-37, member 28815590 since then', ['11-04-37', '28815590'], 'a date, then a member number'],
  ['on 03-08-82 12:30 I paid 45 quid', ['03-08-82', '12:30'], 'a date and a time'],
  ['deposit: routing 021000021 acct 4820 1176 5531. Sent', ['021000021'], 'a routing number before an account'],
  ['BLZ 37040044 Konto 532013000', ['37040044'], 'a bank code before an account'],
]
export const negative15: fc.Arbitrary<Negative15> = fc
  .constantFrom(...NEGATIVES)
  .map(([text, keep, family]) => ({ text, keep, family }))
