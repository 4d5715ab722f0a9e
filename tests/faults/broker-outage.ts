import { afterAll, beforeAll, test } from 'vitest'
import { type OwnBroker, startOwnBroker } from './own-broker.js'
import { expectExactlyOnce, runScenario } from './scenario.js'
import { sleep } from './stack.js'

/**
 * The broker taken down mid-stream (how is the caller's) and started again after
 * `FAULT_BROKER_DOWN_S` (10 s): every mention must still be stored exactly once. On the suite's
 * own broker (free ports, fresh data): stopping the shared one would break everyone.
 */
export function brokerOutageTest(o: {
  title: string
  fault: string
  /** How the describe line names the take-down (SIGKILL, SIGTERM). */
  signal: string
  takeDown(broker: OwnBroker): void | Promise<void>
}): void {
  let broker: OwnBroker
  beforeAll(async () => {
    broker = await startOwnBroker()
  }, 180_000)
  afterAll(async () => {
    await broker?.remove()
  }, 120_000)

  test(o.title, async () => {
    const down = Number(process.env.FAULT_BROKER_DOWN_S ?? 10)
    const result = await runScenario({
      fault: o.fault,
      services: ['enricher', 'detector', 'embedded'],
      brokers: broker.brokers,
      inject: async () => {
        const at = Date.now()
        await o.takeDown(broker)
        await sleep(down * 1000)
        await broker.start()
        return { outageMs: Date.now() - at }
      },
      describe: (r) =>
        `broker away ${(r as { outageMs: number }).outageMs} ms (${o.signal}, ${down} s, start)`,
    })
    expectExactlyOnce(result)
  })
}
