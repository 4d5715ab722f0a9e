/**
 * The author cap's verdicts kept per settled day (migration 011, `voice_counted`), so share of
 * voice and its drivers over weeks are plain aggregates instead of a sort of every row of the
 * range by bank and author.
 *
 * A day's verdicts depend only on that day's first sightings and the lookback before it (the
 * decayed count and the troll memory), so they are decided once, by the same SQL as the live
 * read (voice.ts `voicedRows`), for a slice [day − lookback, day + 1). A read then takes whole
 * stored days from `voice_counted` and only its ragged ends (and days not stored yet, such as
 * today) live: the same verdicts a live read starting at that day gives. (A live read of a long
 * range also carries posts from before its day's lookback into the count, each weighing less
 * than e^-4; those are left out here, as the live read leaves them out at its own start.)
 */
import { run } from '../queries.js'
import { type BuiltQuery, T64, t } from '../sql-common.js'
import type { Store } from '../store.js'
import { DRIVER_FIELDS } from './tags.js'
import { type AuthorCap, capKey, lookbackMs, voicedRows } from './voice.js'

const DAY = 86_400_000
const ch = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '')
const dayOf = (ms: number) => new Date(Math.floor(ms / DAY) * DAY).toISOString().slice(0, 10)

/** The INSERT that decides one day's verdicts for every brand. */
export function decideDaySql(db: string, cap: AuthorCap, dayMs: number): BuiltQuery {
  return {
    query: `INSERT INTO ${t(db, 'voice_counted')}
  (cap, day, created_at, id, brand, stance, intent, platform, lang, markets, hashtags, terms, is_voiced, is_flooded)
SELECT {cap:String}, toDate(created_at), created_at, id, brand, stance, intent, platform, lang, markets, hashtags, terms,
       is_voiced, is_flooded
FROM (${voicedRows(db, cap, true, { allBrands: true, id: true })})
WHERE created_at >= {day:${T64}}`,
    query_params: {
      cap: capKey(cap),
      day: ch(dayMs),
      lookFrom: ch(dayMs - lookbackMs(cap)),
      to: ch(dayMs + DAY),
    },
  }
}

export interface DecideResult {
  days: number
  rows: number
  seconds: number
}

/**
 * Decide every settled day (ended `settleMs` before `now`) that is not stored for this cap, and
 * redo a stored day when first sightings of it, or of the day before (its lookback), were
 * archived after it was decided. Run by the sink at start and then hourly; safe to repeat.
 */
export async function decideVoiceDays(
  store: Store,
  cap: AuthorCap,
  opts: {
    now: Date
    settleMs?: number
    maxDays?: number
    /** Only days from this one on (a benchmark on a store too large to decide every day of). */
    since?: Date
  },
): Promise<DecideResult> {
  const started = performance.now()
  const db = store.database
  const key = capKey(cap)
  if (lookbackMs(cap) > DAY) throw new Error('voice days need a lookback of at most one day')
  const settledEnd = Math.floor((opts.now.getTime() - (opts.settleMs ?? 3 * 3_600_000)) / DAY) * DAY
  const arrived = await run<{ day: string; seen: string }>(store, {
    query: `SELECT toString(toDate(created_at)) AS day, toString(max(seen_at)) AS seen
FROM ${t(db, 'mention_events')}
WHERE event = 'create' AND created_at < {end:${T64}}
GROUP BY day ORDER BY day`,
    query_params: { end: ch(settledEnd) },
  })
  const decided = new Map(
    (
      await run<{ day: string; at: string }>(store, {
        query: `SELECT toString(day) AS day, toString(max(decided_at)) AS at FROM ${t(db, 'voice_days')}
WHERE cap = {cap:String} GROUP BY day`,
        query_params: { cap: key },
      })
    ).map((r) => [r.day, r.at]),
  )
  const seen = new Map(arrived.map((r) => [r.day, r.seen]))
  const todo: string[] = []
  for (const { day } of arrived) {
    const at = decided.get(day)
    const before = dayOf(Date.parse(`${day}T00:00:00Z`) - DAY)
    // Times compare as text: both are 'YYYY-MM-DD hh:mm:ss.sss' in UTC.
    if (opts.since && Date.parse(`${day}T00:00:00Z`) < opts.since.getTime()) continue
    if (at === undefined || (seen.get(day) ?? '') > at || (seen.get(before) ?? '') > at) todo.push(day)
  }
  let rows = 0
  for (const day of todo.slice(0, opts.maxDays ?? todo.length)) {
    const dayMs = Date.parse(`${day}T00:00:00Z`)
    if (decided.has(day)) {
      for (const table of ['voice_counted', 'voice_day', 'voice_tag_day']) {
        await store.client.command({
          query: `ALTER TABLE ${t(db, table)} DELETE WHERE cap = {cap:String} AND day = {day:Date}`,
          query_params: { cap: key, day },
          clickhouse_settings: { mutations_sync: '2' },
        })
      }
    }
    const decidedAt = new Date()
    const q = decideDaySql(db, cap, dayMs)
    await store.client.command({ query: q.query, query_params: q.query_params })
    await store.client.command({
      query: `INSERT INTO ${t(db, 'voice_day')}
SELECT cap, day, brand, platform, lang, markets, countIf(is_voiced) AS voiced,
       countIf(is_voiced AND stance = 'positive'), countIf(is_voiced AND stance = 'negative'),
       countIf(is_voiced AND stance = 'neutral'), countIf(is_voiced AND intent = 'complaint'), count(),
       countIf(is_flooded)
FROM ${t(db, 'voice_counted')} WHERE cap = {cap:String} AND day = {day:Date}
GROUP BY cap, day, brand, platform, lang, markets`,
      query_params: { cap: key, day },
    })
    for (const q of tagDaySql(db, key, day)) await store.client.command(q)
    const [n] = await run<{ n: number }>(store, {
      query: `SELECT count() AS n FROM ${t(db, 'voice_counted')} WHERE cap = {cap:String} AND day = {day:Date}`,
      query_params: { cap: key, day },
    })
    rows += Number(n?.n ?? 0)
    await store.client.insert({
      table: t(db, 'voice_days'),
      values: [{ cap: key, day, rows: Number(n?.n ?? 0), decided_at: ch(decidedAt.getTime()) }],
      format: 'JSONEachRow',
    })
  }
  return {
    days: Math.min(todo.length, opts.maxDays ?? todo.length),
    rows,
    seconds: (performance.now() - started) / 1000,
  }
}

