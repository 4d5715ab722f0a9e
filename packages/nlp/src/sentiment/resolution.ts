/**
 * A decision layer over any model's label for three shapes the word-level models cannot read,
 * because each one carries the opposite polarity's words:
 *
 * - good news about a bad event ("card blocked … unblocked", "scammed but I got my money back",
 *   "终于到账", "رجعت فلوسي"): the event words read negative, the post is relief;
 * - negated negatives and litotes ("never had a problem", "geen klachten", "没毛病", "مش وحش");
 * - praise words under an ironic emoji ("great service 🙃", "well done 👏 app down again");
 * - (layer 2) a bare acknowledgement ("ok 👍", "noted", "收到", "تمام"): 👍 and "ok" read
 *   positive to every model, an analyst reads no opinion in them;
 * - (layer 3) a verdict that takes back its praise ("not bad, but not good either": the litotes
 *   rule read its first half), leaving the bank said outright ("never again", "closing my
 *   account"), mock praise under applause ("genius 👏"), a skull at something ("the app right now
 *   💀"), and laughter with no complaint word in it (at the bank's ad or chatbot: amused).
 *
 * The cue lists (data/resolution.json) are written from each language's ordinary
 * idiom by the Vigil team, not from any evaluation post. A cue only turns a label when nothing
 * says the problem is still open ("still no", "not yet", a negator right before the cue, a
 * question): an unresolved complaint keeps its negative.
 */
import { readFileSync } from 'node:fs'
import type { SentimentLabel } from '@vigil/schema'
import { foldText } from '../text.js'

interface CueLists {
  resolved: string[]
  litotes: string[]
  /** Layer 3's further litotes: a model tuned with an older layer answers as it did. */
  litotes3: string[]
  open: string[]
  ironicEmoji: string[]
  applause: string[]
  acknowledgements: string[]
  ackEmoji: string[]
  lukewarm: string[]
  leaving: string[]
  mockPraise: string[]
  despairEmoji: string[]
}

/**
 * Versions of the layer. A linear model names the one it was trained and tuned with in its
 * metadata (`"decisionLayer": n`), so that a new rule changes its hash and recorded version
 * instead of changing what an old file answers; the lexicon always runs the newest.
 * 1: resolution, litotes, irony, two-class abstention (round nine); 2: + bare acknowledgements;
 * 3: + lukewarm verdicts, leaving, mock praise, skull, laughter.
 */
export const DECISION_LAYER = 3

const CUES = JSON.parse(
  readFileSync(new URL('../../data/resolution.json', import.meta.url), 'utf8'),
) as CueLists & { _about: string }

/**
 * Cues made of letters get word edges; Chinese cues and emoji match anywhere. One edge check
 * around the whole alternation (not one per cue): a third of the cost on a typical post.
 */
const esc = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function cueRe(list: readonly string[]): RegExp {
  const folded = list.map(foldText)
  const worded = folded.filter((c) => /^[\p{Script=Latin}\p{Script=Arabic}]/u.test(c)).map(esc)
  const bare = folded.filter((c) => !/^[\p{Script=Latin}\p{Script=Arabic}]/u.test(c)).map(esc)
  const parts = []
  if (worded.length > 0) parts.push(`(?<![\\p{L}\\p{M}])(?:${worded.join('|')})(?![\\p{L}\\p{M}])`)
  if (bare.length > 0) parts.push(bare.join('|'))
  return new RegExp(parts.join('|'), 'gu')
}

const RESOLVED_RE = cueRe(CUES.resolved)
const LITOTES_RE = cueRe(CUES.litotes)
const LITOTES3_RE = cueRe([...CUES.litotes, ...CUES.litotes3])
const OPEN_RE = cueRe(CUES.open)
const IRONIC_RE = cueRe(CUES.ironicEmoji)
const APPLAUSE_RE = cueRe(CUES.applause)
const LUKEWARM_RE = cueRe(CUES.lukewarm)
const LEAVING_RE = cueRe(CUES.leaving)
const MOCK_PRAISE_RE = cueRe(CUES.mockPraise)
const DESPAIR_RE = cueRe(CUES.despairEmoji)
// Laughter however long it is stretched ("hahahaha", "jajaja", "هههههه", "哈哈哈"): a pattern, not a list.
const LAUGHTER_RE =
  /(?<![\p{L}\p{M}])(?:a?(?:ha){2,}h?|(?:ja){2,}|(?:je){2,}|(?:hi){3,}|lol+|lmao|mdr|ptdr|ه{3,})(?![\p{L}\p{M}])|[😂🤣😆]|哈哈|笑死/gu
