/**
 * The detector's incidents under a fault, against a fault-free run of the very same stream.
 *
 * The steady stream of the other faults raises no incident (30 s of wall time close no
 * event-time minute worth alerting on), so "the incidents equal a fault-free run" needs a stream
 * of its own: 40 quiet minutes of every demo bank, 3 minutes of an outage surge on two of them,
 * 3 quiet minutes after, at a fixed past start (tests/support/stream-start.ts: older than the
 * detector's live window, so only events close minutes and every run makes the same decisions).
 * It goes straight to mentions.enriched as the enricher writes it (keyed by brand, on the
 * brand's placed partition), one event-time minute every `MINUTE_EVERY_MS` of wall time.
 */
import { createKafka, createProducer, type Kafka } from '@vigil/bus'
import { createLogger, loadBrands } from '@vigil/config'
import { rng } from '@vigil/detect'
import type { Alert } from '@vigil/schema'
import { placeBrands } from '../../services/enricher/src/placement.js'
import { STREAM_START_MS } from '../support/stream-start.js'
import { surgeMinuteRecords } from '../support/surge-minute.js'
import { checkClient, closeRun } from './scenario.js'
import { type FaultStack, sleep, startFaultStack } from './stack.js'
import { readToEnd, waitDrained } from './verify.js'

const MIN = 60_000
const QUIET_BEFORE = 40
const SURGE = 3
const QUIET_AFTER = 3
export const SURGING = ['northwind', 'lotus'] as const
/** Wall time per event-time minute: 46 minutes in about 23 s. */
const MINUTE_EVERY_MS = 500

export interface IncidentStream {
  /** Records per event-time minute, in order; keyed by brand. */
  minutes: Array<Array<{ key: string; value: string }>>
  ids: string[]
  /** The index of the first surge minute: where a fault lands. */
  surgeAt: number
}

/** The stream, built once so the fault-free and the faulted run send the same records. */
export function incidentStream(): IncidentStream {
  const brands = loadBrands()
  const r = rng(17)
  const minutes = Array.from({ length: QUIET_BEFORE + SURGE + QUIET_AFTER }, (_, m) => {
    const surging = m >= QUIET_BEFORE && m < QUIET_BEFORE + SURGE ? SURGING : []
    return surgeMinuteRecords(r, STREAM_START_MS + m * MIN, brands, surging, 'incidents')
  })
  const ids = minutes.flat().map((x) => (JSON.parse(x.value) as { id: string }).id)
  return { minutes, ids, surgeAt: QUIET_BEFORE }
}

/**
 * Sends the stream minute by minute to the stack's enriched topic; `atSurge` (the fault) starts
 * as the first surge minute goes out, without pausing the stream.
 */
export async function sendIncidentStream(
  brokers: string[],
  stack: FaultStack,
  stream: IncidentStream,
  atSurge: () => Promise<unknown>,
): Promise<unknown> {
  const logger = createLogger(`${stack.run}-incidents`, 'error')
  const kafka = createKafka({ brokers, clientId: `${stack.run}-incidents`, logger })
  const producer = await createProducer(kafka, logger)
  // Placed as the enricher places them: each brand on its partition of the topic as it is now.
  const place = await placeBrands(kafka, stack.topics.enriched, loadBrands(), logger)
  let fault: Promise<unknown> | undefined
  try {
    const start = Date.now()
    for (const [m, records] of stream.minutes.entries()) {
      if (m === stream.surgeAt) fault = atSurge()
      await producer.send(
        stack.topics.enriched,
        records.map((x) => ({ ...x, partition: place(x.key) })),
      )
      const next = start + (m + 1) * MINUTE_EVERY_MS
      if (next > Date.now()) await sleep(next - Date.now())
    }
    return await fault
  } finally {
    await producer.close()
  }
}

/**
 * What an operator sees of each incident version, one line each, sorted; a version published
 * again (a detector killed after its send, before its checkpoint) counts once here: the
 * store and the outlet keep one per (incident, version). The figures (score, the headline's
 * counts and expected volumes) are compared apart (`figureDrift`): a detector killed -9 loses
 * what it counted since its last checkpoint (tests/faults/README.md), so they may differ.
 */
export function incidentVersions(alerts: Alert[]): string[] {
  const lines = alerts.map((a) =>
    JSON.stringify([a.id, a.version, a.brand, a.status, a.severity, a.sectorWide, a.openedAt, a.resolvedAt]),
  )
  return [...new Set(lines)].sort()
}

const SETTLED_MS = 15_000

/**
 * Committed is not done for the detector: a detector that caught up on a backlog in one go (the
 * restarted one) closes the backlog's last minutes on a later flush, after its batches were
 * committed. Done is when neither an alert nor a checkpoint (written whenever minutes close)
 * was produced for `SETTLED_MS` (the tick is 1 s), within 120 s.
 */
export async function detectorSettled(kafka: Kafka, stack: FaultStack): Promise<void> {
  const admin = kafka.admin()
  await admin.connect()
  try {
    const ends = async () => {
      const parts = await Promise.all(
        [stack.topics.alerts, stack.topics.detectorState].map((t) => admin.fetchTopicOffsets(t)),
      )
      return parts
        .flat()
        .map((p) => p.high)
        .join(',')
    }
    const start = Date.now()
    let last = await ends()
    let since = Date.now()
    while (Date.now() - since < SETTLED_MS) {
      if (Date.now() - start > 120_000) throw new Error('the detector did not settle within 120 s')
      await sleep(1_000)
      const now = await ends()
      if (now !== last) {
        last = now
        since = Date.now()
      }
    }
  } finally {
    await admin.disconnect()
  }
}

/**
 * How the figures of the same (incident, version) differ between two runs: versions whose
 * headline differs (its counts and expected volumes) and the largest difference of score.
 */
export function figureDrift(expected: Alert[], got: Alert[]): { headlines: number; score: number } {
  const ref = new Map(expected.map((a) => [`${a.id}@${a.version}`, a]))
  const differ = new Set<string>()
  let score = 0
  for (const a of got) {
    const r = ref.get(`${a.id}@${a.version}`)
    if (r === undefined) continue
    if (r.headline !== a.headline) differ.add(`${a.id}@${a.version}`)
    score = Math.max(score, Math.abs(r.score - a.score))
  }
  return { headlines: differ.size, score }
}

/** Every alert on the stack's alerts topic (read after the stack stopped: nothing more comes). */
export async function readAlerts(kafka: Kafka, stack: FaultStack): Promise<Alert[]> {
  const got: Alert[] = []
  await readToEnd(kafka, stack.topics.alerts, `${stack.run}-alerts-check`, (message) => {
    if (message.value) got.push(JSON.parse(message.value.toString('utf8')) as Alert)
  })
  return got
}

/** The same stream on a fresh stack with nothing broken: the incidents every faulted run must equal. */
export async function faultFreeAlerts(brokers: string[], stream: IncidentStream): Promise<Alert[]> {
  const stack = await startFaultStack(brokers, ['detector', 'embedded'])
  const kafka = checkClient(brokers, stack)
  let ok = false
  try {
    await sendIncidentStream(brokers, stack, stream, async () => undefined)
    await waitDrained(kafka, stack)
    await detectorSettled(kafka, stack)
    await stack.stop()
    const alerts = await readAlerts(kafka, stack)
    ok = true
    return alerts
  } finally {
    await closeRun(kafka, stack, ok, 'fault-free reference')
  }
}
