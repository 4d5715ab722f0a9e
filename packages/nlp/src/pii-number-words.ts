/**
 * Number words of the languages we serve, one table per language, as people say a number digit
 * by digit or in pairs ("four one one one …", "oh six, twelve, thirty-four", "vier een een een",
 * "zéro six douze trente-quatre", "treinta y cuatro", "أربعة واحد واحد", "四一一一", "幺三八").
 * pii-spelled.ts reads them as digits so that every number finder reads a spelled value too.
 *
 * Each entry is a word (lower case; Arabic-script words in their folded form, see foldArabic)
 * and its value: 0–9 a digit, 10–99 two digits. `MULTIPLIERS` repeat the next digit ("double
 * four" is 44). Tens words (20, 30, …) followed by a unit make one pair ("thirty four" is 34).
 */

export type NumberWords = Readonly<Record<string, number>>

const UNITS_EN = 'zero one two three four five six seven eight nine'.split(' ')
const TEENS_EN = 'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ')
const TENS_EN = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ')

/** Words `list[i]` worth `first + i * step`. */
function valued(list: readonly string[], first: number, step = 1): Record<string, number> {
  return Object.fromEntries(list.map((w, i) => [w, first + i * step]))
}

const EN: NumberWords = {
  ...valued(UNITS_EN, 0),
  ...valued(TEENS_EN, 10),
  ...valued(TENS_EN, 20, 10),
  // "oh seven seven …": British phone numbers are read with "oh" for zero.
  oh: 0,
  nought: 0,
}

const NL_UNITS = 'nul een twee drie vier vijf zes zeven acht negen'.split(' ')
const NL_TENS = 'twintig dertig veertig vijftig zestig zeventig tachtig negentig'.split(' ')
const NL: NumberWords = {
  ...valued(NL_UNITS, 0),
  één: 1,
  ...valued('tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien'.split(' '), 10),
  ...valued(NL_TENS, 20, 10),
  // "eenentwintig", "drieëntwintig": the unit, "en", then the tens, written as one word.
  ...compounds(NL_UNITS, NL_TENS, ['en', 'ën']),
}

const DE_UNITS = 'null ein zwei drei vier fünf sechs sieben acht neun'.split(' ')
const DE_TENS = 'zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig'.split(' ')
const DE: NumberWords = {
  null: 0,
  eins: 1,
  zwei: 2,
  // "zwo": how a two is said on the telephone, to tell it from "drei".
  zwo: 2,
  drei: 3,
  vier: 4,
  fünf: 5,
  fuenf: 5,
  sechs: 6,
  sieben: 7,
  acht: 8,
  neun: 9,
  ...valued('zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn'.split(' '), 10),
  zwoelf: 12,
  ...valued(DE_TENS, 20, 10),
  dreissig: 30,
  // "einundzwanzig", "dreiundvierzig".
  ...compounds(DE_UNITS, DE_TENS, ['und']),
  ...compounds(DE_UNITS, ['zwanzig', 'dreissig', 'vierzig', 'fuenfzig'], ['und'], [2, 3, 4, 5]),
}

const FR: NumberWords = {
  zéro: 0,
  zero: 0,
  un: 1,
  une: 1,
  ...valued('deux trois quatre cinq six sept huit neuf'.split(' '), 2),
  ...valued('dix onze douze treize quatorze quinze seize'.split(' '), 10),
  // Tens; 70, 80, 90 are also "soixante-dix", "quatre-vingt(s)", "quatre-vingt-dix" (read by
  // pii-spelled.ts), or "septante", "huitante", "octante", "nonante" in Belgium and Switzerland.
  ...valued('vingt trente quarante cinquante soixante'.split(' '), 20, 10),
  vingts: 20,
  septante: 70,
  huitante: 80,
  octante: 80,
  nonante: 90,
}

const ES: NumberWords = {
  cero: 0,
  uno: 1,
  una: 1,
  ...valued('dos tres cuatro cinco seis siete ocho nueve'.split(' '), 2),
  ...valued('diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve'.split(' '), 10),
  dieciseis: 16,
  veinte: 20,
  ...valued(
    'veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve'.split(
      ' ',
    ),
    21,
  ),
  veintiún: 21,
  veintidos: 22,
  veintitres: 23,
  veintiseis: 26,
  ...valued('treinta cuarenta cincuenta sesenta setenta ochenta noventa'.split(' '), 30, 10),
}

/**
 * Arabic (standard and the spoken forms people type: "اتنين", "تلاتة", "تمانية"), Persian and
 * Urdu, folded (foldArabic): alef variants as ا, ta marbuta as ه, final yeh and Persian yeh as
 * ي, keheh as ك, heh doachashmee and goal as ه.
 */
