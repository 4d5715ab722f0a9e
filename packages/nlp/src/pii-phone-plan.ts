/**
 * The national numbering plans of the served markets, as one table: for each country its calling
 * code, its trunk prefix, the leading digits and lengths of its national significant numbers
 * (NSN) for mobiles and geographic lines, and the groupings its people write numbers in.
 * Written from the plans of the regulators (Ofcom, ARCEP, BNetzA, MIIT, CST, TDRA, NTRA, ACM,
 * BIPT, CNMC, IFT, BAKOM, RTR, NANPA) as public plan summaries give them; ES, FR and NL compared
 * with libphonenumber's metadata (its mobile and fixed-line patterns).
 *
 * The table is the single source of truth: `nationalPlanMatch` reads a written national number
 * by it (pii-phone.ts), and the property tests generate every country's numbers from it in every
 * written form (pii-phone-plan.property.test.ts). International numbers (+CC, 00CC) are read by
 * the lengths of every country (pii-phone.ts, possibleInternational), this table's too.
 */

export interface PlanRange {
  type: 'mobile' | 'geographic'
  /** Leading digits of the NSN (a regex, anchored at its start). */
  lead: RegExp
  /** Possible NSN lengths of this range. */
  lengths: readonly number[]
  /** An NSN of this range, for the tests (digits after the lead are randomised there). */
  example: string
  /**
   * Written at home without the trunk prefix too: closed plans (ES, MX), NANP's ten digits,
   * Chinese mobiles (a Chinese landline keeps its 0 before the area code). Elsewhere the NSN
   * alone is only written after the calling code.
   */
  bare?: boolean
}

export interface CountryPlan {
  iso: string
  cc: string
  /** National (trunk) prefix dialled before the NSN at home; '' in a closed plan (ES, MX). */
  trunk: '' | '0' | '1'
  ranges: readonly PlanRange[]
  /**
   * Digits per group of the national form as people write it (trunk prefix included where the
   * country dials one; for NANP the ten digits), one list per usual layout and length.
   */
  groupings: readonly (readonly number[])[]
}

