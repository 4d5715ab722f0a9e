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
import { list, nodeText, parseFeedXml } from '../feeds/parse.js'
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

/** The XML feed (Atom with im: elements) in the JSON feed's `{label}` shape, so one reader serves both. */
function fromXml(x: Obj): unknown {
  const f = obj(x.feed)
  if (!isObj(x.feed)) return {}
  const l = (v: unknown) => ({ label: nodeText(v) })
  const entries = list(f.entry)
    .filter(isObj)
    .map((e) => {
      const author = obj(list(e.author)[0])
      const contents = list(e.content)
      const plain = contents.find((c) => !isObj(c) || str(c['@_type']) !== 'html') ?? contents[0]
      return {
        id: l(e.id),
        title: l(e.title),
        content: l(plain),
        updated: l(e.updated),
        'im:rating': l(e['im:rating']),
        'im:version': l(e['im:version']),
        'im:voteSum': l(e['im:voteSum']),
        ...(e['im:name'] !== undefined ? { 'im:name': l(e['im:name']) } : {}),
        author: { name: l(author.name), uri: l(author.uri) },
      }
    })
  const links = list(f.link).map((k) => ({ attributes: { href: str(obj(k)['@_href']) } }))
  return { feed: { id: l(f.id), link: links, entry: entries } }
}

/**
 * Apple's public customer-reviews feed in JSON
 * (`https://itunes.apple.com/{cc}/rss/customerreviews/id={app}/sortby=mostrecent/json`):
 * `feed.entry` one review or a list; older feeds put the app itself first (no `im:rating`), which
 * is skipped. Territory and app id come from the feed URL when the context does not give them.
 */
export function normaliseItunesRss(input: unknown, ctx: NormaliseContext): Normalised {
  const c = new Collector(ctx)
  let doc = input
  if (typeof input === 'string') {
    const x = parseFeedXml(input)
    if (x.malformed) c.error('$', 'VIGIL_ERR_MALFORMED_XML', `feed is not well-formed XML: ${x.malformed}`)
    doc = fromXml(x.doc)
  }
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

export const itunesRss: Connector = {
  format: 'itunes-rss',
  payload: 'json-or-xml',
  normalise: normaliseItunesRss,
}
