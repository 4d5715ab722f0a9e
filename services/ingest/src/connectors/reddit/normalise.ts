import {
  arr,
  count,
  decodeEntities,
  isObj,
  isoTime,
  joinTitle,
  num,
  type Obj,
  obj,
  str,
  text,
} from '../common/coerce.js'
import { Collector, ERR } from '../common/result.js'
import type { Connector, NormaliseContext, Normalised } from '../types.js'

const GONE = new Set(['[deleted]', '[removed]'])
const MAX_DEPTH = 50

/** `t1_abc` from a thing's `name`, or from its kind and `id`. */
function fullname(kind: string, d: Obj): string | undefined {
  const name = text(d.name)
  if (name && /^t\d_[a-z0-9]+$/i.test(name)) return name
  const id = text(d.id)
  return id && /^[a-z0-9]+$/i.test(id) ? `${kind}_${id}` : undefined
}

/** The permalink, or one built from the post and comment ids (reddit.com/comments/{post}/_/{comment}). */
function redditUrl(d: Obj, name: string, link: string | undefined): string {
  const permalink = text(d.permalink)
  if (permalink) return permalink.startsWith('http') ? permalink : `https://www.reddit.com${permalink}`
  const post = link?.replace(/^t3_/, '')
  if (!post) return ''
  const comment = name.startsWith('t1_') ? `_/${name.slice(3)}/` : ''
  return `https://www.reddit.com/comments/${post}/${comment}`
}

function thing(c: Collector, item: string, t: Obj, ctx: NormaliseContext, depth: number): void {
  const kind = text(t.kind) ?? ''
  const d = obj(t.data)
  if (kind === 'Listing') {
    listing(c, item, t, ctx, depth + 1)
    return
  }
  if (kind === 'more') {
    c.skip(item, 'a "more" stub: those comments need another request')
    return
  }
  if (kind !== 't1' && kind !== 't3') {
    c.skip(item, `kind ${kind || '(none)'} is not a post or comment`)
    return
  }
  const name = fullname(kind, d)
  if (!name) {
    c.error(item, ERR.missing, `${kind} has no id`)
    return
  }
  const author = text(d.author) ?? '[deleted]'
  const isComment = kind === 't1'
  const raw = isComment
    ? (str(d.body) ?? '')
    : joinTitle(text(d.title), GONE.has(str(d.selftext) ?? '') ? '' : str(d.selftext))
  // Reddit keeps a deleted or removed thing in listings with its text replaced.
  // A post removed by its author or a moderator keeps its title in listings; its text is gone.
  const gone = isComment
    ? GONE.has(raw.trim())
    : GONE.has((str(d.selftext) ?? '').trim()) || text(d.removed_by_category) !== undefined
  const edited = num(d.edited)
  const parent = text(d.parent_id)
  const link = text(d.link_id) ?? (isComment ? undefined : name)
  const createdAt = isoTime(d.created_utc ?? d.created) ?? ctx.receivedAt
  if (!gone && raw.trim() === '') c.error(item, ERR.missing, `${name} has no text`)
  else {
    c.add(item, {
      platform: 'reddit',
      nativeId: name,
      event: gone ? 'delete' : edited !== undefined && edited > 0 ? 'edit' : 'create',
      kind: !isComment ? 'post' : parent?.startsWith('t1_') ? 'reply' : 'comment',
      url: redditUrl(d, name, link),
      author: {
        id: text(d.author_fullname) ?? author,
        handle: author,
        isBrandAccount:
          author !== '[deleted]' && ctx.accounts.isBrand('reddit', author, text(d.author_fullname)),
      },
      text: gone ? '' : decodeEntities(raw),
      createdAt,
      inReplyTo: isComment && parent ? `reddit:${parent}` : null,
      conversationId: link ? `reddit:${link}` : null,
      engagement: {
        likes: Math.max(0, num(d.score) ?? num(d.ups) ?? 0),
        replies: count(d.num_comments),
        shares: count(d.num_crossposts),
      },
      lang: null,
    })
  }
  if (isComment && isObj(d.replies)) thing(c, `${item}.replies`, d.replies, ctx, depth + 1)
}

function listing(c: Collector, item: string, l: Obj, ctx: NormaliseContext, depth: number): void {
  if (depth > MAX_DEPTH) {
    c.error(item, ERR.shape, `comment tree deeper than ${MAX_DEPTH}`)
    return
  }
  arr(obj(l.data).children).forEach((ch, i) => {
    const at = `${item}.children[${i}]`
    if (!isObj(ch)) {
      c.error(at, ERR.shape, 'child is not an object')
      return
    }
    thing(c, at, ch, ctx, depth)
  })
}

/**
 * Reddit listing JSON (`/r/{sub}/new.json`, `/r/{sub}/comments.json`, `/search.json`, or a
 * post's `/comments/{id}.json`, which is two listings: the post, then its comment tree). `t3`
 * posts and `t1` comments become mentions `reddit:<fullname>`; a body of "[deleted]" or
 * "[removed]" is a `delete`, an `edited` time an `edit`. Reddit scores are net votes.
 */
export function normaliseReddit(doc: unknown, ctx: NormaliseContext): Normalised {
  const c = new Collector(ctx)
  const docs = Array.isArray(doc) ? doc : [doc]
  docs.forEach((d, i) => {
    const item = docs.length === 1 ? '$' : `[${i}]`
    if (!isObj(d) || typeof d.kind !== 'string') {
      c.error(item, ERR.shape, 'not a Reddit thing or Listing (no kind)')
      return
    }
    thing(c, item, d, ctx, 0)
  })
  return c.result()
}

export const reddit: Connector = { format: 'reddit', payload: 'json', normalise: normaliseReddit }
