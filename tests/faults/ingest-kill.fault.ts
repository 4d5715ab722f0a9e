import { expect, test } from 'vitest'
import { postSteady } from './load.js'
import { RATE, runScenario, SECONDS } from './scenario.js'

test('kill -9 of ingest while relays POST: every mention that got a 2xx is stored exactly once', async () => {
  const { stored, produced } = await runScenario({
    fault: 'kill -9 ingest (HTTP)',
    services: ['enricher', 'detector', 'embedded', 'ingest'],
    inject: (stack) => stack.kill9('ingest'),
    stream: (stack, midway) =>
      postSteady(stack.ingestUrl, stack.ingestToken, stack.run, { rate: RATE, seconds: SECONDS, midway }),
    describe: (r) => `restarted in ${(r as { restartedMs: number }).restartedMs} ms`,
  })
  // Some posts are refused while ingest is down (the relay retries those); the rest are owed.
  expect(produced.ids.length).toBeGreaterThan(0)
  console.log(`[fault] kill -9 ingest (HTTP): ${produced.refused} mentions refused while it was down`)
  expect(stored.missing).toEqual([])
  expect(stored.twice).toEqual([])
  expect(stored.finalWrong).toEqual([])
  expect(stored.minuteMismatches).toEqual([])
  expect(stored.duplicateAlertVersions).toEqual([])
})
