import { describe, expect, it } from 'vitest'
import { BusError, BusErrorCode, backoffMs, classifyError, RetriableError } from './errors.js'

describe('backoffMs', () => {
  const opts = { baseMs: 100, maxMs: 5_000, jitter: 0.2 }

  it('doubles per attempt around the base when jitter is centred', () => {
    const mid = () => 0.5
    expect([0, 1, 2, 3, 4].map((a) => backoffMs(a, opts, mid))).toEqual([100, 200, 400, 800, 1600])
  })

  it('stays within ±jitter of the exponential delay', () => {
    expect(backoffMs(3, opts, () => 0)).toBe(640)
    expect(backoffMs(3, opts, () => 0.999999)).toBe(960)
  })

  it('never exceeds maxMs however many attempts', () => {
    for (const a of [6, 10, 50, 1000]) expect(backoffMs(a, opts, () => 0.999999)).toBeLessThanOrEqual(5_000)
    expect(backoffMs(1000, opts, () => 0)).toBe(4_000)
  })
})

describe('classifyError', () => {
  it('retries errors that say they are retriable', () => {
    expect(classifyError(new RetriableError('clickhouse busy'))).toBe('retriable')
    expect(classifyError(Object.assign(new Error('kafka'), { retriable: true }))).toBe('retriable')
  })

  it('retries transient socket errors, also when wrapped once', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })
    expect(classifyError(refused)).toBe('retriable')
    expect(classifyError(new Error('fetch failed', { cause: refused }))).toBe('retriable')
  })

  it('never retries programming errors, even when they claim otherwise', () => {
    expect(classifyError(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe('fatal')
    expect(classifyError(Object.assign(new RangeError('bad'), { retriable: true }))).toBe('fatal')
  })

  it('treats unknown errors and non-errors as fatal', () => {
    expect(classifyError(new Error('something odd'))).toBe('fatal')
    expect(classifyError('a string')).toBe('fatal')
    expect(classifyError(undefined)).toBe('fatal')
  })

  it('respects an explicit retriable:false over a transient cause', () => {
    const refused = Object.assign(new Error('refused'), { code: 'ECONNREFUSED' })
    const err = Object.assign(new Error('gave up', { cause: refused }), { retriable: false })
    expect(classifyError(err)).toBe('fatal')
  })

  it('looks through KafkaJS "retries exceeded" to its cause', () => {
    const exceeded = (cause: Error) =>
      Object.assign(new Error('exceeded', { cause }), {
        name: 'KafkaJSNumberOfRetriesExceeded',
        retriable: false,
      })
    expect(classifyError(exceeded(Object.assign(new Error('leader'), { retriable: true })))).toBe('retriable')
    expect(classifyError(exceeded(Object.assign(new Error('auth'), { retriable: false })))).toBe('fatal')
  })

  it('looks through KafkaJS "non-retriable" to its cause: a send that found no broker to connect to', () => {
    // What the enricher's produce threw while the fault suite's broker was stopped: the broker
    // pool ran out of connect retries, and the producer's own retrier wrapped that as
    // non-retriable with the connection error as its cause (kafkajs src/retry/index.js).
    const refused = Object.assign(new Error('Connection error: connect ECONNREFUSED 127.0.0.1:42825'), {
      name: 'KafkaJSConnectionError',
      retriable: true,
    })
    const gaveUp = (cause: Error) =>
      Object.assign(new Error(`Connection error: ${cause.message}`, { cause }), {
        name: 'KafkaJSNonRetriableError',
        retriable: false,
      })
    expect(
      classifyError(new BusError(BusErrorCode.produce, 'produce failed', { cause: gaveUp(refused) })),
    ).toBe('retriable')
    const tooLarge = Object.assign(new Error('The request included a message larger than the max'), {
      name: 'KafkaJSProtocolError',
      retriable: false,
    })
    expect(classifyError(gaveUp(tooLarge))).toBe('fatal')
    expect(
      classifyError(
        Object.assign(new Error('Invalid topic'), { name: 'KafkaJSNonRetriableError', retriable: false }),
      ),
    ).toBe('fatal')
  })

  it('produce failures keep the KafkaJS cause so they classify by it', () => {
    const kafkaErr = Object.assign(new Error('Broker not available'), { retriable: true })
    expect(classifyError(new BusError(BusErrorCode.produce, 'produce failed', { cause: kafkaErr }))).toBe(
      'retriable',
    )
  })
})
