/**
 * Intake: a mention counted in its event-time minute for every brand it names, once per brand
 * and mention id; what cannot be counted is counted by reason instead.
 */
import type { EnrichedMention } from '@vigil/schema'
import { authorCounts } from '../authors.js'
import { newBrandBucket } from '../brand.js'
import { addNewToBucket, isExcluded } from '../bucket.js'
import type { DetectorParams } from '../params.js'
import type { Arrivals } from './arrivals.js'
import type { BrandTable } from './brand-table.js'
import { parseIsoMs } from './iso-time.js'
import type { CloseSchedule } from './schedule.js'
import type { SourceClock } from './sources.js'

/** Mentions not counted in a minute, by reason (`late`: their minute had already closed). */
export interface IntakeCounters {
  duplicates: number
  unknownBrand: number
  invalidTime: number
  notCounted: number
  late: number
}

export interface IntakeDeps {
  p: DetectorParams
  table: BrandTable
  sources: SourceClock
  arrivals: Arrivals
  schedule: CloseSchedule
  counters: IntakeCounters
}

export function createObserve(deps: IntakeDeps): (m: EnrichedMention, source?: string) => void {
  const { p, sources, arrivals, schedule, counters } = deps
  const stateOf = deps.table.byId
  return function observe(m: EnrichedMention, source = ''): void {
    if (m.event !== 'create') {
      counters.notCounted++
      return
    }
    const t = parseIsoMs(m.createdAt)
    if (!Number.isFinite(t)) {
      counters.invalidTime++
      return
    }
    const idx = Math.floor(t / p.bucketMs)
    sources.deliver(source, t)
    const nextClose = schedule.next()
    const list = m.brands
    for (let i = 0; i < list.length; i++) {
      const id = list[i]!.brand
      if (i > 0 && namedBefore(list, i)) continue
      const st = stateOf[id]
      if (st === undefined) {
        counters.unknownBrand++
        continue
      }
      if ((nextClose !== null && idx < nextClose) || idx <= st.closedThrough) {
        st.lateEvents++
        counters.late++
        continue
      }
      let b = st.lastOpen
      if (b === null || b.index !== idx) {
        b = st.open.get(idx) ?? null
        if (b === null) {
          b = newBrandBucket(st, idx)
          st.open.set(idx, b)
        }
        st.lastOpen = b
      }
      const seen = b.ids.size
      b.ids.add(m.id)
      if (b.ids.size === seen) {
        st.duplicates++
        counters.duplicates++
        continue
      }
      const voice = authorCounts(st.authors, m.author.id, idx, p, m.intent === 'troll')
      addNewToBucket(b, m, voice && !isExcluded(m))
      arrivals.landed(idx)
    }
  }
}

/** Whether the brand of `list[i]` is named earlier in the list too (counted once per mention). */
function namedBefore(list: EnrichedMention['brands'], i: number): boolean {
  const id = list[i]!.brand
  for (let k = 0; k < i; k++) if (list[k]!.brand === id) return true
  return false
}
