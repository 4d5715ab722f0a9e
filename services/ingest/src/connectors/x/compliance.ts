import { arr, isObj, isoTime, nativeId, type Obj, obj, str, text } from '../common/coerce.js'
import { Collector, ERR } from '../common/result.js'
import type { Connector, NormaliseContext, Normalised } from '../types.js'

/** Tweet events that take the post out of public view: its text must be purged downstream. */
const PURGE = ['delete', 'drop'] as const
/** Events on users or on visibility per country: no single post to delete. */
const NOT_A_POST_DELETE = [
  'undrop',
  'withheld',
  'tweet_edit',
  'user_delete',
  'user_undelete',
  'user_protect',
  'user_unprotect',
  'user_suspend',
  'user_unsuspend',
  'user_withheld',
  'user_profile_modification',
  'scrub_geo',
] as const

function purge(c: Collector, item: string, kind: string, ev: Obj, ctx: NormaliseContext): void {
  const tweet = obj(ev.tweet ?? ev.status)
  const id = nativeId(tweet.id_str ?? tweet.id)
  if (!id) {
    c.error(item, ERR.missing, `${kind} event has no tweet id`)
    return
  }
  const authorId = str(tweet.author_id ?? tweet.user_id_str ?? tweet.user_id) ?? ''
  c.add(item, {
    platform: 'x',
    nativeId: id,
    event: 'delete',
    kind: 'post',
    url: `https://x.com/i/web/status/${id}`,
    author: { id: authorId, handle: authorId, isBrandAccount: ctx.accounts.isBrand('x', authorId) },
    text: '',
    createdAt: isoTime(ev.event_at ?? ev.timestamp_ms) ?? ctx.receivedAt,
  })
}

/**
 * X compliance stream events (`GET /2/tweets/compliance/stream`, `/2/users/compliance/stream`):
 * `delete` and `drop` become `delete` events on `x:<tweet id>`, so the text is purged
 * downstream. The legacy v1.1 `{"delete":{"status":…}}` form is read too. `tweet_edit` carries
 * no text (the new version arrives on the filtered stream with its edit history); user-level
 * events name no post: both are reported as skipped.
 */
export function normaliseXCompliance(doc: unknown, ctx: NormaliseContext): Normalised {
  const c = new Collector(ctx)
  const docs = Array.isArray(doc) ? doc : [doc]
  docs.forEach((d, di) => {
    const p = docs.length === 1 ? '' : `[${di}]`
    if (!isObj(d)) {
      c.error(p || '$', ERR.shape, 'payload is not a JSON object')
      return
    }
    for (const [i, e] of arr(d.errors).entries()) {
      c.error(
        `${p}errors[${i}]`,
        ERR.platform,
        `X reported: ${text(obj(e).title) ?? text(obj(e).detail) ?? 'error'}`,
      )
    }
    const data = isObj(d.data) ? d.data : d
    let seen = false
    for (const kind of PURGE) {
      if (isObj(data[kind])) {
        seen = true
        purge(c, `${p}data.${kind}`, kind, data[kind], ctx)
      }
    }
    for (const kind of NOT_A_POST_DELETE) {
      if (isObj(data[kind])) {
        seen = true
        c.skip(`${p}data.${kind}`, `${kind} is not a post deletion`)
      }
    }
    if (!seen && arr(d.errors).length === 0) c.error(p || '$', ERR.shape, 'no compliance event in payload')
  })
  return c.result()
}

export const xCompliance: Connector = {
  format: 'x-compliance',
  payload: 'json',
  normalise: normaliseXCompliance,
}
