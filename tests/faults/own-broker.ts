/**
 * A single Kafka broker of the fault suite's own (infra/kafka/kafka.sh) on free ports and a
 * fresh data directory: the broker faults stop and kill it, which must never happen to the
 * shared broker in KAFKA_BROKERS. Removed with its data when the fault is over.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { freePort, repoRoot } from '../e2e/launch.js'

const run = promisify(execFile)

export interface OwnBroker {
  brokers: string[]
  /** SIGTERM (the broker shuts down cleanly), waited for. */
  stop(): Promise<void>
  /** SIGKILL: no shutdown, the log is recovered at the next start. */
  kill9(): void
  /** (Re)start on the same port and data; resolves once it answers. */
  start(): Promise<void>
  /** Stop it and remove its data. */
  remove(): Promise<void>
}

/** `env` adds to the script's settings (a fixed KAFKA_CLUSTER_ID, say). */
export async function startOwnBroker(extraEnv: Record<string, string> = {}): Promise<OwnBroker> {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-fault-broker-'))
  const [port, controller] = [await freePort(), await freePort()]
  const env = {
    ...process.env,
    KAFKA_PORT: String(port),
    KAFKA_CONTROLLER_PORT: String(controller),
    KAFKA_DATA_DIR: dir,
    KAFKA_HEAP_OPTS: '-Xms128m -Xmx512m',
    ...extraEnv,
  }
  const kafkaSh = (cmd: string) =>
    run('bash', [join(repoRoot, 'infra/kafka/kafka.sh'), cmd], { env, timeout: 170_000 }).then(
      () => undefined,
    )
  const broker: OwnBroker = {
    brokers: [`127.0.0.1:${port}`],
    stop: () => kafkaSh('stop'),
    kill9: () => process.kill(Number(readFileSync(join(dir, 'kafka.pid'), 'utf8').trim()), 'SIGKILL'),
    start: () => kafkaSh('start'),
    async remove() {
      await kafkaSh('stop').catch(() => undefined)
      rmSync(dir, { recursive: true, force: true })
    },
  }
  await broker.start()
  return broker
}
