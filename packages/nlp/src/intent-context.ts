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

/** Signals beyond the text: platform, publisher, duplicates, the author's history. */
export function applyContext(
  r: IntentResult,
  x: IntentInput,
  ctx: IntentContext,
  /** The classifier's bounded memory of authors and texts; null: history signals off. */
  memory: IntentMemory | null,
  abuse: string | null,
  /** The text has a promotional phrase ("free money", "dm me", "免费领取", …). */
  promo: boolean,
): IntentResult {
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
    const dup = memory.sameText(x.folded, ctx.authorId, ctx.createdAt)
    const stats: AuthorStats | null =
      ctx.authorId === null
        ? null
        : memory.author(ctx.authorId, ctx.createdAt, intent === 'troll' || abuse !== null)
    if (dup >= 3) {
      reasons.push(`same text from ${dup} authors within a day`)
      // A crowd writing the same words ("app down again?? cannot log in", "charged twice,
      // please refund", "love the new app") is customers, the very voice Vigil must count, not
      // a raid. Repeated words make a raid only when they are abusive, and a spam run only when
      // they promote (a promotional phrase, or a link that is not a customer's complaint or question).
      if (intent !== 'troll' && intent !== 'spam' && intent !== 'news') {
        if (abuse !== null) intent = 'troll'
        else if (promo || (x.urls.length > 0 && intent !== 'complaint' && intent !== 'question'))
          intent = 'spam'
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
