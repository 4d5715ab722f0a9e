/**
 * The real local stack for a fault test: infra/local/stack.mjs (supervised services, restarted
 * with backoff after a crash) on unique topics, consumer groups and ports, with a fresh chDB
 * directory. The services run from their built dist/ (`pnpm run build` first).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Topics, topicNames } from '@vigil/schema'
import { freePort, repoRoot } from '../e2e/launch.js'
import { uniqueName } from '../support/kafka.js'

export type ServiceName = 'enricher' | 'detector' | 'embedded' | 'ingest'

export interface FaultStack {
  run: string
  prefix: string
  topics: Topics
  dir: string
  chdbPath: string
  logDir: string
  apiUrl: string
  apiPort: number
  ingestUrl: string
  ingestToken: string
  groups: { enricher: string; detector: string; sink: string }
  /** The current pid of each service (the launcher rewrites pids.json on every restart). */
  pids(): Partial<Record<ServiceName, number | null>>
  /** SIGKILL one service; resolves once the launcher runs a new process for it. */
  kill9(
    service: ServiceName,
    restartTimeoutMs?: number,
  ): Promise<{ oldPid: number; newPid: number; restartedMs: number }>
  /** SIGTERM the launcher (each service drains and commits) and wait for it to exit. */
  stop(): Promise<void>
  /** Remove the data directory (keep it when a test failed, to read the logs). */
  cleanup(): void
}

export async function startFaultStack(
  brokers: string[],
  services: ServiceName[],
  extraEnv: Record<string, string> = {},
): Promise<FaultStack> {
  const run = uniqueName('fault')
  const prefix = `${run}.`
  const dir = mkdtempSync(join(tmpdir(), 'vigil-fault-'))
  const logDir = join(dir, 'logs')
  const chdbPath = join(dir, 'chdb')
  const [apiPort, enricherPort, detectorPort, ingestPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ]
  const ingestToken = `fault-relay-${run}`.padEnd(24, 'x')
  const groups = { enricher: `${run}-enricher`, detector: `${run}-detector`, sink: `${run}-sink` }
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    KAFKA_BROKERS: brokers.join(','),
    VIGIL_TOPIC_PREFIX: prefix,
    VIGIL_SERVICES: services.join(','),
    VIGIL_LOG_DIR: logDir,
    VIGIL_OPEN_DEMO: '1',
    CHDB_PATH: chdbPath,
    API_PORT: String(apiPort),
    ENRICHER_METRICS_PORT: String(enricherPort),
    DETECTOR_METRICS_PORT: String(detectorPort),
    INGEST_PORT: String(ingestPort),
    // Tokens are required on ingest's /v1: this run's relay token (the open demo would skip it).
    INGEST_TOKENS: `fault-relay:${ingestToken}`,
    INGEST_RATE_LIMIT_MAX: '0',
    GENERATOR: 'false',
    ENRICHER_GROUP_ID: groups.enricher,
    DETECTOR_GROUP_ID: groups.detector,
    SINK_GROUP_ID: groups.sink,
    LOG_LEVEL: process.env.FAULT_LOG_LEVEL ?? 'warn',
    ...extraEnv,
  }
  const launcherLog = createWriteStream(join(dir, 'launcher.log'))
  const launcher: ChildProcess = spawn(process.execPath, [join(repoRoot, 'infra/local/stack.mjs')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  launcher.stdout?.pipe(launcherLog)
  launcher.stderr?.pipe(launcherLog)
  const exited = new Promise<void>((resolve) => launcher.once('exit', () => resolve()))
  const killOnExit = () => launcher.kill('SIGKILL')
  process.once('exit', killOnExit)

  const apiUrl = `http://127.0.0.1:${apiPort}`
  const ingestUrl = `http://127.0.0.1:${ingestPort}`
  const pids = () => {
    try {
      return JSON.parse(readFileSync(join(logDir, 'pids.json'), 'utf8'))
    } catch {
      return {}
    }
  }
  const up = (url: string) =>
    fetch(url)
      .then((r) => r.ok)
      .catch(() => false)
  const deadline = Date.now() + 180_000
  while (
    !(await up(`${apiUrl}/healthz`)) ||
    (services.includes('ingest') && !(await up(`${ingestUrl}/healthz`)))
  ) {
    if (launcher.exitCode !== null) throw new Error(`the stack exited at start; see ${dir}/launcher.log`)
    if (Date.now() > deadline) throw new Error(`the stack did not answer within 180 s; logs in ${logDir}`)
    await sleep(500)
  }

  return {
    run,
    prefix,
    topics: topicNames(prefix),
    dir,
    chdbPath,
    logDir,
    apiUrl,
    apiPort,
    ingestUrl,
    ingestToken,
    groups,
    pids,
    async kill9(service, restartTimeoutMs = 120_000) {
      const oldPid = pids()[service]
      if (!oldPid) throw new Error(`no pid for ${service} in ${logDir}/pids.json`)
      const at = Date.now()
      process.kill(oldPid, 'SIGKILL')
      while (Date.now() - at < restartTimeoutMs) {
        const now = pids()[service]
        if (now && now !== oldPid) return { oldPid, newPid: now, restartedMs: Date.now() - at }
        await sleep(100)
      }
      throw new Error(`${service} was not restarted within ${restartTimeoutMs} ms`)
    },
    async stop() {
      if (launcher.exitCode === null) launcher.kill('SIGTERM')
      await exited
      process.off('exit', killOnExit)
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
