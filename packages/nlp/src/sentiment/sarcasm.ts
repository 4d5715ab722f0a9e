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

/** Whether the folded (lower-cased) text thanks ironically. */
export const isSarcasticThanks = (folded: string): boolean => SARCASM_RE.test(folded)