const ACK_WORD = CUES.acknowledgements
  .map(foldText)
  .sort((a, b) => b.length - a.length)
  .map(esc)
  .join('|')
// Skin tones and the emoji variation selector ride on an acknowledging emoji.
const ACK_EMOJI = `(?:${CUES.ackEmoji.map(esc).join('|')})[\\u{1F3FB}-\\u{1F3FF}\\uFE0F]*`
const ACK_GAP = '(?:[\\s\\p{P}]|@[\\p{L}\\p{N}_]+)*'
// The whole post: @handles, acknowledging words (repeats allowed: "ok ok", "嗯嗯"), emoji and
// punctuation only. One other word ("ok but where is my money") and it is a post, not a reply.
const ACK_RE = new RegExp(
  `^${ACK_GAP}(?:${ACK_WORD})(?:${ACK_GAP}(?:${ACK_WORD}|${ACK_EMOJI}))*${ACK_GAP}(?:${ACK_EMOJI}${ACK_GAP})*$`,
  'u',
)

/** Whether the whole post is an acknowledgement ("ok 👍", "noted, thanks" is not: thanks is praise). */
export function isBareAcknowledgement(folded: string): boolean {
  // Cheap gate first: an acknowledgement is short.
  return folded.length <= 40 && ACK_RE.test(folded)
}
// A negator just before a cue ("not refunded", "nooit opgelost", "没解决", "ما انحلت") keeps it open.
const NEGATED_BEFORE_RE =
  /(?:^|[^\p{L}])(?:not|never|no|isn't|wasn't|hasn't|haven't|didn't|niet|nooit|geen|nicht|nie|kein|keine|pas|jamais|no|nunca|ni|ما|مش|لم|لا|مو)[\s\p{P}]*$|[不没沒未][\p{Script=Han}]{0,1}$/u

/** Some match of `re` in `folded` not preceded by a negator. */
function unnegated(re: RegExp, folded: string): boolean {
  re.lastIndex = 0
  for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
    const before = folded.slice(Math.max(0, m.index - 14), m.index)
    if (!NEGATED_BEFORE_RE.test(before)) return true
  }
  return false
}

/** Whether `re` matches anywhere in `s`. */
const has = (re: RegExp, s: string): boolean => {
  re.lastIndex = 0
  return re.test(s)
}

/**
 * Layer 3: a positive or neutral reading that the post itself takes back. Each check is one
 * regular expression; mock praise and the skull's laughter check run only after their emoji.
 */
function takesPraiseBack(folded: string, questions: number): boolean {
  if (has(LUKEWARM_RE, folded)) return true
  if (questions === 0 && unnegated(LEAVING_RE, folded)) return true
  if (has(APPLAUSE_RE, folded) && has(MOCK_PRAISE_RE, folded)) return true
  return has(DESPAIR_RE, folded) && !has(LAUGHTER_RE, folded)
}

/**
 * The label after the layer. `folded`: foldText(original) (lower case); `questions`: "?"
 * marks in the post; `negWords`: whether the lexicon found a negative word (the applause
 * emoji is ironic only beside one); `layer`: the version to run (DECISION_LAYER).
 */
export function resolveLabel(
  label: SentimentLabel,
  folded: string,
  questions: number,
  negWords: boolean,
  layer: number = DECISION_LAYER,
): SentimentLabel {
  if (layer >= 2 && label !== 'neutral' && isBareAcknowledgement(folded)) return 'neutral'
  if (layer >= 3 && label !== 'negative' && takesPraiseBack(folded, questions)) return 'negative'
  if (label === 'positive') {
    if (has(IRONIC_RE, folded)) return 'negative'
    if (negWords && has(APPLAUSE_RE, folded)) return 'negative'
    return label
  }
  if (questions > 0) return label
  if (layer >= 3 && label === 'neutral' && !negWords && has(LAUGHTER_RE, folded)) return 'positive'
  // The open-problem check last: most posts hold no cue at all, and it is then never run.
  const turns =
    // A neutral reading with a negative word in it is a bad event the model did not weigh.
    ((label === 'negative' || negWords) && unnegated(RESOLVED_RE, folded)) ||
    (layer >= 3 ? unnegated(LITOTES3_RE, folded) && !has(LUKEWARM_RE, folded) : unnegated(LITOTES_RE, folded))
  return turns && !has(OPEN_RE, folded) ? 'positive' : label
}
