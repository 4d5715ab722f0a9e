/**
 * "Thanks for nothing": a thank-you that means the opposite. The trained model reads the
 * "thanks" and scores such posts strongly positive (0.91 for "Thanks for nothing Northwind,
 * card blocked again"), and the banking prior is too weak to turn it. These set phrases are
 * unambiguous in every language listed, so they decide the label outright.
 */
const PHRASES = [
  'thanks for nothing',
  'thank you for nothing',
  'thanks a lot for nothing',
  'thanks for absolutely nothing',
  'no thanks to',
  'bedankt voor niets',
  'bedankt voor niks',
  'dank je voor niks',
  'danke für nichts',
  'danke für gar nichts',
  'merci pour rien',
  'gracias por nada',
  'obrigado por nada',
  'obrigada por nada',
]

const SARCASM_RE = new RegExp(`(?:^|[^\\p{L}])(?:${PHRASES.join('|')})(?=$|[^\\p{L}])`, 'u')
/**
 * Every phrase holds one of these (checked by a test): a plain alternation of literals that
 * rules out almost every post at half the cost of the phrase regex and its look-arounds.
 */
export const SARCASM_KEYS = ['nothing', 'no thanks', 'niets', 'niks', 'nichts', 'rien', 'nada'] as const
const SARCASM_KEY_RE = new RegExp(SARCASM_KEYS.join('|'))
export const SARCASM_PHRASES: readonly string[] = PHRASES

// Sentiment and then intent ask about the same post: the last answer is kept.
let lastFolded: string | null = null
let lastAnswer = false

/** Whether the folded (lower-cased) text thanks ironically. */
export function isSarcasticThanks(folded: string): boolean {
  if (folded !== lastFolded) {
    lastFolded = folded
    lastAnswer = SARCASM_KEY_RE.test(folded) && SARCASM_RE.test(folded)
  }
  return lastAnswer
}
