/**
 * Numbers a business publishes are not personal data: a bank's freephone, shared-cost or
 * premium line, its short code, and the switchboards a bank lists in its brands file stay
 * readable, so care staff can see which number a post names (a fake "support number" in a scam
 * post is evidence to report). Ranges come from the national regulators' numbering plans: only
 * ranges the plan assigns to businesses are here (freephone, shared-cost, non-geographic corporate,
 * premium, short codes), never a range a person can hold (mobiles, geographic lines, NL 085,
 * FR 09, DE 0700 personal numbers, NANP 5XX personal-communications codes).
 *
 * The decision is made on the digits alone, never on the words around them: nobody owns a
 * freephone number privately, so "my number is 0800 …" stays readable, and "our hotline:
 * 07700 900123" is a mobile and stays masked. A national form that is a service number in one
 * country and a person's number in another (an Emirati 600 number is a Spanish mobile as
 * written at home) stays masked; written internationally it is unambiguous.
 */
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max'
import { NUMBERING_PLANS } from './pii-phone-plan.js'

export interface ServiceRange {
  /** What the plan assigns the range to; every one is held by businesses only. */
  use: 'freephone' | 'shared-cost' | 'non-geographic' | 'premium' | 'short-code'
  /** Leading digits of the national significant number (NSN), anchored at its start. */
  lead: RegExp
  /** Possible NSN lengths of the range. */
  lengths: readonly number[]
  /**
   * Written at home without the trunk prefix: closed plans (ES, HK, SG), NANP's ten digits,
   * China's 400/800 and short codes, the Gulf's 800/600/9200.
   */
  bare?: boolean
  /** An NSN of the range, for the tests (its digits after the lead are randomised there). */
  example: string
}

export interface ServicePlan {
  iso: string
  cc: string
  trunk: '' | '0' | '1'
  /** The regulator whose numbering plan the ranges were read from. */
  source: string
  ranges: readonly ServiceRange[]
}

