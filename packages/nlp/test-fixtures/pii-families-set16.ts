/**
 * Families piifix17 composes from the classes blind set 16 found (tuned-on: its miss list was
 * read), written in general, in every language they occur in, not the posts: an NI number OCR'd
 * off a payslip (0 and 1 read as O, l, I) after its word, a payslip's tax code beside it; an
 * account number (said digit by digit or typed) followed by another code's name ("… and the
 * sort code is …", "… en de BIC-code …"); and, as hard negatives, the lines a bank publishes
 * presented as its own: a call centre's line the writer queued on or that never answers, a
 * branch's landline named with its branch, in each market's numbering plan. A customer's own
 * mobile beside the same words stays a family that must be masked. Used by
 * src/pii-set16-classes.property.test.ts.
 */
import fc from 'fast-check'
import { ninoValid } from '../src/pii-checks.js'
import { inZero, type Lang } from './pii-families.js'
import { type Case14, digits, zero } from './pii-families-14.js'
import type { Negative15 } from './pii-families-15.js'
import { readable } from './pii-hunt.js'

export type CaseSet16 = Case14

// --- an NI number OCR'd off a payslip or a letter, after its word -------------------------------

// HMRC's prefix letters (first: not D F I Q U V; second: not D F I O Q U V) and suffix A–D.
const FIRST = 'ABCEGHJKLMNOPRSTWXYZ'
const SECOND = 'ABCEGHJKLMNPRSTWXYZ'
const nino = fc
  .record({
    a: fc.constantFrom(...FIRST),
    b: fc.constantFrom(...SECOND),
    d: digits(6),
    s: fc.constantFrom('A', 'B', 'C', 'D'),
  })
  .map(({ a, b, d, s }) => ({ prefix: a + b, d, suffix: s }))
  .filter(({ prefix, d, suffix }) => ninoValid(prefix + d + suffix))

/** The NI word as it stands on a payslip or in a post, per language. */
// biome-ignore format: phrase tables read better by rows
const NI_WORDS: Record<Lang, readonly [string, string][]> = {
  en: [['Employee: M. Clarke   NI No: ', '\nTax code 1257L'], ['National Insurance number ', ' (from the OCR of my P60)'], ['NINO: ', '\nTax code K475 Week1'], ['my NI number is ', ' apparently']],
  nl: [['loonstrook gescand, NI-nummer ', ' staat er gewoon op'], ['mijn Britse NI nummer: ', '\nTax code 1257L']],
  de: [['Gehaltszettel aus UK, NI-Nummer ', ' steht drauf'], ['britische NI Nummer: ', ' und trotzdem abgelehnt']],
  fr: [['fiche de paie scannée, numéro NI ', ' visible'], ['mon NI number anglais : ', '\nTax code 1257L']],
  es: [['nómina escaneada, número NI ', ' se ve claro'], ['mi National Insurance number: ', ' y nada']],
  ar: [['رقم التأمين الوطني ', ' من صورة كشف الراتب'], ['التأمين الوطني: ', ' وما زال الحساب مقفل']],
  zh: [['工资单扫描：国民保险号 ', ' 银行说不对'], ['英国国民保险 NI No: ', '\nTax code 1257L']],
}
/** OCR's misreadings of a digit as a letter (0 → O, 1 → l or I). */
const OCR_FOR: Record<string, readonly string[]> = { '0': ['O'], '1': ['l', 'I'] }

export const ocrNinoAfterWord: fc.Arbitrary<CaseSet16> = fc
  .record({
    lang: fc.constantFrom<Lang>('en', 'nl', 'de', 'fr', 'es', 'ar', 'zh'),
    pick: fc.nat(),
    n: nino,
    // Which 0s and 1s OCR misread (one to three of them), and the letter it chose.
    misread: fc.array(fc.nat({ max: 5 }), { minLength: 1, maxLength: 3 }),
    letter: fc.nat(),
    grouping: fc.constantFrom('pairs', 'printed', 'none'),
  })
  .map(({ lang, pick, n, misread, letter, grouping }) => {
    // Make the chosen positions 0s or 1s, then let OCR misread them.
    const ds = [...n.d]
    for (const i of misread) if (ds[i] !== '0' && ds[i] !== '1') ds[i] = letter % 2 === 0 ? '0' : '1'
    const shownDigits = ds
      .map((c, i) => (misread.includes(i) ? OCR_FOR[c]![letter % OCR_FOR[c]!.length]! : c))
      .join('')
    const body =
      grouping === 'pairs'
        ? `${shownDigits.slice(0, 2)} ${shownDigits.slice(2, 4)} ${shownDigits.slice(4)}`
        : shownDigits
    const value = grouping === 'none' ? `${n.prefix}${body}${n.suffix}` : `${n.prefix} ${body} ${n.suffix}`
    const [head, tail] = NI_WORDS[lang][pick % NI_WORDS[lang].length]!
    return {
      text: `${head}${value}${tail}`,
      // What a reader reads of its six digits, the misread letters as they stand.
      secrets: [readable(value).slice(2, -1)],
      kind: 'uk_nino',
      family: `OCR'd NI number after its word ${lang}`,
      lang,
    }
  })