export const NUMBERING_PLANS: readonly CountryPlan[] = [
  {
    iso: 'GB',
    cc: '44',
    trunk: '0',
    ranges: [
      { type: 'mobile', lead: /^7[1-57-9]/, lengths: [10], example: '7700900123' },
      { type: 'geographic', lead: /^[12]/, lengths: [9, 10], example: '2079460958' },
    ],
    groupings: [
      [3, 4, 4],
      [4, 3, 4],
      [5, 6],
      [5, 3, 3],
      [5, 5],
    ],
  },
  {
    iso: 'US',
    cc: '1',
    trunk: '1',
    // Area code and exchange code both start 2–9 (NANP); mobiles share the geographic ranges.
    ranges: [
      { type: 'geographic', lead: /^[2-9]\d\d[2-9]/, lengths: [10], example: '4155550132', bare: true },
    ],
    groupings: [
      [3, 3, 4],
      [1, 3, 3, 4],
    ],
  },
  {
    iso: 'CN',
    cc: '86',
    trunk: '0',
    ranges: [
      { type: 'mobile', lead: /^1[3-9]/, lengths: [11], example: '13910864471', bare: true },
      // Beijing 10 and the 2x codes take eight-digit subscriber numbers; 3-digit codes 7 or 8.
      { type: 'geographic', lead: /^(?:10|2\d)/, lengths: [10], example: '1062345678' },
      { type: 'geographic', lead: /^[3-9]\d\d/, lengths: [10, 11], example: '75512345678' },
    ],
    groupings: [
      [3, 4, 4],
      [3, 8],
      [4, 8],
      [4, 7],
      [4, 4, 4],
    ],
  },
  {
    iso: 'SA',
    cc: '966',
    trunk: '0',
    ranges: [
      { type: 'mobile', lead: /^5/, lengths: [9], example: '501234567' },
      { type: 'geographic', lead: /^1[1-7]/, lengths: [9], example: '112345678' },
      // The one-digit area codes before 2007 (Riyadh 1, Jeddah 2, Dammam 3, …), still written on
      // cards and signatures: "+966 1 234 5678", "01 234 5678".
      { type: 'geographic', lead: /^[1-7]/, lengths: [8], example: '12345678' },
    ],
    groupings: [
      [3, 3, 4],
      [3, 7],
      [2, 3, 4],
    ],
  },
  {
    iso: 'AE',
    cc: '971',
    trunk: '0',
    ranges: [
      { type: 'mobile', lead: /^5[024-8]/, lengths: [9], example: '501234567' },
      { type: 'geographic', lead: /^[2-479]/, lengths: [8], example: '43456789' },
    ],
    groupings: [
      [3, 3, 4],
      [3, 7],
      [2, 3, 4],
      [2, 7],
    ],
  },
  {
    iso: 'EG',
    cc: '20',
    trunk: '0',
    ranges: [
      { type: 'mobile', lead: /^1[0125]/, lengths: [10], example: '1001234567' },
      { type: 'geographic', lead: /^2/, lengths: [9], example: '227912345' },
      { type: 'geographic', lead: /^[3-9]/, lengths: [8], example: '34567890' },
    ],
    groupings: [
      [3, 4, 4],
      [3, 3, 4],
      [2, 4, 4],
      [2, 3, 4],
      [2, 7],
      [2, 8],
    ],
  },
  {
    iso: 'NL',
    cc: '31',
    trunk: '0',
    ranges: [
      { type: 'mobile', lead: /^6[1-58]/, lengths: [9], example: '612345678' },
      { type: 'geographic', lead: /^(?:[1-57]\d|8[478])/, lengths: [9], example: '201234567' },
    ],
    groupings: [
      [2, 8],
      [2, 2, 2, 2, 2],
      [3, 3, 4],
      [3, 7],
      [4, 6],
      [2, 4, 4],
    ],
  },
  {
    iso: 'BE',
    cc: '32',
    trunk: '0',
    ranges: [
      { type: 'mobile', lead: /^4[5-9]/, lengths: [9], example: '470123456' },
      { type: 'geographic', lead: /^[1-9]/, lengths: [8], example: '21234567' },
    ],
    groupings: [
      [4, 2, 2, 2],
      [4, 6],
      [2, 3, 2, 2],
      [3, 2, 2, 2],
    ],
  },
  {
    iso: 'ES',
    cc: '34',
    trunk: '',
    ranges: [
      { type: 'mobile', lead: /^(?:6|7[1-9])/, lengths: [9], example: '612345678', bare: true },
      { type: 'geographic', lead: /^[89][1-8]/, lengths: [9], example: '914820673', bare: true },
    ],
    groupings: [
      [3, 3, 3],
      [3, 2, 2, 2],
      [2, 3, 2, 2],
    ],
  },
  {
    iso: 'MX',
    cc: '52',
    trunk: '',
    // Ten digits for every line since 2019; big cities have two-digit area codes.
    ranges: [
      { type: 'geographic', lead: /^(?:55|56|33|81)/, lengths: [10], example: '5512345678', bare: true },
    ],
    groupings: [
      [2, 4, 4],
      [3, 3, 4],
    ],
  },
  {
    iso: 'FR',
    cc: '33',
    trunk: '0',
    ranges: [
      { type: 'mobile', lead: /^(?:6|7[3-9])/, lengths: [9], example: '639981247' },
      { type: 'geographic', lead: /^[1-5]/, lengths: [9], example: '142685300' },
    ],
    groupings: [
      [2, 2, 2, 2, 2],
      [4, 2, 2, 2],
    ],
  },
  {
    iso: 'DE',
    cc: '49',
    trunk: '0',
    ranges: [
      { type: 'mobile', lead: /^1[5-7]/, lengths: [10, 11], example: '1704829163' },
      // Area codes of two to five digits: Berlin 30, Munich 89, Hamburg 40, Frankfurt 69, …
      { type: 'geographic', lead: /^(?:30|40|69|89|[2-9]\d\d)/, lengths: [9, 10, 11], example: '3012345678' },
    ],
    groupings: [
      [4, 7],
      [4, 3, 4],
      [3, 8],
      [3, 7],
      [3, 3, 4],
      [5, 6],
      [4, 8],
    ],
  },
  {
    iso: 'CH',
    cc: '41',
    trunk: '0',
    ranges: [
      { type: 'mobile', lead: /^7[5-9]/, lengths: [9], example: '791234567' },
      { type: 'geographic', lead: /^(?:[2-6]\d|9[1-9])/, lengths: [9], example: '441234567' },
    ],
    groupings: [
      [3, 3, 2, 2],
      [3, 7],
    ],
  },
  {
    iso: 'AT',
    cc: '43',
    trunk: '0',
    ranges: [
      { type: 'mobile', lead: /^6[5-9]/, lengths: [10, 11], example: '6641234567' },
      // Vienna 1 and subscriber numbers of 4–8 digits; other areas 3–4-digit codes.
      { type: 'geographic', lead: /^1/, lengths: [8, 9], example: '12345678' },
      { type: 'geographic', lead: /^[2-57]\d\d/, lengths: [9, 10], example: '3161234567' },
    ],
    groupings: [
      [4, 7],
      [4, 3, 4],
      [2, 3, 2, 2],
      [2, 3, 3],
      [4, 6],
    ],
  },
]

