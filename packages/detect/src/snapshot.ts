/**
 * Checkpoint format of one brand's state, open buckets included (their counts, not their
 * mention ids: the size stays bounded whatever the burst; the detector service tells a
 * redelivered record after a crash by its offset), and the last closed buckets that trend
 * windows span.
 */
import { type AuthorJson, authorsFromJson, authorsToJson } from './authors.js'
import { type BrandState, rebuildWindows } from './brand.js'
import { type BucketJson, bucketFromJson, bucketToJson, sealBucket } from './bucket.js'
import { isVerdictBook, newVerdictBook, type VerdictBook } from './calibration.js'
import {
  isRiseSpread,
  isSectorShare,
  newRiseSpread,
  newSectorShare,
  type RiseSpread,
  type SectorShare,
} from './rise.js'
import { type TopicsJson, topicsFromJson, topicsToJson } from './topics.js'
import { restoreTrends, trendsToJson } from './trends.js'

/**
 * 4: the topic memory (topics.ts) and each bucket's negative terms. 5: the authors who have
 * posted more than once or been marked a troll (authors.ts), so the flood and troll guards
 * survive a restart.
 */
export const SNAPSHOT_VERSION = 5
// Versions 3 and 4 are still read, what they lack starting empty (version 3: the topic memory;
// both: the author book): refusing them would make every brand relearn its baselines on the
// deploy that brings version 5, for state that refills by itself within the hour or half a day.
const READABLE_VERSIONS: ReadonlySet<unknown> = new Set([3, 4, SNAPSHOT_VERSION])

export interface BrandSnapshot {
  v: number
  brand: string
  core: BrandState['core']
  share: BrandState['share']
  trends: Record<string, unknown>
  topics: TopicsJson
  authors?: AuthorJson[]
  hist: BrandState['hist']
  incident: BrandState['incident']
  cooldownUntil: number | null
  lateEvents: number
  duplicates: number
  closedThrough: number | null
  falseAlarmUntil?: number | null
  falseAlarmNeed?: number
  verdicts?: VerdictBook
  precedents?: number[]
  /** Absent before the complaint CUSUM's spread: it starts from its prior. */
  riseSpread?: RiseSpread
  /** Absent before the cross-sectional rule: the share is learned afresh (a day). */
  sectorShare?: SectorShare
  open: BucketJson[]
  recent: BucketJson[]
}

export function snapshotBrand(st: BrandState): BrandSnapshot {
  // Deep copy through JSON: the snapshot must not alias live state.
  return JSON.parse(
    JSON.stringify({
      v: SNAPSHOT_VERSION,
      brand: st.info.id,
      core: st.core,
      share: st.share,
      trends: Object.fromEntries(Object.entries(st.trends).map(([k, t]) => [k, trendsToJson(t)])),
      topics: topicsToJson(st.topics),
      authors: authorsToJson(st.authors),
      hist: st.hist,
      incident: st.incident,
      cooldownUntil: Number.isFinite(st.cooldownUntil) ? st.cooldownUntil : null,
      lateEvents: st.lateEvents,
      duplicates: st.duplicates,
      closedThrough: Number.isFinite(st.closedThrough) ? st.closedThrough : null,
      falseAlarmUntil: Number.isFinite(st.falseAlarmUntil) ? st.falseAlarmUntil : null,
      falseAlarmNeed: st.falseAlarmNeed,
      verdicts: st.verdicts,
      precedents: st.precedents,
      riseSpread: st.riseSpread,
      sectorShare: st.sectorShare,
      open: [...st.open.values()].map((b) => bucketToJson(b)),
      recent: st.recent.map((b) => bucketToJson(b)),
    }),
  ) as BrandSnapshot
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null

/** Apply a snapshot if it is for this brand and a readable format; otherwise leave state as is. */
export function restoreBrand(st: BrandState, raw: unknown): boolean {
  if (!isObj(raw) || !READABLE_VERSIONS.has(raw.v) || raw.brand !== st.info.id) return false
  const s = raw as unknown as BrandSnapshot
  if (!isObj(s.core) || !isObj(s.share) || !isObj(s.trends) || !isObj(s.hist)) return false
  for (const k of Object.keys(st.core) as Array<keyof BrandState['core']>) {
    const c = s.core[k]
    if (!isObj(c) || typeof c.a !== 'number' || !Array.isArray(c.hn)) return false
  }
  const copy = JSON.parse(JSON.stringify(s)) as BrandSnapshot
  st.core = copy.core
  st.share = copy.share
  for (const k of Object.keys(st.trends) as Array<keyof BrandState['trends']>) {
    restoreTrends(st.trends[k], copy.trends[k])
  }
  st.topics = topicsFromJson(copy.topics, st.keys.terms)
  st.authors = authorsFromJson(copy.authors)
  st.hist = copy.hist
  st.incident = copy.incident
  st.cooldownUntil = copy.cooldownUntil ?? -Infinity
  st.lateEvents = copy.lateEvents
  st.duplicates = copy.duplicates
  st.closedThrough = copy.closedThrough ?? -Infinity
  st.falseAlarmUntil = copy.falseAlarmUntil ?? -Infinity
  st.falseAlarmNeed = copy.falseAlarmNeed ?? 0
  st.verdicts = isVerdictBook(copy.verdicts) ? copy.verdicts : newVerdictBook()
  st.precedents =
    Array.isArray(copy.precedents) && copy.precedents.every((x) => typeof x === 'number')
      ? copy.precedents
      : []
  st.riseSpread = isRiseSpread(copy.riseSpread) ? copy.riseSpread : newRiseSpread()
  st.sectorShare = isSectorShare(copy.sectorShare) ? copy.sectorShare : newSectorShare()
  st.open = new Map((copy.open ?? []).map((j) => [j.index, bucketFromJson(j, st.keys)]))
  st.lastOpen = null
  st.recent = (copy.recent ?? []).map((j) => bucketFromJson(j, st.keys))
  for (const b of st.recent) sealBucket(b)
  rebuildWindows(st)
  return true
}
