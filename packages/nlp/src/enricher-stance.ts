/**
 * The post's stance after intent (issue 11, item 3). Word-level sentiment models read a
 * complaint told as plain facts ("charged twice and nobody answers", "third week waiting for
 * my card", "app down again") as neutral: it holds no sentiment word. Intent reads the same
 * post's shape (money taken, still not done, waiting told in time, a named failure), so
 * when intent is a complaint **by one of those rules**, a neutral stance is negative; and a
 * post that intent calls abuse by an insult or an abusive term is not positive. The model's
 * bare intent guess ("model: complaint 41%") never turns a label: it is wrong on too many
 * notices and chatter.
 *
 * Intent runs after sentiment (it reads the sentiment), so this is a last step in the
 * enricher, not part of the sentiment scorer: the same model answers with or without it,
 * and a mention whose label it turned records so in its reasons and its sentiment version.
 */
import type { Intent, SentimentLabel } from '@vigil/schema'

/** Appended to the recorded sentiment version of a mention whose label this step turned. */
export const STANCE_VERSION_SUFFIX = '+intent-stance1'

/** Intent reasons (src/intent*.ts) that name a complaint's shape, not the model's guess. */
const COMPLAINT_SHAPES: readonly RegExp[] = [
  /^problem term "/,
  /^waiting \(".*"\) told in time/,
  /^a call back \(".*"\) waited for/,
  /^asks why \(".*"\) money was taken/,
  /^asks about something still not done/,
  /: a sarcastic complaint$/,
  /^names a charge \(".*"\) in a post that is not positive/,
  /^names a concrete problem \(".*"\) and gives no way in/,
  /^personal data next to a problem/,
  /^names a problem and is not positive$/,
  /^abusive term but a concrete problem/,
  /before the writer's own fault: a complaint$/,
]

/** Intent reasons that name abuse by its words, not the model's guess. */
const ABUSE_SHAPES: readonly RegExp[] = [
  /^abusive term "/,
  /^insult \(".*"\) and no concrete problem/,
  /^troll frame \(/,
  /^mocks the bank's (customers|staff)/,
  /told as a metaphor \(".*"\) .*: abuse$/,
  /^only an accusation \(/,
]

export interface StanceTurn {
  label: SentimentLabel
  /** The reason to record, or null when the label stands. */
  reason: string | null
}

/** The stance after intent: `label` as the model gave it, turned only by a shaped reason. */
export function stanceAfterIntent(
  label: SentimentLabel,
  intent: Intent,
  reasons: readonly string[],
): StanceTurn {
  if (label === 'neutral' && intent === 'complaint') {
    const why = reasons.find((r) => COMPLAINT_SHAPES.some((re) => re.test(r)))
    if (why !== undefined)
      return { label: 'negative', reason: `sentiment neutral → negative: a complaint (${why})` }
  }
  if (label === 'positive' && intent === 'troll') {
    const why = reasons.find((r) => ABUSE_SHAPES.some((re) => re.test(r)))
    if (why !== undefined)
      return { label: 'negative', reason: `sentiment positive → negative: abuse (${why})` }
  }
  return { label, reason: null }
}
