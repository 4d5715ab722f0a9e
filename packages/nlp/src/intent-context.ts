/**
 * Intent signals beyond the text (intent-classifier.ts applies them last, to the model's or
 * the rules' answer): a news platform or a publisher's account makes an article; the same
 * text from many authors within a day, and an author's recent history in the classifier's
 * bounded memory (share of abusive posts, posting rate), make a raid or a spam run.
 */
import type { Intent } from '@vigil/schema'
import type { IntentInput, IntentResult } from './intent.js'
import type { AuthorStats, IntentMemory } from './intent-memory.js'
import type { LexiconScore } from './sentiment/score.js'

/** What the enricher knows of the post beyond IntentInput. */
export interface IntentContext {
  lang: string
  /** Number of personal-data kinds found. */
  pii: number
  platform: string | null
  authorId: string | null
  brandAccount: boolean
  /** Brands the post names (the enricher's brand matcher); absent: unknown. */
  brandsNamed?: number
  /** Event time, ISO-8601 (author rates). */
  createdAt: string | null
  evidence: LexiconScore
}

/** A publisher's handle or name ("Reuters", "nos", "@FT") also marks news on other platforms. */
const PUBLISHER_RE =
  /^(?:reuters|bloomberg|ft|financialtimes|bbcnews|bbcbusiness|nos|nosnieuws|rtlnieuws|handelsblatt|lesechos|elpais|expansion|xinhua|caixin|alarabiya|aljazeera|cnbc|wsj|afp|ap|dpa|anp)/i

/** What marks an article: the news platform, a publisher's account, or a link to the piece. */
export function articleSignal(
  x: Pick<IntentInput, 'urls'>,
  ctx: Pick<IntentContext, 'platform' | 'authorId'>,
): boolean {
  return (
    ctx.platform === 'news' || (ctx.authorId !== null && PUBLISHER_RE.test(ctx.authorId)) || x.urls.length > 0
  )
}

/** What the text itself says, for the signals beyond it. */
export interface TextCues {
  /** An abusive term, or null. */
  abuse: string | null
  /** The text has a promotional phrase ("free money", "dm me", "免费领取", …). */
  promo: boolean
  /** A concrete problem of the writer's ("charged twice", "card blocked"), not only an accusation. */
  concrete: boolean
  /** The model's probability of troll (0 for the rules). */
  trollP: number
}

/** A crowd's post leans troll when the model gives troll this much (fixed in advance, not tuned on any set). */
const RAID_TROLL_P = 0.15

/** Signals beyond the text: platform, publisher, duplicates, the author's history. */
export function applyContext(
  r: IntentResult,
  x: IntentInput,
  ctx: IntentContext,
  /** The classifier's bounded memory of authors and texts; null: history signals off. */
  memory: IntentMemory | null,
  cues: TextCues,
): IntentResult {
  const { abuse, promo } = cues
  let { intent } = r
  const reasons = [...r.reasons]
  const publisher = ctx.platform === 'news' || (ctx.authorId !== null && PUBLISHER_RE.test(ctx.authorId))
  if (publisher && intent !== 'spam' && !ctx.brandAccount) {
    // Recorded also when the model already said news: it is why the answer cannot be otherwise.
    reasons.push(
      `${ctx.platform === 'news' ? 'news platform' : 'publisher account'}: an article, not a customer`,
    )
    intent = 'news'
  }
  if (memory !== null) {
    const exact = memory.sameText(x.folded, ctx.authorId, ctx.createdAt)
    const near = memory.nearText(x.folded, ctx.authorId, ctx.createdAt)
    const dup = Math.max(exact, near)
    const stats: AuthorStats | null =
      ctx.authorId === null
        ? null
        : memory.author(ctx.authorId, ctx.createdAt, intent === 'troll' || abuse !== null, intent === 'troll')
    if (dup >= 3) {
      reasons.push(`${exact >= dup ? 'same' : 'near-same'} text from ${dup} authors within a day`)
      // A crowd writing the same words ("app down again?? cannot log in", "charged twice,
      // please refund", "love the new app") is customers, the very voice Vigil must count, not
      // a raid. Repeated words make a raid only when they are abusive, or when they lean troll,
      // name no concrete problem of the writer's and were read as neither complaint nor
      // question; and a spam run only when they promote (a promotional phrase, or a link that is
      // not a customer's complaint or question). A complaint stays one however many write it:
      // turning "worst experience ever with X, closing my account" into a raid took
      // 6-10 % of a bank's complaints out of its baseline, and the crisis evaluation's payday then
      // alerted on an ordinary burst of complaints (lotus, 3.3x).
      if (intent !== 'troll' && intent !== 'spam' && intent !== 'news') {
        if (abuse !== null) intent = 'troll'
        else if (promo || (x.urls.length > 0 && intent !== 'complaint' && intent !== 'question'))
          intent = 'spam'
        else if (
          (intent === 'other' || intent === 'praise') &&
          !cues.concrete &&
          cues.trollP >= RAID_TROLL_P
        ) {
          intent = 'troll'
          reasons.push(
            `a crowd repeating a post that leans troll (${Math.round(cues.trollP * 100)}%) with no problem of its own: a raid`,
          )
        }
      }
    }
    // A repeat troll's mild post ("lol, still banking with these?") carries the author's record:
    // two or more earlier posts answered troll, half or more of them, and nothing of the
    // writer's own named. An author who only swore while complaining is counted apart (abusive).
    if (stats !== null) {
      const earlier = stats.posts - 1
      const earlierTrolls = stats.trolls - (intent === 'troll' ? 1 : 0)
      if (
        earlierTrolls >= 2 &&
        earlierTrolls * 2 >= earlier &&
        (intent === 'other' || intent === 'question' || intent === 'praise') &&
        !cues.concrete
      ) {
        intent = 'troll'
        reasons.push(`author: ${earlierTrolls} of ${earlier} earlier posts trolling: a repeat troll's post`)
      }
    }
    if (stats !== null && stats.posts >= 3) {
      if (
        stats.abusive / stats.posts >= 0.5 &&
        abuse !== null &&
        intent !== 'troll' &&
        intent !== 'complaint'
      ) {
        intent = 'troll'
      }
      if (stats.abusive / stats.posts >= 0.5)
        reasons.push(`author: ${stats.abusive} of ${stats.posts} recent posts abusive`)
      if (stats.perHour >= 20) {
        reasons.push(`author posts ${Math.round(stats.perHour)} times an hour`)
        if (x.urls.length > 0 && intent !== 'complaint' && intent !== 'news') intent = 'spam'
      }
    }
  }
  return { intent: intent as Intent, reasons }
}
