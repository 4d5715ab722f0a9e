import { createHash } from 'node:crypto'
import {
  decodeEntities,
  htmlToText,
  isObj,
  isoTime,
  joinTitle,
  lang,
  nativeId,
  type Obj,
  obj,
  str,
  text,
  tidy,
} from '../common/coerce.js'
import { Collector, ERR } from '../common/result.js'
import type { Connector, NormaliseContext, Normalised } from '../types.js'
import { list, nodeText, parseFeedXml } from './parse.js'

const hostOf = (u: string | undefined): string | undefined => {
  try {
    return u ? new URL(u).host.toLowerCase() : undefined
  } catch {
    return undefined
  }
}

/**
 * A stable id for an article: its GUID when that is a URL (unique on the web), else the GUID
 * scoped by the feed's host (a bare "1234" is only unique within its feed), else the link.
 * Too long or with spaces: a hash of it, so the id stays within the schema's 200 characters.
 */
export function articleId(
  guid: string | undefined,
  link: string | undefined,
  feedHost: string | undefined,
): string | undefined {
  const key = guid ? (/^[a-z][a-z0-9+.-]*:/i.test(guid) ? guid : `${feedHost ?? 'feed'}/${guid}`) : link
  if (!key) return undefined
  return nativeId(key) ?? createHash('sha256').update(key).digest('hex').slice(0, 40)
}

/** Plain text from a feed text construct: HTML (RSS descriptions, Atom type="html"/"xhtml") stripped. */
function body(v: unknown): string | undefined {
  const raw = nodeText(v)
  if (raw === undefined) return undefined
  const type = isObj(v) ? str(v['@_type']) : undefined
  return type === 'text' ? tidy(raw) : htmlToText(raw)
}

/** An Atom text construct kept raw: `text` (entities), `html` (escaped or CDATA HTML), `xhtml` (markup). */
function atomText(v: unknown): string | undefined {
  const raw = nodeText(v)
  if (raw === undefined) return undefined
  const type = (isObj(v) ? str(v['@_type']) : undefined) ?? 'text'
  const cdata = /^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/.exec(raw)
  if (type === 'xhtml') return htmlToText(raw)
  if (type === 'html') return htmlToText(cdata ? cdata[1]! : decodeEntities(raw))
  return tidy(cdata ? cdata[1]! : decodeEntities(raw))
}

interface Article {
  guid?: string
  link?: string
  title?: string
  content?: string
  author?: string
  published?: string
  lang?: string | null
}

function emit(
  c: Collector,
  item: string,
  a: Article,
  feed: { host?: string; title?: string },
  ctx: NormaliseContext,
): void {
  const id = articleId(a.guid, a.link, feed.host)
  if (!id) {
    c.error(item, ERR.missing, 'item has neither guid nor link')
    return
  }
  const t = joinTitle(a.title, a.content)
  if (t === '') {
    c.error(item, ERR.missing, `item ${id} has no title or text`)
    return
  }
  const author = a.author ?? feed.title ?? feed.host ?? 'unknown'
  c.add(item, {
    platform: 'news',
    nativeId: id,
    kind: 'post',
    url: a.link ?? (a.guid?.startsWith('http') ? a.guid : ''),
    author: {
      id: feed.host ?? author,
      handle: author,
      isBrandAccount: ctx.accounts.isBrand('news', feed.host),
    },
    text: t,
    // An item without a date is news now: it is dated when Vigil first read it.
    createdAt: (a.published && isoTime(a.published)) || ctx.receivedAt,
    lang: a.lang ?? null,
  })
}

