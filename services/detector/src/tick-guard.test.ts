import { BusError, BusErrorCode } from '@vigil/bus'
import { createLogger } from '@vigil/config'
import { describe, expect, it } from 'vitest'
import { createTickGuard } from './tick-guard.js'

const log = createLogger('test', 'silent')
const transient = () =>
  new BusError(BusErrorCode.produce, 'produce failed', {
    cause: Object.assign(new Error('leader not available'), { retriable: true }),
  })

describe('the tick guard', () => {
  it('backs off on transient produce failures and recovers without exiting', () => {
    const fatal: unknown[] = []
    const g = createTickGuard({ log, onFatal: (e) => fatal.push(e) })
    g.failed(transient(), 1_000)
    expect(g.due(1_000)).toBe(false)
    expect(g.due(1_000 + 60_000)).toBe(true)
    g.ok()
    expect(g.due(0)).toBe(true)
    expect(fatal).toEqual([])
  })

  it('gives up with a fatal exit on a refusal that cannot heal, and after too many failures in a row', () => {
    const fatal: unknown[] = []
    const g = createTickGuard({ log, onFatal: (e) => fatal.push(e) })
    const tooLarge = new BusError(BusErrorCode.produce, 'produce failed', {
      cause: Object.assign(new Error('The request included a message larger than the max message size'), {
        retriable: false,
      }),
    })
    g.failed(tooLarge, 0)
    expect(fatal).toEqual([tooLarge])
    expect(g.due(1e12)).toBe(false)

    const h = createTickGuard({ log, maxFailures: 3, onFatal: (e) => fatal.push(e) })
    for (let i = 0; i < 4; i++) h.failed(transient(), i * 100_000)
    expect(fatal).toHaveLength(2)
  })
})