export const SERVICE_PLANS: readonly ServicePlan[] = [
  {
    iso: 'GB',
    cc: '44',
    trunk: '0',
    source:
      'Ofcom, National Telephone Numbering Plan (080 freephone, 03 non-geographic, 084/087 service, 09 premium)',
    ranges: [
      { use: 'freephone', lead: /^80[08]/, lengths: [9, 10], example: '8001234567' },
      { use: 'non-geographic', lead: /^3[0347]/, lengths: [10], example: '3453000000' },
      { use: 'shared-cost', lead: /^8(?:4[2-5]|7[0-3])/, lengths: [10], example: '8451234567' },
      { use: 'premium', lead: /^9[018]/, lengths: [10], example: '9012345678' },
    ],
  },
  {
    iso: 'NL',
    cc: '31',
    trunk: '0',
    source: 'ACM / Nummerplan (0800 gratis, 0900/0906/0909 betaald, 088 bedrijfsnummers)',
    ranges: [
      { use: 'freephone', lead: /^800/, lengths: [7, 10], example: '8000123' },
      { use: 'premium', lead: /^90[069]/, lengths: [7, 10], example: '9001234' },
      // 088 numbers are issued to companies only (ACM "bedrijfsnummers").
      { use: 'non-geographic', lead: /^88/, lengths: [9], example: '887226767' },
    ],
  },
  {
    iso: 'DE',
    cc: '49',
    trunk: '0',
    source: 'BNetzA Nummernplan (0800 entgeltfrei, 0180x Service-Dienste, 0900 Premium)',
    ranges: [
      { use: 'freephone', lead: /^800/, lengths: [10, 11], example: '8001234567' },
      { use: 'shared-cost', lead: /^180[1-7]/, lengths: [10, 11], example: '1802123456' },
      { use: 'premium', lead: /^900[1359]/, lengths: [10, 11], example: '9001123456' },
    ],
  },
  {
    iso: 'FR',
    cc: '33',
    trunk: '0',
    // 09 "polyvalent" numbers are held by people (box lines): never here.
    source: 'ARCEP plan de numérotation (080x gratuits, 081x/082x/089x numéros spéciaux)',
    ranges: [{ use: 'freephone', lead: /^8[0-29]/, lengths: [9], example: '800123456' }],
  },
  {
    iso: 'ES',
    cc: '34',
    trunk: '',
    source:
      'CNMC plan de numeración (800/900 gratuito, 901/902 coste compartido, 803/806/807/905 tarificación adicional)',
    ranges: [
      { use: 'freephone', lead: /^[89]00/, lengths: [9], bare: true, example: '900100200' },
      { use: 'shared-cost', lead: /^90[12]/, lengths: [9], bare: true, example: '902123456' },
      { use: 'premium', lead: /^(?:80[367]|905)/, lengths: [9], bare: true, example: '905123456' },
    ],
  },
  {
    iso: 'BE',
    cc: '32',
    trunk: '0',
    source: 'BIPT numbering plan (0800 gratuit, 070/078 non-géographique, 090x premium)',
    ranges: [
      { use: 'freephone', lead: /^800/, lengths: [8], example: '80012345' },
      { use: 'non-geographic', lead: /^7[08]/, lengths: [8], example: '70123456' },
      { use: 'premium', lead: /^90[2-9]/, lengths: [8], example: '90212345' },
    ],
  },
  {
    iso: 'CH',
    cc: '41',
    trunk: '0',
    source: 'BAKOM Nummerierungsplan (0800 gebührenfrei, 084x Kostenteilung, 090x Mehrwertdienste)',
    ranges: [
      { use: 'freephone', lead: /^800/, lengths: [9], example: '800123456' },
      { use: 'shared-cost', lead: /^84[0248]/, lengths: [9], example: '840123456' },
      { use: 'premium', lead: /^90[016]/, lengths: [9], example: '900123456' },
    ],
  },
  {
    iso: 'AT',
    cc: '43',
    trunk: '0',
    source:
      'RTR Kommunikationsparameter (0800 tariffrei, 0810/0820/0821 geregelte Entgelte, 0900/0930 Mehrwert)',
    ranges: [
      { use: 'freephone', lead: /^800/, lengths: [9, 10], example: '800123456' },
      { use: 'shared-cost', lead: /^8(?:10|2[01])/, lengths: [9, 10], example: '810123456' },
      { use: 'premium', lead: /^9(?:0[01]|3[019])/, lengths: [9, 10], example: '900123456' },
    ],
  },
  {
    iso: 'CN',
    cc: '86',
    trunk: '0',
    source: 'MIIT 电信网码号资源 (400 主叫付费, 800 被叫付费 服务号码; 95xxx/96xxx 企业服务短号)',
    ranges: [
      { use: 'shared-cost', lead: /^400/, lengths: [10], bare: true, example: '4008208888' },
      { use: 'freephone', lead: /^800/, lengths: [10], bare: true, example: '8008208888' },
      { use: 'short-code', lead: /^9[56]\d/, lengths: [5], bare: true, example: '95588' },
    ],
  },
  {
    iso: 'HK',
    cc: '852',
    trunk: '',
    source: 'OFCA numbering plan (800 toll-free)',
    ranges: [{ use: 'freephone', lead: /^800/, lengths: [9], bare: true, example: '800123456' }],
  },
  {
    iso: 'TW',
    cc: '886',
    trunk: '0',
    source: 'NCC 電信號碼 (080 受話方付費)',
    ranges: [{ use: 'freephone', lead: /^80[09]/, lengths: [9], example: '800123456' }],
  },
  {
    iso: 'SG',
    cc: '65',
    trunk: '',
    source: 'IMDA National Numbering Plan (1800 / 800 toll-free)',
    ranges: [
      { use: 'freephone', lead: /^1800/, lengths: [11], bare: true, example: '18001234567' },
      { use: 'freephone', lead: /^800/, lengths: [10], bare: true, example: '8001234567' },
    ],
  },
  {
    iso: 'SA',
    cc: '966',
    trunk: '0',
    source: 'CST numbering plan (800 toll-free, 9200 unified numbers)',
    ranges: [
      { use: 'freephone', lead: /^800/, lengths: [10], bare: true, example: '8001240000' },
      { use: 'non-geographic', lead: /^9200/, lengths: [9], bare: true, example: '920000000' },
    ],
  },
  {
    iso: 'AE',
    cc: '971',
    trunk: '0',
    source: 'TDRA numbering plan (800 toll-free, 600 universal access numbers)',
    ranges: [
      { use: 'freephone', lead: /^800/, lengths: [7, 8, 9, 10], bare: true, example: '8004444' },
      { use: 'non-geographic', lead: /^600/, lengths: [9], bare: true, example: '600540000' },
    ],
  },
  {
    iso: 'EG',
    cc: '20',
    trunk: '0',
    source: 'NTRA numbering plan (0800 toll-free, 19xxx short numbers)',
    ranges: [
      { use: 'freephone', lead: /^800/, lengths: [10], example: '8001234567' },
      { use: 'short-code', lead: /^19/, lengths: [5], bare: true, example: '19623' },
    ],
  },
  {
    iso: 'MA',
    cc: '212',
    trunk: '0',
    source: 'ANRT plan de numérotation (080x numéros gratuits)',
    ranges: [{ use: 'freephone', lead: /^80/, lengths: [9], example: '801234567' }],
  },
  {
    iso: 'US',
    cc: '1',
    trunk: '1',
    source: 'NANPA (8YY toll-free: 800, 833, 844, 855, 866, 877, 888; 900 premium)',
    ranges: [
      {
        use: 'freephone',
        lead: /^8(?:00|33|44|55|66|77|88)/,
        lengths: [10],
        bare: true,
        example: '8005550199',
      },
      { use: 'premium', lead: /^900/, lengths: [10], bare: true, example: '9005550199' },
    ],
  },
  {
    iso: 'MX',
    cc: '52',
    trunk: '',
    source: 'IFT plan técnico de numeración (800 no geográfico, sin costo)',
    ranges: [{ use: 'freephone', lead: /^800/, lengths: [10], bare: true, example: '8001234567' }],
  },
]

