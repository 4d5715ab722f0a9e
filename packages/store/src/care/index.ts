export * from './queries-care.js'
export {
  CARE_ACTIONS,
  CARE_METRIC_KEYS,
  CARE_STATUSES,
  type CareActionKind,
  type CareActionRecord,
  type CareCursor,
  type CareMetricKey,
  type CareQueueArgs,
  type CareScope,
  type CareStatus,
  careActionsSql,
  careCountsSql,
  careItemSql,
  careMetricsSql,
  careQueueSql,
} from './sql-care.js'