function rssItems(c: Collector, channel: Obj, ctx: NormaliseContext, root: Obj): void {
  const feedLink = nodeText(list(channel.link).find((l) => typeof l === 'string' || isObj(l)))
  const feed = { host: hostOf(feedLink), title: text(nodeText(channel.title)) }
  const feedLang = lang(nodeText(channel.language) ?? nodeText(channel['dc:language']))
  // RSS 1.0 (RDF) puts items beside the channel, RSS 2.0 inside it.
  const items = list(channel.item).length > 0 ? list(channel.item) : list(root.item)
  if (items.length === 0) c.skip('channel', 'feed has no items')
  items.forEach((it, i) => {
    const item = `item[${i}]`
    if (!isObj(it)) {
      c.error(item, ERR.shape, 'item is not an element')
      return
    }
    const guid = text(nodeText(it.guid))
    emit(
      c,
      item,
      {
        guid: guid ?? text(it['@_rdf:about']),
        link: text(nodeText(it.link)),
        title: text(body(it.title)),
        content: text(body(it['content:encoded'] ?? it.description)),
        author: text(nodeText(it['dc:creator'])) ?? text(nodeText(it.author)),
        published: text(nodeText(it.pubDate)) ?? text(nodeText(it['dc:date'])),
        lang: lang(nodeText(it['dc:language'])) ?? feedLang,
      },
      feed,
      ctx,
    )
  })
}

/** The href of an Atom entry's alternate link (rel omitted means alternate). */
function atomLink(links: unknown[]): string | undefined {
  const objs = links.filter(isObj)
  const alt = objs.find((l) => (str(l['@_rel']) ?? 'alternate') === 'alternate') ?? objs[0]
  return text(alt?.['@_href'])
}

function atomEntries(c: Collector, feedEl: Obj, ctx: NormaliseContext): void {
  const feed = {
    host: hostOf(atomLink(list(feedEl.link)) ?? text(nodeText(feedEl.id))),
    title: text(body(feedEl.title)),
  }
  const feedLang = lang(str(feedEl['@_xml:lang']))
  const entries = list(feedEl.entry)
  if (entries.length === 0) c.skip('feed', 'feed has no entries')
  entries.forEach((e, i) => {
    const item = `entry[${i}]`
    if (!isObj(e)) {
      c.error(item, ERR.shape, 'entry is not an element')
      return
    }
    const author = obj(list(e.author)[0] ?? list(feedEl.author)[0])
    emit(
      c,
      item,
      {
        guid: text(nodeText(e.id)),
        link: atomLink(list(e.link)),
        title: text(atomText(e.title)),
        content: text(atomText(e.content ?? e.summary)),
        author: text(nodeText(author.name)),
        published: text(nodeText(e.published)) ?? text(nodeText(e.updated)),
        lang: lang(str(e['@_xml:lang'])) ?? feedLang,
      },
      feed,
      ctx,
    )
  })
}

function normaliseFeed(doc: unknown, ctx: NormaliseContext, expect: 'rss' | 'atom' | 'any'): Normalised {
  const c = new Collector(ctx)
  if (typeof doc !== 'string') {
    c.error('$', ERR.shape, 'feed must be XML text')
    return c.result()
  }
  const { doc: x, malformed } = parseFeedXml(
    doc,
    expect === 'atom' || (expect === 'any' && /<feed[\s>]/.test(doc.slice(0, 2000))),
  )
  if (malformed) c.error('$', 'VIGIL_ERR_MALFORMED_XML', `feed is not well-formed XML: ${malformed}`)
  const rss = obj(x.rss ?? x['rdf:RDF'])
  const atom = obj(x.feed)
  if ((expect === 'rss' || expect === 'any') && (isObj(x.rss) || isObj(x['rdf:RDF']))) {
    rssItems(c, obj(rss.channel), ctx, rss)
  } else if ((expect === 'atom' || expect === 'any') && isObj(x.feed)) {
    atomEntries(c, atom, ctx)
  } else if (!malformed) {
    const root = Object.keys(x).find((k) => !k.startsWith('?')) ?? '(none)'
    c.error(
      '$',
      ERR.shape,
      `expected ${expect === 'any' ? 'an RSS or Atom' : expect === 'rss' ? 'an RSS' : 'an Atom'} feed, root element is <${root}>`,
    )
  }
  return c.result()
}

/** RSS 2.0 (and RSS 1.0/RDF) feeds: one `news` post per item. */
export const rss: Connector = {
  format: 'rss',
  payload: 'xml',
  normalise: (d, ctx) => normaliseFeed(d, ctx, 'rss'),
}
/** Atom 1.0 feeds: one `news` post per entry. */
export const atom: Connector = {
  format: 'atom',
  payload: 'xml',
  normalise: (d, ctx) => normaliseFeed(d, ctx, 'atom'),
}
