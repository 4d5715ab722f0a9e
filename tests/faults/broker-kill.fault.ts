import { afterAll, beforeAll, test } from 'vitest'
import { type OwnBroker, startOwnBroker } from './own-broker.js'
import { expectExactlyOnce, runScenario } from './scenario.js'
import { sleep } from './stack.js'

// The suite's own broker (free ports, fresh data): stopping the shared one would break everyone.
let broker: OwnBroker
beforeAll(async () => {
  broker = await startOwnBroker()
}, 180_000)
afterAll(async () => {
  await broker?.remove()
}, 120_000)

test('broker killed -9 and started mid-stream: every mention stored exactly once, aggregates match', async () => {
  const down = Number(process.env.FAULT_BROKER_DOWN_S ?? 10)
  const { stored, produced } = await runScenario({
    fault: 'kill -9 broker',
    services: ['enricher', 'detector', 'embedded'],
    brokers: broker.brokers,
    inject: async () => {
      const at = Date.now()
      broker.kill9()
      await sleep(down * 1000)
      await broker.start()
      return { outageMs: Date.now() - at }
    },
    describe: (r) => `broker away ${(r as { outageMs: number }).outageMs} ms (SIGKILL, ${down} s, start)`,
  })
  expectExactlyOnce({ stored, produced })
})
