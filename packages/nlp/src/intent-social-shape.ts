/**
 * Social shapes read after the post's shape (round twelve, issue 11 item 2): what a feed holds
 * beside customers, in every language's own idiom, that the model reads as a customer or as
 * abuse for want of a banking word.
 *   - chatter ("other"): a job post, friends tagged to a plan, a meme format ("POV:",
 *     "niemand:", "moi quand"), nostalgia (an old photo, a grandparent who worked there), food
 *     by the branch — none naming a problem of the writer's or an abusive word;
 *   - trolls without swear words: a conspiracy ("the outage is a rehearsal for CBDCs"),
 *     wishing the bank ruin or its board jail, "not a bank, a casino", a mocking comparison
 *     ("talks like a robot", "the empathy of a broken ATM", 🤡), cheering a pile-on in the
 *     comments, a political rant ("boycott them", "清算") — none naming the writer's money.
 * And a complaint told after praising an advert ("nice ad, but my branch has been shut for a
 * year") — the praise is the opening of a sarcasm, the fault after it is care's.
 * Cue lists: data/intent-social-shape.json. Each rule records its reason; a bank's own account
 * and a publisher's article are exempt, and spam and news readings are left alone.
 */
import { readFileSync } from 'node:fs'
import type { IntentResult } from './intent.js'
import { articleSignal } from './intent-context.js'
import type { ModelReading } from './intent-overrides.js'
import { hasDuration, ownsIt } from './intent-second-look.js'
import { CueList, intentWords } from './intent-words.js'

const LISTS = [
  'jobPost',
  'nostalgia',
  'food',
  'conspiracy',
  'wishRuin',
  'notABank',
  'mockCompare',
  'pileOn',
  'rant',
  'adThenFault',
  'plan',
] as const
type ListName = (typeof LISTS)[number]

let built: Record<ListName, CueList> | null = null
let memeOpener: readonly string[] = []

/** The lists, read on the first call, never at import. */
function lists(): Record<ListName, CueList> {
  if (built !== null) return built
  const file = JSON.parse(
    readFileSync(new URL('../data/intent-social-shape.json', import.meta.url), 'utf8'),
  ) as Record<ListName | 'meme', string[]>
  memeOpener = file.meme.map((e) => e.toLowerCase())
  built = Object.fromEntries(LISTS.map((n) => [n, new CueList(file[n])])) as Record<ListName, CueList>
  return built
}

/** Build the lists now (before an enricher registers every intent list in its word table). */
export function prepareSocialShape(): void {
  lists()
}

const find = (name: ListName, r: ModelReading): string | null => lists()[name].find(r.words, r.x.folded)

/** Laughing or clown emoji: mockery's mark when no problem is named. */
const MOCK_EMOJI_RE = /🤡|😂|🤣|😹/u
/** "فرعي" (my branch), "شهور" (months): the writer's own branch or a long wait, which ownsIt and hasDuration miss. */
const AR_MINE_OR_MONTHS_RE = /فرعي|شهور|سنين/
/** Two or more handles opening the post: friends tagged, unless one is the bank's. */
const TAGS_RE = /^\s*(@[\p{L}\p{N}_.]+\s+){2,}/u
const BANKISH_RE = /bank|banco|banque|bnk|support|care|help|银行|銀行|بنك|مصرف/i

/** Corrects `d` in place; called after the post's shape (intent-shape.ts). */
export function applySocialShape(d: IntentResult, r: ModelReading): void {
  const { x, cues, words } = r
  if (r.ctx.brandAccount || d.intent === 'spam' || articleSignal(x, r.ctx) || cues.spam !== null) return
  if (adThenFault(d, r)) return
  const problem = intentWords().concreteProblem(words, x.folded)
  const chatterOpen = d.intent !== 'other' && d.intent !== 'news' && problem === null && cues.abuse === null
  // The writer's own money makes a customer, however it is told ("YOUR money" is not theirs);
  // a meme about it ("me when my card is declined") stays care's when the model says complaint.
  if (ownsIt(words, x.folded)) {
    if (chatterOpen && d.intent !== 'complaint') trollToChatter(d, r)
    return
  }
  // A conspiracy or ruin wished names the outage or the fraud as its pretext, not as a fault.
  if (d.intent !== 'troll' && chatterToTroll(d, r, problem !== null)) return
  if (chatterOpen) trollToChatter(d, r)
}

