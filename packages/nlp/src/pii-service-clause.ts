/**
 * A number the post presents as a business's contact is no personal data, whatever its range:
 * "Atención al cliente 900 100 200 y 91 123 45 00 desde el extranjero", "Service client au 3639
 * ou 09 69 39 99 98", "خدمة العملاء … ومن خارج المملكة +966 11 402 9000", "call us on 0345 300
 * 0000". The digits alone cannot say so (a Madrid switchboard is a Madrid landline, UK 0345 is a
 * Halle landline too, pii-service-numbers.ts); the clause's grammar can: who owns the number.
 *
 * A number is the business's when, in its clause:
 * - the nearest owner before it is a service subject: customer service in the clause's language
 *   ("klantenservice", "Kundenservice", "service client", "atención al cliente", "客服",
 *   "خدمة العملاء"), a bank, a hotline, "call us", "from abroad";
 * - no person owns it anywhere in the clause: no first- or third-person possessive with a phone
 *   noun ("my number", "mijn nummer", "رقمي", "我的电话", "his number"), no object pronoun
 *   ("call me", "bel mij", "ruf mich", "appelez-moi", "llámame", "اتصل بي", "打给我"), before
 *   or just after the number ("… is my number");
 * - the number is, in a market of the cue's language (or its own calling code), a valid
 *   fixed-line, freephone, shared-cost, premium, UAN or VoIP number, and a mobile in none of
 *   them: a person's mobile is never unmasked by words, whoever the words name.
 *
 * Never the other way: words only ever unmask a number here, never mask one, and a customer's
 * own number stays masked whatever hotline words surround it (pii-service-clause.property.test.ts).
 */
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max'
import {
  AR_MARKETS,
  DE_MARKETS,
  EN_MARKETS,
  ES_MARKETS,
  FR_MARKETS,
  NL_MARKETS,
  ZH_MARKETS,
} from './pii-language-markets.js'
import { NUMBERING_PLANS } from './pii-phone-plan.js'

interface ServiceCue {
  /** The markets whose numbering plans a number after this cue is read in. */
  markets: readonly CountryCode[]
  re: RegExp
  /**
   * A bank is an owner only when it gives the number straight ("Rabobank 088 …", "the bank's
   * number is …"): "mijn bank heeft mijn pas geblokkeerd, 020 …" names the bank, not its line.
   */
  direct?: true
  /**
   * A branch owns the number it is named with, a place between ("the Camden branch on 020 …",
   * "filiaal Utrecht: 030 …", "la sucursal de Madrid 91 …"), not one named in passing ("went to
   * the branch, they gave me 020 …" is a person's line as often as the branch's).
   */
  branch?: true
}

