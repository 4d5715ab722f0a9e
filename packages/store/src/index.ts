export * from './care/index.js'
export * from './competitors/queries.js'
export { DRIVER_FIELDS, type DriverField, PERIODS, type Period } from './competitors/sql.js'
export { type DecideResult, decideVoiceDays, type VoicePlan, voicePlan } from './competitors/stored.js'
export { type AuthorCap, capKey, lookbackMs, type VoiceFilter } from './competitors/voice.js'
export * from './corrections/index.js'
export * from './errors.js'
export * from './evidence/index.js'
export * from './explorer/index.js'
export * from './insert.js'
export * from './mention-lines.js'
export * from './migrate.js'
export * from './queries.js'
export * from './queries-insights.js'
export * from './releases/queries.js'
export {
  type AppStore,
  type ReviewFilter,
  type ReviewSource,
  STORES,
  type VersionTermsArgs,
} from './releases/sql.js'
export { eventKey, type MentionRowPair, mentionRowPair, mentionVersion, rowToAlert } from './rows.js'
export * as seed from './seed/index.js'
export type {
  AuthorOrder,
  Breakdown,
  Bucket,
  BuiltQuery,
  ListAlertsArgs,
  RecentMentionsArgs,
  SearchMentionsArgs,
  TagField,
  TopAuthorsArgs,
  TopTagsArgs,
  VolumeArgs,
} from './sql.js'
export * as sql from './sql.js'
export { AUTHOR_ORDERS, BREAKDOWNS, BUCKETS, MAX_LIMIT, TAG_FIELDS } from './sql.js'
export * from './store.js'
export * from './time.js'
export * from './view-repair.js'
