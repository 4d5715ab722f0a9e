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

/** The iTunes JSON feed wraps every value as `{label, attributes}`. */
const label = (v: unknown): string | undefined => {
  const s = text(isObj(v) ? v.label : v)
  return s === undefined ? undefined : decodeEntities(s)
}

/** Territory and app id from the feed's own URL: `.../{cc}/rss/customerreviews/.../id={app}/...`. */
function feedOrigin(feed: Obj): { cc?: string; app?: string } {
  const urls = [label(feed.id), ...arr(feed.link).map((l) => str(obj(obj(l).attributes).href))]
  for (const u of urls) {
    const m = u?.match(/\/([a-z]{2})\/rss\/customerreviews\/(?:.*?\/)?id=(\d+)/i)
    if (m) return { cc: m[1]!, app: m[2]! }
  }
  return {}
}

/**
 * Apple's public customer-reviews feed in JSON
 * (`https://itunes.apple.com/{cc}/rss/customerreviews/id={app}/sortby=mostrecent/json`):
 * `feed.entry` one review or a list; older feeds put the app itself first (no `im:rating`), which
 * is skipped. Territory and app id come from the feed URL when the context does not give them.
 */
export function normaliseItunesRss(doc: unknown, ctx: NormaliseContext): Normalised {
  const c = new Collector(ctx)
  const feed = obj(obj(doc).feed)
  if (!isObj(obj(doc).feed)) {
    c.error('$', ERR.shape, 'not an iTunes RSS JSON feed (no feed object)')
    return c.result()
  }
  const origin = feedOrigin(feed)
  const app = ctx.appId ?? origin.app
  const cc = territory(ctx.territory ?? origin.cc)
  const many = Array.isArray(feed.entry)
  const entries = arr(feed.entry)
  if (entries.length === 0) c.skip('feed', 'feed has no entries')
  entries.forEach((e, i) => {
    const item = many ? `feed.entry[${i}]` : 'feed.entry'
    if (!isObj(e)) {
      c.error(item, ERR.shape, 'entry is not an object')
      return
    }
    if (e['im:rating'] === undefined && e['im:name'] !== undefined) {
      c.skip(item, 'app description entry')
      return
    }
    const id = nativeId(label(e.id))
    if (!id) {
      c.error(item, ERR.missing, 'entry has no id')
      return
    }
    const body = joinTitle(label(e.title), label(e.content))
    if (body === '') {
      c.error(item, ERR.missing, `review ${id} has no title or content`)
      return
    }
    const author = obj(e.author)
    const name = label(author.name) ?? 'App Store user'
    const stars = count(label(e['im:rating']))
    c.add(item, {
      platform: 'appstore',
      nativeId: id,
      kind: 'review',
      url: app ? `https://apps.apple.com/${(cc ?? 'us').toLowerCase()}/app/id${app}?see-all=reviews` : '',
      author: { id: label(author.uri)?.match(/id(\d+)/)?.[1] ?? name, handle: name },
      text: body,
      createdAt: isoTime(label(e.updated)) ?? ctx.receivedAt,
      engagement: { likes: count(label(e['im:voteSum'])) },
      rating: stars >= 1 && stars <= 5 ? stars : null,
      appVersion: label(e['im:version']) ?? null,
      territory: cc,
    })
  })
  return c.result()
}

export const itunesRss: Connector = { format: 'itunes-rss', payload: 'json', normalise: normaliseItunesRss }
