import {
  arr,
  count,
  decodeEntities,
  isObj,
  isoTime,
  joinTitle,
  nativeId,
  type Obj,
  obj,
  str,
  territory,
  text,
} from '../common/coerce.js'
import { Collector, ERR } from '../common/result.js'
import type { Connector, NormaliseContext, Normalised } from '../types.js'

const appUrl = (appId: string | undefined, id: string) =>
  appId
    ? `https://apps.apple.com/app/id${encodeURIComponent(appId)}?see-all=reviews#${encodeURIComponent(id)}`
    : ''

function reviewOf(c: Collector, item: string, r: Obj, ctx: NormaliseContext): void {
  const id = nativeId(r.id)
  if (!id) {
    c.error(item, ERR.missing, 'customerReview has no id')
    return
  }
  const a = obj(r.attributes)
  const body = decodeEntities(joinTitle(text(a.title), text(a.body)))
  if (body === '') {
    c.error(item, ERR.missing, `customerReview ${id} has no title or body`)
    return
  }
  const stars = count(a.rating)
  const nick = text(a.reviewerNickname) ?? 'App Store user'
  c.add(item, {
    platform: 'appstore',
    nativeId: id,
    kind: 'review',
    url: appUrl(ctx.appId, id),
    author: { id: nick, handle: nick },
    text: body,
    createdAt: isoTime(a.createdDate) ?? ctx.receivedAt,
    rating: stars >= 1 && stars <= 5 ? stars : null,
    territory: territory(a.territory) ?? territory(ctx.territory),
  })
}

/** A developer response; `reviewId` from the review that includes it or the response's own link. */
function responseOf(
  c: Collector,
  item: string,
  r: Obj,
  reviewId: string | undefined,
  ctx: NormaliseContext,
): void {
  const a = obj(r.attributes)
  const rid = reviewId ?? text(obj(obj(obj(r.relationships).review).data).id)
  if (!rid) {
    c.error(item, ERR.missing, 'customerReviewResponse names no review')
    return
  }
  const body = text(a.responseBody) && decodeEntities(text(a.responseBody)!)
  if (!body) {
    c.error(item, ERR.missing, `response to ${rid} has no responseBody`)
    return
  }
  // A response pending publication is not public yet; a deleted one is a later event.
  const state = text(a.state)
  if (state && state !== 'PUBLISHED') {
    c.skip(item, `response state ${state} is not published`)
    return
  }
  c.add(item, {
    platform: 'appstore',
    nativeId: `${rid}:reply`,
    kind: 'reply',
    url: appUrl(ctx.appId, rid),
    author: { id: ctx.appId ?? 'developer', handle: ctx.appId ?? 'developer', isBrandAccount: true },
    text: body,
    createdAt: isoTime(a.lastModifiedDate) ?? ctx.receivedAt,
    inReplyTo: `appstore:${rid}`,
    conversationId: `appstore:${rid}`,
  })
}

/**
 * App Store Connect API customer reviews (JSON:API): `GET /v1/apps/{id}/customerReviews`
 * pages, optionally with `include=response`, a single review, or a page of
 * `customerReviewResponses`. Reviews become `appstore:<id>` (rating, title + body, territory
 * from alpha-3 to alpha-2); a published response becomes the bank's reply `appstore:<id>:reply`.
 * The API gives no app version for a review.
 */
export function normaliseAppStoreConnect(doc: unknown, ctx: NormaliseContext): Normalised {
  const c = new Collector(ctx)
  if (!isObj(doc)) {
    c.error('$', ERR.shape, 'not a JSON:API document')
    return c.result()
  }
  for (const [i, e] of arr(doc.errors).entries()) {
    c.error(
      `errors[${i}]`,
      ERR.platform,
      `Apple reported: ${text(obj(e).title) ?? ''} ${text(obj(e).detail) ?? ''}`.trim(),
    )
  }
  const included = new Map<string, Obj>()
  for (const inc of arr(doc.included)) {
    if (isObj(inc) && text(inc.type) === 'customerReviewResponses' && str(inc.id))
      included.set(str(inc.id)!, inc)
  }
  const many = Array.isArray(doc.data)
  const data = arr(doc.data)
  if (data.length === 0 && arr(doc.errors).length === 0) c.skip('$', 'no reviews in page')
  data.forEach((r, i) => {
    const item = many ? `data[${i}]` : 'data'
    if (!isObj(r)) {
      c.error(item, ERR.shape, 'resource is not an object')
      return
    }
    const type = text(r.type)
    if (type === 'customerReviewResponses') {
      responseOf(c, item, r, undefined, ctx)
      return
    }
    if (type !== undefined && type !== 'customerReviews') {
      c.skip(item, `resource type ${type} is not read`)
      return
    }
    reviewOf(c, item, r, ctx)
    const respId = text(obj(obj(obj(r.relationships).response).data).id)
    const resp = respId ? included.get(respId) : undefined
    if (resp && str(r.id)) responseOf(c, `included[${respId}]`, resp, str(r.id), ctx)
  })
  return c.result()
}

export const appStoreConnect: Connector = {
  format: 'app-store-connect',
  payload: 'json',
  normalise: normaliseAppStoreConnect,
}
