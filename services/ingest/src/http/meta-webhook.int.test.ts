import { createHmac } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createKafka, createProducer, ensureTopics } from '@vigil/bus'
import { createLogger, loadBrands } from '@vigil/config'
import type { Mention } from '@vigil/schema'
import { afterAll, describe, expect, it } from 'vitest'
import { testBrokers, uniqueName } from '../../../../tests/support/kafka.js'
import { waitFor } from '../../../../tests/support/wait.js'
import { Intake } from '../intake/intake.js'
import { buildIngestApp } from '../webhook.js'

const logger = createLogger('meta-webhook-int', 'warn')
const cleanups: Array<() => Promise<void>> = []
afterAll(async () => {
  for (const c of cleanups.reverse()) await c()
})

describe('Meta webhook over HTTP into the real broker', () => {
  it('puts the mentions of a signed notification on mentions.raw and its bad items on mentions.dlq', async () => {
    const prefix = `${uniqueName('meta-webhook')}.`
    const raw = `${prefix}mentions.raw`
    const dlq = `${prefix}mentions.dlq`
    const kafka = createKafka({ brokers: testBrokers(), clientId: 'meta-webhook-int', logger })
    await ensureTopics(kafka, [
      { name: raw, partitions: 2 },
      { name: dlq, partitions: 1 },
    ])
    const producer = await createProducer(kafka, logger)
    cleanups.push(() => producer.close())
    const publish = (ms: Mention[]) =>
      producer.send(
        raw,
        ms.map((m) => ({ key: m.id, value: JSON.stringify(m) })),
      )
    const app = buildIngestApp({
      brands: loadBrands(),
      publish,
      intake: new Intake({ publish, deadLetter: (recs) => producer.send(dlq, recs) }),
      meta: { appSecret: 'int-secret-0123456789', verifyToken: 'v' },
    })
    const url = await app.listen({ host: '127.0.0.1', port: 0 })
    cleanups.push(() => app.close())

    const got: Array<{ topic: string; key: string | null; value: string; headers: Record<string, string> }> =
      []
    const consumer = kafka.consumer({ groupId: uniqueName('meta-observer') })
    await consumer.connect()
    await consumer.subscribe({ topics: [raw, dlq], fromBeginning: true })
    await consumer.run({
      eachMessage: async ({ topic, message }) =>
        void got.push({
          topic,
          key: message.key?.toString() ?? null,
          value: String(message.value),
          headers: Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)])),
        }),
    })
    cleanups.push(() => consumer.disconnect())

    for (const f of ['page-feed-comments.json', 'bad.json']) {
      const body = readFileSync(new URL(`../../fixtures/meta-webhook/${f}`, import.meta.url))
      const sig = `sha256=${createHmac('sha256', 'int-secret-0123456789').update(body).digest('hex')}`
      const res = await fetch(`${url}/webhooks/meta`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hub-signature-256': sig },
        body,
      })
      expect(res.status).toBe(200)
    }
    await waitFor(() => got.filter((g) => g.topic === raw).length >= 7 && got.some((g) => g.topic === dlq), {
      what: 'seven mentions and one dead letter',
      timeoutMs: 30_000,
    })
    const mentions = got.filter((g) => g.topic === raw)
    expect(mentions.map((g) => [g.key, (JSON.parse(g.value) as Mention).event])).toEqual(
      expect.arrayContaining([
        ['facebook:900000000000001_3100000000000001', 'create'],
        ['facebook:900000000000001_3100000000000001', 'edit'],
        ['facebook:900000000000001_3100000000000009', 'delete'],
        ['facebook:2_5', 'edit'],
        ['facebook:2_999', 'delete'],
      ]),
    )
    const letters = got.filter((g) => g.topic === dlq)
    expect(letters).toHaveLength(1)
    expect(letters[0]?.headers['vigil.dlq.source.topic']).toBe('ingest:meta-webhook')
  })
})
