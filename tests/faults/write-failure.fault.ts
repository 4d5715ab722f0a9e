import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { runScenario } from './scenario.js'
import { type FaultStack, sleep } from './stack.js'

/**
 * A ClickHouse write failure on the real engine, without touching service code: the data
 * directory of mention_events is made immutable (`chattr +i`, which stops root too) for a while,
 * so every insert into it fails inside chDB as a real disk error would, then it is made writable
 * again. Needs chattr and a filesystem that has the flag (ext4, xfs, btrfs); skipped otherwise.
 */
const FAIL_S = Number(process.env.FAULT_WRITE_FAIL_S ?? 10)

interface WriteFault {
  failingMs: number
  retries: number
  crashes: number
  restarts: number
}

function chattrWorks(): boolean {
  const probe = mkdtempSync(join(tmpdir(), 'vigil-chattr-'))
  try {
    execFileSync('chattr', ['+i', probe], { stdio: 'ignore' })
    execFileSync('chattr', ['-i', probe], { stdio: 'ignore' })
    return true
  } catch {
    return false
  } finally {
    rmSync(probe, { recursive: true, force: true })
  }
}

async function failWrites(stack: FaultStack): Promise<WriteFault> {
  const link = join(stack.chdbPath, 'data', 'vigil', 'mention_events')
  if (!existsSync(link)) throw new Error(`no table directory at ${link}`)
  const dir = realpathSync(link)
  const before = {
    sink: readLog(stack, 'logs/embedded.log').length,
    launcher: readLog(stack, 'launcher.log').length,
  }
  const at = Date.now()
  execFileSync('chattr', ['+i', dir])
  try {
    await sleep(FAIL_S * 1_000)
  } finally {
    execFileSync('chattr', ['-i', dir])
  }
  const failingMs = Date.now() - at
  await sleep(1_000)
  // What the sink did while its inserts failed: retried (transient), or crashed and was
  // restarted by the launcher (a disk error is not transient to it).
  const sink = readLog(stack, 'logs/embedded.log').slice(before.sink)
  const launcher = readLog(stack, 'launcher.log').slice(before.launcher)
  return {
    failingMs,
    retries: (sink.match(/mention_block_retry/g) ?? []).length,
    crashes: (sink.match(/consumer_crashed/g) ?? []).length,
    restarts: (launcher.match(/embedded exited/g) ?? []).length,
  }
}

const readLog = (stack: FaultStack, file: string) => {
  const f = join(stack.dir, file)
  return existsSync(f) ? readFileSync(f, 'utf8') : ''
}

test.skipIf(!chattrWorks())(
  'ClickHouse inserts fail for a while mid-stream: every mention stored exactly once once writes work again',
  async () => {
    let fault: WriteFault | undefined
    const { stored, produced } = await runScenario({
      fault: 'ClickHouse write failure',
      services: ['enricher', 'detector', 'embedded'],
      inject: async (stack) => {
        fault = await failWrites(stack)
        return fault
      },
      describe: () =>
        `inserts failing for ${fault?.failingMs} ms: ${fault?.retries} sink retries, ${fault?.crashes} sink crashes, ${fault?.restarts} restarts`,
    })
    // The fault really happened: the sink saw its inserts fail.
    expect((fault?.retries ?? 0) + (fault?.crashes ?? 0)).toBeGreaterThan(0)
    expect(produced.ids.length).toBeGreaterThan(0)
    expect(stored.missing).toEqual([])
    expect(stored.twice).toEqual([])
    expect(stored.finalWrong).toEqual([])
    expect(stored.minuteMismatches).toEqual([])
    expect(stored.duplicateAlertVersions).toEqual([])
  },
)
