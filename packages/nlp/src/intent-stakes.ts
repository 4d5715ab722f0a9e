/**
 * Whose stake a post is about, read last (after how the post ends, intent-resolution.ts;
 * intentfix17, issue 11 item 2). The model and the earlier rules read a post by its words; these
 * families are told by who gains or loses:
 *   - the reader's card data asked for by private message ("claim £100, DM us your card number and
 *     PIN"), a pump's promised gain with a way in, a money-mule job ("receive and forward
 *     transfers"): spam, whatever outage or bank the lure names;
 *   - a crowd called to a mass action (flood the page, make the hashtag trend, boycott): a raid,
 *     troll, with or without abusive words;
 *   - a why-question about a failure that stops the writer ("why is the app down again? rent is due
 *     today"), money still owed by a bank the writer left, a customer leaving: complaints;
 *   - a question to friends (an invitation, a friend tagged about a bank they mentioned, "X or Y?
 *     both fine"): chatter, not a customer's question;
 *   - a jeer at the bank the model reads as troll with near certainty, naming an outage only as
 *     its pretext and nothing of the writer's: troll, not an angry customer.
 * Cue lists: data/intent-stakes.json. A bank's own account and a news platform are exempt; each
 * rule records its reason.
 */
import type { IntentResult } from './intent.js'
import { articleSignal } from './intent-context.js'
import { type ListHits, type ListIndex, loadListIndex } from './intent-list-index.js'
import { INTENT_CLASSES } from './intent-model.js'
import type { ModelReading } from './intent-overrides.js'
import { ownsIt } from './intent-second-look.js'
import { intentWords } from './intent-words.js'

const LISTS = [
  'cardData',
  'privately',
  'gain',
  'pump',
  'mule',
  'crowdCall',
  'massAction',
  'why',
  'again',
  'need',
  'stillOwed',
  'leaving',
  'invite',
  'friendRef',
  'verdict',
] as const
type ListName = (typeof LISTS)[number]
type Hits = ListHits<ListName>

let built: ListIndex<ListName> | null = null

/** The lists, read on the first call, never at import. */
function index(): ListIndex<ListName> {
  if (built !== null) return built
  built = loadListIndex(LISTS, new URL('../data/intent-stakes.json', import.meta.url))
  return built
}

/** Build the lists now (before an enricher registers every intent list in its word table). */
export function prepareStakes(): void {
  index()
}

/** A link however it is written: the entity extractor's URLs, or a bare shortener or messenger link ("bit.ly/x", "t.me/x"). */
const BARE_LINK_RE =
  /(?:^|[^\p{L}\p{N}@.])(?:bit\.ly|t\.me|wa\.me|tinyurl\.com|cutt\.ly|rb\.gy|is\.gd|goo\.gl|ow\.ly|t\.co|[a-z0-9][a-z0-9-]{1,}\.(?:com|co|io|net|org|xyz|app|top|site|online|vip|club|shop|live|me|ly))\/\S/u
const hasLink = (r: ModelReading): boolean => r.x.urls.length > 0 || BARE_LINK_RE.test(r.x.folded)
/** "300%", "x100", "100x": a multiple promised. */
const MULTIPLE_RE =
  /(?:^|[^\p{L}\p{N}])(?:x\s?\d{2,}|\d{2,}\s?x|\d{3,}\s?%)(?![\p{L}\p{N}])|[\d٠-٩]+\s?ضعف|\d+倍/u
/** An amount earned per period ("£800/week", "€500 per day", "月入过万"). */
const EARNING_RE =
  /[$£€¥]\s?[\d.,]+\s?(?:\/|per|a|par|por|pro|in de|am)\s?(?:week|day|month|semaine|jour|mois|semana|día|dia|mes|woche|tag|monat|dag|maand)|月入|日入|日赚|يوميا|أسبوعيا|في الأسبوع/iu
const ASKS_RE = /[?？؟]/
/** The writer as subject or object ("I", "me", "ik", "ich", "je", "yo", "我", "أنا", "عندي"). */
const ME_RE =
  /(?:^|[^\p{L}])(?:i|i'm|im|me|ik|mij|ich|mir|mich|je|j'|moi|yo|me)(?![\p{L}])|我|أنا|انا|عندي|مش عارف/u
/** Laughter or a clown at the bank: mockery's mark. */
const MOCK_RE =
  /🤡|😂|🤣|💀|(?:^|[^\p{L}])(?:lol|lmao|lmfao|mdr|ptdr|jaja+|jsjs|haha+|hihi)(?![\p{L}])|哈哈|笑死|ههه/u
