/**
 * How a post ends, read last (round thirteen, intent8; issue 11 item 2). The model and the
 * rules before it read a post by its words; a customer's post is often told by its outcome:
 *   - praise that names a past problem put right ("was charged twice, refunded the next day,
 *     thank you") is praise, though its problem words pull it toward complaint;
 *   - thanks beside a charge or a problem that is still open, or with an irony mark ("thanks
 *     for the new fees 🙃") is sarcasm: a complaint;
 *   - a question to the feed ("anyone", "大家", "jullie") about nothing a bank does is chatter,
 *     not a customer's question — a question mark alone makes no customer;
 *   - contempt for the bank's people with no problem of the writer's ("the teller is as dumb as
 *     bread") is abuse, even when it ends in a question;
 *   - a reply offering funds recovery or asking for account data by DM is a scam, whatever
 *     sympathy it opens with.
 * Each step records its reason. Cue lists: data/intent-resolution.json (every language).
 */

import type { IntentResult } from './intent.js'
import { recoveryOffer } from './intent-grammar.js'
import { type ListHits, type ListIndex, loadListIndex } from './intent-list-index.js'
import type { ModelReading } from './intent-overrides.js'
import { ownsIt } from './intent-second-look.js'
import { intentWords } from './intent-words.js'
import { isSarcasticThanks } from './sentiment/sarcasm.js'

const LISTS = [
  'putRight',
  'thanks',
  'praiseOpen',
  'open',
  'irony',
  'crowd',
  'banking',
  'staff',
  'insult',
  'recovery',
  'dm',
  'pending',
  'curse',
  'failure',
  'earn',
  'bio',
  'why',
  'harm',
  'notPutRight',
  'compensation',
] as const
type ListName = (typeof LISTS)[number]

let built: ListIndex<ListName> | null = null

/** The lists, read on the first call, never at import. */
function index(): ListIndex<ListName> {
  if (built !== null) return built
  built = loadListIndex(LISTS, new URL('../data/intent-resolution.json', import.meta.url))
  return built
}

/** Build the lists now (before an enricher registers every intent list in its word table). */
export function prepareResolution(): void {
  index()
}

type Hits = ListHits<ListName>

/** Emoji that carry thanks without a word; 👏 is left out, it applauds sarcasm as often. */
const THANKS_EMOJI_RE = /🙏|👍|❤️|🥰|💯/u
/** A smile that means the opposite, beside thanks: 🙃 🙂 🙄 😒. */
export const IRONY_EMOJI_RE = /🙃|🙂|🙄|😒/u
/** Laughter: a joke, whatever hearts stand beside it. */
const LAUGH_RE = /😂|🤣|😹|💀|\blol\b|\bhaha/u
/** An amount of money in any script ("£25", "18 €", "198元", "٥٠ ريال"). */
const AMOUNT_RE = /[$£€¥]\s?[\d٠-٩]|[\d٠-٩]\s?(?:€|eur|euro|usd|gbp|元|块|ريال|درهم|جنيه)/iu
/** A question mark ending a clause, in any script. */
const ASKS_RE = /[?？؟]/
/** A bank named by a word ending in "bank" ("Havenbank") or a bank's handle. */
const BANK_NAME_RE = /\p{L}bank\b|@\S*(?:bank|banco|banque|care|support|help)/iu

/** Corrects `d` in place; called after the social shapes (intent-social-shape.ts). */
export function applyResolution(d: IntentResult, r: ModelReading): void {
  if (r.ctx.brandAccount || r.ctx.platform === 'news') return
  const h = index().scan(r.words, r.x.folded)
  if (compensationLure(d, r, h) || scamReply(d, r, h)) return
  if (d.intent === 'spam' || d.intent === 'news') return
  if (sarcasticThanks(d, r, h) || problemPutRight(d, r, h)) return
  if (staffContempt(d, r, h) || curseAlone(d, r, h)) return
  if (failureTold(d, r, h) || rhetoricalWhy(d, r, h)) return
  crowdQuestion(d, r, h)
}

/** What ends the post: put right, still open, ironic, thanked. */
function outcome(r: ModelReading, h: Hits) {
  const thanks = h.get('thanks') ?? (THANKS_EMOJI_RE.test(r.x.text) ? 'a thanks emoji' : null)
  // "1 star until it's fixed": a fix hoped for is no fix.
  return {
    putRight: h.get('pending') === null ? h.get('putRight') : null,
    open: h.get('notPutRight') ?? h.get('open'),
    irony:
      h.get('irony') ??
      IRONY_EMOJI_RE.exec(r.x.text)?.[0] ??
      (isSarcasticThanks(r.x.folded) ? 'thanks for nothing' : null),
    thanks,
    praiseOpen: h.get('praiseOpen'),
  }
}

