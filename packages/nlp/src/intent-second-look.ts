/**
 * A second look at the model's answer for what it was never shown (issue 11, intent):
 *   - scam spam with no link: a contact channel (WhatsApp, Telegram, 加微信, "DM me") next to
 *     a money offer (loans, crypto earnings, "recovery"), a phishing lure ("verify your
 *     account", "uw pas verloopt", "身份验证"), or a fake support reply that asks for a card
 *     number or a code: spam, unless the writer reports a scam or names their own problem;
 *   - waiting told as time ("on hold for 1hr", "45 minuten in de wacht", "等了一个多小时"): a
 *     complaint, whatever the model's share between chatter and praise;
 *   - a sarcastic complaint ("oh great, another outage", "bravo, encore une panne"): irony or
 *     "again" next to a named problem, in a post the model reads as praise or chatter;
 *   - troll frames ("bunch of …", "imagine banking with …", "go bankrupt", "一群…"): with
 *     negative words and no concrete problem named, abuse, not an angry customer.
 * Cue lists: data/intent-second-look.json. Each rule records its reason; the signals beyond
 * the text (intent-context.ts) still apply after it.
 */
import { readFileSync } from 'node:fs'
import type { IntentResult } from './intent.js'
import { articleSignal } from './intent-context.js'
import type { ModelReading } from './intent-overrides.js'
import { CueList, intentWords } from './intent-words.js'

interface SecondLookFile {
  contact: string[]
  offer: string[]
  phishing: string[]
  credentials: string[]
  credentialGuard: string[]
  sendVerb: string[]
  scamReport: string[]
  notScam: string[]
  irony: string[]
  softIrony: string[]
  again: string[]
  wait: string[]
  trollFrame: string[]
  applyNow: string[]
  curse: string[]
  giveaway: string[]
  giveawayAct: string[]
  noRegret: string[]
}

interface SecondLookLists {
  contact: CueList
  offer: CueList
  phishing: CueList
  credentials: CueList
  credentialGuard: CueList
  sendVerb: CueList
  scamReport: CueList
  notScam: CueList
  irony: CueList
  softIrony: CueList
  again: CueList
  wait: CueList
  trollFrame: CueList
  applyNow: CueList
  curse: CueList
  giveaway: CueList
  giveawayAct: CueList
  noRegret: CueList
}

let built: SecondLookLists | null = null

/** The lists, read on the first call, never at import. */
export function secondLookLists(): SecondLookLists {
  if (built !== null) return built
  const f = JSON.parse(
    readFileSync(new URL('../data/intent-second-look.json', import.meta.url), 'utf8'),
  ) as SecondLookFile
  built = {
    contact: new CueList(f.contact),
    offer: new CueList(f.offer),
    phishing: new CueList(f.phishing),
    credentials: new CueList(f.credentials),
    credentialGuard: new CueList(f.credentialGuard),
    sendVerb: new CueList(f.sendVerb),
    scamReport: new CueList(f.scamReport),
    notScam: new CueList(f.notScam),
    irony: new CueList(f.irony),
    softIrony: new CueList(f.softIrony),
    again: new CueList(f.again),
    wait: new CueList(f.wait),
    trollFrame: new CueList(f.trollFrame),
    applyNow: new CueList(f.applyNow),
    curse: new CueList(f.curse),
    giveaway: new CueList(f.giveaway),
    giveawayAct: new CueList(f.giveawayAct),
    noRegret: new CueList(f.noRegret),
  }
  return built
}

/** A phone number as scam posts write one: "+44 7700 900412", "06-12345678", "0501234567". */
const PHONE_RE = /(?:^|[^\d])(?:\+\d{1,3}[\s.-]?)?\(?0?\d{2,4}\)?(?:[\s.-]?\d{2,4}){2,4}(?!\d)/
/** "@jakefx_trades", "QQ 2837461920", "dk88866": a handle or an ID to write to. */
const ID_RE = /@[\p{L}\p{N}_]{3,}|(?:^|[^\p{L}\p{N}])[a-z]{1,12}_?\d{3,}(?![\p{N}])/u
/** Eye-rolling and upside-down faces, clowns, facepalms: the writer means the opposite. */
const IRONY_EMOJI_RE = /\u{1F643}|\u{1F644}|\u{1F612}|\u{1F926}|\u{1F921}/u
const CLOWN_RE = /\u{1F921}/u
/** Laughing at someone: with a troll frame, mockery. */
const MOCKERY_RE =
  /(?:^|[^a-z])(?:lmao|lmfao|lol|haha\w*|hihi)(?![a-z])|\u{1F602}|\u{1F923}|\u{1F921}|哈哈|ههه/u
