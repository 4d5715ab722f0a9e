import { INTENTS, type Intent } from '@vigil/schema'
import { correctedMentions } from '../corrections/sql.js'
import { StoreError } from '../errors.js'
import { type BuiltQuery, iso, limitOf, params, T64, t, window } from '../sql-common.js'

/**
 * Builders behind the care inbox. Same rules as sql.ts: values only through typed
 * placeholders, identifiers and fragments only from the tables in this file.
 *
 * An item is a complaint or question (or, on the trolls tab, a troll post) that names a brand
 * of the tab's scope, was not written by a brand account, is not news, and is not deleted.
 * It is *answered* once one of the scope's own accounts replied to it (`in_reply_to` = its id),
 * and *handled* when the latest handled / reopen action in `care_actions` says so.
 */

/** Where a tab looks: the brands it covers and whose accounts answer for them. */
export interface CareScope {
  /** Items naming any of these belong to the tab. */
  brands: string[]
  /** …unless they also name one of these (a post naming our bank and a competitor is ours). */
  excludeBrands?: string[]
  intents: Intent[]
  platform?: string
  /** The inbox reaches back this far (created_at). */
  since: string | Date
  /**
   * The scope's own accounts as `platform:handle-or-id` (lower case, no `@`), or `*:handle`
   * for a handle that counts on every platform. A reply from one of them closes the clock.
   */
  accounts: string[]
}

export const CARE_STATUSES = ['open', 'closed', 'all'] as const
export type CareStatus = (typeof CARE_STATUSES)[number]

export const CARE_ACTIONS = [
  'assign',
  'claim',
  'release',
  'handle',
  'reopen',
  'hide_request',
  'note',
] as const
export type CareActionKind = (typeof CARE_ACTIONS)[number]

/** Where the next page starts: the last row of the page before, in the page's order. */
export interface CareCursor {
  createdAt: string
  id: string
}

export interface CareQueueArgs extends CareScope {
  status: CareStatus
  /** Only items assigned to this person. */
  assignee?: string
  /** Oldest first (the backlog, most overdue on top) or newest first. */
  order: 'oldest' | 'newest'
  after?: CareCursor
  limit?: number
}

function checkScope(s: CareScope): void {
  for (const i of s.intents) {
    if (!INTENTS.includes(i)) throw new StoreError('VIGIL_ERR_BAD_QUERY_ARGS', `unknown intent ${String(i)}`)
  }
  if (s.brands.length === 0 || s.intents.length === 0) {
    throw new StoreError('VIGIL_ERR_BAD_QUERY_ARGS', 'a care scope needs brands and intents')
  }
}

/**
 * First reply per item from the scope's own accounts. The author is matched by handle and id
 * on the reply's platform, or by a handle that counts everywhere; `isBrandAccount` alone is not
 * enough, because a competitor's care account is a brand account too. Read from
 * `mention_replies` (011: the replies alone, by time) rather than every row of `mentions`.
 */
const replies = (db: string) => `SELECT reply_to, min(created_at) AS first_reply,
         argMin(author_handle, created_at) AS reply_by
  FROM ${t(db, 'mention_replies')}
  WHERE created_at >= {since:${T64}}
    AND hasAny({accounts:Array(String)}, [
      concat(platform, ':', lower(replaceRegexpOne(author_handle, '^@', ''))),
      concat(platform, ':', lower(author_id)),
      concat('*:', lower(replaceRegexpOne(author_handle, '^@', '')))])
  GROUP BY reply_to`

/** Current state per item from the append-only work log: the latest writer of each field wins. */
const states = (db: string) => `SELECT mention_id,
         argMaxIf(assignee, (at, action_id), action IN ('assign', 'claim', 'release')) AS assignee,
         argMaxIf(action = 'handle', (at, action_id), action IN ('handle', 'reopen')) AS handled,
         argMaxIf(actor, (at, action_id), action IN ('handle', 'reopen')) AS handled_by,
         maxIf(at, action IN ('handle', 'reopen')) AS handled_at,
         max(action = 'hide_request') AS hide_requested,
         countIf(action = 'note') AS notes
  FROM ${t(db, 'care_actions')}
  GROUP BY mention_id`

/** What the inbox reads of an item to filter, sort and count it (the rest comes per page). */
const KEY_COLUMNS =
  'id, version, created_at, deleted, author_is_brand, platform, intent, brands, sentiment, sentiment_score, pii'
/** The wide columns of an item, read only for the rows of a page (`careDetailsSql`). */
export const DETAIL_COLUMNS = ['kind', 'url', 'author_handle', 'author_followers', 'text', 'lang'] as const

const STATE_COLUMNS = `r.reply_to != '' AS answered, if(answered, ${iso('r.first_reply')}, '') AS first_reply_at,
       r.reply_by AS reply_by, s.assignee AS assignee, s.handled AS handled, s.handled_by AS handled_by,
       if(s.handled, ${iso('s.handled_at')}, '') AS handled_at, s.hide_requested AS hide_requested,
       s.notes AS notes`

