import {
  arr,
  count,
  decodeEntities,
  isObj,
  isoTime,
  lang,
  nativeId,
  type Obj,
  obj,
  str,
  territory,
  text,
} from '../common/coerce.js'
import { Collector, ERR } from '../common/result.js'
import type { Connector, NormaliseContext, Normalised } from '../types.js'

function review(c: Collector, item: string, r: Obj, ctx: NormaliseContext): void {
  const id = nativeId(r.reviewId)
  if (!id) {
    c.error(item, ERR.missing, 'review has no reviewId')
    return
  }
  const comments = arr(r.comments).filter(isObj)
  const user = obj(comments.find((x) => isObj(x.userComment))?.userComment)
  const dev = comments.find((x) => isObj(x.developerComment))?.developerComment
  const pkg = text(r.packageName) ?? ctx.appId
  const url = pkg
    ? `https://play.google.com/store/apps/details?id=${encodeURIComponent(pkg)}&reviewId=${encodeURIComponent(id)}`
    : ''
  // With translationLanguage set, `text` is the translation and `originalText` what was written.
  const written = text(user.originalText) ?? text(user.text)
  // Play joins a review's title and body with a tab (reviews.list docs): a reader sees two paragraphs.
  // Play joins a review's title and body with a tab (reviews.list docs): a reader sees two paragraphs.
  const body =
    written === undefined ? undefined : decodeEntities(written).replace(/\t+/, '\n\n').replace(/\t+/, '\n\n')
  const author = text(r.authorName) ?? 'A Google user'
  if (body === undefined) {
    c.error(item, ERR.missing, `review ${id} has no userComment text (a rating without a review)`)
  } else {
    const stars = count(user.starRating)
    c.add(item, {
      platform: 'playstore',
      nativeId: id,
      kind: 'review',
      url,
      author: { id: author, handle: author },
      text: body,
      createdAt: isoTime(user.lastModified) ?? ctx.receivedAt,
      engagement: { likes: count(user.thumbsUpCount) },
      rating: stars >= 1 && stars <= 5 ? stars : null,
      appVersion: text(user.appVersionName) ?? null,
      lang: lang(user.reviewerLanguage),
      territory: territory(ctx.territory),
    })
  }
  if (isObj(dev) && text(dev.text)) {
    // Only the app's developer can answer on Play: the reply is the bank answering.
    c.add(`${item}.developerComment`, {
      platform: 'playstore',
      nativeId: `${id}:reply`,
      kind: 'reply',
      url,
      author: { id: pkg ?? 'developer', handle: pkg ?? 'developer', isBrandAccount: true },
      text: decodeEntities(text(dev.text)!),
      createdAt: isoTime(dev.lastModified) ?? ctx.receivedAt,
      inReplyTo: `playstore:${id}`,
      conversationId: `playstore:${id}`,
      territory: territory(ctx.territory),
    })
  }
}

/**
 * Google Play Developer API reviews: a `reviews.list` page (`{reviews: [...], tokenPagination}`),
 * one Review (`reviews.get`), or a list of them. The user's comment becomes a review
 * `playstore:<reviewId>` (star rating, app version name, reviewer language); the developer's
 * comment a reply `playstore:<reviewId>:reply` by the bank.
 */
export function normaliseGooglePlay(doc: unknown, ctx: NormaliseContext): Normalised {
  const c = new Collector(ctx)
  const items = Array.isArray(doc) ? doc : isObj(doc) && doc.reviews !== undefined ? arr(doc.reviews) : [doc]
  const base = Array.isArray(doc) ? '' : isObj(doc) && doc.reviews !== undefined ? 'reviews' : ''
  if (isObj(doc) && doc.reviews === undefined && doc.reviewId === undefined) {
    if (isObj(doc.error))
      c.error('$', ERR.platform, `Google reported: ${str(obj(doc.error).message) ?? 'error'}`)
    else if (Object.keys(doc).every((k) => k === 'tokenPagination' || k === 'pageInfo'))
      c.skip('$', 'empty page')
    else c.error('$', ERR.shape, 'not a reviews.list page or Review')
    return c.result()
  }
  items.forEach((r, i) => {
    const item = items.length === 1 && base === '' ? '$' : `${base}[${i}]`
    if (!isObj(r)) {
      c.error(item, ERR.shape, 'review is not an object')
      return
    }
    review(c, item, r, ctx)
  })
  return c.result()
}

export const googlePlay: Connector = {
  format: 'google-play',
  payload: 'json',
  normalise: normaliseGooglePlay,
}
