import type { Intent, LabelCorrection, SentimentLabel } from '@vigil/schema'
import {
  insertLabelCorrection,
  type LabelCorrectionRow,
  labelCorrections,
  mentionsByIds,
  type Store,
} from '@vigil/store'

/** The labels in force on a mention (an analyst's correction, else the model's). */
export interface MentionLabels {
  id: string
  brands: string[]
  sentiment: string
  intent: string
}

/** What the correction routes need of the store. */
export interface CorrectionsData {
  /** The mention's labels in force, or null when no stored, undeleted mention has this id. */
  labels(mentionId: string): Promise<MentionLabels | null>
  insert(c: LabelCorrection): Promise<void>
  /** Oldest first. */
  list(mentionId: string): Promise<LabelCorrection[]>
}

const toRow = (c: LabelCorrection): LabelCorrectionRow => ({
  mention_id: c.mentionId,
  correction_id: c.id,
  brand: c.brand,
  sentiment: c.sentiment ?? '',
  intent: c.intent ?? '',
  previous_sentiment: c.previous.sentiment,
  previous_intent: c.previous.intent,
  corrected_by: c.by,
  corrected_role: c.role,
  note: c.note,
  at: c.at,
})

const fromRow = (r: LabelCorrectionRow): LabelCorrection => ({
  id: r.correction_id,
  mentionId: r.mention_id,
  brand: r.brand,
  ...(r.sentiment !== '' ? { sentiment: r.sentiment as SentimentLabel } : {}),
  ...(r.intent !== '' ? { intent: r.intent as Intent } : {}),
  previous: { sentiment: r.previous_sentiment, intent: r.previous_intent },
  by: r.corrected_by,
  role: r.corrected_role,
  note: r.note,
  at: r.at,
})

export function storeCorrections(store: Store): CorrectionsData {
  return {
    async labels(id) {
      const [m] = await mentionsByIds(store, [id])
      return m === undefined ? null : { id: m.id, brands: m.brands, sentiment: m.sentiment, intent: m.intent }
    },
    insert: (c) => insertLabelCorrection(store, toRow(c)),
    list: async (id) => (await labelCorrections(store, id)).map(fromRow),
  }
}