/** "Thanks for the €8 fee 🙃", "true genius, my card swallowed and the branch shut": a complaint. */
function sarcasticThanks(d: IntentResult, r: ModelReading, h: Hits): boolean {
  if (d.intent !== 'praise' && d.intent !== 'other') return false
  const o = outcome(r, h)
  if (o.putRight !== null) return false
  const named =
    intentWords().concreteProblem(r.words, r.x.folded) ??
    intentWords().charges.find(r.words, r.x.folded) ??
    h.get('harm')
  if (named === null) return false
  // A charge thanked for is sarcasm on its face; a problem needs an irony mark or to be open.
  const why =
    o.irony ?? o.open ?? (intentWords().charges.find(r.words, r.x.folded) !== null ? o.thanks : null)
  if (why === null) return false
  d.intent = 'complaint'
  d.reasons.push(`"${named}" with "${why}" and nothing put right: sarcasm, a complaint`)
  return true
}

/** "Charged twice, refunded the next day, thank you": a problem named as past, with thanks. */
function problemPutRight(d: IntentResult, r: ModelReading, h: Hits): boolean {
  if (d.intent !== 'complaint' && d.intent !== 'other' && d.intent !== 'troll') return false
  if (r.cues.abuse !== null && d.intent !== 'complaint') return false
  const o = outcome(r, h)
  if (o.open !== null || o.irony !== null || ASKS_RE.test(r.x.text)) return false
  const problem = intentWords().concreteProblem(r.words, r.x.folded)
  // Put right and thanked; or announced as praise with no problem left standing.
  // A troll's "thanks" is mockery (intent-open's Civil Comments and Davidson tweets): only a
  // problem put right and thanked turns one; a bare thank-you turns chatter about a bank only.
  const praised =
    (o.putRight !== null && (o.thanks !== null || o.praiseOpen !== null)) ||
    (d.intent !== 'troll' &&
      o.praiseOpen !== null &&
      aboutABank(r, h) &&
      (problem === null || o.putRight !== null)) ||
    (d.intent === 'other' &&
      h.get('thanks') !== null &&
      problem === null &&
      r.cues.abuse === null &&
      aboutABank(r, h) &&
      !LAUGH_RE.test(r.x.folded))
  if (!praised) return false
  d.intent = 'praise'
  d.reasons.push(
    `${o.putRight !== null ? `problem put right ("${o.putRight}")` : 'no problem left'} with ${o.praiseOpen ?? o.thanks ?? 'a positive tone'}: praise`,
  )
  return true
}

/** "The teller is as dumb as bread, who hires these people?": contempt for staff, no problem of the writer's. */
function staffContempt(d: IntentResult, r: ModelReading, h: Hits): boolean {
  if (d.intent === 'troll' || d.intent === 'praise') return false
  const staff = h.get('staff')
  const insult = staff === null ? null : h.get('insult')
  if (insult === null || ownsIt(r.words, r.x.folded)) return false
  if (intentWords().concreteProblem(r.words, r.x.folded) !== null) return false
  d.intent = 'troll'
  d.reasons.push(
    `contempt ("${insult}") for the bank's people ("${staff}") with no problem of the writer's: abuse`,
  )
  return true
}

/** "rateros, chinguen a su madre": a curse with no problem of the writer's named is abuse. */
function curseAlone(d: IntentResult, r: ModelReading, h: Hits): boolean {
  if (d.intent !== 'other' && d.intent !== 'question' && d.intent !== 'complaint') return false
  const curse = h.get('curse')
  if (curse === null || ownsIt(r.words, r.x.folded)) return false
  if (intentWords().concreteProblem(r.words, r.x.folded) !== null) return false
  d.intent = 'troll'
  d.reasons.push(`a curse ("${curse}") with no problem of the writer's named: abuse`)
  return true
}

/** "App crashes when I open payment requests, please fix": a breakdown told plainly is care's. */
function failureTold(d: IntentResult, r: ModelReading, h: Hits): boolean {
  if (d.intent !== 'other' || r.s.sentimentScore > 0 || LAUGH_RE.test(r.x.folded)) return false
  const failure = h.get('failure')
  if (failure === null || h.get('putRight') !== null) return false
  d.intent = 'complaint'
  d.reasons.push(`a breakdown told ("${failure}") and not put right: a complaint`)
  return true
}

