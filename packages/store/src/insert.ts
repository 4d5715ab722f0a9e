import type { Sealed } from '@vigil/config'
import type { Alert, AlertDelivery, EnrichedMention } from '@vigil/schema'
import { alertRow, deliveryRow, type MentionRowPair, mentionEventRow, mentionRow } from './rows.js'
import type { Store } from './store.js'
import { toChTime } from './time.js'

async function insertRows(store: Store, table: string, values: Record<string, unknown>[]): Promise<void> {
  if (values.length === 0) return
  await store.client.insert({ table: `\`${store.database}\`.${table}`, values, format: 'JSONEachRow' })
}

/** Current state; a repeated row for the same id and version collapses on merge / FINAL. */
export const insertMentions = (store: Store, ms: EnrichedMention[]) =>
  insertRows(store, 'mentions', ms.map(mentionRow))

/**
 * Evidence archive and, through the materialized view, the per-minute aggregates. Not
 * idempotent by itself: callers must filter out events already stored (see the sink).
 */
export const insertMentionEvents = (store: Store, ms: EnrichedMention[]) =>
  insertRows(store, 'mention_events', ms.map(mentionEventRow))

/** Rows built by `mentionRowPair`: the same tables as the two inserts above, built once. */
export const insertMentionStateRows = (store: Store, rows: MentionRowPair['state'][]) =>
  insertRows(store, 'mentions', rows)

/** See `insertMentionEvents`: callers filter out events already stored. */
export const insertMentionEventRows = (store: Store, rows: MentionRowPair['event'][]) =>
  insertRows(store, 'mention_events', rows)

export const insertAlerts = (store: Store, alerts: Alert[]) =>
  insertRows(store, 'alerts', alerts.map(alertRow))

/** Delivery attempts; a repeated record (same alert, key, attempt) collapses on merge / FINAL. */
export const insertDeliveries = (store: Store, ds: AlertDelivery[]) =>
  insertRows(store, 'alert_deliveries', ds.map(deliveryRow))

export interface AlertFeedback {
  alertId: string
  real: boolean
  note: string
  user: string
  at: string
}

export const insertAlertFeedback = (store: Store, fb: AlertFeedback) =>
  insertRows(store, 'alert_feedback', [
    { alert_id: fb.alertId, real: fb.real, note: fb.note, user: fb.user, at: toChTime(fb.at) },
  ])

/** An acknowledgement: by the operator token's name ('' in an open demo), at an ISO time. */
export interface AlertAck {
  alertId: string
  by: string
  at: string
}

export const insertAlertAck = (store: Store, ack: AlertAck) =>
  insertRows(store, 'alert_acks', [{ alert_id: ack.alertId, acked_by: ack.by, acked_at: toChTime(ack.at) }])

export interface DeadLetter {
  stage: string
  code: string
  reason: string
  sourceTopic: string
  sourcePartition: number
  sourceOffset: string
  /** Where the dead letter itself sits; empty / -1 when it never went through Kafka. */
  dlqTopic: string
  dlqPartition: number
  dlqOffset: string
  key: string | null
  value: Buffer | null
  /** The value sealed for the evidence archive's keys instead (it may hold personal data unmasked). */
  sealed?: Sealed
  at: string
}

/** Valid UTF-8 is kept readable; anything else is kept exactly, as base64. */
function encodeValue(v: Buffer | null): { value: string; value_encoding: string } {
  if (v === null) return { value: '', value_encoding: 'null' }
  try {
    return { value: new TextDecoder('utf-8', { fatal: true }).decode(v), value_encoding: 'utf8' }
  } catch {
    return { value: v.toString('base64'), value_encoding: 'base64' }
  }
}

/** Same source record refused by the same stage → same key, however often it was sent. */
export function deadLetterKey(d: DeadLetter): string {
  // A webhook payload has a source but no position in it: keyed by its DLQ position, or every
  // payload of that webhook would collapse into one row.
  return d.sourceTopic !== '' && d.sourceOffset !== ''
    ? `src:${d.stage}:${d.sourceTopic}:${d.sourcePartition}:${d.sourceOffset}`
    : `dlq:${d.dlqTopic}:${d.dlqPartition}:${d.dlqOffset}`
}

export const insertDeadLetters = (store: Store, dls: DeadLetter[]) =>
  insertRows(
    store,
    'dead_letters',
    dls.map((d) => ({
      dedup_key: deadLetterKey(d),
      stage: d.stage,
      code: d.code,
      reason: d.reason,
      source_topic: d.sourceTopic,
      source_partition: d.sourcePartition,
      source_offset: d.sourceOffset,
      dlq_topic: d.dlqTopic,
      dlq_partition: d.dlqPartition,
      dlq_offset: d.dlqOffset,
      key: d.key ?? '',
      ...(d.sealed ? { value: JSON.stringify(d.sealed), value_encoding: 'sealed' } : encodeValue(d.value)),
      at: toChTime(d.at),
    })),
  )
