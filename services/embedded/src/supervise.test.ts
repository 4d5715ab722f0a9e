import { afterEach, describe, expect, it } from 'vitest'
import { restartDelayMs, type Supervised, supervise } from '../../../infra/local/supervise.mjs'

const waitFor = async (cond: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 50))
  }
}

describe('the local launcher supervisor (infra/local/supervise.mjs)', () => {
  let s: Supervised | undefined
  afterEach(async () => {
    await s?.stop(2_000)
  })

  it('brings a service killed with SIGKILL back, as a new process, and stops it for good on request', async () => {
    const lines: string[] = []
    s = supervise({
      name: 'sleeper',
      command: process.execPath,
      args: ['-e', 'setInterval(() => {}, 1000)'],
      log: (l) => lines.push(l),
      backoff: { initialMs: 100 },
    })
    const first = s.current()!
    await waitFor(() => first.pid !== undefined)
    process.kill(first.pid!, 'SIGKILL')
    await waitFor(() => s!.current() !== first && s!.current()?.pid !== undefined)
    const second = s.current()!
    expect(second.pid).not.toBe(first.pid)
    expect(second.exitCode).toBeNull()
    expect(s.restarts()).toBe(1)
    expect(lines[0]).toMatch(/sleeper exited \(code null, signal SIGKILL\); restarting in 0 ms/)
    await s.stop(2_000)
    await new Promise((r) => setTimeout(r, 300))
    expect(s.current()).toBe(second)
    expect(second.signalCode).toBe('SIGTERM')
  })

  it('restarts at once after the first exit, then waits longer after each quick failure, up to a cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => restartDelayMs(n))).toEqual([
      0, 1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000,
    ])
  })
})
