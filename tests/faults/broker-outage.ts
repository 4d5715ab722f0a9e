import { afterAll, beforeAll, expect, test } from 'vitest'
import { type LiveEvent, watchLive } from './live-client.js'
import { type OwnBroker, startOwnBroker } from './own-broker.js'
import { expectExactlyOnce, runScenario } from './scenario.js'
import { sleep } from './stack.js'

/**
 * The broker taken down mid-stream (how is the caller's) and started again after
 * `FAULT_BROKER_DOWN_S` (10 s): every mention must still be stored exactly once, and the
 * dashboard's live feed, connected before the outage, must move again after it (the api lives on,
 * its consumers must find the broker again by themselves). On the suite's own broker (free
 * ports, fresh data): stopping the shared one would break everyone.
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
    let live: ReturnType<typeof watchLive> | undefined
    // Events from this index on came after the broker was back.
    let backIndex = Number.POSITIVE_INFINITY
    try {
      const result = await runScenario({
        fault: o.fault,
        services: ['enricher', 'detector', 'embedded'],
        brokers: broker.brokers,
        inject: async (stack) => {
          live = watchLive(stack.apiPort)
          const connectBy = Date.now() + 60_000
          while (!ticked(live.events)) {
            if (Date.now() > connectBy)
              throw new Error('no live metrics tick on the dashboard before the outage')
            await sleep(100)
          }
          const at = Date.now()
          await o.takeDown(broker)
          await sleep(down * 1000)
          await broker.start()
          const outageMs = Date.now() - at
          backIndex = live.events.length
          // The stream goes on meanwhile; the wall should tick again well within it.
          const deadline = Date.now() + 90_000
          while (Date.now() < deadline && !ticked(live.events.slice(backIndex))) await sleep(250)
          const first = live.events.slice(backIndex).find(isTick)
          return { outageMs, tickMs: first ? first.at - (at + outageMs) : undefined }
        },
        describe: (r) => {
          const { outageMs, tickMs } = r as { outageMs: number; tickMs?: number }
          return `broker away ${outageMs} ms (${o.signal}, ${down} s, start); dashboard ticking again ${tickMs === undefined ? 'never' : `${tickMs} ms after the broker's start`}`
        },
      })
      expectExactlyOnce(result)
      expect(
        ticked(live!.events.slice(backIndex)),
        'a live metrics tick on the dashboard after the broker came back',
      ).toBe(true)
    } finally {
      live?.close()
    }
  })
}

const isTick = (e: LiveEvent) => e.kind === 'metrics' && (e.points ?? 0) > 0
const ticked = (events: LiveEvent[]) => events.some(isTick)
