import {
  type Mention,
  type MentionEvent,
  type MentionKind,
  type Platform,
  validateMention,
} from '@vigil/schema'
import type { ItemIssue, NormaliseContext, Normalised } from '../types.js'

/** A mention as a connector builds it; the defaults fill the rest. */
export interface Draft {
  platform: Platform
  nativeId: string
  event?: MentionEvent
  kind: MentionKind
  url?: string
  author: { id?: string; handle?: string; followers?: number; verified?: boolean; isBrandAccount?: boolean }
  text: string
  createdAt: string
  inReplyTo?: string | null
  conversationId?: string | null
  engagement?: { likes?: number; shares?: number; replies?: number; views?: number }
  rating?: number | null
  appVersion?: string | null
  lang?: string | null
  territory?: string | null
}

/** Ingest writes every field, `territory` too (null off the stores), so exports have one shape. */
export const withTerritory = (m: Mention): Mention => ({ ...m, territory: m.territory ?? null })

/** Collects a payload's mentions and issues; every mention passes the schema's validator. */
export class Collector {
  private readonly out: Normalised = { mentions: [], errors: [], skipped: [] }
  constructor(private readonly ctx: NormaliseContext) {}

  add(item: string, d: Draft): void {
    const handle = d.author.handle ?? d.author.id ?? ''
    const candidate: Mention = {
      id: `${d.platform}:${d.nativeId}`,
      event: d.event ?? 'create',
      platform: d.platform,
      kind: d.kind,
      url: d.url ?? '',
      author: {
        id: d.author.id ?? handle,
        handle,
        followers: d.author.followers ?? 0,
        verified: d.author.verified ?? false,
        isBrandAccount: d.author.isBrandAccount ?? false,
      },
      text: d.text,
      createdAt: d.createdAt,
      receivedAt: this.ctx.receivedAt,
      inReplyTo: d.inReplyTo ?? null,
      conversationId: d.conversationId ?? null,
      engagement: {
        likes: d.engagement?.likes ?? 0,
        shares: d.engagement?.shares ?? 0,
        replies: d.engagement?.replies ?? 0,
        views: d.engagement?.views ?? 0,
      },
      rating: d.rating ?? null,
      appVersion: d.appVersion ?? null,
      lang: d.lang ?? null,
      territory: d.territory ?? null,
    }
    const r = validateMention(candidate, this.ctx.receivedAt)
    if (r.kind === 'ok') this.out.mentions.push(withTerritory(r.value))
    else this.error(item, r.kind === 'dlq' ? r.code : 'VIGIL_ERR_INVALID_MENTION', r.reason)
  }

  error(item: string, code: string, reason: string): void {
    this.out.errors.push({ item, code, reason })
  }

  skip(item: string, reason: string): void {
    this.out.skipped.push({ item, code: 'VIGIL_SKIP', reason })
  }

  issues(): ItemIssue[] {
    return this.out.errors
  }

  result(): Normalised {
    return this.out
  }
}

/** Error codes of the connectors, one registry (stable; the CLI and the webhook return them). */
export const ERR = {
  shape: 'VIGIL_ERR_PAYLOAD_SHAPE',
  missing: 'VIGIL_ERR_MISSING_FIELD',
  time: 'VIGIL_ERR_BAD_TIME',
  platform: 'VIGIL_ERR_PLATFORM_ERROR',
} as const
