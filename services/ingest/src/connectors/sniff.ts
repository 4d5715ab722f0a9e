import { arr, isObj, obj, text } from './common/coerce.js'
import type { Format } from './registry.js'

const COMPLIANCE_KEYS = [
  'delete',
  'drop',
  'undrop',
  'withheld',
  'tweet_edit',
  'user_delete',
  'user_suspend',
  'user_protect',
]

/** Which JSON format one parsed document is, from its shape; undefined when nothing fits. */
export function sniffJson(doc: unknown): Format | undefined {
  if (Array.isArray(doc)) {
    if (doc.length === 0) return undefined
    // Reddit's comments endpoint and Meta's examples are arrays of documents.
    const first = sniffJson(doc[0])
    return first === 'generic' || first === undefined ? (looksLikeMention(doc[0]) ? 'generic' : first) : first
  }
  if (!isObj(doc)) return undefined
  const data = doc.data
  if (isObj(data) && COMPLIANCE_KEYS.some((k) => isObj(data[k]))) return 'x-compliance'
  if (isObj(doc.delete) && isObj(obj(doc.delete).status)) return 'x-compliance'
  if (
    Array.isArray(doc.entry) &&
    (doc.object === 'page' ||
      doc.object === 'instagram' ||
      doc.entry.some((e) => isObj(e) && (e.changes || e.messaging)))
  ) {
    return 'meta-webhook'
  }
  if (
    typeof doc.field === 'string' &&
    isObj(doc.value) &&
    ['feed', 'comments', 'live_comments'].includes(doc.field)
  ) {
    return 'meta-webhook'
  }
  if (Array.isArray(doc.reviews) || (doc.reviewId !== undefined && Array.isArray(doc.comments)))
    return 'google-play'
  const resources = arr(data).filter(isObj)
  if (resources.some((r) => r.type === 'customerReviews' || r.type === 'customerReviewResponses'))
    return 'app-store-connect'
  if (isObj(doc.feed)) return 'itunes-rss'
  const kind = text(doc.kind) ?? ''
  if (arr(obj(doc.error).errors).some((e) => (text(obj(e).domain) ?? '').startsWith('youtube')))
    return 'youtube'
  if (kind.startsWith('youtube#')) return 'youtube'
  if (kind === 'Listing' || kind === 't1' || kind === 't3') return 'reddit'
  if (isTweet(data) || resources.some(isTweet) || isObj(doc.includes) || isObj(doc.matching_rules))
    return 'x-v2'
  if (looksLikeMention(doc)) return 'generic'
  return undefined
}

const isTweet = (v: unknown): boolean =>
  isObj(v) && typeof v.text === 'string' && (v.id !== undefined || Array.isArray(v.edit_history_tweet_ids))
/** The generic body: Mention-shaped (a platform and a text or an id), even when invalid. */
const looksLikeMention = (v: unknown): boolean =>
  isObj(v) && typeof v.platform === 'string' && (v.text !== undefined || v.id !== undefined)

/** RSS or Atom from XML text's root element. */
export function sniffXml(xml: string): Format | undefined {
  const root = xml
    .replace(/^\uFEFF/, '')
    .replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, '')
    .trimStart()
  const m = root.match(/^<([A-Za-z_][\w.:-]*)/)
  if (!m) return undefined
  const name = m[1]!.toLowerCase()
  if (name === 'rss' || name === 'rdf:rdf') return 'rss'
  // Apple's customer-reviews feed in XML is Atom with its own im: elements.
  if ((name === 'feed' || name.endsWith(':feed')) && /<im:rating[\s>]/.test(root)) return 'itunes-rss'
  if (name === 'feed' || name.endsWith(':feed')) return 'atom'
  return undefined
}