/** "X or Y?": two options put side by side. */
const OR_RE = /\s(?:or|of|oder|ou|o|vs\.?|versus)\s|\sولا\s|\sأم\s|还是|或者|或/u
/** A handle opening the post that is not a bank's: a friend addressed. */
const FRIEND_OPEN_RE = /^\s*@([\p{L}\p{N}_.]+)/u
const BANKISH_RE = /bank|banco|banque|bnk|support|care|help|银行|銀行|بنك|مصرف/i

/** A boycott hashtag ("#BoycottX", "#BoicotX", "#抵制X", "#قاطعوا_X"): a mass action named in one word. */
const BOYCOTT_TAG_RE = /^#?(?:boycott|boicot|boykott|boycot|قاطعوا|مقاطعة|抵制)/iu

/** A spam cue that only asks for a private message ("dm me", "pm me", "私信我"). */
const DM_CUE_RE = /^(?:dm|pm|inbox|message)\b|私信|الخاص/u

/** A line opening with "> ": a reply quoting someone. */
const QUOTED_RE = /^\s*>/m

const pct = (p: number): string => `${Math.round(p * 100)}%`

/** Corrects `d` in place; called after intent-resolution.ts, before the context signals. */
export function applyStakes(d: IntentResult, r: ModelReading): void {
  if (r.ctx.brandAccount || r.ctx.platform === 'news') return
  const h = index().scan(r.words, r.x.folded)
  // A lure dressed as a headline ("Payment agent wanted: …") is read too; a publisher's is not.
  if (readerPays(d, r, h) || d.intent === 'news') return
  if (d.intent === 'spam') {
    ownEntitlement(d, r)
    return
  }
  if (raidCall(d, r, h) || jeerAtOutage(d, r, h)) return
  if (stillOwed(d, h) || leaving(d, r, h) || whyWithNeed(d, r, h)) return
  friendsAsked(d, r, h)
}

/** Card data by message, a pump, a mule job: the reader pays. */
function readerPays(d: IntentResult, r: ModelReading, h: Hits): boolean {
  const card = h.get('cardData')
  const channel = h.get('privately')
  const pump = h.get('pump')
  const mule = h.get('mule')
  // Each verdict below needs one of these hits and almost no post has one; the checks after it
  // (the writer's own words, the link scan) were most of this rule's cost on every post.
  if ((card === null || channel === null) && pump === null && mule === null) return false
  if (d.intent === 'spam' || articleSignal(r.x, r.ctx)) return false
  const mine = ownsIt(r.words, r.x.folded)
  // A reply quoting the bank's "DM us your card number" is the customer's; the second look
  // reads quoted replies (intent-second-look.ts).
  if (card !== null && channel !== null && !mine && !QUOTED_RE.test(r.x.text)) {
    return toSpam(d, `asks the reader for card data ("${card}") by private message ("${channel}"): phishing`)
  }
  const link = hasLink(r)
  const gain = pump === null ? null : (h.get('gain') ?? MULTIPLE_RE.exec(r.x.folded)?.[0]?.trim() ?? null)
  if (gain !== null && pump !== null && link) {
    return toSpam(d, `a promised gain ("${gain}") in a pump ("${pump}") with a link: spam`)
  }
  if (mule !== null && !mine && (link || EARNING_RE.test(r.x.text) || channel !== null)) {
    return toSpam(d, `money-mule recruitment ("${mule}") with a way in or a wage: spam`)
  }
  return false
}

function toSpam(d: IntentResult, reason: string): true {
  d.intent = 'spam'
  d.reasons.push(reason)
  return true
}

/**
 * "@Bank am I entitled to compensation? please DM me": a customer asking the bank about their
 * own money, with no link or number to follow, is no lure.
 */
function ownEntitlement(d: IntentResult, r: ModelReading): void {
  const { x } = r
  // A promotional cue that is only a request to write privately ("DM me") is the writer's own ask.
  const promo = r.cues.spam
  if (!ASKS_RE.test(x.text) || hasLink(r) || /\d{6,}/.test(x.text)) return
  if (promo !== null && !DM_CUE_RE.test(promo)) return
  if (x.handles.length === 0 || !x.handles.every((hd) => BANKISH_RE.test(hd))) return
  if (!ME_RE.test(x.folded) && !ownsIt(r.words, x.folded)) return
  const problem = intentWords().concreteProblem(r.words, x.folded)
  d.intent = problem !== null ? 'complaint' : 'question'
  d.reasons.push(
    `asks the bank (${x.handles[0]}) about the writer's own case with nothing to follow: a customer`,
  )
}

