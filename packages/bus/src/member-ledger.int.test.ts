import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createLogger } from '@vigil/config'
import { afterEach, describe, expect, it } from 'vitest'
import { busHarness } from '../../../tests/support/bus-harness.js'
import { testBrokers, uniqueName } from '../../../tests/support/kafka.js'
import { waitFor } from '../../../tests/support/wait.js'
import { runConsumer } from './consumer.js'
import { createKafka } from './kafka.js'
import { parseMembers } from './member-ledger.js'

const logger = createLogger('bus-ledger-test', 'warn')
const bus = busHarness(logger)
/** The killed member's session (test-fixtures/ledger-member.mjs): a successor waiting it out is 60 s late. */
const DEAD_SESSION_MS = 60_000
const fixture = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-fixtures', 'ledger-member.mjs')

describe('a member ledger against a real broker (a restarted process rejoining its groups)', () => {
  const cleanup: Array<() => void> = []
  afterEach(() => {
    for (const c of cleanup.splice(0)) c()
  })

  it('a consumer killed with SIGKILL is replaced at once: its successor handles the next records long before the dead member session could end, and nothing is skipped', async () => {
    const topic = await bus.topic('bus-ledger', 2)
    const groupId = uniqueName('g-ledger')
    const dir = mkdtempSync(join(tmpdir(), 'vigil-ledger-'))
    const memberFile = join(dir, 'members.json')
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }))
    const before = ['b1', 'b2', 'b3', 'b4']
    await bus.producer.send(
      topic,
      before.map((v) => ({ key: v, value: v })),
    )

    // The predecessor: its own process, handling the first records, then killed without a word.
    const child: ChildProcess = spawn(
      process.execPath,
      [fixture, testBrokers().join(','), topic, groupId, memberFile],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
    cleanup.push(() => child.kill('SIGKILL'))
    let out = ''
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString()
    })
    await waitFor(() => before.every((v) => out.includes(`handled ${v}\n`)), {
      what: 'the first process to handle the first records',
      timeoutMs: 30_000,
    })
    expect(Object.keys(parseMembers(readFileSync(memberFile, 'utf8')))).toEqual([groupId])
    const exited = new Promise((r) => child.once('exit', r))
    child.kill('SIGKILL')
    await exited
    const killedAt = Date.now()

    const after = ['a1', 'a2', 'a3', 'a4']
    await bus.producer.send(
      topic,
      after.map((v) => ({ key: v, value: v })),
    )
    // The successor: same group, same ledger file, default session.
    const kafka = createKafka({
      brokers: testBrokers(),
      clientId: uniqueName('successor'),
      logger,
      memberFile,
    })
    const seen: string[] = []
    let allAfterAt = 0
    const successor = await runConsumer({
      kafka,
      groupId,
      topics: [topic],
      fromBeginning: true,
      logger,
      handleBatch: async (records) => {
        for (const r of records) seen.push(String(r.value))
        if (allAfterAt === 0 && after.every((v) => seen.includes(v))) allAfterAt = Date.now()
      },
    })
    bus.handles.push(successor)
    await waitFor(() => allAfterAt > 0, {
      what: "the successor to handle the records sent after the kill (without the ledger it waits out the dead member's 60 s session)",
      timeoutMs: 45_000,
    })
    // Generous on purpose: the only bound that matters is the dead member's session; the
    // successor took about a second on the shared machine.
    expect(allAfterAt - killedAt).toBeLessThan(DEAD_SESSION_MS)
    // At least once: whatever the dead process had not committed comes again, nothing is skipped.
    const handled = new Set([...before.filter((v) => out.includes(`handled ${v}\n`)), ...seen])
    expect([...before, ...after].filter((v) => !handled.has(v))).toEqual([])
    // Its own membership is in the ledger now, under the same group.
    expect(Object.keys(parseMembers(readFileSync(memberFile, 'utf8')))).toEqual([groupId])
    // A clean stop leaves the group itself: nothing left for the next process to remove.
    await successor.stop()
    expect(parseMembers(readFileSync(memberFile, 'utf8'))).toEqual({})
  }, 90_000)
})
