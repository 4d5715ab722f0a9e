import { test } from 'vitest'
import { expectExactlyOnce, runScenario } from './scenario.js'

test('kill -9 of the enricher mid-stream: every mention stored exactly once, aggregates match', async () => {
  const result = await runScenario({
    fault: 'kill -9 enricher',
    services: ['enricher', 'detector', 'embedded'],
    inject: (stack) => stack.kill9('enricher'),
    describe: (r) => `restarted in ${(r as { restartedMs: number }).restartedMs} ms`,
  })
  expectExactlyOnce(result)
})