/** "Nice ad. Shame my branch has been shut for a year": sarcasm opening a complaint. */
function adThenFault(d: IntentResult, r: ModelReading): boolean {
  if (!(d.intent === 'other' || d.intent === 'praise' || (d.intent === 'troll' && r.cues.abuse === null)))
    return false
  const ad = find('adThenFault', r)
  const { words, x } = r
  if (
    ad === null ||
    !(ownsIt(words, x.folded) || hasDuration(x.folded) || AR_MINE_OR_MONTHS_RE.test(x.folded))
  )
    return false
  d.intent = 'complaint'
  d.reasons.push(`praises an advert ("${ad}") before the writer's own fault: a complaint`)
  return true
}

/** Abuse told without a swear word: conspiracy, ruin wished, a mocking comparison, a pile-on, a rant. */
function chatterToTroll(d: IntentResult, r: ModelReading, problemNamed: boolean): boolean {
  const { x } = r
  const strong =
    tagged('a conspiracy', find('conspiracy', r)) ?? tagged('ruin wished on the bank', find('wishRuin', r))
  // A headline the shape read as news and that holds a mocking comparison is a sneer, not news.
  if (d.intent === 'news' && find('mockCompare', r) === null) return false
  if (problemNamed && strong === null) return false
  const hit =
    strong ??
    tagged('"not a bank" metaphor', find('notABank', r)) ??
    tagged('a mocking comparison', find('mockCompare', r)) ??
    tagged(
      'cheers a pile-on',
      find('pileOn', r) !== null && MOCK_EMOJI_RE.test(x.text) ? find('pileOn', r) : null,
    ) ??
    tagged('a political rant', find('rant', r)) ??
    tagged('a clown for the staff', /🤡/u.test(x.text) && d.intent !== 'praise' ? '🤡' : null)
  if (hit === null) return false
  d.intent = 'troll'
  d.reasons.push(`${hit} with nothing of the writer's named: abuse`)
  return true
}

/** Chatter the model read as a customer or a troll: job posts, tagged friends, memes, nostalgia, food. */
function trollToChatter(d: IntentResult, r: ModelReading): void {
  const { x } = r
  // A troll an earlier rule found ("did the intern build this app during a lunch break?") stays one.
  if (d.intent === 'troll' && !d.reasons[0]?.startsWith('model: troll')) return
  const tags = TAGS_RE.exec(x.text)
  // "@a @b does Crest charge abroad?" asks about banking; "@a @b padel on Saturday?" is a plan.
  const friends =
    tags !== null && !BANKISH_RE.test(x.text) && find('plan', r) !== null ? tags[0].trim() : null
  const hit =
    tagged('a job post', find('jobPost', r)) ??
    tagged('friends tagged', friends) ??
    tagged('a meme format', memeAtStart(x.text)) ??
    tagged('nostalgia', find('nostalgia', r)) ??
    tagged('food talk', find('food', r))
  if (hit === null) return
  d.intent = 'other'
  d.reasons.push(`${hit} naming no problem: chatter`)
}

/** "POV: …", "niemand: …", "moi quand …": a meme's opener, only where the post starts. */
function memeAtStart(text: string): string | null {
  lists()
  const head = text.trimStart().toLowerCase()
  return memeOpener.find((e) => head.startsWith(e)) ?? null
}

const tagged = (what: string, cue: string | null): string | null =>
  cue === null ? null : `${what} ("${cue}")`
