import { createLogger } from '@vigil/config'
import { describe, expect, it } from 'vitest'
import { createRunState } from './run-state.js'

const logger = createLogger('run-state-test', 'silent')
const tp = { topic: 'mentions.raw', partition: 0 }
const abandoned = () => Object.assign(new Error('write abandoned'), { name: 'AbortError' })

function run() {
  const crashes: Error[] = []
  const commits: string[] = []
  const state = createRunState({ onCrash: (err) => crashes.push(err) }, logger, async (offsets) => {
    commits.push(...offsets.map((o) => o.offset))
  })
  return { state, crashes, commits }
}

describe('a consumer’s deferred commits', () => {
  it('a write its handler abandoned because the consumer stops is no crash, and nothing after it commits', async () => {
    const { state, crashes, commits } = run()
    state.commitLater(tp, '1', Promise.resolve(), () => undefined)
    state.stopping = true
    state.commitLater(tp, '2', Promise.reject(abandoned()), () => undefined)
    state.commitLater(tp, '3', Promise.resolve(), () => undefined)
    await state.drained()
    expect(commits).toEqual(['1'])
    expect(crashes).toEqual([])
  })

  it('the same rejection while running is a crash', async () => {
    const { state, crashes, commits } = run()
    state.commitLater(tp, '1', Promise.reject(abandoned()), () => undefined)
    await state.drained()
    expect(commits).toEqual([])
    expect(crashes.map((e) => e.message)).toEqual(['write abandoned'])
  })
})