/** Digit strings (international without '+', and each national form) of published numbers. */
export type PublicNumbers = ReadonlySet<string>

const E164_RE = /^\+[1-9]\d{6,14}$/

/** `n` is an E.164 number: '+', a calling code, at most fifteen digits in all. */
export function isE164(n: string): boolean {
  return E164_RE.test(n)
}

/** Calling code and trunk prefix of `digits` (E.164 without '+'), by the tables above. */
function splitCode(digits: string): { cc: string; trunk: string } | null {
  for (let cl = 1; cl <= 3; cl++) {
    const cc = digits.slice(0, cl)
    const plan = SERVICE_PLANS.find((p) => p.cc === cc) ?? NUMBERING_PLANS.find((p) => p.cc === cc)
    if (plan !== undefined) return { cc, trunk: plan.trunk }
  }
  return null
}

/**
 * The written forms of published E.164 numbers: international digits, and at home the trunk
 * prefix then the NSN, or the NSN alone (closed plans write it so; elsewhere it is harmless, the
 * number being the bank's). A calling code outside the tables takes the usual trunk '0'.
 */
export function publicNumberSet(e164: readonly string[]): PublicNumbers {
  const out = new Set<string>()
  for (const n of e164) {
    const d = n.slice(1)
    out.add(d)
    const split = splitCode(d)
    const cc = split?.cc ?? d.slice(0, 1)
    const nsn = d.slice(cc.length)
    out.add(nsn)
    out.add(`${split?.trunk || '0'}${nsn}`)
  }
  return out
}

/**
 * `nsn` lies in one of `plan`'s service ranges written as `form`: after the trunk prefix (ranges
 * written so at home), bare (ranges written without one), or after the calling code (any).
 */
