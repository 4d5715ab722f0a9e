/**
 * Which banks a post is about. Customers rarely tag the bank, so names and aliases in every
 * script count as much as handles, hashtags, cashtags and domains. Guards:
 *  - Latin aliases need word boundaries ("ING" never inside "pricing");
 *  - case-sensitive aliases (short acronyms) match only in their exact case;
 *  - ambiguous aliases ("Chase", "Crest", "النور") need banking context nearby;
 *  - exclusions ("wave crest") suppress the alias they contain;
 *  - names inside e-mail addresses and URLs do not count (their domains may).
 * Chinese aliases match as substrings (no spaces in Chinese); Arabic ones allow the
 * attached proclitics و ف ب ل ك before the name.
 */
import type { BrandConfig } from '@vigil/config'
import type { BrandMatch } from '@vigil/schema'
import { urlHost } from './entities.js'
import { allMatches } from './perf/all-matches.js'
import { foldText, isWordChar } from './text.js'

export interface BrandMatcher {
  /** `text` is the cleaned (unmasked) text; entities may be passed to avoid re-extraction. */
  match(text: string, ctx?: BrandMatchContext): BrandMatch[]
}

interface BrandMatchContext {
  folded?: string
  hashtags?: string[]
  cashtags?: string[]
  handles?: string[]
  urls?: string[]
}

interface AliasRule {
  raw: string
  folded: string
  kind: 'plain' | 'ambiguous'
  script: 'latin' | 'han' | 'arabic' | 'other'
}

interface CompiledBrand {
  id: string
  aliases: AliasRule[]
  caseSensitive: string[]
  handles: Map<string, string>
  hashtags: Map<string, string>
  cashtags: Map<string, string>
  domains: string[]
  exclusions: string[]
  /** Alias forms usable inside a hashtag body ("#NorthwindDown"), spaces removed. */
  tagStems: string[]
}

const HAN_RE = /[\u3400-\u9FFF\uF900-\uFAFF]/
const ARABIC_RE = /[\u0600-\u06FF]/
const AR_PROCLITICS = 'وفبلك'
// Words that make an ambiguous alias about a bank. Folded forms (lower case, Arabic folded).
const BANKING_CONTEXT =
  /(?:bank|banking|account|card|debit|credit|app\b|online banking|login|log in|transfer|payment|paid|charged|refund|overdraft|loan|mortgage|branch|atm|cash|fees?\b|balance|customer service|statement|deposit|withdraw|fraud|scam|savings|interest rate|pin\b|contactless|direct debit|rekening|pinpas|betaling|geld|overboeking|cuenta|tarjeta|banco|compte|carte|banque|konto|karte|überweisung|conto|carta|banca|conta|cartão|hesap|kart|banka|rekening|kartu|银行|网银|账户|账号|卡|转账|扣款|扣钱|扣我|贷款|存款|取款|取钱|提现|还款|汇款|到账|余额|利息|理财|手续费|年费|工资|开户|销户|客服|柜台|网点|营业厅|支付|付款|盗刷|冻结|密码|验证码|登录|登不上|闪退|崩|系统|股价|财报|钱|بنك|مصرف|حساب|بطاقه|تحويل|قرض|صراف|فرع|تطبيق|رصيد|راتب|سحب|ايداع|رسوم|فوائد|قسط|خدمه العملاء|العملاء|كشف)/u
const MAX_GAP = 60

function scriptOf(s: string): AliasRule['script'] {
  if (HAN_RE.test(s)) return 'han'
  if (ARABIC_RE.test(s)) return 'arabic'
  if (/[a-z]/i.test(s)) return 'latin'
  return 'other'
}

function lowerMap(list: string[], strip: RegExp): Map<string, string> {
  return new Map(list.map((v) => [foldText(v.replace(strip, '')), v]))
}