// --- an account number, then another code's name ----------------------------------------------

// Digits said one by one, as voice-to-text writes them.
// biome-ignore format: phrase tables read better by rows
const SAID: Record<'en' | 'nl' | 'de' | 'fr' | 'es', readonly string[]> = {
  en: ['oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'],
  nl: ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'],
  de: ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'],
  fr: ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'],
  es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve'],
}
// The account word before, and a code of another kind named right after the number.
// biome-ignore format: phrase tables read better by rows
const ACCOUNT_THEN_CODE: Record<'en' | 'nl' | 'de' | 'fr' | 'es', readonly [string, string][]> = {
  en: [['hi yes um my account number is ', ' and the sort code is forty twenty two can someone call me back'], ['account no ', ' and the BIC code is wrong on the letter'], ['my account number is ', ', the tax code on my payslip changed too']],
  nl: [['mijn rekeningnummer is ', ' en de BIC-code klopt niet'], ['rekeningnummer ', ' maar de swiftcode heb ik niet']],
  de: [['meine Kontonummer ist ', ' und der BIC-Code fehlt'], ['Kontonummer ', ', den Swift-Code weiß ich nicht']],
  fr: [['mon numéro de compte est ', ' et le code BIC est faux'], ['numéro de compte ', ' mais le code swift manque']],
  es: [['mi número de cuenta es ', ' y el código SWIFT no aparece'], ['número de cuenta ', ' pero el código BIC no lo sé']],
}
export const accountThenOtherCode: fc.Arbitrary<CaseSet16> = fc
  .record({
    lang: fc.constantFrom('en', 'nl', 'de', 'fr', 'es') as fc.Arbitrary<'en' | 'nl' | 'de' | 'fr' | 'es'>,
    pick: fc.nat(),
    d: digits(8),
    said: fc.boolean(),
    z: zero,
  })
  .filter(({ d }) => !/^(?:19|20)/.test(d))
  .map(({ lang, pick, d, said, z }) => {
    const [head, tail] = ACCOUNT_THEN_CODE[lang][pick % ACCOUNT_THEN_CODE[lang].length]!
    const shown = said ? [...d].map((c) => SAID[lang][Number(c)]).join(' ') : inZero(d, z)
    return {
      text: `${head}${shown}${tail}`,
      // Said digits are masked whole; typed ones keep their last four.
      secrets: [d.slice(0, 4)],
      kind: 'account_number',
      family: `account number before another code's name ${lang}${said ? ' (said)' : ''}`,
      lang,
    }
  })

// --- a customer's own mobile beside a call centre's or a branch's words: still masked ----------