/**
 * Dutch disease curses and German compounds built on an insult ("tyfuslijers", "kankerbank",
 * "Hurensöhne", "Drecksbank"; not "Scheiß-", which swears at the weather as often as at
 * anyone): productive, so no list of whole words finds them.
 */
const INSULT_COMPOUND_RE = /(?:^|[^\p{L}])(?:kanker|tyfus|tering|klere|pleuris|hurens[oö]hn|drecks)\p{L}*/u
/** A bare domain ("easyfunds-uk.co", "northwind-secure-verify.com/login"): a link the extractor may not count. */
const BARE_DOMAIN_RE =
  /(?:^|[^\p{L}\p{N}@.])[a-z0-9][a-z0-9-]{2,}\.(?:com|co|uk|net|org|info|xyz|io|nl|de|fr|es|cn|hk|ae|sa|me|app|top|site|online|shop|live|club|vip|biz)(?![\p{L}\p{N}])/u
const hasLink = (x: { urls: readonly string[]; folded: string }): boolean =>
  x.urls.length > 0 || BARE_DOMAIN_RE.test(x.folded)

/** A link to a news publisher's site: an article, not promotion. */
const PUBLISHER_HOST_RE =
  /(?:^|[/.])(?:reuters|bloomberg|ft|bbc|theguardian|cnbc|wsj|nytimes|economist|nu|nos|fd|nrc|volkskrant|telegraaf|rtl(?:nieuws)?|spiegel|handelsblatt|faz|sueddeutsche|tagesschau|zeit|welt|lefigaro|lemonde|lesechos|latribune|bfmtv|elpais|elmundo|expansion|cincodias|eleconomista|aleqt|alarabiya|aljazeera|alkhaleej|argaam|albayan|sina|caixin|xinhua|scmp|yicai|21jingji|thepaper)\.[a-z.]+(?:\/|$)/