/** "Everyone flood their page tonight", "make #X trend", "boycott": a crowd called to act. */
function raidCall(d: IntentResult, r: ModelReading, h: Hits): boolean {
  if (d.intent === 'troll' || ownsIt(r.words, r.x.folded)) return false
  const call = h.get('crowdCall')
  const act = h.get('massAction') ?? r.x.hashtags.find((t) => BOYCOTT_TAG_RE.test(t)) ?? null
  if (call === null || act === null) return false
  d.intent = 'troll'
  d.reasons.push(`calls a crowd ("${call}") to a mass action ("${act}"): a raid`)
  return true
}

/**
 * "app down again lmao imagine trusting these clowns": the model reads troll with near certainty,
 * the post laughs, and nothing of the writer's is named; the outage is the jeer's pretext. The
 * product rule that keeps an angry customer a complaint needs the writer in the post.
 */
function jeerAtOutage(d: IntentResult, r: ModelReading, h: Hits): boolean {
  const trollP = r.p[INTENT_CLASSES.indexOf('troll')]!
  if (d.intent !== 'complaint' || !d.reasons[0]?.startsWith('model: troll') || trollP < 0.5) return false
  const mock = MOCK_RE.exec(r.x.folded) ?? MOCK_RE.exec(r.x.text)
  if (mock === null || ownsIt(r.words, r.x.folded) || ME_RE.test(r.x.folded) || h.get('need') !== null)
    return false
  if (intentWords().charges.find(r.words, r.x.folded) !== null) return false
  d.intent = 'troll'
  d.reasons.push(
    `model troll ${pct(trollP)}, laughs ("${mock[0].trim()}") and names nothing of the writer's: a jeer, not a customer`,
  )
  return true
}

/** "Switched to Crest, Northwind still hasn't refunded my old balance": a customer still owed. */
function stillOwed(d: IntentResult, h: Hits): boolean {
  if (d.intent === 'complaint') return false
  const owed = h.get('stillOwed')
  if (owed === null) return false
  d.intent = 'complaint'
  d.reasons.push(`money still owed ("${owed}"): a complaint, whatever else the post praises`)
  return true
}

/** "客服太差了，再也不用了": a customer leaving is a complaint, not abuse. */
function leaving(d: IntentResult, r: ModelReading, h: Hits): boolean {
  if (d.intent !== 'troll' || r.cues.abuse !== null) return false
  const leave = h.get('leaving')
  if (leave === null) return false
  d.intent = 'complaint'
  d.reasons.push(`a customer leaving ("${leave}") with no abusive word: a complaint, not a troll`)
  return true
}

/** "Why is the app down again? rent is due today": a failure that stops the writer. */
function whyWithNeed(d: IntentResult, r: ModelReading, h: Hits): boolean {
  if (d.intent !== 'question') return false
  const why = h.get('why')
  const again = h.get('again')
  const need = h.get('need') ?? (ownsIt(r.words, r.x.folded) ? "the writer's own" : null)
  if (why === null || again === null || need === null) return false
  d.intent = 'complaint'
  d.reasons.push(
    `asks "${why}" about a failure that persists ("${again}") and stops the writer ("${need}"): a complaint`,
  )
  return true
}

/** An invitation, a friend tagged, "X or Y? both fine": a question to friends, not to a bank. */
function friendsAsked(d: IntentResult, r: ModelReading, h: Hits): boolean {
  if (d.intent !== 'question' && d.intent !== 'praise' && !(d.intent === 'troll' && r.cues.abuse === null))
    return false
  const { words, x } = r
  if (r.cues.problem !== null || intentWords().charges.find(words, x.folded) !== null) return false
  const friend = FRIEND_OPEN_RE.exec(x.text)?.[1]
  const hit =
    (d.intent === 'question' ? tagged('an invitation', h.get('invite')) : null) ??
    (friend !== undefined && !BANKISH_RE.test(friend)
      ? tagged(`a friend (@${friend}) reminded`, h.get('friendRef'))
      : null) ??
    (OR_RE.test(x.folded) ? tagged('two options and a verdict', h.get('verdict')) : null)
  if (hit === null) return false
  d.intent = 'other'
  d.reasons.push(`${hit}: a question to friends, chatter`)
  return true
}

const tagged = (what: string, cue: string | null): string | null =>
  cue === null ? null : `${what} ("${cue}")`