// Mobiles of each market, trunk prefix included (ITU-T E.164 national plans).
// biome-ignore format: phrase tables read better by rows
const MOBILE: Record<Lang, () => fc.Arbitrary<string>> = {
  en: () => digits(6).map((d) => `07700 9${d.slice(0, 5)}`),
  nl: () => digits(8).map((d) => `06 ${d}`),
  de: () => digits(7).map((d) => `0151 ${d}`),
  fr: () => digits(8).map((d) => `06 ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4, 6)} ${d.slice(6)}`),
  es: () => digits(8).map((d) => `6${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5)}`),
  ar: () => digits(7).map((d) => `050 ${d}`),
  zh: () => digits(8).map((d) => `138 ${d.slice(0, 4)} ${d.slice(4)}`),
}
// biome-ignore format: phrase tables read better by rows
const OWN_BESIDE: Record<Lang, readonly [string, string][]> = {
  en: [['the Leeds branch never picks up, call me on ', ''], ['waited 40 minutes on hold, my mobile is ', ' if anyone from the bank reads this']],
  nl: [['filiaal Utrecht neemt nooit op, bel mij op ', ''], ['45 minuten wachten, mijn nummer is ', '']],
  de: [['die Filiale Berlin geht nie ran, ruf mich an unter ', ''], ['Warteschleife seit 30 Minuten, meine Nummer ', '']],
  fr: [["l'agence de Lyon ne répond jamais, rappelez-moi au ", ''], ["40 minutes d'attente, mon numéro c'est le ", '']],
  es: [['la sucursal de Madrid nunca contesta, llámame al ', ''], ['30 minutos de espera, mi móvil es el ', '']],
  ar: [['فرع دبي لا أحد يرد، اتصل بي على ', ''], ['على الانتظار ساعة، رقمي ', '']],
  zh: [['支行电话一直没人接，打我手机', ''], ['等了40分钟，我的电话是', '']],
}
export const ownMobileBesideLineWords: fc.Arbitrary<CaseSet16> = fc
  .constantFrom<Lang>('en', 'nl', 'de', 'fr', 'es', 'ar', 'zh')
  .chain((lang) => fc.record({ lang: fc.constant(lang), pick: fc.nat(), m: MOBILE[lang](), z: zero }))
  .map(({ lang, pick, m, z }) => {
    const [head, tail] = OWN_BESIDE[lang][pick % OWN_BESIDE[lang].length]!
    const d = m.replace(/\D/g, '')
    return {
      text: `${head}${inZero(m, z)}${tail}`,
      // A phone keeps its last two digits.
      secrets: [d.slice(-7, -2)],
      kind: 'phone',
      family: `own mobile beside a call centre's or branch's words ${lang}`,
      lang,
    }
  })

export const FAMILIES_SET16: Record<string, fc.Arbitrary<CaseSet16>> = {
  ocrNinoAfterWord,
  accountThenOtherCode,
  ownMobileBesideLineWords,
}

// --- hard negatives: the bank's published lines as posts present them, and their neighbours ----

export type NegativeSet16 = Negative15

/**
 * A landline or service number of each market, national form, as its plan groups it. Only lines
 * that no plan of the table reads as a mobile: words never unmask a mobile (Leeds 0113 is an
 * Egyptian mobile's shape, Manchester 0161 a German one, Lyon 04 78 a Belgian one; those stay
 * masked, pii-called-line.property.test.ts).
 */
