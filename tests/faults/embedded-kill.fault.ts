import { expect, test } from 'vitest'
import { type LiveEvent, watchLive } from './live-client.js'
import { runScenario } from './scenario.js'
import { sleep } from './stack.js'

test('kill -9 of the embedded sink + api mid-stream: every mention stored once, the dashboard feed reconnects by itself', async () => {
  let live: ReturnType<typeof watchLive> | undefined
  let killedAt = 0
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
        const r = await stack.kill9('embedded')
        restarted = killedAt + r.restartedMs
        // Give the client time to find the new api while the stream goes on.
        const deadline = Date.now() + 90_000
        while (Date.now() < deadline && !afterKill(live.events, killedAt).some((e) => e.kind === 'metrics'))
          await sleep(250)
        return r
      },
      describe: (r) => {
        const back = live && afterKill(live.events, killedAt).find((e) => e.kind === 'live')
        return `restarted in ${(r as { restartedMs: number }).restartedMs} ms; dashboard feed live again after ${back ? back.at - killedAt : '—'} ms`
      },
    })
    expect(produced.ids.length).toBeGreaterThan(0)
    expect(stored.missing).toEqual([])
    expect(stored.twice).toEqual([])
    expect(stored.finalWrong).toEqual([])
    expect(stored.minuteMismatches).toEqual([])
    expect(stored.duplicateAlertVersions).toEqual([])

    const after = afterKill(live!.events, killedAt)
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

const afterKill = (events: LiveEvent[], killedAt: number) => events.filter((e) => e.at >= killedAt)