/**
 * The INSERTs that sum one decided day's voiced mentions per bank × tag into voice_tag_day
 * (014), one per driver field, each tag normalised as the driver read normalises it.
 */
export function tagDaySql(db: string, key: string, day: string): BuiltQuery[] {
  return Object.entries(DRIVER_FIELDS).map(([field, expr]) => ({
    query: `INSERT INTO ${t(db, 'voice_tag_day')}
SELECT cap, day, {field:String}, brand, platform, lang, markets, tag, count()
FROM ${t(db, 'voice_counted')}
ARRAY JOIN ${expr} AS tag
WHERE cap = {cap:String} AND day = {day:Date} AND is_voiced AND tag != ''
GROUP BY cap, day, brand, platform, lang, markets, tag`,
    query_params: { cap: key, day, field },
  }))
}

/** How a read of [from, to) splits: live head, stored whole days [a, b), live tail. */
export interface VoicePlan {
  a: number
  b: number
}

/**
 * The stored days a read may use: the whole days inside [from, to), if every one of them is
 * stored for this cap; otherwise null (the read is live throughout, as before 011).
 */
export async function voicePlan(
  store: Store,
  cap: AuthorCap,
  fromIso: string,
  toIso: string,
): Promise<VoicePlan | null> {
  const from = Date.parse(fromIso)
  const to = Date.parse(toIso)
  const a = Math.ceil(from / DAY) * DAY
  const b = Math.floor(to / DAY) * DAY
  if (!(b > a)) return null
  const [r] = await run<{ n: number }>(store, {
    query: `SELECT uniqExact(day) AS n FROM ${t(store.database, 'voice_days')}
WHERE cap = {cap:String} AND day >= {a:Date} AND day < {b:Date}`,
    query_params: { cap: capKey(cap), a: dayOf(a), b: dayOf(b) },
  })
  return Number(r?.n ?? 0) === (b - a) / DAY ? { a, b } : null
}

/**
 * Rows with the columns `voicedRows` gives (and is_voiced, is_flooded) for [from, to), the
 * configured banks only: live [from, a), stored [a, b), live [b, to). The caller adds its
 * filters; the placeholders are returned beside it.
 */
export function plannedRows(
  db: string,
  cap: AuthorCap,
  tags: boolean,
  range: { from: string; to: string },
  plan: VoicePlan,
  opts: { stored?: boolean } = {},
): { sql: string; params: Record<string, unknown> } {
  const cols = `brand, created_at, stance, intent, platform, lang, markets${tags ? ', hashtags, terms' : ''}`
  const from = Date.parse(range.from)
  const to = Date.parse(range.to)
  const look = lookbackMs(cap)
  const parts: string[] = []
  const params: Record<string, unknown> = { cap: capKey(cap), storedFrom: ch(plan.a), storedTo: ch(plan.b) }
  if (from < plan.a) {
    parts.push(`SELECT * FROM (${voicedRows(db, cap, tags, { slice: { lookFrom: 'headLook', to: 'storedFrom' } })})
    WHERE created_at >= {headFrom:${T64}}`)
    Object.assign(params, { headLook: ch(from - look), headFrom: ch(from) })
  }
  if (opts.stored !== false)
    parts.push(`SELECT ${cols}, is_voiced, is_flooded
    FROM ${t(db, 'voice_counted')}
    WHERE cap = {cap:String} AND created_at >= {storedFrom:${T64}} AND created_at < {storedTo:${T64}}
      AND has({brands:Array(String)}, brand)`)
  if (plan.b < to) {
    parts.push(`SELECT * FROM (${voicedRows(db, cap, tags, { slice: { lookFrom: 'tailLook', to: 'tailTo' } })})
    WHERE created_at >= {storedTo:${T64}}`)
    Object.assign(params, { tailLook: ch(plan.b - look), tailTo: ch(to) })
  }
  // An empty slice list still needs a typed, empty row source.
  if (parts.length === 0)
    parts.push(
      `SELECT * FROM (${voicedRows(db, cap, tags, { slice: { lookFrom: 'storedFrom', to: 'storedFrom' } })})`,
    )
  return { sql: parts.join('\n  UNION ALL\n  '), params }
}
