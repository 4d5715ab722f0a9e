/**
 * Vitest globalSetup for the `integration` project: gives every integration test a real Kafka
 * broker and provides its address as `kafkaBrokers` (read it with `testBrokers()`).
 *
 * Where the broker comes from, first match wins:
 *   1. env KAFKA_BROKERS (comma-separated) — an existing broker, never started or stopped here;
 *   2. a Docker engine that answers — apache/kafka in a container via testcontainers, and a
 *      ClickHouse server container exported as CLICKHOUSE_URL (the store helper's switch);
 *   3. infra/kafka/kafka.sh on 127.0.0.1:19092 with data under .cache/kafka-test, so tests never
 *      touch a demo broker on 9092.
 *
 * Several engineers (or a test run and a watch run) may share the script broker on one machine.
 * Each run takes a lease (a file named after its pid); teardown stops the broker only when the
 * test harness started it and no other live run holds a lease. A broker someone started by hand
 * on 19092 is used and left running.
 */
import { spawn } from 'node:child_process'
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import { dockerEngineAnswers, startClickHouseContainer, startKafkaContainer } from './docker.js'
// Type-only: brings the ProvidedContext augmentation (kafkaBrokers) without loading vitest's runtime.
import type {} from './kafka.js'
import { waitFor } from './wait.js'

// Loaded with Node's own resolver: vitest's module runner does not resolve bare imports of
// the tests/ workspace package when it loads a globalSetup file.
const { Kafka, logLevel } = createRequire(import.meta.url)('kafkajs') as typeof import('kafkajs')

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
const script = join(repoRoot, 'infra/kafka/kafka.sh')
const TEST_PORT = '19092'
const stateDir = join(repoRoot, '.cache/kafka-test')
const dataDir = join(stateDir, 'broker')
const leaseDir = join(stateDir, 'leases')
const lockDir = join(stateDir, 'lock')
/** Present while a broker started by this harness runs; a hand-started one has no marker. */
const harnessMarker = join(stateDir, 'started-by-harness')

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const fromEnv = process.env.KAFKA_BROKERS?.split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  if (fromEnv && fromEnv.length > 0) {
    await waitForBroker(fromEnv, 30_000)
    project.provide('kafkaBrokers', fromEnv)
    return async () => {}
  }
  if (dockerEngineAnswers()) {
    const c = await startKafkaContainer()
    await waitForBroker(c.brokers, 60_000)
    project.provide('kafkaBrokers', c.brokers)
    // A ClickHouse server too, unless one is named already. Test workers (and the services the
    // end-to-end test spawns) are forked after this and inherit the environment.
    const ch = process.env.CLICKHOUSE_URL ? null : await startClickHouseContainer()
    if (ch) {
      process.env.CLICKHOUSE_URL = ch.url
      process.env.CLICKHOUSE_USER = ch.username
      process.env.CLICKHOUSE_PASSWORD = ch.password
    }
    return async () => {
      await Promise.all([c.stop(), ch?.stop()])
    }
  }
  const brokers = await withLock(() => acquireScriptBroker())
  await waitForBroker(brokers, 60_000)
  project.provide('kafkaBrokers', brokers)
  return () => withLock(() => releaseScriptBroker())
}

async function acquireScriptBroker(): Promise<string[]> {
  await mkdir(leaseDir, { recursive: true })
  await writeFile(join(leaseDir, String(process.pid)), new Date().toISOString())
  const running = (await runScript('status')).code === 0
  if (!running) {
    // A fresh broker for a fresh run: old test topics would only slow start-up down.
    await rm(dataDir, { recursive: true, force: true })
    const r = await runScript('start')
    if (r.code !== 0) throw new Error(`kafka.sh start failed (exit ${r.code}):\n${r.output}`)
    await writeFile(harnessMarker, String(process.pid))
  }
  return [`127.0.0.1:${TEST_PORT}`]
}

async function releaseScriptBroker(): Promise<void> {
  await rm(join(leaseDir, String(process.pid)), { force: true })
  const others = await liveLeases()
  const startedByHarness = await exists(harnessMarker)
  if (others.length > 0 || !startedByHarness) return
  const r = await runScript('stop')
  if (r.code !== 0) throw new Error(`kafka.sh stop failed (exit ${r.code}):\n${r.output}`)
  await rm(harnessMarker, { force: true })
}

/** Leases whose pid is still alive; leases of crashed runs are removed on the way. */
async function liveLeases(): Promise<number[]> {
  const live: number[] = []
  for (const name of await readdir(leaseDir).catch(() => [] as string[])) {
    const pid = Number(name)
    if (Number.isInteger(pid) && pidAlive(pid)) live.push(pid)
    else await rm(join(leaseDir, name), { force: true })
  }
  return live
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    // EPERM: alive but someone else's.
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

/** A cross-process mutex from an atomic mkdir; a lock older than 3 minutes is a crashed holder's. */
async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  await mkdir(stateDir, { recursive: true })
  await waitFor(
    async () => {
      try {
        await mkdir(lockDir)
        return true
      } catch {
        const s = await stat(lockDir).catch(() => undefined)
        if (s && Date.now() - s.mtimeMs > 180_000) await rm(lockDir, { recursive: true, force: true })
        return false
      }
    },
    { timeoutMs: 200_000, intervalMs: 250, what: `the test-broker lock ${lockDir}` },
  )
  try {
    return await fn()
  } finally {
    await rm(lockDir, { recursive: true, force: true })
  }
}

function runScript(cmd: 'start' | 'stop' | 'status'): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [script, cmd], {
      env: { ...process.env, KAFKA_PORT: TEST_PORT, KAFKA_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString()
    })
    child.stderr.on('data', (d: Buffer) => {
      output += d.toString()
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code: code ?? 1, output }))
  })
}

async function waitForBroker(brokers: string[], timeoutMs: number): Promise<void> {
  const kafka = new Kafka({
    clientId: 'vigil-test-setup',
    brokers,
    logLevel: logLevel.NOTHING,
    retry: { retries: 0 },
  })
  await waitFor(
    async () => {
      const admin = kafka.admin()
      try {
        await admin.connect()
        const c = await admin.describeCluster()
        return c.brokers.length > 0
      } finally {
        await admin.disconnect()
      }
    },
    { timeoutMs, intervalMs: 500, what: `Kafka at ${brokers.join(',')} to answer describeCluster` },
  )
}