function compile(b: BrandConfig): CompiledBrand {
  const mk = (raw: string, kind: AliasRule['kind']): AliasRule => {
    const folded = foldText(raw)
    const script = scriptOf(raw)
    // A two-character Chinese name ("莲花", lotus) is an ordinary word inside longer ones
    // ("莲花山"); without spaces to bound it, it needs banking context like an ambiguous alias.
    const short = script === 'han' && [...folded.trim()].length <= 2
    return { raw, folded, kind: short ? 'ambiguous' : kind, script }
  }
  const aliases = [
    ...b.aliases.map((a) => mk(a, 'plain')),
    ...b.ambiguousAliases.map((a) => mk(a, 'ambiguous')),
  ]
  return {
    id: b.id,
    aliases: aliases.filter((a) => a.folded.trim() !== ''),
    caseSensitive: b.caseSensitiveAliases.filter((a) => a.trim() !== ''),
    handles: lowerMap(b.handles, /^@/),
    hashtags: lowerMap(b.hashtags, /^#/),
    cashtags: new Map(b.cashtags.map((c) => [c.replace(/^\$/, '').toUpperCase(), c])),
    domains: b.domains.map((d) => d.toLowerCase()),
    exclusions: b.exclusions.map((e) => foldText(e)).filter((e) => e !== ''),
    tagStems: aliases
      .filter((a) => a.kind === 'plain' && a.script !== 'other')
      .map((a) => a.folded.replace(/\s+/g, ''))
      .filter((s) => s.length >= 4 || HAN_RE.test(s)),
  }
}

const BLOCKED_RE = /(?:https?:\/\/|www\.)\S{1,2000}|[^\s@]{1,64}@[^\s@]{1,255}/giu

/** Spans of `s` that are e-mail addresses or URLs: a name there is not a mention. */
function blockedSpans(s: string): [number, number][] {
  const spans: [number, number][] = []
  for (const m of allMatches(BLOCKED_RE, s)) {
    spans.push([m.index, m.index + m[0].length])
  }
  return spans
}

function inSpans(spans: [number, number][], start: number, end: number): boolean {
  return spans.some(([a, b]) => start < b && a < end)
}

function boundaryOk(s: string, start: number, end: number, rule: AliasRule): boolean {
  if (rule.script === 'han') return true
  let before = s[start - 1]
  if (rule.script === 'arabic') {
    // Allow up to two attached proclitics ("وبنك", "لبنك").
    let i = start - 1
    while (i >= 0 && start - i <= 2 && AR_PROCLITICS.includes(s[i] ?? '')) i--
    before = s[i]
    if (i < start - 1 && isWordChar(before)) before = s[start - 1]
  }
  const joins = rule.script === 'latin' ? joinsLatin : isWordChar
  if (joins(before) && !(rule.script === 'arabic' && AR_PROCLITICS.includes(before ?? ''))) return false
  // '@', '#', '$' before a name make it a handle, tag or cashtag, handled elsewhere.
  if (before === '@' || before === '#' || before === '$') return false
  return !joins(s[end])
}

/**
 * Chinese and Japanese are written without spaces, so a Latin name sits right against them
 * ("换到Northwind了"): only a Latin letter, digit or mark continues a Latin word.
 */
const NON_LATIN_LETTER_RE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Thai}]/u
const joinsLatin = (ch: string | undefined): boolean => isWordChar(ch) && !NON_LATIN_LETTER_RE.test(ch!)

function findAlias(
  s: string,
  rule: AliasRule,
  blocked: [number, number][],
  excluded: [number, number][],
): number {
  const needle = rule.folded
  for (let i = s.indexOf(needle); i !== -1; i = s.indexOf(needle, i + 1)) {
    const end = i + needle.length
    if (!boundaryOk(s, i, end, rule)) continue
    if (inSpans(blocked, i, end) || inSpans(excluded, i, end)) continue
    return i
  }
  return -1
}

function exclusionSpans(s: string, exclusions: string[]): [number, number][] {
  const spans: [number, number][] = []
  for (const ex of exclusions) {
    for (let i = s.indexOf(ex); i !== -1; i = s.indexOf(ex, i + 1)) spans.push([i, i + ex.length])
  }
  return spans
}

/** An ambiguous alias counts only next to banking words (within MAX_GAP characters). */
function hasBankingContext(s: string, pos: number, len: number): boolean {
  const window = s.slice(Math.max(0, pos - MAX_GAP), pos + len + MAX_GAP)
  const own = window.indexOf(s.slice(pos, pos + len))
  const rest = window.slice(0, own) + ' ' + window.slice(own + len)
  return BANKING_CONTEXT.test(rest)
}

