import { describe, expect, it } from 'vitest'
import { createWritePipeline, WriteAbandoned } from './pipeline.js'

/** A write that resolves or rejects when the test says. */
function gate() {
  let open: () => void = () => undefined
  let fail: (e: Error) => void = () => undefined
  const done = new Promise<void>((res, rej) => {
    open = res
    fail = rej
  })
  return { write: () => done, open, fail }
}

const settled = (p: Promise<unknown>) =>
  Promise.race([
    p.then(
      () => 'settled',
      () => 'settled',
    ),
    new Promise((r) => setTimeout(() => r('pending'), 20)),
  ])

describe('write pipeline (one batch in flight while the next is enriched)', () => {
  it('hands batch 1 back at once, and holds batch 2 until batch 1 is acknowledged', async () => {
    const pipe = createWritePipeline({ retries: 0 })
    const one = gate()
    const first = await pipe.after(one.write) // the enricher goes on to fetch and enrich batch 2
    const order: string[] = []
    const second = pipe.after(async () => {
      order.push('write 2')
    })
    expect(await settled(second)).toBe('pending')
    expect(order).toEqual([])
    one.open()
    await first.durable
    await (await second).durable
    expect(order).toEqual(['write 2'])
  })

  it('writes nothing after a failed batch: the later one fails with the same error', async () => {
    const pipe = createWritePipeline({ retries: 0 })
    const one = gate()
    const first = await pipe.after(one.write)
    let wrote = false
    const second = pipe.after(async () => {
      wrote = true
    })
    one.fail(Object.assign(new Error('not leader'), { retriable: false }))
    await expect(first.durable).rejects.toThrow('not leader')
    await expect((await second).durable).rejects.toThrow('not leader')
    expect(wrote).toBe(false)
  })

  it('retries a transient failure with backoff, not a fatal one', async () => {
    const waits: number[] = []
    const pipe = createWritePipeline({
      retries: 3,
      sleep: async (ms) => {
        waits.push(ms)
      },
    })
    let calls = 0
    const flaky = await pipe.after(async () => {
      if (++calls < 3) throw Object.assign(new Error('broker restarting'), { retriable: true })
    })
    await flaky.durable
    expect(calls).toBe(3)
    expect(waits).toHaveLength(2)

    let fatalCalls = 0
    const broken = await pipe.after(async () => {
      fatalCalls++
      throw new TypeError('bug')
    })
    await expect(broken.durable).rejects.toThrow('bug')
    expect(fatalCalls).toBe(1)
  })

  it('a stop ends the retries at once: no attempt after it, the batch and the next abandoned', async () => {
    const pipe = createWritePipeline({ retries: 8, sleep: () => new Promise<void>(() => undefined) })
    let attempts = 0
    const first = await pipe.after(async () => {
      attempts++
      throw Object.assign(new Error('broker not reachable'), { retriable: true })
    })
    let wrote = false
    const second = pipe.after(async () => {
      wrote = true
    })
    await new Promise((r) => setTimeout(r, 0))
    expect(attempts).toBe(1) // waiting for its first retry, a sleep that never ends by itself
    pipe.stop()
    await expect(first.durable).rejects.toBeInstanceOf(WriteAbandoned)
    await expect((await second).durable).rejects.toBeInstanceOf(WriteAbandoned)
    expect(attempts).toBe(1)
    expect(wrote).toBe(false)
  })

  it('a stop lets an attempt in flight land within its grace, and abandons one that does not', async () => {
    const pipe = createWritePipeline({ retries: 0, stopGraceMs: 1_000 })
    const landing = gate()
    const first = await pipe.after(landing.write)
    pipe.stop()
    landing.open()
    await expect(first.durable).resolves.toBeUndefined()

    const stuck = createWritePipeline({ retries: 0, stopGraceMs: 0 })
    const hung = await stuck.after(() => new Promise<void>(() => undefined))
    stuck.stop()
    await expect(hung.durable).rejects.toBeInstanceOf(WriteAbandoned)
  })
})
