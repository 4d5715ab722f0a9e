import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createLogger } from '@vigil/config'
import { afterEach, describe, expect, it } from 'vitest'
import { createMemberLedger, parseMembers } from './member-ledger.js'

const logger = createLogger('ledger-test', 'silent')
const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})
function ledgerFile(): string {
  const d = mkdtempSync(join(tmpdir(), 'vigil-ledger-unit-'))
  dirs.push(d)
  return join(d, 'members.json')
}
function ledger(file: string, left: Array<[string, string]>, fail?: Set<string>) {
  return createMemberLedger({
    file,
    logger,
    boundMs: 5_000,
    leave: async (group, member) => {
      if (fail?.has(group)) throw new Error('UNKNOWN_MEMBER_ID')
      left.push([group, member])
    },
  })
}

/** A first process on `file` that joined `joins` in order (a rejoin under a new id replaces the old one). */
async function firstProcess(file: string, joins: Array<[string, string]>) {
  const first = ledger(file, [])
  await first.leavePredecessors()
  for (const [group, member] of joins) first.joined(group, member)
  return first
}

describe('the member ledger (member-ledger.ts)', () => {
  it("removes exactly the killed predecessor's members, once, before this process records its own", async () => {
    const file = ledgerFile()
    await firstProcess(file, [
      ['vigil-enricher', 'm-1'],
      ['vigil-api-live-abc', 'm-2'],
      ['vigil-enricher', 'm-3'],
    ])
    // killed here: no `left`
    const removed: Array<[string, string]> = []
    const successor = ledger(file, removed)
    await Promise.all([successor.leavePredecessors(), successor.leavePredecessors()])
    expect(removed.sort()).toEqual([
      ['vigil-api-live-abc', 'm-2'],
      ['vigil-enricher', 'm-3'],
    ])
    expect(parseMembers(readFileSync(file, 'utf8'))).toEqual({})
    successor.joined('vigil-enricher', 'm-4')
    expect(parseMembers(readFileSync(file, 'utf8'))).toEqual({ 'vigil-enricher': 'm-4' })
  })

  it('leaves nothing to remove after a clean stop, and a leave that fails only means waiting', async () => {
    const file = ledgerFile()
    const first = await firstProcess(file, [
      ['g-clean', 'm-1'],
      ['g-killed', 'm-2'],
    ])
    first.left('g-clean')
    const removed: Array<[string, string]> = []
    await ledger(file, removed, new Set(['g-killed'])).leavePredecessors()
    expect(removed).toEqual([])
  })

  it('reads an unreadable or foreign file as no members', () => {
    const file = ledgerFile()
    writeFileSync(file, '{"members": {"g": 7, "h": "", "ok": "m"}}')
    expect(parseMembers(readFileSync(file, 'utf8'))).toEqual({ ok: 'm' })
    expect(parseMembers('{"members": ')).toEqual({})
    expect(parseMembers('null')).toEqual({})
  })
})
