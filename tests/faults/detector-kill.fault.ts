import { test } from 'vitest'
import { expectExactlyOnce, runScenario } from './scenario.js'

test('kill -9 of the detector mid-stream: every mention stored exactly once, no alert version twice', async () => {
  const result = await runScenario({
    fault: 'kill -9 detector',
    services: ['enricher', 'detector', 'embedded'],
    inject: (stack) => stack.kill9('detector'),
    describe: (r) => `restarted in ${(r as { restartedMs: number }).restartedMs} ms`,
  })
  expectExactlyOnce(result)
})
