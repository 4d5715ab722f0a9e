/**
 * One fault scenario, end to end: start the stack, stream, inject the fault half-way, drain,
 * stop, read the store, print the summary line. Each *.fault.ts file runs one scenario (chDB
 * allows one data directory per process and vitest gives each file its own process).
 */
import { createKafka, type Kafka } from '@vigil/bus'
import { createLogger } from '@vigil/config'
import { expect } from 'vitest'
import { testBrokers } from '../support/kafka.js'
import { type Produced, produceSteady } from './load.js'
import { type FaultStack, type ServiceName, startFaultStack } from './stack.js'
import {
  type DeadLettered,
  readDeadLetters,
  readStored,
  type Stored,
  summary,
  waitDrained,
} from './verify.js'

export const RATE = Number(process.env.FAULT_RATE ?? 200)
export const SECONDS = Number(process.env.FAULT_SECONDS ?? 30)
/** One record in this many produced to the raw topic is malformed: each is owed a dead letter. */
export const BAD_EVERY = Number(process.env.FAULT_BAD_EVERY ?? 100)

export interface ScenarioResult {
  stored: Stored
  produced: Produced
  /** The enricher's dead letters of the malformed records (absent when none were produced). */
  deadLettered?: DeadLettered
  line: string
}

/**
 * What every fault must leave: each produced mention stored exactly once in its final state, the
 * per-minute aggregates equal to the stored create events, and no alert version published twice.
 */
export function expectExactlyOnce(r: Pick<ScenarioResult, 'stored' | 'produced' | 'deadLettered'>): void {
  expect(r.produced.ids.length).toBeGreaterThan(0)
  expect(r.stored.missing).toEqual([])
  expect(r.stored.twice).toEqual([])
  expect(r.stored.finalWrong).toEqual([])
  expect(r.stored.minuteMismatches).toEqual([])
  expect(r.stored.duplicateAlertVersions).toEqual([])
  // At least once: a batch not committed at a crash is written again, so "twice" is reported
  // (the summary line), not failed.
  expect(r.deadLettered?.missing ?? []).toEqual([])
}

export async function runScenario(o: {
  fault: string
  services: ServiceName[]
  /** The fault, started half-way through the stream. */
  inject: (stack: FaultStack) => Promise<unknown>
  /** Defaults to producing to the raw topic. */
  stream?: (stack: FaultStack, midway: () => Promise<unknown>) => Promise<Produced>
  describe?: (faultResult: unknown) => string
  /** The brokers the stack uses; default the test broker (the broker faults bring their own). */
  brokers?: string[]
  /** After the groups drained, before the stack stops: wait for what else must be done. */
  settle?: (kafka: Kafka, stack: FaultStack) => Promise<unknown>
  /** Read what else the fault must have left right (its topics are still there); a note for the line. */
  afterStop?: (kafka: Kafka, stack: FaultStack) => Promise<string>
}): Promise<ScenarioResult> {
  const started = Date.now()
  const brokers = o.brokers ?? testBrokers()
  const stack = await startFaultStack(brokers, o.services)
  const kafka = checkClient(brokers, stack)
  let ok = false
  try {
    const midway = () => o.inject(stack)
    const produced = o.stream
      ? await o.stream(stack, midway)
      : await produceSteady(brokers, stack.run, stack.topics.raw, {
          rate: RATE,
          seconds: SECONDS,
          midway,
          badEvery: BAD_EVERY,
        })
    await waitDrained(kafka, stack)
    await o.settle?.(kafka, stack)
    await stack.stop()
    const observed = await o.afterStop?.(kafka, stack)
    const deadLettered = produced.bad?.length ? await readDeadLetters(kafka, stack, produced.bad) : undefined
    const stored = await readStored(stack, produced.ids)
    const line = summary(
      o.fault,
      stored,
      Date.now() - started,
      [
        o.describe?.(produced.faultResult),
        observed,
        produced.resent ? `${produced.resent} records resent after a failed send` : '',
        deadLettered
          ? `dead letters: owed ${deadLettered.owed} / missing ${deadLettered.missing.length} / twice ${deadLettered.twice.length}`
          : '',
      ]
        .filter(Boolean)
        .join('; '),
    )
    console.log(line)
    ok = true
    return { stored, produced, deadLettered, line }
  } finally {
    await closeRun(kafka, stack, ok, o.fault)
  }
}

/** The Kafka client the checks read the stack's topics with. */
export function checkClient(brokers: string[], stack: FaultStack): Kafka {
  return createKafka({
    brokers,
    clientId: `${stack.run}-check`,
    logger: createLogger('fault-check', 'error'),
  })
}

/** Stops the stack, deletes its topics; keeps its directory (logs, chDB) when the run failed. */
export async function closeRun(kafka: Kafka, stack: FaultStack, ok: boolean, fault: string): Promise<void> {
  await stack.stop()
  const admin = kafka.admin()
  await admin.connect()
  await admin.deleteTopics({ topics: Object.values(stack.topics) }).catch(() => {})
  await admin.disconnect()
  if (ok && !process.env.FAULT_KEEP) stack.cleanup()
  else console.error(`[fault] ${fault}: logs kept in ${stack.dir}`)
}