// The subjects that own a published number, per language: the service, the bank, "call us",
// and "from abroad" (a second number for callers outside the country is always the business's).
const SERVICE_CUES: readonly ServiceCue[] = [
  {
    markets: EN_MARKETS,
    re: /(?<!\p{L})(?:customer (?:service|services|care|support|helpline|line|team|centre|center)|client services|helpline|help line|hotline|help ?desk|service ?desk|switchboard|support line|service line|call cent(?:re|er)|contact cent(?:re|er)|fraud (?:line|team)|card services|telephone banking|phone banking|call us|contact us|reach us|ring us|phone us|from abroad|from overseas|outside the uk)(?!\p{L})/giu,
  },
  {
    markets: NL_MARKETS,
    re: /(?<!\p{L})(?:klantenservice|klantendienst|hotline|helpdesk|servicedesk|servicelijn|hulplijn|blokkeerlijn|bel ons|neem contact met ons op|vanuit het buitenland|uit het buitenland|telefonisch bankieren)(?!\p{L})/giu,
  },
  {
    markets: DE_MARKETS,
    re: /(?<!\p{L})(?:kundenservice|kundendienst|hotline|kundenbetreuung|kundenhotline|servicenummer|service-hotline|servicehotline|sperr-?hotline|sperrnotruf|telefonzentrale|zentrale|telefonbanking|rufen sie uns an|erreichen sie uns|aus dem ausland|vom ausland)(?!\p{L})/giu,
  },
  {
    markets: FR_MARKETS,
    re: /(?<!\p{L})(?:service clients?|service clientèle|hotline|relation client|centre d['’]appels?|standard|ligne d['’]opposition|serveur vocal|appelez-nous|contactez-nous|joignable au|depuis l['’]étranger|de l['’]étranger|depuis l['’]etranger)(?!\p{L})/giu,
  },
  {
    markets: ES_MARKETS,
    re: /(?<!\p{L})(?:atención al cliente|atencion al cliente|servicio (?:de )?(?:atención )?al cliente|servicio de atención|línea de atención|linea de atencion|centralita|banca telefónica|banca telefonica|llámenos|llamenos|llámanos|llamanos|contáctenos|contactenos|desde el extranjero|desde fuera de españa)(?!\p{L})/giu,
  },
  {
    markets: ZH_MARKETS,
    re: /客服|热线|熱線|总机|總機|服务电话|服務電話|官方电话|官方電話|人工服务|境外|海外来电|从海外|致电我行|我行/gu,
  },
  {
    markets: AR_MARKETS,
    re: /خدم[ةه] (?:ال)?عملاء|مركز (?:ال)?اتصال|(?:ال)?خط (?:ال)?ساخن|(?:ال)?رقم (?:ال)?موحد|(?:ال)?هاتف (?:ال)?مصرفي|خارج (?:ال)?مملك[ةه]|من (?:ال)?خارج|اتصل(?:وا)? بنا|تواصل(?:وا)? معنا/gu,
  },
  {
    // The bank itself, in any served language ("Rabobank", "Sparkasse", "银行", "المصرف").
    markets: [...EN_MARKETS, ...NL_MARKETS, ...DE_MARKETS, ...FR_MARKETS, ...ES_MARKETS],
    re: /(?<!\p{L})(?:\p{L}*bank|banque|banco|sparkasse)(?!\p{L})/giu,
    direct: true,
  },
  { markets: ZH_MARKETS, re: /银行|銀行/gu, direct: true },
  // A branch's line is the bank's: its published landline (the bank's branch finder lists it).
  { markets: EN_MARKETS, re: /(?<!\p{L})(?:branch|branch office)(?!\p{L})/giu, branch: true },
  {
    markets: NL_MARKETS,
    re: /(?<!\p{L})(?:filiaal|bankfiliaal|vestiging|bankkantoor)(?!\p{L})/giu,
    branch: true,
  },
  {
    markets: DE_MARKETS,
    re: /(?<!\p{L})(?:filiale|zweigstelle|geschäftsstelle|geschaeftsstelle)(?!\p{L})/giu,
    branch: true,
  },
  { markets: FR_MARKETS, re: /(?<!\p{L})(?:agence|succursale)(?!\p{L})/giu, branch: true },
  // Not "oficina": "mi oficina" is as often the writer's workplace.
  { markets: ES_MARKETS, re: /(?<!\p{L})sucursal(?!\p{L})/giu, branch: true },
  { markets: ZH_MARKETS, re: /支行|分行|网点|網點|营业部|營業部/gu, branch: true },
  { markets: AR_MARKETS, re: /(?<!\p{L})(?:ال)?فرع(?!\p{L})/gu, branch: true },
  { markets: AR_MARKETS, re: /(?:ال)?بنك|(?:ال)?مصرف/gu, direct: true },
]

// A person owns the number: possessives with a phone noun, object pronouns, "call/text me", in
// every served language; the third person and "your" too (a relative's or the reader's number).
export const PERSON_RE =
  /(?<!\p{L})(?:(?:my|his|her|their|your|mijn|zijn|haar|hun|je|jouw|uw|mein|meine|meiner|sein|seine|ihr|ihre|dein|deine|mon|ma|son|sa|leur|ton|ta|mi|su|tu)\s(?:own\s|eigen\s|eigene\s)?(?:\p{L}+\s)?(?:number|phone|mobile|cell|landline|nummer|telefoon|mobiel|gsm|telefon|handy|festnetz|rufnummer|numéro|numero|portable|téléphone|telephone|fixe|número|teléfono|telefono|móvil|movil|celular|fijo)|me|mij|mich|mir|moi|m['’]|llámame|llamame|contáctame|contactame|escríbeme|escribeme|appelez-moi|appelle-moi|rappelez-moi|contactez-moi|écrivez-moi|ecrivez-moi|reach me|call me|text me|ring me)(?!\p{L})|我的|给我|給我|联系我|聯繫我|打我|加我|找我|他的|她的|本人|رقمي|جوالي|هاتفي|موبايلي|تلفوني|تليفوني|نمرتي|واتسابي|رقمه|رقمها|(?<!\p{L})(?:بي|لي|معي|عندي)(?!\p{L})|(?:كلم|راسل|اتصل|رن|ابعث|ارسل)\p{L}*ني(?!\p{L})/iu
// A subject pronoun only when no service subject stands between it and the number: "I called
// customer service on 0345 …" is the service's number, "I'm on 020 …" the writer's.
const SUBJECT_RE = /(?<!\p{L})(?:i|i['’]m|ik|ich|je|j['’]|yo|أنا|انا)(?!\p{L})|我(?![们們行])/giu
// What may stand between a bank and the number it gives: "'s number is", ":", "on", "电话是".
const DIRECT_GAP_RE =
  /^[^\p{L}\p{N}]*(?:['’]s\s?)?(?:(?:phone|tel|telephone|number|line|nummer|telefoon|telefon|numéro|téléphone|número|teléfono|电话|電話|号码|號碼|هاتف|رقم)[^\p{L}\p{N}]*)?(?:(?:is|on|at|op|au|al|unter|على|是|为)[^\p{L}\p{N}]*)?$/iu

// A place named with a branch: capitalised words, or one Arabic word ("فرع دبي"), after an
// optional preposition. No 'i' flag: \p{Lu} must stay upper case.
const BRANCH_PLACE_RE =
  /^[^\p{L}\p{N}]*(?:(?:de|del|van|in|of|à|d['’])\s?)?(?:\p{Lu}[\p{L}'’-]+[\s,]*){1,3}|^\s\p{sc=Arabic}{2,12}(?=\s)/u

/** What follows a branch word gives the number straight, a place name allowed first. */
function branchGives(after: string): boolean {
  const place = BRANCH_PLACE_RE.exec(after)
  return DIRECT_GAP_RE.test(place === null ? after : after.slice(place[0].length))
}

const CLAUSE_END_RE = /[.!?;。！？؟](?!\d)|\n/gu
/** How far back a clause's owner is looked for. */
const REACH = 96
/** How far after the number a person may still claim it ("… is my number", "… 是我的"). */
const AFTER_REACH = 32

const ALLOWED_TYPES: ReadonlySet<string> = new Set([
  'FIXED_LINE',
  'TOLL_FREE',
  'PREMIUM_RATE',
  'SHARED_COST',
  'UAN',
  'VOIP',
])
const PERSONAL_TYPES: ReadonlySet<string> = new Set([
  'MOBILE',
  'FIXED_LINE_OR_MOBILE',
  'PERSONAL_NUMBER',
  'PAGER',
])

/** The clause before norm[start]: back to the last sentence end, at most `reach` characters. */
export function clauseBefore(norm: string, start: number, reach = REACH): string {
  const w = norm.slice(Math.max(0, start - reach), start)
  let cut = 0
  CLAUSE_END_RE.lastIndex = 0
  for (let m = CLAUSE_END_RE.exec(w); m !== null; m = CLAUSE_END_RE.exec(w)) cut = m.index + m[0].length
  CLAUSE_END_RE.lastIndex = 0
  return w.slice(cut)
}

/** The clause after norm[end]: up to its sentence end, at most `reach` characters. */
export function clauseAfter(norm: string, end: number, reach = AFTER_REACH): string {
  const w = norm.slice(end, end + reach)
  CLAUSE_END_RE.lastIndex = 0
  const m = CLAUSE_END_RE.exec(w)
  CLAUSE_END_RE.lastIndex = 0
  return m === null ? w : w.slice(0, m.index)
}

/** The last service cue of `clause` (its end and markets), or null. */
function lastServiceCue(clause: string): { end: number; markets: readonly CountryCode[] } | null {
  let best: { end: number; markets: readonly CountryCode[] } | null = null
  for (const cue of SERVICE_CUES) {
    cue.re.lastIndex = 0
    for (let m = cue.re.exec(clause); m !== null; m = cue.re.exec(clause)) {
      const end = m.index + m[0].length
      if (cue.direct === true && !DIRECT_GAP_RE.test(clause.slice(end))) continue
      if (cue.branch === true && !branchGives(clause.slice(end))) continue
      // One word in several languages ("Hotline" in English, German, Dutch, French): every
      // language's markets.
      if (best !== null && end === best.end) best = { end, markets: [...best.markets, ...cue.markets] }
      else if (best === null || end > best.end) best = { end, markets: cue.markets }
    }
    cue.re.lastIndex = 0
  }
  return best
}

/** The end of the last subject pronoun in `clause`, or -1. */
function lastSubject(clause: string): number {
  let end = -1
  SUBJECT_RE.lastIndex = 0
  for (let m = SUBJECT_RE.exec(clause); m !== null; m = SUBJECT_RE.exec(clause)) end = m.index + m[0].length
  SUBJECT_RE.lastIndex = 0
  return end
}

/**
 * `digits` has a mobile's shape in some plan of the numbering table: written at home (`intl`
 * false: trunk prefix and NSN, or bare where the plan writes so) or after its calling code. A
 * mobile is never unmasked by words, whichever market the words point to ("客服电话 077 0000
 * 0000" is a UK mobile however Chinese the clause).
 */
function mobileShape(digits: string, intl: boolean): boolean {
  for (const plan of NUMBERING_PLANS) {
    for (const r of plan.ranges) {
      if (r.type !== 'mobile') continue
      const nsns = intl
        ? digits.startsWith(plan.cc)
          ? [digits.slice(plan.cc.length)]
          : []
        : [
            ...(plan.trunk !== '' && digits.startsWith(plan.trunk) ? [digits.slice(plan.trunk.length)] : []),
            ...(r.bare === true ? [digits] : []),
          ]
      if (nsns.some((n) => r.lengths.includes(n.length) && r.lead.test(n))) return true
    }
  }
  return false
}

/** `number` (as written: '+', '00' or national) is a business's kind of line where the cue places it, never a mobile. */
export function businessLine(number: string, markets: readonly CountryCode[]): boolean {
  let digits = number.replace(/\D/g, '')
  const intl = /^[(\s]*\+/.test(number) || /^[(\s]*00/.test(number)
  if (intl && /^[(\s]*00/.test(number)) digits = digits.slice(2)
  if (mobileShape(digits, intl)) return false
  if (intl) {
    const p = parsePhoneNumberFromString(`+${digits}`)
    const type = p?.isValid() === true ? p.getType() : undefined
    return type !== undefined && ALLOWED_TYPES.has(type)
  }
  let allowed = false
  for (const c of markets) {
    const p = parsePhoneNumberFromString(digits, c)
    if (p === undefined || p.country !== c || !p.isValid()) continue
    const type = p.getType()
    if (type === undefined || PERSONAL_TYPES.has(type)) return false
    if (ALLOWED_TYPES.has(type)) allowed = true
  }
  return allowed
}

/** A cheap test before the cue scan: some service word's stem is in the text. */
export const SERVICE_HINT_RE =
  /servic|care|support|line|desk|board|cent|fraud|bank|call us|contact|reach us|ring us|phone us|abroad|overseas|outside|klant|hulp|blokk|bel ons|buitenland|kunde|zentrale|sperr|rufen sie|erreichen sie|ausland|standard|opposition|vocal|appelez|joignable|tranger|atenci|centralita|banc|llám|llam|contáct|extranjero|fuera de|sparkasse|branch|filia|vestiging|bankkantoor|zweigstelle|geschäftsstelle|geschaeftsstelle|agence|succursale|sucursal|支行|分行|网点|網點|营业部|營業部|فرع|客服|热线|熱線|总机|總機|服务|服務|官方|人工|境外|海外|我行|银行|銀行|خدم|مركز|خط|موحد|مصرف|مملك|خارج|بنا|معنا|بنك/iu

/**
 * The phone number at norm[start, end) (normalised) is presented as a business's contact in its
 * clause and is no mobile there (see the file comment).
 */
export function presentedAsService(norm: string, start: number, end: number): boolean {
  const clause = clauseBefore(norm, start)
  const cue = lastServiceCue(clause)
  if (cue === null) return false
  if (PERSON_RE.test(clause) || PERSON_RE.test(clauseAfter(norm, end))) return false
  if (lastSubject(clause) > cue.end) return false
  const number = /^[^\p{L}]*/u.exec(norm.slice(start, end))![0]
  return businessLine(number, cue.markets)
}
