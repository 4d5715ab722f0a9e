import { describe, expect, it } from 'vitest'
import { CHECKPOINT_WAIT_MS, createCheckpointWaiters } from './checkpoint-waiters.js'

/** Watches a waiter from its creation (a rejection must not go unhandled); reads its state later. */
const track = (p: Promise<void>) => {
  let state = 'pending'
  p.then(
    () => {
      state = 'resolved'
    },
    (err: Error) => {
      state = `rejected:${err.name}`
    },
  )
  return async () => {
    await new Promise((r) => setImmediate(r))
    return state
  }
}

describe('checkpoint waiters', () => {
  it('a batch commits only after a checkpoint queued after it is sent', async () => {
    const w = createCheckpointWaiters(() => 0)
    w.queued() // a checkpoint from before the batch
    const batch = track(w.wait())
    w.sent()
    expect(await batch()).toBe('pending')
    w.queued()
    expect(await batch()).toBe('pending') // queued, not acknowledged
    w.sent()
    expect(await batch()).toBe('resolved')
  })

  it('a batch waiting a minute asks for a checkpoint of its own', () => {
    let now = 0
    const w = createCheckpointWaiters(() => now)
    expect(w.overdue(now)).toBe(false)
    void w.wait()
    now = CHECKPOINT_WAIT_MS - 1
    expect(w.overdue(now)).toBe(false)
    now = CHECKPOINT_WAIT_MS
    expect(w.overdue(now)).toBe(true)
    w.queued()
    expect(w.overdue(now)).toBe(false)
  })

  it('output failing for good crashes the waiters; a stop abandons those no checkpoint holds', async () => {
    const w = createCheckpointWaiters(() => 0)
    const failed = track(w.wait())
    w.fail(new Error('broker refused'))
    expect(await failed()).toBe('rejected:Error')
    const held = track(w.wait())
    w.queued()
    w.sent()
    const late = track(w.wait())
    w.close()
    expect(await held()).toBe('resolved')
    expect(await late()).toBe('rejected:AbortError')
    expect(await track(w.wait())()).toBe('rejected:AbortError')
  })
})