const ITEM_COLUMNS = `m.id AS id, m.platform AS platform, m.kind AS kind, m.url AS url, m.author_handle AS author_handle,
       m.author_followers AS author_followers, m.text AS text, m.lang AS lang, m.intent AS intent,
       m.sentiment AS sentiment, m.brands AS brands, m.pii AS pii, ${iso('m.created_at')} AS created_at,
       ${STATE_COLUMNS}`

/** A page row before its wide columns are added. */
const PAGE_COLUMNS = `m.id AS id, m.platform AS platform, m.intent AS intent, m.sentiment AS sentiment,
       m.brands AS brands, m.pii AS pii, ${iso('m.created_at')} AS created_at, ${STATE_COLUMNS}`

/**
 * The current state of the window's possible items, narrow. Two things keep it cheap at 10^7
 * rows (migration 011's notes in README.md): only KEY_COLUMNS travel through the sort that keeps
 * the newest version of each id (a `SELECT *` there drags every column of every row of the
 * window through it), and only ids with at least one version that could be an item are read:
 * one that names a scope brand, is not news and not by a brand account, with a scope intent or
 * a correction (which may have changed its intent). The newest version of an item is such a
 * version, so no item is lost; the filters are applied again to the newest version in scoped().
 * The ids are matched by their 64-bit hash (014: a set of strings probed ~4×10^5 times cost
 * half the window's CPU at 10M rows). A colliding id lets another id's rows in, which changes
 * nothing: its newest version passes scoped() only if it is itself such a version, and then
 * its id was in the set anyway.
 */
function careWindow(db: string): string {
  const mentions = t(db, 'mentions')
  return `(SELECT ${KEY_COLUMNS} FROM ${mentions}
  WHERE created_at >= {since:${T64}} AND cityHash64(id) IN (
    SELECT cityHash64(id) FROM ${mentions}
    WHERE created_at >= {since:${T64}} AND hasAny(brands, {brands:Array(String)}) AND platform != 'news'
      AND NOT author_is_brand
      AND (has({intents:Array(String)}, intent) OR id IN (SELECT mention_id FROM ${t(db, 'label_corrections_latest')})))
  ORDER BY version DESC LIMIT 1 BY id)`
}

const STATUS_WHERE: Record<CareStatus, string> = {
  open: "r.reply_to = '' AND NOT s.handled",
  closed: "(r.reply_to != '' OR s.handled)",
  all: '1',
}

function scoped(db: string, s: CareScope, extra: string[], p: Record<string, unknown>) {
  checkScope(s)
  const where = [
    'm.deleted = 0',
    'NOT m.author_is_brand',
    "m.platform != 'news'",
    'has({intents:Array(String)}, m.intent)',
    'hasAny(m.brands, {brands:Array(String)})',
    `m.created_at >= {since:${T64}}`,
  ]
  if (s.excludeBrands && s.excludeBrands.length > 0)
    where.push('NOT hasAny(m.brands, {exclude:Array(String)})')
  if (s.platform !== undefined) where.push('m.platform = {platform:String}')
  where.push(...extra)
  const from = `${correctedMentions(db, `${careWindow(db)} AS m`)} AS m
LEFT JOIN (${replies(db)}) AS r ON m.id = r.reply_to
LEFT JOIN (${states(db)}) AS s ON m.id = s.mention_id`
  return {
    from,
    where: where.join(' AND '),
    query_params: params({
      intents: s.intents,
      brands: s.brands,
      exclude: s.excludeBrands && s.excludeBrands.length > 0 ? s.excludeBrands : undefined,
      platform: s.platform,
      since: window(s.since, s.since).from,
      accounts: s.accounts,
      ...p,
    }),
  }
}

/**
 * One page of the inbox in (created_at, id) order, starting after the cursor, without the wide
 * columns (DETAIL_COLUMNS): `careQueue` adds them from `careDetailsSql` for the page's ids.
 */
export function careQueueSql(db: string, args: CareQueueArgs): BuiltQuery {
  if (!CARE_STATUSES.includes(args.status)) {
    throw new StoreError('VIGIL_ERR_BAD_QUERY_ARGS', `unknown status ${String(args.status)}`)
  }
  const asc = args.order === 'oldest'
  const extra = [STATUS_WHERE[args.status]]
  const p: Record<string, unknown> = { limit: limitOf(args.limit) }
  if (args.assignee !== undefined) {
    extra.push('s.assignee = {assignee:String}')
    p.assignee = args.assignee
  }
  if (args.after !== undefined) {
    extra.push(`(m.created_at, m.id) ${asc ? '>' : '<'} ({afterAt:${T64}}, {afterId:String})`)
    p.afterAt = window(args.after.createdAt, args.after.createdAt).from
    p.afterId = args.after.id
  }
  const q = scoped(db, args, extra, p)
  const dir = asc ? 'ASC' : 'DESC'
  return {
    query: `SELECT ${PAGE_COLUMNS}
FROM ${q.from}
WHERE ${q.where}
ORDER BY m.created_at ${dir}, m.id ${dir}
LIMIT {limit:UInt32}`,
    query_params: q.query_params,
  }
}

