/**
 * A steady stream of realistic mentions (bench/load/lib/mentions.mjs: the ingest generator's
 * multilingual banks, customers, care replies) with ids unique to the run, so every stored row
 * can be checked by id afterwards. Only creates: edits and deletions have their own tests.
 */
import { createKafka, createProducer } from '@vigil/bus'
import { createLogger } from '@vigil/config'
import { type RawMention, rawStream } from '../../bench/load/lib/mentions.mjs'
import { sleep } from './stack.js'

export interface SteadyOptions {
  rate: number
  seconds: number
  /** Called once, half-way through, without pausing the stream: the fault. */
  midway: () => Promise<unknown>
  /** Every n-th record produced to the raw topic is malformed JSON (0: none). */
  badEvery?: number
}

export interface Produced {
  /** Ids whose send (or POST) was acknowledged: the ones that must be stored. */
  ids: string[]
  /** Ids that were attempted but not acknowledged (HTTP while ingest was down). */
  refused: number
  /** Records sent again after a failed send (the raw topic may hold them twice). */
  resent?: number
  /** Keys of the acknowledged malformed records: each is owed one dead letter. */
  bad?: string[]
  faultResult: unknown
}

/** A pool of creates to reuse; each produced copy gets a fresh id and createdAt = now. */
export function mentionPool(size = 2_000): RawMention[] {
  const pool: RawMention[] = []
  for (const slice of rawStream(size)) pool.push(...slice.filter((m) => !m.event || m.event === 'create'))
  return pool
}

function stamp(pool: RawMention[], run: string, seq: number, now: number): RawMention {
  const m = pool[seq % pool.length]!
  return { ...m, id: `${m.platform}:${run}-${seq}`, createdAt: new Date(now).toISOString() }
}

/** Produces straight to the raw topic (the door every platform connector uses). */
export async function produceSteady(
  brokers: string[],
  run: string,
  topic: string,
  o: SteadyOptions,
): Promise<Produced> {
  const logger = createLogger(`${run}-load`, 'error')
  const kafka = createKafka({ brokers, clientId: `${run}-load`, logger })
  const producer = await createProducer(kafka, logger)
  const pool = mentionPool()
  const ids: string[] = []
  const bad: string[] = []
  let seq = 0
  let resent = 0
  try {
    return await paced(o, async (n) => {
      const now = Date.now()
      const batch = Array.from({ length: n }, () => stamp(pool, run, ++seq, now))
      const records = batch.map((m) => ({ key: m.id, value: JSON.stringify(m) }))
      const malformed = o.badEvery
        ? records.filter((_, i) => (seq - n + i + 1) % (o.badEvery ?? 0) === 0)
        : []
      // Cut short, so the enricher refuses it (VIGIL_ERR_MALFORMED_JSON) and dead-letters it.
      for (const r of malformed) r.value = r.value.slice(0, 40)
      // A connector's contract: a failed send is sent again (at least once; stages dedupe by
      // id). Only a broker fault makes one fail; a send that never succeeds fails the test.
      for (let attempt = 1; ; attempt++) {
        try {
          await producer.send(topic, records)
          break
        } catch (err) {
          if (attempt >= 10) throw err
          resent += records.length
          await sleep(1_000)
        }
      }
      const refused = new Set(malformed.map((r) => r.key))
      ids.push(...batch.map((m) => m.id).filter((id) => !refused.has(id)))
      bad.push(...refused)
      return 0
    }).then((r) => ({ ...r, ids, resent, bad }))
  } finally {
    await producer.close()
  }
}

/** Posts to ingest's POST /v1/mentions with a relay token; only a 2xx counts as produced. */
export async function postSteady(
  url: string,
  token: string,
  run: string,
  o: SteadyOptions,
): Promise<Produced> {
  const pool = mentionPool()
  const ids: string[] = []
  let seq = 0
  return await paced(o, async (n) => {
    const now = Date.now()
    const batch = Array.from({ length: n }, () => stamp(pool, run, ++seq, now))
    const res = await fetch(`${url}/v1/mentions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(batch),
      signal: AbortSignal.timeout(5_000),
    }).catch(() => null)
    if (!res?.ok) return n
    // 202 {accepted, rejected: [{index}]}: a rejected item is not the fault's doing, but it is
    // not owed to the store either.
    const body = (await res.json().catch(() => ({}))) as { rejected?: { index: number }[] }
    const rejected = new Set((body.rejected ?? []).map((r) => r.index))
    ids.push(...batch.filter((_, i) => !rejected.has(i)).map((m) => m.id))
    return rejected.size
  }).then((r) => ({ ...r, ids }))
}

/** Ten batches a second for `seconds`, the fault started half-way (not awaited by the stream). */
async function paced(
  o: SteadyOptions,
  sendBatch: (n: number) => Promise<number>,
): Promise<Omit<Produced, 'ids'>> {
  const per = Math.max(1, Math.round(o.rate / 10))
  const ticks = o.seconds * 10
  let refused = 0
  let fault: Promise<unknown> | undefined
  const start = Date.now()
  for (let t = 0; t < ticks; t++) {
    if (t === Math.floor(ticks / 2)) fault = o.midway()
    refused += await sendBatch(per)
    const next = start + (t + 1) * 100
    if (next > Date.now()) await sleep(next - Date.now())
  }
  return { refused, faultResult: await fault }
}