const AR: NumberWords = {
  صفر: 0,
  واحد: 1,
  واحده: 1,
  اثنان: 2,
  اثنين: 2,
  اثنتان: 2,
  اثنتين: 2,
  اتنين: 2,
  ثنين: 2,
  ثلاثه: 3,
  ثلاث: 3,
  تلاته: 3,
  تلات: 3,
  اربعه: 4,
  اربع: 4,
  خمسه: 5,
  خمس: 5,
  سته: 6,
  ست: 6,
  سبعه: 7,
  سبع: 7,
  ثمانيه: 8,
  ثماني: 8,
  ثمان: 8,
  تمانيه: 8,
  تمنيه: 8,
  تسعه: 9,
  تسع: 9,
  عشره: 10,
  عشرون: 20,
  عشرين: 20,
  ثلاثون: 30,
  ثلاثين: 30,
  اربعون: 40,
  اربعين: 40,
  خمسون: 50,
  خمسين: 50,
  ستون: 60,
  ستين: 60,
  سبعون: 70,
  سبعين: 70,
  ثمانون: 80,
  ثمانين: 80,
  تسعون: 90,
  تسعين: 90,
}
const FA: NumberWords = { يك: 1, دو: 2, سه: 3, چهار: 4, پنج: 5, شش: 6, هفت: 7, هشت: 8, نه: 9 }
const UR: NumberWords = { ايك: 1, تين: 3, چار: 4, پانچ: 5, چه: 6, سات: 7, اٹه: 8, نو: 9 }

/** unit + joiner + tens as one word: "eenentwintig" (21), "dreiundvierzig" (43). */
function compounds(
  units: readonly string[],
  tens: readonly string[],
  joiners: readonly string[],
  tensValues: readonly number[] = tens.map((_, i) => i + 2),
): Record<string, number> {
  const out: Record<string, number> = {}
  for (let u = 1; u <= 9; u++)
    for (let t = 0; t < tens.length; t++)
      for (const j of joiners) out[`${units[u]}${j}${tens[t]}`] = tensValues[t]! * 10 + u
  return out
}

/** Every Latin-script and Arabic-script number word of the served languages, by language. */
export const NUMBER_WORDS: Readonly<Record<string, NumberWords>> = {
  en: EN,
  nl: NL,
  de: DE,
  fr: FR,
  es: ES,
  ar: AR,
  fa: FA,
  ur: UR,
}

/**
 * Hundreds (pii16): "quatre cent quatre-vingt-deux", "four hundred eighty-two", "cuatrocientos
 * ochenta y dos", "vierhundert zweiundachtzig", a code read out as two three-digit numbers. 0: the unit (or pair: "nineteen
 * hundred") said before multiplies it, one when none is; 1–9: the word holds its hundreds digit.
 */
export const HUNDREDS: NumberWords = {
  hundred: 0,
  cent: 0,
  cents: 0,
  hundert: 0,
  honderd: 0,
  cien: 1,
  ciento: 1,
  doscientos: 2,
  doscientas: 2,
  trescientos: 3,
  trescientas: 3,
  cuatrocientos: 4,
  cuatrocientas: 4,
  quinientos: 5,
  quinientas: 5,
  seiscientos: 6,
  seiscientas: 6,
  setecientos: 7,
  setecientas: 7,
  ochocientos: 8,
  ochocientas: 8,
  novecientos: 9,
  novecientas: 9,
  // German and Dutch write the hundreds as one word with their digit ("vierhundert", "vierhonderd").
  ...Object.fromEntries(
    ['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'].map((u, i) => [
      `${u}hundert`,
      i + 1,
    ]),
  ),
  ...Object.fromEntries(
    ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'].map((u, i) => [
      `${u}honderd`,
      i + 1,
    ]),
  ),
}

/** "double four", "dubbel acht", "doppel drei", "triple zero": the next digit said twice or three times. */
export const MULTIPLIERS: NumberWords = { double: 2, triple: 3, treble: 3, dubbel: 2, doppel: 2 }

/** Words joining tens and a unit: "treinta y cuatro", "vingt et un". */
export const TENS_JOINERS: readonly string[] = ['y', 'et']

/**
 * Chinese digits as written one by one: 〇/零 (and the circle ○ typed for it, 洞 in radio
 * speech), 一 (幺 when a phone number is read aloud), 两, and the financial forms 壹贰叁… that
 * people use so a number cannot be altered.
 */
export const ZH_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  '○': 0,
  洞: 0,
  一: 1,
  幺: 1,
  壹: 1,
  二: 2,
  两: 2,
  贰: 2,
  貳: 2,
  三: 3,
  叁: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
}

/** Arabic-script spelling variants folded to one form (the keys of AR, FA and UR). */
export function foldArabic(w: string): string {
  return w
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/[ةۃہھ]/g, 'ه')
    .replace(/[یى]/g, 'ي')
    .replace(/ک/g, 'ك')
}