// biome-ignore format: phrase tables read better by rows
const LINES: Record<Lang, readonly ((d: string) => string)[]> = {
  // Ofcom: 03 non-geographic, London 020, Edinburgh 0131.
  en: [(d) => `0345 ${d.slice(0, 3)} ${d.slice(3, 7)}`, (d) => `020 7${d.slice(0, 3)} ${d.slice(3, 7)}`, (d) => `0131 2${d.slice(0, 2)} ${d.slice(2, 6)}`],
  // ACM: 088 company numbers, Utrecht 030, Rotterdam 010.
  nl: [(d) => `088 ${d.slice(0, 3)} ${d.slice(3, 7)}`, (d) => `030 2${d.slice(0, 2)} ${d.slice(2, 6)}`, (d) => `010 4${d.slice(0, 2)} ${d.slice(2, 6)}`],
  // BNetzA: Berlin 030, Hamburg 040, Munich 089.
  de: [(d) => `030 2${d.slice(0, 3)} ${d.slice(3, 7)}`, (d) => `040 3${d.slice(0, 3)} ${d.slice(3, 7)}`, (d) => `089 2${d.slice(0, 3)} ${d.slice(3, 7)}`],
  // ARCEP: 09 69 (non-geographic, non-surtaxé: after-sales lines under decision 08-0512), Lyon 04 37, Paris 01 4x.
  fr: [(d) => `09 69 ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4, 6)}`, (d) => `04 37 ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4, 6)}`, (d) => `01 4${d[0]} ${d.slice(1, 3)} ${d.slice(3, 5)} ${d.slice(5, 7)}`],
  // CNMC: 900 freephone, 902 shared cost, Madrid 91.
  es: [(d) => `900 ${d.slice(0, 3)} ${d.slice(3, 6)}`, (d) => `902 ${d.slice(0, 3)} ${d.slice(3, 6)}`, (d) => `91 5${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4, 6)}`],
  // TDRA: 800 toll-free, 600 shared; Dubai 04, Abu Dhabi 02.
  ar: [(d) => `800 ${d.slice(0, 4)}`, (d) => `04 3${d.slice(0, 2)} ${d.slice(2, 6)}`, (d) => `02 6${d.slice(0, 2)} ${d.slice(2, 6)}`],
  // MIIT: 400 service numbers, 95xxx short codes; Beijing 010 has an Egyptian mobile's shape, Shanghai 021.
  zh: [(d) => `400 ${d.slice(0, 3)} ${d.slice(3, 7)}`, (d) => `955${d.slice(0, 2)}`, (d) => `021-6${d.slice(0, 7)}`],
}
// How a post presents the bank's line: a queue, a line that never answers, a branch named with it.
// biome-ignore format: phrase tables read better by rows
const PRESENTED: Record<Lang, readonly ((n: string) => string)[]> = {
  en: [(n) => `called ${n} and waited 45 minutes on hold`, (n) => `${n} never answers, rang out again`, (n) => `the Camden branch on ${n} closed early again`, (n) => `Edinburgh branch: ${n}, nobody picks up`],
  nl: [(n) => `Wachtrij bij ${n} is 45 minuten, echt waar`, (n) => `${n} neemt nooit op`, (n) => `filiaal Utrecht: ${n} is dicht`, (n) => `Bel de klantenservice op ${n}, 30 minuten wachten`],
  de: [(n) => `Hotline ${n} ständig besetzt`, (n) => `${n}: 40 Minuten in der Warteschleife`, (n) => `Filiale Berlin ${n} hat schon wieder zu`, (n) => `die Geschäftsstelle Hamburg unter ${n} nie erreichbar`],
  fr: [(n) => `Le ${n} ne répond jamais, 40 minutes d'attente`, (n) => `appelé le ${n}, personne ne décroche`, (n) => `l'agence de Lyon au ${n} est fermée`, (n) => `Service client au ${n}, 30 minutes d'attente`],
  es: [(n) => `llamé al ${n} y 40 minutos de espera`, (n) => `el ${n} nunca contesta`, (n) => `la sucursal de Madrid ${n} no coge`, (n) => `atención al cliente ${n}, tiempo de espera eterno`],
  ar: [(n) => `اتصلت على ${n} وانتظرت ساعة`, (n) => `خدمة العملاء ${n} على الانتظار ساعة`, (n) => `فرع دبي ${n} مغلق اليوم`, (n) => `الرقم الموحد ${n} مشغول دائما`],
  zh: [(n) => `客服${n}一直占线`, (n) => `打${n}等了40分钟没人接`, (n) => `朝阳支行电话${n}没人接`, (n) => `${n}打不通`],
}
const publishedLine: fc.Arbitrary<NegativeSet16> = fc
  .record({
    lang: fc.constantFrom<Lang>('en', 'nl', 'de', 'fr', 'es', 'ar', 'zh'),
    line: fc.nat(),
    how: fc.nat(),
    d: digits(7),
  })
  .map(({ lang, line, how, d }) => {
    const n = LINES[lang][line % LINES[lang].length]!(d)
    const text = PRESENTED[lang][how % PRESENTED[lang].length]!(n)
    return { text, keep: [n], family: `bank's line presented as such ${lang}` }
  })

// Numbers beside the same words that were never personal: amounts, dates, tracking numbers,
// a payslip's tax code beside an NI word.
// biome-ignore format: phrase tables read better by rows
const NEIGHBOURS: readonly [string, string[], string][] = [
  ['Tax code 1257L, NI letter says the same', ['1257L'], 'tax code'],
  ['my tax code went from 1257L to K475 and nobody at the branch knows why', ['1257L', 'K475'], 'tax codes'],
  ['the Leeds branch charged me £45.00 on 03/11/2026', ['45.00', '03/11/2026'], 'amount and date beside a branch'],
  ['filiaal Utrecht stuurde pakket 3SABCD1234567 terug', ['3SABCD1234567'], 'tracking beside a branch'],
  ["40 minutes d'attente pour un virement de 1 250,00 €", ['40', '1 250,00'], 'amount beside a queue'],
  ['Warteschleife 35 Minuten wegen Sendung 00340434161094042557', ['00340434161094042557'], 'tracking beside a queue'],
  ['sucursal de Madrid, cita el 12/03/2026 a las 10:30', ['12/03/2026', '10:30'], 'date beside a branch'],
  ['等了40分钟，订单号 202612070001 还是没处理', ['202612070001'], 'order beside a wait'],
  ['فرع دبي خصم 250 درهم مرتين', ['250'], 'amount beside a branch'],
  ['sort code error 4022 again, account page blank', ['4022'], 'error code beside sort code'],
]
const neighbours: fc.Arbitrary<NegativeSet16> = fc
  .constantFrom(...NEIGHBOURS)
  .map(([text, keep, family]) => ({ text, keep, family }))

export const negativeSet16: fc.Arbitrary<NegativeSet16> = fc.oneof(
  { weight: 3, arbitrary: publishedLine },
  { weight: 1, arbitrary: neighbours },
)
