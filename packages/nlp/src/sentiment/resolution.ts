/**
 * A decision layer over any model's label for three shapes the word-level models cannot read,
 * because each one carries the opposite polarity's words:
 *
 * - good news about a bad event ("card blocked … unblocked", "scammed but I got my money back",
 *   "终于到账", "رجعت فلوسي"): the event words read negative, the post is relief;
 * - negated negatives and litotes ("never had a problem", "geen klachten", "没毛病", "مش وحش");
 * - praise words under an ironic emoji ("great service 🙃", "well done 👏 app down again").
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
  open: string[]
  ironicEmoji: string[]
  applause: string[]
}

const CUES = JSON.parse(
  readFileSync(new URL('../../data/resolution.json', import.meta.url), 'utf8'),
) as CueLists & { _about: string }

/** Cues made of letters get word edges; Chinese cues and emoji match anywhere. */
function cueRe(list: readonly string[]): RegExp {
  const parts = list.map(foldText).map((c) => {
    const esc = c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    return /^[\p{Script=Latin}\p{Script=Arabic}]/u.test(c)
      ? `(?<![\\p{L}\\p{M}])${esc}(?![\\p{L}\\p{M}])`
      : esc
  })
  return new RegExp(parts.join('|'), 'gu')
}

const RESOLVED_RE = cueRe(CUES.resolved)
const LITOTES_RE = cueRe(CUES.litotes)
const OPEN_RE = cueRe(CUES.open)
const IRONIC_RE = cueRe(CUES.ironicEmoji)
const APPLAUSE_RE = cueRe(CUES.applause)
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
 * The label after the layer. `folded`: foldText(original) (lower case); `questions`: "?"
 * marks in the post; `negWords`: whether the lexicon found a negative word (the applause
 * emoji is ironic only beside one).
 */
export function resolveLabel(
  label: SentimentLabel,
  folded: string,
  questions: number,
  negWords: boolean,
): SentimentLabel {
  if (label === 'positive') {
    if (has(IRONIC_RE, folded)) return 'negative'
    if (negWords && has(APPLAUSE_RE, folded)) return 'negative'
    return label
  }
  if (questions > 0 || has(OPEN_RE, folded)) return label
  // A neutral reading with a negative word in it is a bad event the model did not weigh.
  if ((label === 'negative' || negWords) && unnegated(RESOLVED_RE, folded)) return 'positive'
  if (unnegated(LITOTES_RE, folded)) return 'positive'
  return label
}