/** "Why did you charge me €18 when the account was free?": a why about the writer's money is a complaint. */
function rhetoricalWhy(d: IntentResult, r: ModelReading, h: Hits): boolean {
  if (d.intent !== 'question') return false
  const why = h.get('why')
  if (why === null) return false
  const { words, x } = r
  const harm =
    intentWords().concreteProblem(words, x.folded) ??
    intentWords().charges.find(words, x.folded) ??
    h.get('harm') ??
    (AMOUNT_RE.test(x.text) ? 'an amount' : null)
  if (harm === null || !(ownsIt(words, x.folded) || ME_RE.test(x.folded))) return false
  // Asked of the bank in public (its name or a handle): "why was I charged a fee?" put to an
  // assistant is a question (intent-open's BANKING77 labels it so).
  if (!((r.ctx.brandsNamed ?? 0) > 0 || x.handles.length > 0)) return false
  d.intent = 'complaint'
  d.reasons.push(`asks "${why}" about the writer's own money ("${harm}"): a complaint, not a question`)
  return true
}

/** The writer as object ("charged me", "mir", "moi", "مني", "我"): the harm is theirs. */
const ME_RE = /(?:^|[^\p{L}])(?:me|mij|mir|mich|moi|m['’])(?![\p{L}])|مني|لي|我/u

/** A bank named (the enricher's brands; unknown counts as named), a banking word, or a bank's handle. */
function aboutABank(r: ModelReading, h: Hits): boolean {
  return (r.ctx.brandsNamed ?? 1) > 0 || h.get('banking') !== null || BANK_NAME_RE.test(r.x.text)
}

/** "What's everyone's budgeting method?": a question to the feed about nothing a bank does. */
function crowdQuestion(d: IntentResult, r: ModelReading, h: Hits): void {
  if (d.intent !== 'question') return
  const crowd = h.get('crowd')
  if (
    crowd === null ||
    (r.ctx.brandsNamed ?? 1) > 0 ||
    h.get('banking') !== null ||
    BANK_NAME_RE.test(r.x.text)
  )
    return
  if (r.cues.problem !== null || intentWords().charges.find(r.words, r.x.folded) !== null) return
  d.intent = 'other'
  d.reasons.push(`asks the feed ("${crowd}") about nothing a bank does: chatter, not a customer's question`)
}

/**
 * "Affected by today's outage? Claim your compensation, DM us": money offered to the reader with
 * a private channel is the phishing that follows an outage, whatever the model read (a complaint
 * for the outage it names, or a headline). A customer asks for their own ("my compensation")
 * and offers no one anything. The channel must be written out: a handle in a customer's post is
 * mostly the bank's.
 */
function compensationLure(d: IntentResult, r: ModelReading, h: Hits): boolean {
  const compensation = h.get('compensation')
  const privately = h.get('dm')
  if (compensation === null || privately === null || d.intent === 'spam' || ownsIt(r.words, r.x.folded))
    return false
  d.intent = 'spam'
  d.reasons.push(
    `compensation offered to the reader ("${compensation}") with a private channel ("${privately}"): phishing`,
  )
  return true
}

/** "Sorry to hear! Our recovery experts get funds back, DM us", "send your IBAN by DM": a scam reply. */
function scamReply(d: IntentResult, r: ModelReading, h: Hits): boolean {
  if (d.intent === 'spam' || d.intent === 'news' || ownsIt(r.words, r.x.folded)) return false
  // The offer read by its grammar too (intent-grammar.ts: "I recover lost funds", "wij halen uw
  // geld terug"), with a phone number or messenger for a channel: such a scam needs no link.
  const recovery = h.get('recovery') ?? (r.s.recoveryOffer ? recoveryOffer(r.x.folded) : null)
  const dm =
    h.get('dm') ??
    (r.x.handles.length > 0
      ? r.x.handles[0]!
      : r.s.recoveryOffer
        ? 'a number or messenger to write to'
        : null)
  if (recovery !== null && dm !== null) {
    d.intent = 'spam'
    d.reasons.push(`a funds-recovery offer ("${recovery}") with a private channel ("${dm}"): recovery scam`)
    return true
  }
  // "I make €500 a day trading, free course in my bio": an earnings claim with a way in.
  const earn = h.get('earn')
  const way = earn === null ? null : (h.get('bio') ?? dm ?? (r.x.urls.length > 0 ? 'a link' : null))
  if (earn === null || way === null || !AMOUNT_RE.test(r.x.text)) return false
  d.intent = 'spam'
  d.reasons.push(`an earnings claim ("${earn}") with a way in ("${way}"): spam`)
  return true
}