/** "chase" the verb is lower case; "Chase" the bank is capitalised mid-sentence or sits by a banking noun. */
function latinAmbiguousOk(original: string, folded: string, pos: number, rule: AliasRule): boolean {
  if (!hasBankingContext(folded, pos, rule.folded.length)) return false
  const cap = rule.raw[0]?.toUpperCase() + rule.raw.slice(1)
  const capRe = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${escapeRe(cap)}|${escapeRe(rule.raw.toUpperCase())})(?![\\p{L}\\p{N}])`,
    'u',
  )
  if (capRe.test(original)) return true
  // Lower case: only directly followed by a banking noun ("chase app", "crest account").
  const next = folded.slice(pos + rule.folded.length, pos + rule.folded.length + 20)
  return /^\s+(?:bank|app|card|account|customer|online|branch|atm|credit|debit)\b/.test(next)
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function matchCaseSensitive(
  original: string,
  alias: string,
  blocked: [number, number][],
  excluded: [number, number][],
  aligned: boolean,
): boolean {
  for (let i = original.indexOf(alias); i !== -1; i = original.indexOf(alias, i + 1)) {
    const end = i + alias.length
    const b = original[i - 1]
    if (isWordChar(b) || b === '@' || b === '#' || b === '$' || isWordChar(original[end])) continue
    // "Ing." is the Dutch/German engineer's title, not the bank.
    if (original[end] === '.' && /^[A-Z][a-z]/.test(alias)) continue
    if (inSpans(blocked, i, end)) continue
    // Exclusion spans come from the folded text; positions agree when folding kept the length.
    if (aligned ? inSpans(excluded, i, end) : excluded.length > 0) continue
    return true
  }
  return false
}

function matchTags(cb: CompiledBrand, ctx: Required<BrandMatchContext>): string | null {
  for (const h of ctx.handles) {
    const hit = cb.handles.get(h.slice(1))
    if (hit) return hit
  }
  for (const c of ctx.cashtags) {
    const hit = cb.cashtags.get(c.slice(1))
    if (hit) return hit
  }
  for (const t of ctx.hashtags) {
    const body = t.slice(1)
    const hit = cb.hashtags.get(body)
    if (hit) return hit
    // "#NorthwindDown", "#莲花银行崩了": a tag that starts or ends with a full alias.
    for (const stem of cb.tagStems) if (body.startsWith(stem) || body.endsWith(stem)) return t
  }
  for (const u of ctx.urls) {
    const host = urlHost(u)
    if (host && cb.domains.some((d) => host === d || host.endsWith(`.${d}`))) return host
  }
  return null
}

function matchDomainsInText(folded: string, cb: CompiledBrand): string | null {
  for (const d of cb.domains) {
    const i = folded.indexOf(d)
    if (i === -1) continue
    const b = folded[i - 1]
    // "support@northwindbank.co.uk" names the bank's own domain: that is a mention.
    if (b === undefined || b === '@' || b === '.' || b === '/' || !isWordChar(b)) return d
  }
  return null
}

/**
 * One pass over the folded text that says which brands could match at all: every needle a
 * brand can be found by in the text (aliases, case-sensitive aliases in lower case,
 * exclusions, domains) is indexed by its first two code units, and only positions whose
 * pair is indexed are compared. Most posts name no brand, or one, so the per-brand rules
 * below run for a few brands instead of all of them. It can only over-report.
 */
interface Prefilter {
  pairs: Uint8Array
  /** Needles by pair key: an array slot, not a map probe, for each indexed pair in a post. */
  byPair: (PairNeedle[] | undefined)[]
  /** Brands with a one-character needle: always candidates. */
  always: number[]
}

interface PairNeedle {
  needle: string
  brand: number
  /** The needle's third code unit, or -1: compared before the whole needle, which most pairs fail. */
  third: number
}

const pairKey = (a: number, b: number): number => (Math.imul(a, 0x9e37) ^ b) & 0xffff

function buildPrefilter(compiled: CompiledBrand[]): Prefilter {
  const pf: Prefilter = {
    pairs: new Uint8Array(0x10000),
    byPair: new Array<PairNeedle[] | undefined>(0x10000).fill(undefined),
    always: [],
  }
  compiled.forEach((cb, brand) => {
    const needles = [
      ...cb.aliases.map((a) => a.folded),
      ...cb.caseSensitive.map((a) => a.toLowerCase()),
      ...cb.exclusions,
      ...cb.domains,
    ]
    for (const needle of needles) {
      if (needle.length < 2) {
        if (!pf.always.includes(brand)) pf.always.push(brand)
        continue
      }
      const key = pairKey(needle.charCodeAt(0), needle.charCodeAt(1))
      pf.pairs[key] = 1
      const list = pf.byPair[key] ?? []
      list.push({ needle, brand, third: needle.length > 2 ? needle.charCodeAt(2) : -1 })
      pf.byPair[key] = list
    }
  })
  return pf
}

/** Marks in `out` (one slot per brand) the brands that have a needle in `folded`. */
function candidates(pf: Prefilter, folded: string, out: Uint8Array): void {
  out.fill(0)
  for (const b of pf.always) out[b] = 1
  const n = folded.length - 1
  let prev = folded.charCodeAt(0)
  for (let i = 0; i < n; i++) {
    const next = folded.charCodeAt(i + 1)
    const key = pairKey(prev, next)
    if (pf.pairs[key] === 1) {
      const third = folded.charCodeAt(i + 2)
      for (const c of pf.byPair[key]!)
        if (out[c.brand] === 0 && (c.third === -1 || c.third === third) && folded.startsWith(c.needle, i))
          out[c.brand] = 1
    }
    prev = next
  }
}

export function createBrandMatcher(brands: BrandConfig[]): BrandMatcher {
  const compiled = brands.map(compile)
  const pf = buildPrefilter(compiled)
  const cand = new Uint8Array(compiled.length)
  return {
    match(text, given = {}) {
      const folded = given.folded ?? foldText(text)
      const ctx: Required<BrandMatchContext> = {
        folded,
        hashtags: given.hashtags ?? [],
        cashtags: given.cashtags ?? [],
        handles: given.handles ?? [],
        urls: given.urls ?? [],
      }
      candidates(pf, folded, cand)
      const anyCandidate = cand.includes(1)
      const blockedFolded =
        anyCandidate && (folded.includes('@') || folded.includes('www.') || folded.includes('http'))
          ? blockedSpans(folded)
          : []
      const blockedOrig = blockedFolded.length > 0 ? blockedSpans(text) : []
      const out: BrandMatch[] = []
      const anyTags = ctx.hashtags.length + ctx.cashtags.length + ctx.handles.length + ctx.urls.length > 0
      for (let b = 0; b < compiled.length; b++) {
        const cb = compiled[b]!
        let via: string | null
        if (cand[b] === 1) via = matchBrand(cb, text, folded, ctx, blockedFolded, blockedOrig)
        else via = anyTags ? matchTags(cb, ctx) : null
        if (via !== null) out.push({ brand: cb.id, via })
      }
      return out
    },
  }
}

function matchBrand(
  cb: CompiledBrand,
  text: string,
  folded: string,
  ctx: Required<BrandMatchContext>,
  blockedFolded: [number, number][],
  blockedOrig: [number, number][],
): string | null {
  const excluded = cb.exclusions.length > 0 ? exclusionSpans(folded, cb.exclusions) : []
  for (const rule of cb.aliases) {
    if (rule.kind !== 'plain') continue
    if (findAlias(folded, rule, blockedFolded, excluded) !== -1) return rule.raw
  }
  const aligned = folded.length === text.length
  for (const a of cb.caseSensitive) if (matchCaseSensitive(text, a, blockedOrig, excluded, aligned)) return a
  const tag = matchTags(cb, ctx) ?? matchDomainsInText(folded, cb)
  if (tag !== null) return tag
  for (const rule of cb.aliases) {
    if (rule.kind !== 'ambiguous') continue
    const pos = findAlias(folded, rule, blockedFolded, excluded)
    if (pos === -1) continue
    const ok =
      rule.script === 'latin'
        ? latinAmbiguousOk(text, folded, pos, rule)
        : hasBankingContext(folded, pos, rule.folded.length)
    if (ok) return rule.raw
  }
  return null
}
