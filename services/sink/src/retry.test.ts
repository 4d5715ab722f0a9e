import { classifyError, RetriableError } from '@vigil/bus'
import { describe, expect, it } from 'vitest'
import { storeCall } from './retry.js'

const chError = (code: string) => Object.assign(new Error(`Code: ${code}. DB::Exception`), { code })

describe('storeCall', () => {
  it('turns a transient ClickHouse error into a retriable one', async () => {
    const err = await storeCall('insert', () => Promise.reject(chError('252'))).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(RetriableError)
    expect(classifyError(err)).toBe('retriable')
  })

  it('leaves a bug (bad SQL, wrong type) fatal, and passes results through', async () => {
    const err = await storeCall('insert', () => Promise.reject(chError('62'))).catch((e: unknown) => e)
    expect(err).not.toBeInstanceOf(RetriableError)
    expect(classifyError(err)).toBe('fatal')
    expect(await storeCall('read', async () => 7)).toBe(7)
  })

  it('a refused connection stays retriable through the bus classifier', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })
    const err = await storeCall('insert', () => Promise.reject(refused)).catch((e: unknown) => e)
    expect(classifyError(err)).toBe('retriable')
  })
})
