import { expect, test } from 'vitest'
import { type LiveEvent, watchLive } from './live-client.js'
import { runScenario } from './scenario.js'
import { sleep } from './stack.js'

test('kill -9 of the embedded sink + api mid-stream: every mention stored once, the dashboard feed reconnects by itself', async () => {
  let live: ReturnType<typeof watchLive> | undefined
  let killedAt = 0
  // Events from this index on came after the kill. Not by time: the 'live' the wait below saw
  // can carry the kill's own millisecond (main's run of 2026-12-06 23:23 took it for the return).
  let killedIndex = 0
  let restarted = 0
  try {
    const { stored, produced } = await runScenario({
      fault: 'kill -9 embedded (sink+api)',
      services: ['enricher', 'detector', 'embedded'],
      inject: async (stack) => {
        live = watchLive(stack.apiPort)
        // Live before the kill, so the reconnect afterwards is the client's own doing.
        while (!live.events.some((e) => e.kind === 'live')) await sleep(100)
        killedAt = Date.now()
        killedIndex = live.events.length
        const r = await stack.kill9('embedded')
        restarted = killedAt + r.restartedMs
        // Give the client time to find the new api while the stream goes on.
        const deadline = Date.now() + 90_000
        while (
          Date.now() < deadline &&
          !afterKill(live.events, killedIndex).some((e) => e.kind === 'metrics')
        )
          await sleep(250)
        return r
      },
      describe: (r) => {
        const back = live && afterKill(live.events, killedIndex).find((e) => e.kind === 'live')
        return `restarted in ${(r as { restartedMs: number }).restartedMs} ms; dashboard feed live again after ${back ? back.at - killedAt : '—'} ms`
      },
    })
    expect(produced.ids.length).toBeGreaterThan(0)
    expect(stored.missing).toEqual([])
    expect(stored.twice).toEqual([])
    expect(stored.finalWrong).toEqual([])
    expect(stored.minuteMismatches).toEqual([])
    expect(stored.duplicateAlertVersions).toEqual([])

    const after = afterKill(live!.events, killedIndex)
    // The feed noticed (reconnecting), came back on its own, and got data from the new api.
    expect(after.map((e) => e.kind)).toContain('reconnecting')
    const back = after.find((e) => e.kind === 'live')
    expect(back?.at).toBeGreaterThanOrEqual(restarted)
    expect(after.some((e) => e.kind === 'snapshot' && e.at >= back!.at)).toBe(true)
    expect(after.some((e) => e.kind === 'metrics' && e.at >= back!.at && (e.points ?? 0) > 0)).toBe(true)
  } finally {
    live?.close()
  }
})

const afterKill = (events: LiveEvent[], killedIndex: number) => events.slice(killedIndex)
