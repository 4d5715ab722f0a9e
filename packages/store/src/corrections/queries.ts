import type { Intent, SentimentLabel } from '@vigil/schema'
import { run } from '../queries.js'
import type { Store } from '../store.js'
import { toChTime } from '../time.js'
import { type CorrectionExportArgs, correctionExportSql, correctionsOfSql } from './sql.js'

/** One analyst's correction of a mention's labels, as stored in `label_corrections`. */
export interface LabelCorrectionRow {
  mention_id: string
  correction_id: string
  /** The mention's primary brand ('' when it names none). */
  brand: string
  /** The corrected labels; '' where this correction left the label alone. */
  sentiment: SentimentLabel | ''
  intent: Intent | ''
  /** The labels in force just before this correction. */
  previous_sentiment: string
  previous_intent: string
  corrected_by: string
  corrected_role: string
  note: string
  /** ISO-8601 UTC. */
  at: string
}

export async function insertLabelCorrection(store: Store, row: LabelCorrectionRow): Promise<void> {
  await store.client.insert({
    table: `\`${store.database}\`.label_corrections`,
    values: [{ ...row, at: toChTime(row.at) }],
    format: 'JSONEachRow',
  })
}

export const labelCorrections = (store: Store, mentionId: string) =>
  run<LabelCorrectionRow>(store, correctionsOfSql(store.database, mentionId))

export interface CorrectionExample {
  id: string
  text: string
  lang: string
  sentiment: SentimentLabel | ''
  intent: Intent | ''
  corrected_at: string
}

/** The corrected mentions as training examples (see bin/vigil-train in @vigil/nlp). */
export const correctionExamples = (store: Store, args: CorrectionExportArgs = {}) =>
  run<CorrectionExample>(store, correctionExportSql(store.database, args))