function inService(plan: ServicePlan, nsn: string, form: 'trunk' | 'bare' | 'international'): boolean {
  return plan.ranges.some(
    (r) =>
      // NANP dials its trunk 1 before any ten digits ("1-888-555-0100"); elsewhere a range written
      // bare at home is never written with the trunk prefix ("0600 …" is no Emirati number).
      (form === 'international' ||
        (r.bare === true) === (form === 'bare') ||
        (form === 'trunk' && plan.trunk === '1')) &&
      r.lengths.includes(nsn.length) &&
      r.lead.test(nsn),
  )
}

/** The NSN of `d` under `trunk` as written at home (with the prefix, or bare), or null. */
function homeNsns(d: string, trunk: string, bare: boolean): string[] {
  const out: string[] = []
  if (trunk !== '' && d.startsWith(trunk)) out.push(d.slice(trunk.length))
  if (bare) out.push(d)
  return out
}

// NANPA: N00 area codes are service codes and N11 codes are never area codes.
const NANP_NOT_GEOGRAPHIC_RE = /^1?[2-9](?:00|11)/

/**
 * The numbering table (pii-phone-plan.ts) reads some plans' geographic ranges broadly (every
 * German or Chinese area code from 2–9, every NANP area code); a prefix the plan reserves for a
 * service ("0800" in Germany, "800" in China, N00 in NANP) is no area code there.
 */
function reservedForService(iso: string, nsn: string): boolean {
  if (iso === 'US' && NANP_NOT_GEOGRAPHIC_RE.test(nsn)) return true
  const plan = SERVICE_PLANS.find((p) => p.iso === iso)
  return plan?.ranges.some((r) => r.use !== 'short-code' && r.lead.test(nsn)) === true
}

/**
 * A lone trunk digit before the number's groups ("1-800-555-0199", "1 800 555 0199") is a layout
 * `plan` never writes when none of its layouts opens with one digit: a Chinese mobile is never
 * written so. Any other layout may be anyone's ("030 / 901 820 44" is a Berlin landline however
 * grouped), and a number said digit by digit is read as anyone's too.
 */
function neverWrittenThere(plan: (typeof NUMBERING_PLANS)[number], groups: readonly number[]): boolean {
  return groups[0] === 1 && (groups[1] ?? 0) >= 3 && !plan.groupings.some((g) => g[0] === 1)
}

/**
 * `d` (a national form, written in `groups`) is a mobile or geographic number of some country
 * other than `iso` (of `markets`, when the post's language names them).
 */
function personalElsewhere(
  d: string,
  groups: readonly number[],
  iso: string,
  markets: ReadonlySet<string> | undefined,
): boolean {
  for (const plan of NUMBERING_PLANS) {
    if (plan.iso === iso || neverWrittenThere(plan, groups)) continue
    if (markets !== undefined && !markets.has(plan.iso)) continue
    for (const r of plan.ranges) {
      for (const nsn of homeNsns(d, plan.trunk, r.bare === true))
        if (r.lengths.includes(nsn.length) && r.lead.test(nsn) && !reservedForService(plan.iso, nsn))
          return true
    }
  }
  return false
}

// Other markets of the seven served languages (Chinese, Arabic, French, German) whose plans the
// numbering table lacks: their personal ranges are read from libphonenumber's metadata (its
// mobile, fixed-line, personal and VoIP patterns, compiled from the same regulators' plans).
const OTHER_MARKETS: readonly CountryCode[] = [
  'TW',
  'HK',
  'MO',
  'SG',
  'MA',
  'DZ',
  'TN',
  'LB',
  'JO',
  'KW',
  'QA',
  'BH',
  'OM',
]
// Of those, the closed plans (no trunk prefix): their numbers are written bare at home.
const CLOSED: ReadonlySet<string> = new Set(['HK', 'MO', 'SG', 'KW', 'QA', 'BH', 'OM'])
const PERSONAL_TYPES: ReadonlySet<string> = new Set([
  'MOBILE',
  'FIXED_LINE',
  'FIXED_LINE_OR_MOBILE',
  'PERSONAL_NUMBER',
  'VOIP',
  'PAGER',
])

