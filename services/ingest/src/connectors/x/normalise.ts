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
  text,
} from '../common/coerce.js'
import { Collector, ERR } from '../common/result.js'
import type { Connector, NormaliseContext, Normalised } from '../types.js'

interface User {
  id: string
  username?: string
  followers: number
  verified: boolean
}

function usersOf(includes: Obj): Map<string, User> {
  const users = new Map<string, User>()
  for (const u of arr(includes.users)) {
    if (!isObj(u)) continue
    const id = str(u.id)
    if (!id) continue
    const metrics = obj(u.public_metrics)
    users.set(id, {
      id,
      ...(text(u.username) ? { username: text(u.username)! } : {}),
      followers: count(metrics.followers_count),
      // `verified` is the legacy flag; `verified_type` (blue, business, government) replaced it.
      verified: u.verified === true || (text(u.verified_type) ?? 'none') !== 'none',
    })
  }
  return users
}

/** X ids since 2010 are snowflakes: the top bits are milliseconds since X's epoch. */
const X_EPOCH_MS = 1288834974657n
export function snowflakeTime(id: string): string | undefined {
  if (!/^\d{15,20}$/.test(id)) return undefined
  return isoTime(Number((BigInt(id) >> 22n) + X_EPOCH_MS))
}

/** A tweet's own text: the long-form `note_tweet` when present, entities decoded (X sends `&amp;`). */
function tweetText(t: Obj): string | undefined {
  const raw = text(obj(t.note_tweet).text) ?? str(t.text)
  return raw === undefined ? undefined : decodeEntities(raw)
}

function oneTweet(
  c: Collector,
  item: string,
  t: Obj,
  users: Map<string, User>,
  refs: Map<string, Obj>,
  ctx: NormaliseContext,
): void {
  const id = nativeId(t.id)
  if (!id) {
    c.error(item, ERR.missing, 'tweet has no id')
    return
  }
  let body = tweetText(t)
  if (body === undefined) {
    c.error(item, ERR.missing, `tweet ${id} has no text`)
    return
  }
  const createdAt = isoTime(t.created_at) ?? snowflakeTime(id) ?? ctx.receivedAt
  const referenced = arr(t.referenced_tweets).filter(isObj)
  const replyTo = text(referenced.find((r) => r.type === 'replied_to')?.id)
  const retweetOf = text(referenced.find((r) => r.type === 'retweeted')?.id)
  // A retweet's own text is cut at 140 characters; the full original rides in includes.tweets.
  if (retweetOf) {
    const orig = refs.get(retweetOf)
    const full = orig ? tweetText(orig) : undefined
    const who = orig ? users.get(str(orig.author_id) ?? '')?.username : undefined
    if (full && who) body = `RT @${who}: ${full}`
  }
  const authorId = str(t.author_id) ?? ''
  const user = users.get(authorId)
  const metrics = obj(t.public_metrics)
  // An edit gets a new id; edit_history_tweet_ids lists every version, oldest first, so the
  // first is the id the mention has been known by since it was created.
  const history = arr(t.edit_history_tweet_ids)
    .map(str)
    .filter((s): s is string => !!s)
  const original = history.length > 1 && history[0] !== id ? history[0]! : id
  const handle = user?.username ?? authorId
  c.add(item, {
    platform: 'x',
    nativeId: original,
    event: original === id ? 'create' : 'edit',
    kind: replyTo ? 'reply' : 'post',
    url: user?.username ? `https://x.com/${user.username}/status/${id}` : `https://x.com/i/web/status/${id}`,
    author: {
      id: authorId,
      handle,
      followers: user?.followers ?? 0,
      verified: user?.verified ?? false,
      isBrandAccount: ctx.accounts.isBrand('x', authorId, user?.username),
    },
    text: body,
    createdAt,
    inReplyTo: replyTo ? `x:${replyTo}` : null,
    conversationId: text(t.conversation_id) ? `x:${text(t.conversation_id)}` : null,
    engagement: {
      likes: count(metrics.like_count),
      shares: count(metrics.retweet_count) + count(metrics.quote_count),
      replies: count(metrics.reply_count),
      views: count(metrics.impression_count),
    },
    lang: lang(t.lang),
  })
}

/**
 * X API v2 tweet payloads: a filtered-stream message or recent-search page
 * (`data` one tweet or a list, `includes.users`, `includes.tweets`, `errors`). Referenced
 * tweets in includes are context (the tweet replied to, quoted or retweeted), not mentions:
 * they did not match the bank's rules.
 */
export function normaliseXv2(doc: unknown, ctx: NormaliseContext): Normalised {
  const c = new Collector(ctx)
  const docs = Array.isArray(doc) ? doc : [doc]
  docs.forEach((d, di) => {
    const p = di === 0 && docs.length === 1 ? '' : `[${di}]`
    if (!isObj(d)) {
      c.error(p || '$', ERR.shape, 'payload is not a JSON object')
      return
    }
    const includes = obj(d.includes)
    const users = usersOf(includes)
    const refs = new Map<string, Obj>()
    for (const t of arr(includes.tweets)) if (isObj(t) && str(t.id)) refs.set(str(t.id)!, t)
    for (const [i, e] of arr(d.errors).entries()) {
      const eo = obj(e)
      c.error(
        `${p}errors[${i}]`,
        ERR.platform,
        `X reported: ${text(eo.title) ?? 'error'}: ${text(eo.detail) ?? text(eo.message) ?? ''}`.trim(),
      )
    }
    if (d.data === undefined) {
      if (arr(d.errors).length === 0) c.skip(p || '$', 'no data (empty page or keep-alive)')
      return
    }
    const tweets = Array.isArray(d.data) ? d.data : [d.data]
    tweets.forEach((t, i) => {
      const item = Array.isArray(d.data) ? `${p}data[${i}]` : `${p}data`
      if (!isObj(t)) {
        c.error(item, ERR.shape, 'tweet is not an object')
        return
      }
      oneTweet(c, item, t, users, refs, ctx)
    })
  })
  return c.result()
}

export const xV2: Connector = { format: 'x-v2', payload: 'json', normalise: normaliseXv2 }
