/**
 * Discourse cues of the locally trained sentiment model (issue 11 must-have 3, sentlocal2): the
 * error classes blind set 15 named in both models are not about words the tables lack, but about
 * how a post is built around them, in every language:
 *   - sarcastic thanks and praise: a politeness or praise word beside a negative event, or an
 *     eye-roll emoji ("thanks for nothing", "great, another fee 👏");
 *   - the part that counts: the words after the last "but", or of the last clause when there
 *     are several (a bad story that ends well; "I wouldn't say bad, but…");
 *   - negated praise and complaints without the usual negators ("no hassle", "zero complaints",
 *     "sin problemas", "sans souci", "ohne Probleme", "zonder gedoe");
 *   - a question with no polar word (eligibility questions are neutral, "is the app down?" is not:
 *     the table learns which words go with it);
 *   - laughter beside a negative word (mocking), and a post with no lexicon word by its length
 *     (dry negatives, hashtags only).
 * Each cue is a hashed sparse feature appended after the others, so a table fitted without them
 * (the shipped model, the intent model, older local files) reads exactly the features it was
 * fitted on: only tables whose metadata says `cues` read these.
 * The eye-roll set is read from the Unicode CLDR emoji annotations (en: "face with rolling eyes:
 * eye roll", "upside-down face: sarcasm", "clown face", "clapping hands" used sarcastically,
 * "unamused face", "person facepalming: exasperation, disbelief", "expressionless face").
 */
import { FNV_OFFSET, FNV_PRIME, fmix } from './fnv.js'
import type { LexiconScore } from './score.js'

const CUE_SEED = FNV_OFFSET ^ 0x637565
const TAIL_SALT = 0x7461696c
const NEG_SALT = 0x6e6f74
/** The features' word seed (features.ts): a word negated here shares its negated variant's slot. */
const WORD_SEED = FNV_OFFSET ^ 2
/** The features' unigram salt (features.ts): an elongated word also gives its plain word's slot. */
const UNIGRAM_SALT = 0x77
/**
 * A stretched ending: the prepared text keeps at most two of a letter ("buenísimooo" →
 * "buenísimoo", "graciaaas" → "graciaas"), so a doubled letter at the end or before a last
 * letter is read once more without it. Only the end: inside a word a double is mostly spelling.
 */
const ELONGATED = /(\p{L})\1(\p{L}?)$/u
/**
 * A binary cue is one feature among the post's hundreds of n-grams, all scaled by 1/√n: counted
 * twice it can outweigh a few n-grams without dwarfing them (not searched: no time this round).
 */
const CUE_REPEAT = 2
/** At most this many cue features per post (the feature buffer reserves them). */
export const MAX_CUE_FEATURES = 96

function hashString(seed: number, s: string): number {
  let h = seed
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME)
  return h
}

const words = (list: string): ReadonlySet<string> => new Set(list.split(' ').filter((w) => w !== ''))

/** Thanks and politeness words, folded (lower case, no accents) as the prepared text is. */
const THANKS = words(
  'thanks thank thx ty cheers merci danke dankeschon gracias bedankt dank dankjewel dankuwel ' +
    'grazie obrigado obrigada shukran شكرا شكر مشكورين',
)
const THANKS_HAN = ['谢谢', '感谢', '多谢', '谢了']
/** Contrast words: what follows the last one is the part the writer means. */
const CONTRAST = words(
  'but however though although yet mais cependant pourtant aber doch jedoch allerdings pero ' +
    'embargo aunque maar echter toch لكن ولكن بس',
)
const CONTRAST_HAN = ['但是', '可是', '不过', '但', '却']
/**
 * Negators the features' list lacks because they are prepositions or quantities: "without",
 * "zero". The next two words get the same negated variant as after "not" (features.ts).
 */
// The prepared text keeps accents: accented and plain spellings both ("jamás", "jamas").
const NEGATORS_EXTRA = words(
  'without zero sans aucun aucune sin cero ningun ningún ninguna ninguno nadie jamas jamás tampoco ' +
    'ohne null keinem keiner keines keinerlei niemals nichts nix zonder nul niets niks بدون بلا',
)
const LAUGH_RE =
  /^(?:(?:ha){2,}h?|(?:he){2,}|(?:ja){2,}j?|(?:je){2,}|(?:js){2,}j?|(?:hh)+h*|h{3,}|lol+|lmao+|xd+|mdr+|ptdr+|wkw+|ههه+|هه+)$/
const LAUGH_HAN = ['哈哈', '呵呵', '笑死']