/** `d` (a national form) is a person's number in one of OTHER_MARKETS (of `markets`) other than `iso`. */
function personalInOtherMarket(d: string, iso: string, markets: ReadonlySet<string> | undefined): boolean {
  for (const c of OTHER_MARKETS) {
    if (c === iso || (markets !== undefined && !markets.has(c))) continue
    const p = parsePhoneNumberFromString(d, c)
    // Where the plan dials a trunk prefix, a number written at home carries it ("0912 345 678").
    if (p === undefined || p.country !== c || (!CLOSED.has(c) && p.nationalNumber === d)) continue
    const type = p.isValid() ? p.getType() : undefined
    if (type !== undefined && PERSONAL_TYPES.has(type)) return true
  }
  return false
}

/**
 * `d`, written at home with no calling code, is a business-only number of some plan and a
 * person's number in none: of every plan, or of `markets` when the post's language names them
 * (pii-language-markets.ts).
 */
function nationalService(
  d: string,
  groups: readonly number[],
  markets: ReadonlySet<string> | undefined,
): boolean {
  for (const plan of SERVICE_PLANS) {
    if (markets !== undefined && !markets.has(plan.iso)) continue
    const hit =
      (plan.trunk !== '' &&
        d.startsWith(plan.trunk) &&
        inService(plan, d.slice(plan.trunk.length), 'trunk')) ||
      inService(plan, d, 'bare')
    if (
      hit &&
      !personalElsewhere(d, groups, plan.iso, markets) &&
      !personalInOtherMarket(d, plan.iso, markets)
    )
      return true
  }
  return false
}

/** `d` (digits after '+' or '00') is a business-only number of the plan of its calling code. */
function internationalService(d: string): boolean {
  for (const plan of SERVICE_PLANS) {
    if (!d.startsWith(plan.cc)) continue
    const nsn = d.slice(plan.cc.length)
    // "+44 (0)800 …": the trunk zero written after the calling code.
    if (inService(plan, nsn, 'international')) return true
    if (plan.trunk === '0' && nsn[0] === '0' && inService(plan, nsn.slice(1), 'international')) return true
  }
  return false
}

const INTERNATIONAL_RE = /^[(\s]*(?:\+|00)/

// A digit group joined on before or after: the span is part of a longer number (a card's first
// part, an account), never a published number on its own.
const JOINED_BEFORE_RE = /\d[ .\-/]?$/
const JOINED_AFTER_RE = /^[ .\-/]?\d/

/** norm[start, end) has no digit group joined on either side (a card's first part, an account's rest). */
export function standsAlone(norm: string, start: number, end: number): boolean {
  return (
    !JOINED_BEFORE_RE.test(norm.slice(Math.max(0, start - 2), start)) &&
    !JOINED_AFTER_RE.test(norm.slice(end, end + 2))
  )
}

/**
 * The number at norm[start, end) (normalised: ASCII digits, any separators; an extension after
 * letters is ignored) is a business's published number: a service range of its numbering plan
 * or one of `published`, standing alone. Its words never count; the post's language, when known,
 * says which countries' plans a national form is read in (`markets`).
 */
export function isPublishedNumber(
  norm: string,
  start: number,
  end: number,
  published: PublicNumbers | undefined,
  markets?: ReadonlySet<string>,
): boolean {
  if (!standsAlone(norm, start, end)) return false
  const raw = norm.slice(start, end)
  const number = /^[^\p{L}]*/u.exec(raw)![0]
  const intl = INTERNATIONAL_RE.test(number)
  let d = number.replace(/\D/g, '')
  if (intl && number.replace(/^[(\s]*/, '').startsWith('00')) d = d.slice(2)
  if (d.length < 5 || d.length > 15) return false
  if (published !== undefined && published.size > 0) {
    if (published.has(d)) return true
    // "+44 (0)20 …": the trunk zero after a published number's calling code.
    const split = intl ? splitCode(d) : null
    if (
      split !== null &&
      d[split.cc.length] === '0' &&
      published.has(d.slice(0, split.cc.length) + d.slice(split.cc.length + 1))
    )
      return true
  }
  return intl
    ? internationalService(d)
    : nationalService(
        d,
        number.match(/\d+/g)!.map((g) => g.length),
        markets,
      )
}
