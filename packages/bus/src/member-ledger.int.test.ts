import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createLogger } from '@vigil/config'
import { pino } from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import { busHarness } from '../../../tests/support/bus-harness.js'
import { testBrokers, uniqueName } from '../../../tests/support/kafka.js'
import { waitFor } from '../../../tests/support/wait.js'
import { runConsumer } from './consumer.js'
import { createKafka } from './kafka.js'
import { parseMembers } from './member-ledger.js'

const logger = createLogger('bus-ledger-test', 'warn')
const bus = busHarness(logger)
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
    const dead = parseMembers(readFileSync(memberFile, 'utf8'))
    expect(Object.keys(dead)).toEqual([groupId])
    const exited = new Promise((r) => child.once('exit', r))
    child.kill('SIGKILL')
    await exited

    const after = ['a1', 'a2', 'a3', 'a4']
    await bus.producer.send(
      topic,
      after.map((v) => ({ key: v, value: v })),
    )
    // The successor: same group, same ledger file, default session; its log read back below.
    const lines: string[] = []
    const kafka = createKafka({
      brokers: testBrokers(),
      clientId: uniqueName('successor'),
      logger: pino({ level: 'info' }, { write: (line: string) => lines.push(line) }),
      memberFile,
    })
    const seen: string[] = []
    const successor = await runConsumer({
      kafka,
      groupId,
      topics: [topic],
      fromBeginning: true,
      logger,
      handleBatch: async (records) => {
        for (const r of records) seen.push(String(r.value))
      },
    })
    bus.handles.push(successor)
    await waitFor(() => after.every((v) => seen.includes(v)), {
      what: 'the successor to handle the records sent after the kill',
      timeoutMs: 30_000,
    })
    // The coordinator still held the dead member (its session is 60 s: test-fixtures/
    // ledger-member.mjs) when the successor's leave removed it, so the join did not wait the
    // session out: a leave for an expired member is refused (predecessor_not_left), and without
    // a ledger there is no leave at all (the join then waits ~60 s and this fails).
    const ledgerEvents = lines
      .map((l) => JSON.parse(l) as { event?: string; memberId?: string })
      .filter((e) => e.event === 'predecessor_left' || e.event === 'predecessor_not_left')
    expect(ledgerEvents.map((e) => [e.event, e.memberId])).toEqual([['predecessor_left', dead[groupId]]])
    // The group's one member is now the successor, under the id its ledger holds.
    const admin = kafka.admin()
    await admin.connect()
    const [group] = (await admin.describeGroups([groupId])).groups
    await admin.disconnect()
    const members = group!.members.map((m) => m.memberId)
    expect(members).not.toContain(dead[groupId])
    expect(members).toEqual([parseMembers(readFileSync(memberFile, 'utf8'))[groupId]])
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
