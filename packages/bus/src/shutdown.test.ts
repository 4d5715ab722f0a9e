import { pino } from 'pino'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { onShutdown } from './shutdown.js'

const logger = pino({ level: 'silent' })
let added: Array<{ signal: 'SIGTERM' | 'SIGINT'; fn: (...args: unknown[]) => void }> = []

function install(steps: Array<() => Promise<void>>) {
  const before = { SIGTERM: process.listeners('SIGTERM'), SIGINT: process.listeners('SIGINT') }
  onShutdown(logger, steps)
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    for (const fn of process.listeners(signal)) {
      if (!before[signal].includes(fn)) added.push({ signal, fn: fn as (...args: unknown[]) => void })
    }
  }
}

afterEach(() => {
  for (const { signal, fn } of added) process.off(signal, fn)
  added = []
  process.exitCode = undefined
  vi.restoreAllMocks()
})

describe('onShutdown', () => {
  it('runs every step in order, keeps going after a failing step, then exits 0', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never)
    const order: string[] = []
    install([
      async () => {
        order.push('consumer')
      },
      async () => {
        throw new Error('producer close failed')
      },
      async () => {
        order.push('store')
      },
    ])
    process.emit('SIGTERM', 'SIGTERM')
    await vi.waitFor(() => expect(exit).toHaveBeenCalled())
    expect(order).toEqual(['consumer', 'store'])
    expect(exit).toHaveBeenCalledWith(0)
  })

  it('exits 1 at once on a second signal while steps are still running', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never)
    let release!: () => void
    install([
      () =>
        new Promise<void>((r) => {
          release = r
        }),
    ])
    process.emit('SIGTERM', 'SIGTERM')
    process.emit('SIGINT', 'SIGINT')
    expect(exit).toHaveBeenCalledWith(1)
    release()
  })

  it('keeps a crash exit code set before the signal', async () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((() => undefined) as never)
    install([async () => {}])
    process.exitCode = 1
    process.emit('SIGTERM', 'SIGTERM')
    await vi.waitFor(() => expect(exit).toHaveBeenCalled())
    expect(exit).toHaveBeenCalledWith(1)
  })
})
