import { createHash } from 'node:crypto'
import {
  ALERT_TRENDS,
  type Alert,
  type AlertDelivery,
  type AlertStatus,
  type AlertTrend,
  type EnrichedMention,
  type Severity,
  sentimentFor,
} from '@vigil/schema'
import { fromChTime, toChTime } from './time.js'

const EVENT_RANK = { create: 0, edit: 1, delete: 2 } as const

/**
 * Identity of one event of one mention, stable across redeliveries and re-enrichment: a
 * mention is created once and deleted once; an edit is known by its time and new text.
 */
export function eventKey(m: EnrichedMention): string {
  if (m.event !== 'edit') return m.event
  const h = createHash('sha256').update(m.createdAt).update('\n').update(m.text).digest('hex')
  return `edit:${h.slice(0, 24)}`
}

/** Later events win in the current-state table; the rank breaks ties within a millisecond. */
export function mentionVersion(m: EnrichedMention): number {
  return Date.parse(m.receivedAt) * 4 + EVENT_RANK[m.event]
}

const uniq = <T>(xs: T[]) => [...new Set(xs)]
/** Counts fit UInt64 columns: whole, non-negative, and exact in a JS number. */
export const count = (n: number) => Math.min(Math.max(0, Math.floor(n)), Number.MAX_SAFE_INTEGER)
/** A half-star from some platform would not parse into the UInt8 column; keep the nearest star. */
export const stars = (r: number | null) => (r === null ? null : Math.min(5, Math.max(1, Math.round(r))))

export function commonColumns(m: EnrichedMention, chTime: (iso: string) => string = toChTime) {
  const brands = uniq(m.brands.map((b) => b.brand))
  const stances = brands.map((b) => sentimentFor(m, b))
  return {
    id: m.id,
    platform: m.platform,
    kind: m.kind,
    url: m.url,
    author_id: m.author.id,
    author_handle: m.author.handle,
    author_followers: count(m.author.followers),
    author_verified: m.author.verified,
    author_is_brand: m.author.isBrandAccount,
    text: m.text,
    lang: m.lang,
    brands,
    brand_via: m.brands.map((b) => `${b.brand}:${b.via}`),
    // Aligned with `brands`: what the post says of each (its own sentiment when it names one).
    brand_sentiment: stances.map((s) => s.label),
    brand_sentiment_score: stances.map((s) => s.score),
    sentiment: m.sentiment.label,
    sentiment_score: m.sentiment.score,
    intent: m.intent,
    pii: m.pii,
    hashtags: m.hashtags,
    terms: m.terms,
    likes: count(m.engagement.likes),
    shares: count(m.engagement.shares),
    replies: count(m.engagement.replies),
    views: count(m.engagement.views),
    rating: stars(m.rating),
    app_version: m.appVersion ?? '',
    in_reply_to: m.inReplyTo ?? '',
    conversation_id: m.conversationId ?? '',
    markets: m.markets,
    created_at: chTime(m.createdAt),
    received_at: chTime(m.receivedAt),
    enriched_at: chTime(m.enrichedAt),
    // Which model versions labelled it (008): a label can be traced after a hot reload.
    sentiment_model: m.models?.sentiment ?? '',
    intent_model: m.models?.intent ?? '',
  }
}

export function mentionRow(m: EnrichedMention) {
  return {
    ...commonColumns(m),
    intent_reasons: m.intentReasons,
    cashtags: m.cashtags,
    handles: m.handles,
    last_event: m.event,
    deleted: m.event === 'delete' ? 1 : 0,
    version: mentionVersion(m),
  }
}

export function mentionEventRow(m: EnrichedMention) {
  return { ...commonColumns(m), event: m.event, event_key: eventKey(m) }
}

/** Both rows of one mention with the shared columns built once (the sink's hot path). */
export function mentionRowPair(m: EnrichedMention) {
  const common = commonColumns(m)
  const key = eventKey(m)
  return {
    key,
    state: {
      ...common,
      intent_reasons: m.intentReasons,
      cashtags: m.cashtags,
      handles: m.handles,
      last_event: m.event,
      deleted: m.event === 'delete' ? 1 : 0,
      version: mentionVersion(m),
    },
    event: { ...common, event: m.event, event_key: key },
  }
}

