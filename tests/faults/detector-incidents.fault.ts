import type { Alert } from '@vigil/schema'
import { expect, test } from 'vitest'
import { testBrokers } from '../support/kafka.js'
import {
  detectorSettled,
  faultFreeAlerts,
  figureDrift,
  incidentStream,
  incidentVersions,
  readAlerts,
  SURGING,
  sendIncidentStream,
} from './incidents.js'
import { expectExactlyOnce, runScenario } from './scenario.js'

test('kill -9 of the detector as an outage surges: the same incidents as a fault-free run of the same stream, every mention stored once', async () => {
  const stream = incidentStream()
  const brokers = testBrokers()
  const reference = await faultFreeAlerts(brokers, stream)
  const expected = incidentVersions(reference)
  let published: Alert[] = []
  const result = await runScenario({
    fault: 'kill -9 detector (incidents)',
    services: ['detector', 'embedded'],
    inject: (stack) => stack.kill9('detector'),
    stream: async (stack, midway) => ({
      ids: stream.ids,
      refused: 0,
      faultResult: await sendIncidentStream(brokers, stack, stream, midway),
    }),
    settle: detectorSettled,
    afterStop: async (kafka, stack) => {
      published = await readAlerts(kafka, stack)
      const got = incidentVersions(published)
      const drift = figureDrift(reference, published)
      return `incident versions: fault-free ${expected.length}, this run ${got.length} (${published.length} published), ${got.filter((v) => !expected.includes(v)).length} not in the fault-free run, ${expected.filter((v) => !got.includes(v)).length} missing; figures: ${drift.headlines} headlines differ, largest score difference ${drift.score.toFixed(2)}`
    },
    describe: (r) => `restarted in ${(r as { restartedMs: number }).restartedMs} ms`,
  })
  expectExactlyOnce(result)
  // The stream raises an incident for each surging bank (else this compares nothing).
  const opened = new Set(expected.map((v) => JSON.parse(v)[2] as string))
  for (const brand of SURGING)
    expect(opened.has(brand), `no ${brand} incident in the fault-free run`).toBe(true)
  // What an operator acts on: the same incidents, versions, statuses and severities. Their
  // figures are printed, not failed (the detector's known loss at a kill -9, README).
  expect(incidentVersions(published)).toEqual(expected)
  // The store keeps each incident's newest version: the fault-free run's newest.
  const newest = new Map<string, number>()
  for (const a of reference) newest.set(a.id, Math.max(newest.get(a.id) ?? 0, a.version))
  expect(result.stored.latestAlerts).toEqual([...newest].map(([id, v]) => `${id}@${v}`).sort())
})
