import {
  ALERT_STATUSES,
  type Alert,
  drop,
  type LiveMetric,
  ok,
  SEVERITIES,
  type StepResult,
} from '@vigil/schema'

/** A record bigger than this is not a tick or an alert; it is dropped before parsing. */
const MAX_RECORD_BYTES = 256 * 1024

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const isStr = (v: unknown): v is string => typeof v === 'string'
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
const isStrList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isStr)

function parse(raw: Buffer | null): StepResult<unknown> {
  if (raw === null) return drop('empty record value')
  if (raw.length > MAX_RECORD_BYTES) return drop(`record is ${raw.length} bytes`)
  try {
    return ok(JSON.parse(raw.toString('utf8')))
  } catch {
    return drop('value is not JSON')
  }
}

/**
 * Checks the fields the wall screen reads. The api is a viewer of the alerts topic: a record
 * it cannot show is dropped and counted here; dead-lettering it is the sink's job.
 */
export function checkAlert(v: unknown): StepResult<Alert> {
  if (!isObj(v)) return drop('alert is not an object')
  if (!isStr(v.id) || v.id.length === 0 || !isStr(v.brand)) return drop('alert needs id and brand')
  if (!Number.isInteger(v.version)) return drop('alert version must be an integer')
  if (!ALERT_STATUSES.includes(v.status as never)) return drop(`unknown alert status ${String(v.status)}`)
  if (!SEVERITIES.includes(v.severity as never)) return drop(`unknown severity ${String(v.severity)}`)
  if (!isStr(v.headline) || !isStr(v.updatedAt) || Number.isNaN(Date.parse(v.updatedAt))) {
    return drop('alert needs headline and updatedAt')
  }
  const d = v.drivers
  if (!isObj(d) || !isStrList(d.hashtags) || !isStrList(d.platforms) || !isStrList(d.languages)) {
    return drop('alert drivers are malformed')
  }
  if (!Array.isArray(v.signals) || !isStrList(v.sampleMentionIds)) return drop('alert signals are malformed')
  return ok(v as unknown as Alert)
}

export function checkMetric(v: unknown): StepResult<LiveMetric> {
  if (!isObj(v) || !isStr(v.brand) || !isStr(v.minute) || Number.isNaN(Date.parse(v.minute))) {
    return drop('metric needs brand and minute')
  }
  for (const k of [
    'volume',
    'negative',
    'positive',
    'complaints',
    'meanSentiment',
    'expectedVolume',
    'score',
  ]) {
    if (!isNum(v[k])) return drop(`metric field ${k} must be a number`)
  }
  return ok(v as unknown as LiveMetric)
}

export const decodeAlert = (raw: Buffer | null): StepResult<Alert> => {
  const r = parse(raw)
  return r.kind === 'ok' ? checkAlert(r.value) : r
}

/** A metrics record is one LiveMetric or a list of them; bad items are dropped, good ones kept. */
export function decodeMetrics(raw: Buffer | null): { metrics: LiveMetric[]; dropped: string[] } {
  const r = parse(raw)
  if (r.kind !== 'ok') return { metrics: [], dropped: [r.kind === 'drop' ? r.reason : r.reason] }
  const items = Array.isArray(r.value) ? r.value : [r.value]
  const metrics: LiveMetric[] = []
  const dropped: string[] = []
  for (const item of items) {
    const c = checkMetric(item)
    if (c.kind === 'ok') metrics.push(c.value)
    else dropped.push(c.reason)
  }
  return { metrics, dropped }
}