/** The wide columns of a page's items: the newest version of each id in the window. */
export function careDetailsSql(db: string, args: { ids: string[]; since: string | Date }): BuiltQuery {
  return {
    query: `SELECT id, ${DETAIL_COLUMNS.join(', ')}
FROM ${t(db, 'mentions')}
WHERE created_at >= {since:${T64}} AND id IN {ids:Array(String)}
ORDER BY version DESC
LIMIT 1 BY id`,
    query_params: { ids: args.ids, since: window(args.since, args.since).from },
  }
}

/**
 * The real backlog of a tab: open items (no answer from the scope's accounts, not handled),
 * and how many of them were posted at or before each SLA cutoff (the api computes the cutoffs,
 * in business time when business hours are set), so "past 30" and "breached" are counts too.
 */
export function careCountsSql(
  db: string,
  args: CareScope & { dueCutoff: string | Date; breachCutoff: string | Date },
): BuiltQuery {
  const q = scoped(db, args, [], {
    due: window(args.dueCutoff, args.dueCutoff).from,
    breach: window(args.breachCutoff, args.breachCutoff).from,
  })
  return {
    query: `SELECT countIf(${STATUS_WHERE.open}) AS open,
       countIf(${STATUS_WHERE.open} AND m.created_at <= {due:${T64}}) AS past_due,
       countIf(${STATUS_WHERE.open} AND m.created_at <= {breach:${T64}}) AS breached,
       countIf(${STATUS_WHERE.open} AND notEmpty(m.pii)) AS with_pii,
       countIf(r.reply_to != '') AS answered,
       countIf(r.reply_to = '' AND s.handled) AS handled_unanswered
FROM ${q.from}
WHERE ${q.where}`,
    query_params: q.query_params,
  }
}

/** One item with its state, whatever tab it is on (the detail beside a row). */
export function careItemSql(
  db: string,
  args: { id: string; accounts: string[]; since: string | Date },
): BuiltQuery {
  return {
    query: `SELECT ${ITEM_COLUMNS}
FROM ${correctedMentions(db)} AS m
LEFT JOIN (${replies(db)}) AS r ON m.id = r.reply_to
LEFT JOIN (${states(db)}) AS s ON m.id = s.mention_id
WHERE m.id = {id:String}`,
    query_params: { id: args.id, accounts: args.accounts, since: window(args.since, args.since).from },
  }
}

/** An item's work log, in order. FINAL: a retried insert of one action shows once. */
export function careActionsSql(db: string, mentionId: string): BuiltQuery {
  return {
    query: `SELECT mention_id, action_id, action, actor, assignee, note, ${iso('at')} AS at
FROM ${t(db, 'care_actions')} FINAL
WHERE mention_id = {id:String}
ORDER BY at, action_id`,
    query_params: { id: mentionId },
  }
}

/** What care performance may be broken down by; fixed SQL text, never caller text. */
export const CARE_METRIC_KEYS = {
  platform: 'm.platform',
  week: iso("toDateTime64(toStartOfWeek(m.created_at, 1), 3, 'UTC')"),
  all: "'all'",
} as const
export type CareMetricKey = keyof typeof CARE_METRIC_KEYS

/**
 * Response rate and first-response minutes (wall clock: what the customer waited) for the
 * scope's complaints and questions posted in [from, to), by platform, by ISO week, or overall.
 */
export function careMetricsSql(
  db: string,
  args: CareScope & { to: string | Date; by: CareMetricKey },
): BuiltQuery {
  const key = Object.hasOwn(CARE_METRIC_KEYS, args.by) ? CARE_METRIC_KEYS[args.by] : undefined
  if (key === undefined)
    throw new StoreError('VIGIL_ERR_BAD_QUERY_ARGS', `unknown breakdown ${String(args.by)}`)
  const q = scoped(db, args, [`m.created_at < {to:${T64}}`], { to: window(args.to, args.to).to })
  return {
    query: `SELECT key, count() AS asked, countIf(replied) AS answered,
       if(asked = 0, 0, answered / asked) AS response_rate,
       if(answered = 0, NULL, quantileExactInclusiveIf(0.5)(minutes, replied)) AS median_minutes,
       if(answered = 0, NULL, quantileExactInclusiveIf(0.9)(minutes, replied)) AS p90_minutes,
       countIf(replied AND minutes <= 30) AS within_30,
       countIf(replied AND minutes <= 60) AS within_60,
       countIf(NOT replied AND handled) AS handled_unanswered
FROM (
  SELECT ${key} AS key, r.reply_to != '' AS replied, s.handled AS handled,
         greatest(0, dateDiff('second', m.created_at, r.first_reply)) / 60 AS minutes
  FROM ${q.from}
  WHERE ${q.where}
)
GROUP BY key
ORDER BY key`,
    query_params: q.query_params,
  }
}

export interface CareActionRecord {
  mentionId: string
  actionId: string
  action: CareActionKind
  actor: string
  assignee: string
  note: string
  at: string
}
