import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createKafka, ensureTopics, vigilTopicSpecs } from '@vigil/bus'
import { createLogger, loadBrands } from '@vigil/config'
import { topicNames } from '@vigil/schema'
import { Registry } from 'prom-client'
import { afterAll, describe, expect, it } from 'vitest'
import { createTestStore } from '../../../tests/support/clickhouse.js'
import { testBrokers, uniqueName } from '../../../tests/support/kafka.js'
import { waitFor } from '../../../tests/support/wait.js'
import { embeddedConfig } from './config.js'
import { startEmbedded } from './launch.js'

const logger = createLogger('embedded-catching-up-test', process.env.TEST_LOG_LEVEL ?? 'silent')
/** A consumer process to kill (packages/bus/test-fixtures): it holds the sink's group as a dead member. */
const deadMember = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'packages',
  'bus',
  'test-fixtures',
  'ledger-member.mjs',
)
/** The dead member's session: the sink cannot join before it ends (no ledger here). */
const DEAD_SESSION_MS = 20_000

/**
 * After a kill -9 the sink's group may have to wait out its dead member (a new pod, a lost
 * ledger): the api of the same process must serve meanwhile, and say it is catching up.
 */
describe('embedded: the api serves while its sink cannot join yet', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-catching-up-'))
  const done: Array<() => Promise<void>> = []
  afterAll(async () => {
    for (const step of done.reverse()) await step()
    rmSync(dir, { recursive: true, force: true })
  })

  it('answers /healthz "catching-up" with the sink named until the sink joins, then "ok"', async () => {
    const run = uniqueName('catching-up')
    const kafka = createKafka({ brokers: testBrokers(), clientId: run, logger })
    const topics = topicNames(`${run}.`)
    await ensureTopics(kafka, vigilTopicSpecs(topics, 1))
    const groupId = `${run}-sink`
    const child = spawn(
      process.execPath,
      [
        deadMember,
        testBrokers().join(','),
        topics.enriched,
        groupId,
        join(dir, 'dead.json'),
        String(DEAD_SESSION_MS),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    let out = ''
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString()
    })
    await waitFor(() => out.includes('running\n'), { what: 'the member-to-be-killed to join the sink group' })
    const exited = new Promise((r) => child.once('exit', r))
    child.kill('SIGKILL')
    await exited

    const store = await createTestStore()
    done.push(() => store.close())
    const embedded = await startEmbedded({
      cfg: embeddedConfig({ API_PORT: '0', SINK_GROUP_ID: groupId, VIGIL_OPEN_DEMO: '1' }),
      store,
      kafka,
      topics,
      logger,
      registry: new Registry(),
      brands: loadBrands(),
    })
    done.push(async () => {
      for (const step of embedded.stopSteps) await step()
    })
    let sinkJoined = false
    void embedded.sinkStarted.then(() => {
      sinkJoined = true
    })
    const health = async () => {
      const res = await fetch(`${embedded.url}/healthz`)
      return { code: res.status, body: (await res.json()) as { status: string; catchingUp?: string[] } }
    }
    // Listening, answering and reading the store while the sink still waits for its group.
    const early = await health()
    expect(sinkJoined).toBe(false)
    expect(early).toEqual({
      code: 200,
      body: expect.objectContaining({ status: 'catching-up', catchingUp: ['sink'] }),
    })
    expect((await fetch(`${embedded.url}/api/alerts`)).status).toBe(200)
    // Once the dead member's session ended the sink joins, and the health says so.
    await embedded.sinkStarted
    expect(await health()).toEqual({
      code: 200,
      body: expect.objectContaining({ status: 'ok', catchingUp: [] }),
    })
  }, 90_000)
})
