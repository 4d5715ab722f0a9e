import type { MentionEvent } from '@vigil/schema'
import { arr, decodeEntities, isObj, isoTime, nativeId, type Obj, obj, str, text } from '../common/coerce.js'
import { Collector, ERR } from '../common/result.js'
import type { Connector, NormaliseContext, Normalised } from '../types.js'

const VERBS: Record<string, MentionEvent> = { add: 'create', edited: 'edit', edit: 'edit', remove: 'delete' }
/** Feed items that carry something a person wrote. Reactions, likes, shares carry none. */
const WRITTEN = new Set(['comment', 'post', 'status', 'photo', 'video', 'share'])

/** A Page `feed` change: a comment or reply (`item: comment`) or a post on the Page. */
function pageFeed(
  c: Collector,
  item: string,
  pageId: string,
  v: Obj,
  sentAt: string | undefined,
  ctx: NormaliseContext,
): void {
  const what = text(v.item) ?? ''
  const verb = text(v.verb) ?? ''
  const event = VERBS[verb]
  if (!WRITTEN.has(what)) {
    c.skip(item, `feed item ${what || '(none)'} is not a post or comment`)
    return
  }
  if (!event) {
    c.skip(item, `feed verb ${verb || '(none)'} changes no text`)
    return
  }
  const isComment = what === 'comment'
  const id = nativeId(isComment ? v.comment_id : (v.post_id ?? v.share_id))
  if (!id) {
    c.error(item, ERR.missing, `feed ${what} has no ${isComment ? 'comment_id' : 'post_id'}`)
    return
  }
  const message = decodeEntities(str(v.message) ?? '')
  if (event !== 'delete' && message.trim() === '') {
    c.skip(item, `feed ${what} ${verb} has no message (media only)`)
    return
  }
  const from = obj(v.from)
  const fromId = str(from.id) ?? str(v.sender_id) ?? ''
  const postId = text(v.post_id)
  const parentId = text(v.parent_id)
  c.add(item, {
    platform: 'facebook',
    nativeId: id,
    event,
    kind: isComment ? (parentId && parentId !== postId ? 'reply' : 'comment') : 'post',
    url: text(v.permalink_url) ?? text(v.link) ?? `https://www.facebook.com/${id}`,
    author: {
      id: fromId,
      handle: text(from.name) ?? text(v.sender_name) ?? fromId,
      isBrandAccount: fromId !== '' && (fromId === pageId || ctx.accounts.isBrand('facebook', fromId)),
    },
    text: message,
    createdAt: isoTime(v.created_time) ?? sentAt ?? ctx.receivedAt,
    inReplyTo: isComment && parentId ? `facebook:${parentId}` : null,
    conversationId: postId ? `facebook:${postId}` : null,
  })
}

/** An Instagram `comments` / `live_comments` change. Instagram sends no time: the entry's is used. */
function igComment(
  c: Collector,
  item: string,
  accountId: string,
  v: Obj,
  sentAt: string | undefined,
  ctx: NormaliseContext,
): void {
  const id = nativeId(v.id ?? v.comment_id)
  if (!id) {
    c.error(item, ERR.missing, 'comment has no id')
    return
  }
  const event = VERBS[text(v.verb) ?? 'add']
  if (!event) {
    c.skip(item, `comment verb ${text(v.verb)} changes no text`)
    return
  }
  const from = obj(v.from)
  const fromId = str(from.id) ?? ''
  const username = text(from.username)
  const mediaId = text(obj(v.media).id) ?? text(v.media_id)
  const parentId = text(v.parent_id)
  const body = decodeEntities(str(v.text) ?? '')
  if (event !== 'delete' && body.trim() === '') {
    c.skip(item, 'comment has no text')
    return
  }
  c.add(item, {
    platform: 'instagram',
    nativeId: id,
    event,
    kind: parentId ? 'reply' : 'comment',
    url: mediaId ? `https://www.instagram.com/p/${mediaId}/` : '',
    author: {
      id: fromId,
      handle: username ?? fromId,
      isBrandAccount:
        (fromId !== '' && fromId === accountId) || ctx.accounts.isBrand('instagram', fromId, username),
    },
    text: body,
    createdAt: isoTime(v.created_time ?? v.timestamp) ?? sentAt ?? ctx.receivedAt,
    inReplyTo: parentId ? `instagram:${parentId}` : null,
    conversationId: mediaId ? `instagram:${mediaId}` : null,
  })
}

function change(
  c: Collector,
  item: string,
  objectType: string,
  entry: Obj,
  ch: Obj,
  ctx: NormaliseContext,
): void {
  const field = text(ch.field) ?? ''
  const v = obj(ch.value)
  const entryId = str(entry.id) ?? ''
  const sentAt = isoTime(entry.time)
  let object = objectType
  // The dashboard's samples and some relays drop `object`: the field says which it is.
  if (object !== 'page' && object !== 'instagram') object = field === 'feed' ? 'page' : 'instagram'
  if (object === 'page' && field === 'feed') {
    pageFeed(c, item, entryId, v, sentAt, ctx)
    return
  }
  if (object === 'instagram' && (field === 'comments' || field === 'live_comments')) {
    igComment(c, item, entryId, v, sentAt, ctx)
    return
  }
  c.skip(item, `${object} field ${field || '(none)'} is not read`)
}

/**
 * Meta Graph API webhook notifications: `{object: "page"|"instagram", entry: [{id, time,
 * changes: [{field, value}]}]}`, one or a list. Page `feed` comments and posts and Instagram
 * `comments`; the verbs add / edited / remove become create / edit / delete.
 */
export function normaliseMeta(doc: unknown, ctx: NormaliseContext): Normalised {
  const c = new Collector(ctx)
  const docs = Array.isArray(doc) ? doc : [doc]
  docs.forEach((d, di) => {
    const p = docs.length === 1 ? '' : `[${di}]`
    // A bare change ({field, value}), as the app dashboard shows its samples.
    if (isObj(d) && d.entry === undefined && typeof d.field === 'string' && isObj(d.value)) {
      change(c, p || '$', '', {}, d, ctx)
      return
    }
    if (!isObj(d) || !Array.isArray(d.entry)) {
      c.error(p || '$', ERR.shape, 'not a Meta webhook notification (no entry list)')
      return
    }
    const object = text(d.object) ?? ''
    d.entry.forEach((e, ei) => {
      const item = `${p}entry[${ei}]`
      if (!isObj(e)) {
        c.error(item, ERR.shape, 'entry is not an object')
        return
      }
      if (e.messaging !== undefined)
        c.skip(`${item}.messaging`, 'messaging events are private messages, not read')
      // Instagram's examples put one change's field/value directly on the entry.
      const changes = e.changes !== undefined ? arr(e.changes) : e.field !== undefined ? [e] : []
      changes.forEach((ch, ci) => {
        const ci_item = `${item}.changes[${ci}]`
        if (!isObj(ch)) {
          c.error(ci_item, ERR.shape, 'change is not an object')
          return
        }
        change(c, ci_item, object, e, ch, ctx)
      })
    })
  })
  return c.result()
}

export const metaWebhook: Connector = { format: 'meta-webhook', payload: 'json', normalise: normaliseMeta }