/** Eye-roll and sarcasm emoji (CLDR annotations, above) as their UTF-16 low surrogates after 0xd83d / 0xd83e. */
const IRONY_D83D = new Set([0xde44, 0xde43, 0xdc4f, 0xde12, 0xde11])
const IRONY_D83E = new Set([0xdd21, 0xdd26])

function hasIronyEmoji(s: string): boolean {
  for (let i = 0; i + 1 < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 0xd83d && IRONY_D83D.has(s.charCodeAt(i + 1))) return true
    if (c === 0xd83e && IRONY_D83E.has(s.charCodeAt(i + 1))) return true
  }
  return false
}

/** The cue names a post carries (for tests and debugging; the hashes come from these names). */
export function cueNames(prepared: string, ev: LexiconScore): string[] {
  const out: string[] = []
  const ws = prepared.split(' ').filter((w) => w !== '')
  const thanks = ws.some((w) => THANKS.has(w)) || THANKS_HAN.some((t) => prepared.includes(t))
  const irony = hasIronyEmoji(prepared)
  const negative = ev.neg > 0 || ev.domain < 0 || ev.emoji < 0
  if (thanks && (negative || irony)) out.push('thanks+negative')
  if (ev.pos > 0 && negative) out.push('praise+negative')
  if (irony) out.push(ev.pos > 0 || thanks ? 'irony+praise' : 'irony')
  if (ev.questions > 0 && ev.pos === 0 && ev.neg === 0) out.push('question-no-polar')
  const laugh = ws.some((w) => LAUGH_RE.test(w)) || LAUGH_HAN.some((t) => prepared.includes(t))
  if (laugh) out.push(negative ? 'laugh+negative' : 'laugh')
  if (ev.hits === 0) out.push(`no-polar-${ws.length <= 3 ? 'short' : ws.length <= 10 ? 'mid' : 'long'}`)
  if (ev.negated > 0 && ev.neg === 0) out.push('negated-only')
  return out
}

/**
 * Word features of the part that counts: words after the last contrast word, else of the last
 * clause when there is more than one ("." "!" "?" tokens; a trailing mark closes no clause).
 * Chinese clauses have no spaces: the whole clause after the last contrast word is one "word".
 */
function tailStart(ws: string[]): number {
  let start = -1
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!
    if (CONTRAST.has(w)) start = i + 1
    else {
      for (const c of CONTRAST_HAN) {
        if (w.length > c.length && w.includes(c)) start = i
      }
    }
  }
  if (start > 0) return start
  let end = ws.length
  while (end > 0 && (ws[end - 1] === '.' || ws[end - 1] === '!' || ws[end - 1] === '?')) end--
  for (let i = end - 1; i > 0; i--) if (ws[i] === '.' || ws[i] === '!' || ws[i] === '?') return i + 1
  return -1
}

/**
 * Append the cue features of the prepared text (features.ts `prepare`: words joined by one
 * space, punctuation as tokens) into `out` from `at`, masked; returns the new end.
 */
export function appendCueFeatures(
  prepared: string,
  ev: LexiconScore,
  mask: number,
  out: Int32Array,
  at: number,
): number {
  let n = at
  const limit = at + MAX_CUE_FEATURES
  for (const name of cueNames(prepared, ev)) {
    const h = fmix(hashString(CUE_SEED, name)) & mask
    for (let r = 0; r < CUE_REPEAT; r++) out[n++] = h
  }
  const ws = prepared.split(' ').filter((w) => w !== '')
  const tail = tailStart(ws)
  if (tail > 0) {
    for (let i = tail; i < ws.length && n < limit; i++) {
      const w = ws[i]!
      if (w === '.' || w === '!' || w === '?') continue
      out[n++] = fmix(hashString(CUE_SEED, w) ^ TAIL_SALT) & mask
    }
  }
  let negLeft = 0
  for (let i = 0; i < ws.length && n < limit; i++) {
    const w = ws[i]!
    // Posts stretch words that subtitles and word lists spell once: read the plain word too.
    const plain = w.length > 3 ? w.replace(ELONGATED, '$1$2') : w
    if (plain !== w) out[n++] = fmix(hashString(WORD_SEED, plain) ^ UNIGRAM_SALT) & mask
    if (NEGATORS_EXTRA.has(w)) negLeft = 2
    else if (w === '.' || w === '!' || w === '?') negLeft = 0
    else if (negLeft > 0) {
      out[n++] = fmix(hashString(WORD_SEED, w) ^ NEG_SALT) & mask
      negLeft--
    }
  }
  return n
}