export type MentionRowPair = ReturnType<typeof mentionRowPair>

export function alertRow(a: Alert) {
  return {
    id: a.id,
    version: a.version,
    brand: a.brand,
    status: a.status,
    severity: a.severity,
    score: a.score,
    confidence: a.confidence,
    signal_names: a.signals.map((s) => s.name),
    signal_observed: a.signals.map((s) => s.observed),
    signal_expected: a.signals.map((s) => s.expected),
    signal_scores: a.signals.map((s) => s.score),
    driver_hashtags: a.drivers.hashtags,
    driver_terms: a.drivers.terms,
    driver_platforms: a.drivers.platforms,
    driver_languages: a.drivers.languages,
    sector_wide: a.sectorWide,
    headline: a.headline,
    multiplier: a.multiplier ?? null,
    trend: a.trend ?? '',
    brand_name: a.brandName ?? '',
    probability: a.probability ?? null,
    opened_at: toChTime(a.openedAt),
    updated_at: toChTime(a.updatedAt),
    resolved_at: a.resolvedAt === null ? null : toChTime(a.resolvedAt),
    sample_mention_ids: a.sampleMentionIds,
  }
}

export type AlertRow = ReturnType<typeof alertRow>

export function rowToAlert(r: AlertRow): Alert {
  return {
    id: r.id,
    version: Number(r.version),
    brand: r.brand,
    status: r.status as AlertStatus,
    severity: r.severity as Severity,
    score: r.score,
    confidence: r.confidence,
    signals: r.signal_names.map((name, i) => ({
      name,
      observed: r.signal_observed[i] ?? 0,
      expected: r.signal_expected[i] ?? 0,
      score: r.signal_scores[i] ?? 0,
    })),
    drivers: {
      hashtags: r.driver_hashtags,
      terms: r.driver_terms,
      platforms: r.driver_platforms,
      languages: r.driver_languages,
    },
    sectorWide: Boolean(r.sector_wide),
    headline: r.headline,
    ...(r.multiplier === null || r.multiplier === undefined ? {} : { multiplier: r.multiplier }),
    ...((ALERT_TRENDS as readonly string[]).includes(r.trend) ? { trend: r.trend as AlertTrend } : {}),
    ...(r.brand_name ? { brandName: r.brand_name } : {}),
    ...(r.probability === null || r.probability === undefined ? {} : { probability: r.probability }),
    openedAt: fromChTime(r.opened_at),
    updatedAt: fromChTime(r.updated_at),
    resolvedAt: r.resolved_at === null ? null : fromChTime(r.resolved_at),
    sampleMentionIds: r.sample_mention_ids,
  }
}

export function deliveryRow(d: AlertDelivery) {
  return {
    alert_id: d.alertId,
    alert_version: d.alertVersion,
    brand: d.brand,
    outlet: d.outlet,
    kind: d.kind,
    event: d.event,
    idempotency_key: d.idempotencyKey,
    attempt: d.attempt,
    outcome: d.outcome,
    status: d.status,
    error: d.error,
    duration_ms: Math.max(0, Math.round(d.durationMs)),
    at: toChTime(d.at),
  }
}

export type DeliveryRow = ReturnType<typeof deliveryRow>

export function rowToDelivery(r: DeliveryRow): AlertDelivery {
  return {
    alertId: r.alert_id,
    alertVersion: Number(r.alert_version),
    brand: r.brand,
    outlet: r.outlet,
    kind: r.kind,
    event: r.event as AlertDelivery['event'],
    idempotencyKey: r.idempotency_key,
    attempt: Number(r.attempt),
    outcome: r.outcome as AlertDelivery['outcome'],
    status: Number(r.status),
    error: r.error,
    durationMs: Number(r.duration_ms),
    at: fromChTime(r.at),
  }
}