/** Digits of every national layout of the table: any other count is read without it. */
const WRITTEN_LENGTHS: ReadonlySet<number> = new Set(
  NUMBERING_PLANS.flatMap((p) => p.groupings.map((g) => g.reduce((a, b) => a + b, 0))),
)

/** A national number of `plan`'s range `r`: its NSN has the range's lead and one of its lengths. */
function inRange(r: PlanRange, nsn: string): boolean {
  return r.lengths.includes(nsn.length) && r.lead.test(nsn)
}

/** `groups` (digits per group as written) is one of the plan's usual layouts. */
function usualLayout(plan: CountryPlan, groups: readonly number[]): boolean {
  return plan.groupings.some((g) => g.length === groups.length && g.every((n, i) => n === groups[i]))
}

/**
 * `d` (the digits of a window, as written) grouped as `groups` is a national number of a served
 * country in a layout its people write it in: the trunk prefix then a valid NSN, or (where the
 * country writes it so) the NSN alone. Groups of one digit, or one unbroken group, are never
 * enough here (a bare run of digits needs a phone word, pii-numbers.ts).
 */
export function nationalPlanMatch(d: string, groups: readonly number[]): boolean {
  if (groups.length < 2 || !WRITTEN_LENGTHS.has(d.length)) return false
  for (const plan of NUMBERING_PLANS) {
    if (!usualLayout(plan, groups)) continue
    const trunked = plan.trunk !== '' && d.startsWith(plan.trunk)
    for (const r of plan.ranges) {
      if (trunked && inRange(r, d.slice(plan.trunk.length))) return true
      if (r.bare === true && inRange(r, d)) return true
    }
  }
  return false
}

/**
 * `d` (one unbroken group) is a national number of a served country copied without its groups:
 * 'trunk' when it starts with the country's trunk prefix ("043391720", a Dubai landline), 'bare'
 * when it is a range the country writes without one (a Madrid landline "914820673", a Mexico
 * City number "5541283390"); null otherwise.
 */
export function ungroupedPlanMatch(d: string): 'trunk' | 'bare' | null {
  let bare = false
  for (const plan of NUMBERING_PLANS) {
    const trunked = plan.trunk === '0' && d.startsWith('0')
    for (const r of plan.ranges) {
      if (trunked && inRange(r, d.slice(1))) return 'trunk'
      if (r.bare === true && inRange(r, d)) bare = true
    }
  }
  return bare ? 'bare' : null
}

/** Every NSN length of the table's ranges, by calling code: an international number of one. */
export function planLengthsByCode(): Map<string, number[]> {
  const m = new Map<string, number[]>()
  for (const p of NUMBERING_PLANS) m.set(p.cc, [...new Set(p.ranges.flatMap((r) => r.lengths))])
  return m
}