/** A duration: "1hr 12min", "45 minuten", "seit sechs Wochen", "ساعتين", "一个多小时". */
const DURATION_LATIN_RE =
  /(?:^|[^\p{L}\p{N}])(?:\d+(?:[.,]\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|forty|half an?|een|twee|drie|vier|vijf|zes|tien|ein|eine|einer|zwei|drei|fünf|sechs|sieben|zehn|une?|deux|trois|quatre|cinq|dix|un|una|dos|tres|cuatro|cinco|seis|diez)\s*(?:more\s+|whole\s+)?(?:min|mins|minutes?|minuten|minuut|minutos?|hr|hrs|hours?|h|heures?|horas?|uur|stunden?|days?|dagen|dag|tagen?|tage|jours?|días?|dias|weeks?|weken|wochen?|semaines?|semanas?|months?|maanden|maand|monaten?|monate|mois|meses)(?![\p{L}])/u
const DURATION_AR_RE =
  /(?:ساعه|ساعات|ساعتين|دقيقه|دقايق|دقائق|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر)/
const DURATION_ZH_RE = /(?:\d+|[一二三四五六七八九十两半几]+)(?:个多|个|多)?(?:小时|分钟|天|周|星期|个月)/

function hasDuration(folded: string): boolean {
  return DURATION_LATIN_RE.test(folded) || DURATION_AR_RE.test(folded) || DURATION_ZH_RE.test(folded)
}

/** "my", "mijn", "我的", "حسابي": the writer's own account, card or money (a customer). */
const MY_WORDS = new Set(['my', 'mijn', 'mein', 'meine', 'meinen', 'meiner', 'ma', 'mon', 'mes', 'mi', 'mis'])
function ownsIt(words: readonly string[], folded: string): boolean {
  return (
    words.some((w) => MY_WORDS.has(w)) ||
    folded.includes('我的') ||
    /(?:حسابي|بطاقتي|فلوسي|راتبي)/.test(folded)
  )
}

/** Corrects `d` in place; called after the product rules (intent-overrides.ts). */
export function applySecondLook(d: IntentResult, r: ModelReading): void {
  if (r.ctx.brandAccount) return
  if (d.intent === 'spam' && publisherLink(d, r)) return
  if (d.intent !== 'spam' && (scamLure(d, r) || giveaway(d, r))) return
  if (waitingComplaint(d, r)) return
  if (ironicComplaint(d, r)) return
  if (noRegret(d, r)) return
  trollFrame(d, r)
}

/** Each rule below that decides abuse looks for an insult the open lists may not hold. */
function insultOf(r: ModelReading): string | null {
  if (r.cues.abuse !== null) return r.cues.abuse
  const m = INSULT_COMPOUND_RE.exec(r.x.folded)
  if (m !== null) return m[0].replace(/^[^\p{L}]/u, '')
  return secondLookLists().curse.find(r.words, r.x.folded)
}

/** "… https://www.spiegel.de/wirtschaft/…": the model's spam reading of a headline with a link. */
function publisherLink(d: IntentResult, r: ModelReading): boolean {
  const { x, cues } = r
  if (cues.spam !== null || r.cues.problem !== null) return false
  const host = x.urls.find((u) => PUBLISHER_HOST_RE.test(u.replace(/^https?:\/\/(?:www\.)?/, '/')))
  if (host === undefined) return false
  d.intent = 'news'
  d.reasons.push(
    `links to a news publisher (${host.replace(/^https?:\/\//, '').split('/')[0]}) and promotes nothing: news`,
  )
  return true
}

/** "FREE £500 … claim here", "Gewinnspiel … markiert 3 Freunde", "转发抽奖送iPhone": a lure. */
function giveaway(d: IntentResult, r: ModelReading): boolean {
  const { x, words, cues } = r
  if (d.intent === 'news' || cues.problem !== null || ownsIt(words, x.folded)) return false
  const L = secondLookLists()
  const prize = L.giveaway.find(words, x.folded)
  if (prize === null) return false
  const act = L.giveawayAct.find(words, x.folded)
  if (act === null) return false
  d.intent = 'spam'
  d.reasons.push(`a prize or bonus ("${prize}") to claim ("${act}"): giveaway spam`)
  return true
}

/** "switched and no regrets", "geen seconde spijt", "kein bisschen bereut": praise. */
function noRegret(d: IntentResult, r: ModelReading): boolean {
  const { x, words, cues } = r
  if (!(d.intent === 'other' || d.intent === 'complaint')) return false
  if (cues.abuse !== null || intentWords().concreteProblem(words, x.folded) !== null) return false
  const said = secondLookLists().noRegret.find(words, x.folded)
  if (said === null) return false
  d.intent = 'praise'
  d.reasons.push(`"${said}" and no problem named: praise`)
  return true
}

/** A news reading counts as the model's guess only when nothing marks an article. */
function newsWithoutArticle(d: IntentResult, r: ModelReading): boolean {
  return d.intent === 'news' && !articleSignal(r.x, r.ctx)
}

function scamLure(d: IntentResult, r: ModelReading): boolean {
  const { x, words } = r
  const folded = x.folded
  if (r.ctx.platform === 'news') return false
  const L = secondLookLists()
  // A link with "apply now", "sign up", "立即申请" is a way in, as a WhatsApp number is.
  const contact = L.contact.find(words, folded) ?? (hasLink(x) ? L.applyNow.find(words, folded) : null)
  const phishing = contact === null ? L.phishing.find(words, folded) : null
  const credential = contact !== null || phishing === null ? L.credentials.find(words, folded) : null
  if (contact === null && phishing === null && credential === null) return false
  const own = ownsIt(words, folded)
  const reported = L.scamReport.find(words, folded) !== null && L.notScam.find(words, folded) === null
  const concrete = r.cues.problem !== null && intentWords().concreteProblem(words, folded) !== null
  let reason: string | null = null
  if (contact !== null) {
    const offer = L.offer.find(words, folded)
    const reach = PHONE_RE.test(x.text) || ID_RE.test(folded) || x.handles.length > 0
    // "contact Mr Daniel on WhatsApp, he got my lost funds back" reports no scam; "I was
    // scammed, they asked me to WhatsApp them" does. A recovery offer with a number to call is
    // spam even when it says "scammed" (that is its bait).
    // A long letter that asks the bank to "contact me" about a loan is a customer; scam DMs are
    // short or carry a number or handle to write to.
    const dm = reach || x.text.length < 280
    if (
      offer !== null &&
      dm &&
      (!reported || (reach && /recover|recupe|récup/.test(folded))) &&
      !(own && concrete)
    ) {
      reason = `contact channel ("${contact}") with an offer ("${offer}")${reach ? ' and a number or handle to write to' : ''}: scam spam`
    }
  }
  if (reason === null && phishing !== null && !reported && !own) {
    const lure = hasLink(x) || /\d\s*(?:h|hrs?|hours?|uur|stunden|heures|horas|小时|ساعه)|٢٤/.test(folded)
    if (lure) reason = `phishing lure ("${phishing}") with ${hasLink(x) ? 'a link' : 'a deadline'}: spam`
  }
  if (reason === null && !own && !reported) {
    const cred = credential ?? L.credentials.find(words, folded)
    if (
      cred !== null &&
      (contact !== null || L.sendVerb.find(words, folded) !== null) &&
      L.credentialGuard.find(words, folded) === null
    ) {
      // No bank asks for a card number or a code in a public reply or a DM: impersonation.
      reason = `asks for ${cred} by ${contact !== null ? `"${contact}"` : 'message'}: impersonation spam`
    }
  }
  if (reason === null) return false
  d.intent = 'spam'
  d.reasons.push(reason)
  return true
}

function waitingComplaint(d: IntentResult, r: ModelReading): boolean {
  const { x, words, cues } = r
  const asks = /[?？؟]/.test(x.text)
  const open =
    d.intent === 'other' ||
    d.intent === 'praise' ||
    (d.intent === 'question' && !asks) ||
    (d.intent === 'troll' && cues.abuse === null) ||
    newsWithoutArticle(d, r)
  if (!open || intentWords().resolved.find(words, x.folded) !== null) return false
  const wait = secondLookLists().wait.find(words, x.folded)
  if (wait === null || !hasDuration(x.folded)) return false
  d.intent = 'complaint'
  d.reasons.push(`waiting ("${wait}") told in time: a customer kept waiting`)
  return true
}

function ironicComplaint(d: IntentResult, r: ModelReading): boolean {
  const { x, s, words, cues } = r
  if (!(d.intent === 'praise' || d.intent === 'other' || newsWithoutArticle(d, r))) return false
  if (intentWords().resolved.find(words, x.folded) !== null) return false
  const L = secondLookLists()
  const concrete = cues.problem !== null ? intentWords().concreteProblem(words, x.folded) : null
  // Ironic by itself ("oh great", "as usual", "wie immer", "كالعادة", "呵呵"), or an eye-roll.
  const irony = L.irony.find(words, x.folded) ?? (IRONY_EMOJI_RE.test(x.text) ? 'an eye-roll emoji' : null)
  // "brilliant", "bravo", "genial" are praise too: ironic only with "again" and a problem.
  const again = L.again.find(words, x.folded)
  const negativeOwn = irony !== null && s.lexNeg > s.lexPos && ownsIt(words, x.folded)
  if (concrete === null ? !negativeOwn : irony === null && again === null) return false
  const soft = irony === null ? L.softIrony.find(words, x.folded) : null
  d.intent = 'complaint'
  d.reasons.push(
    `${irony !== null ? `irony ("${irony}")` : soft !== null ? `"${soft}" with "${again}"` : `"${again}"`} next to ${concrete !== null ? `a problem ("${concrete}")` : "negative words about the writer's own"}: a sarcastic complaint`,
  )
  return true
}

function trollFrame(d: IntentResult, r: ModelReading): boolean {
  const { x, s, words, cues } = r
  const asks = /[?？؟]/.test(x.text)
  const concrete = cues.problem !== null ? intentWords().concreteProblem(words, x.folded) : null
  if (concrete !== null) return false
  const open =
    d.intent === 'other' ||
    d.intent === 'praise' ||
    (d.intent === 'question' && !asks) ||
    d.intent === 'complaint' ||
    newsWithoutArticle(d, r)
  if (!open) return false
  // "encore 12 € de frais, bande de voleurs": a fee named is a customer's complaint.
  if (intentWords().charges.find(words, x.folded) !== null) return false
  const L = secondLookLists()
  const insult = insultOf(r) ?? (CLOWN_RE.test(x.text) ? 'a clown emoji' : null)
  const frame = L.trollFrame.find(words, x.folded) ?? (insult !== null ? L.curse.find(words, x.folded) : null)
  if (frame === null && (insult === null || cues.abuse !== null || d.intent === 'complaint')) return false
  const hostile =
    insult !== null || MOCKERY_RE.test(x.folded) || s.lexNeg > s.lexPos || s.sentimentScore < -0.2
  // The model's complaint turns only on an insult, not on negative words alone.
  if (!hostile || (d.intent === 'complaint' && insult === null)) return false
  d.intent = 'troll'
  d.reasons.push(
    frame !== null
      ? `troll frame ("${frame}") with hostile words and no concrete problem: abuse, not a customer`
      : `insult ("${insult}") and no concrete problem: abuse, not a customer`,
  )
  return true
}
