import {
  arr,
  count,
  decodeEntities,
  htmlToText,
  isObj,
  isoTime,
  nativeId,
  type Obj,
  obj,
  str,
  text,
} from '../common/coerce.js'
import { Collector, ERR } from '../common/result.js'
import type { Connector, NormaliseContext, Normalised } from '../types.js'

/** One `youtube#comment`. `videoId` and `parentId` may come from the thread around it. */
function comment(
  c: Collector,
  item: string,
  cm: Obj,
  thread: { videoId?: string; totalReplies?: number },
  ctx: NormaliseContext,
): void {
  const id = nativeId(cm.id)
  if (!id) {
    c.error(item, ERR.missing, 'comment has no id')
    return
  }
  const s = obj(cm.snippet)
  // textOriginal is what the author wrote (only returned to the author or with textFormat=plainText
  // on some keys); textDisplay is HTML and stands in when it is missing.
  const raw =
    text(s.textOriginal) ??
    (text(s.textDisplay) ? htmlToText(decodeEntities(str(s.textDisplay)!)) : undefined)
  if (raw === undefined) {
    c.error(item, ERR.missing, `comment ${id} has no text`)
    return
  }
  const videoId = text(s.videoId) ?? thread.videoId
  const parentId = text(s.parentId)
  const channelId = text(obj(s.authorChannelId).value) ?? text(s.authorChannelId) ?? ''
  const handle = text(s.authorDisplayName) ?? channelId
  const published = isoTime(s.publishedAt)
  const updated = isoTime(s.updatedAt)
  c.add(item, {
    platform: 'youtube',
    nativeId: id,
    event: published && updated && updated > published ? 'edit' : 'create',
    kind: parentId ? 'reply' : 'comment',
    url: videoId
      ? `https://www.youtube.com/watch?v=${encodeURIComponent(videoId)}&lc=${encodeURIComponent(id)}`
      : '',
    author: {
      id: channelId,
      handle,
      isBrandAccount: ctx.accounts.isBrand('youtube', channelId, handle),
    },
    text: raw,
    createdAt: published ?? updated ?? ctx.receivedAt,
    inReplyTo: parentId ? `youtube:${parentId}` : null,
    conversationId: videoId ? `youtube:${videoId}` : null,
    engagement: { likes: count(s.likeCount), replies: thread.totalReplies ?? 0 },
  })
}

function thread(c: Collector, item: string, t: Obj, ctx: NormaliseContext): void {
  const s = obj(t.snippet)
  const top = s.topLevelComment
  const videoId = text(s.videoId)
  if (!isObj(top)) {
    c.error(item, ERR.missing, 'commentThread has no topLevelComment')
    return
  }
  comment(
    c,
    `${item}.topLevelComment`,
    top,
    { ...(videoId ? { videoId } : {}), totalReplies: count(s.totalReplyCount) },
    ctx,
  )
  const topId = text(top.id)
  arr(obj(t.replies).comments).forEach((r, i) => {
    if (!isObj(r)) {
      c.error(`${item}.replies[${i}]`, ERR.shape, 'reply is not an object')
      return
    }
    // Replies name their parent; an older capture may not, and the thread says which it is.
    const withParent =
      text(obj(r.snippet).parentId) || !topId ? r : { ...r, snippet: { ...obj(r.snippet), parentId: topId } }
    comment(c, `${item}.replies[${i}]`, withParent, videoId ? { videoId } : {}, ctx)
  })
}

/**
 * YouTube Data API v3 comments: a `commentThreads.list` page (`youtube#commentThreadListResponse`),
 * one `youtube#commentThread`, or a `comments.list` page of `youtube#comment`. Top-level comments
 * are `comment`s on the video (`conversationId` `youtube:<videoId>`), replies are `reply`s to
 * their parent. A comment whose `updatedAt` is later than `publishedAt` is an `edit`.
 */
export function normaliseYoutube(doc: unknown, ctx: NormaliseContext): Normalised {
  const c = new Collector(ctx)
  if (!isObj(doc)) {
    c.error('$', ERR.shape, 'not a YouTube API response object')
    return c.result()
  }
  if (isObj(doc.error)) {
    c.error('error', ERR.platform, `YouTube reported: ${text(obj(doc.error).message) ?? 'error'}`)
    return c.result()
  }
  const kind = text(doc.kind) ?? ''
  const items = kind.endsWith('ListResponse') || Array.isArray(doc.items) ? arr(doc.items) : [doc]
  if (items.length === 0) c.skip('items', 'no comments in page')
  items.forEach((it, i) => {
    const item = items.length === 1 && items[0] === doc ? '$' : `items[${i}]`
    if (!isObj(it)) {
      c.error(item, ERR.shape, 'item is not an object')
      return
    }
    const k =
      text(it.kind) ?? (isObj(obj(it.snippet).topLevelComment) ? 'youtube#commentThread' : 'youtube#comment')
    if (k === 'youtube#commentThread') thread(c, item, it, ctx)
    else if (k === 'youtube#comment') comment(c, item, it, {}, ctx)
    else c.skip(item, `${k} is not a comment`)
  })
  return c.result()
}

export const youtube: Connector = { format: 'youtube', payload: 'json', normalise: normaliseYoutube }
