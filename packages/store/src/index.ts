export * from './errors.js'
export * from './insert.js'
export * from './migrate.js'
export * from './queries.js'
export * from './queries-insights.js'
export { eventKey, mentionVersion, rowToAlert } from './rows.js'
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
