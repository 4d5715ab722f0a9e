import { type BuiltQuery, iso, MINUTE_COUNTS, params, T64, t, window } from '../sql-common.js'

/**
 * Corrected labels, read where the store reads labels. An analyst's correction wins over the
 * model's label (the latest correction of each label); the views come from migration 008.
 */

/**
 * `mentions` (current state, FINAL) with each mention's labels in force: the corrected sentiment
 * and intent where an analyst set one (a corrected sentiment scores -1 / 0 / +1), and
 * `corrected` = 1 on those rows. Use as `FROM ${correctedMentions(db)} AS m`. The join costs
 * reading every column of `mentions FINAL` before the caller's filter: at 50k mentions the
 * explorer's newest-50 read went from 82 to 120 ms median (ANY join; 162 ms with a plain one).
 */
export function correctedMentions(db: string, source = `${t(db, 'mentions')} AS m FINAL`): string {
  return `(SELECT m.* REPLACE (
      if(c.sentiment != '', c.sentiment, m.sentiment) AS sentiment,
      if(c.sentiment != '' AND c.sentiment != m.sentiment,
         toFloat32(multiIf(c.sentiment = 'positive', 1, c.sentiment = 'negative', -1, 0)), m.sentiment_score) AS sentiment_score,
      if(c.intent != '', c.intent, m.intent) AS intent),
    toUInt8(c.mention_id != '') AS corrected
  FROM ${source}
  ANY LEFT JOIN ${t(db, 'label_corrections_latest')} AS c ON c.mention_id = m.id)`
}

const MINUTE_COLUMNS = 'minute, brand, platform, lang'
const COUNTS = MINUTE_COUNTS

/**
 * `mention_minute` with the corrections' signed deltas added as extra rows: readers that
 * `sum() … GROUP BY` (as every reader of mention_minute must) get the corrected counts and
 * sentiment sums. Use as `FROM ${correctedMinutes(db)}`.
 */
export function correctedMinutes(db: string): string {
  const signed = COUNTS.map((c) => `toInt64(${c}) AS ${c}`).join(', ')
  return `(SELECT ${MINUTE_COLUMNS}, ${signed}, sentiment_sum FROM ${t(db, 'mention_minute')}
  UNION ALL
  SELECT ${MINUTE_COLUMNS}, ${COUNTS.join(', ')}, sentiment_sum FROM ${t(db, 'mention_minute_corrections')})`
}

/** One mention's corrections, oldest first. */
export function correctionsOfSql(db: string, mentionId: string): BuiltQuery {
  return {
    query: `SELECT mention_id, correction_id, brand, sentiment, intent, previous_sentiment, previous_intent,
       corrected_by, corrected_role, note, ${iso('at')} AS at
FROM ${t(db, 'label_corrections')} FINAL
WHERE mention_id = {id:String}
ORDER BY at, correction_id`,
    query_params: { id: mentionId },
  }
}

export interface CorrectionExportArgs {
  /** Only corrections made at or after this time. */
  since?: string
  limit?: number
}

/**
 * Training examples: each corrected mention once, with its (masked) text, language and the
 * labels in force. The text is the stored one, so personal data stays masked in the export.
 */
export function correctionExportSql(db: string, args: CorrectionExportArgs = {}): BuiltQuery {
  return {
    query: `SELECT c.mention_id AS id, m.text AS text, m.lang AS lang, c.sentiment AS sentiment, c.intent AS intent,
       ${iso('c.corrected_at')} AS corrected_at
FROM ${t(db, 'label_corrections_latest')} AS c
INNER JOIN (SELECT id, text, lang FROM ${t(db, 'mentions')} FINAL
            WHERE deleted = 0 AND id IN (SELECT mention_id FROM ${t(db, 'label_corrections')})) AS m
  ON m.id = c.mention_id
${args.since !== undefined ? `WHERE c.corrected_at >= {since:${T64}}` : ''}
ORDER BY c.corrected_at, c.mention_id
LIMIT {limit:UInt32}`,
    query_params: params({
      since: args.since === undefined ? undefined : window(args.since, args.since).from,
      limit: args.limit ?? 1_000_000,
    }),
  }
}
