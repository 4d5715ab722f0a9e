import { storeData } from '@vigil/api'
import { type BusProducer, createKafka, createProducer, ensureTopics, vigilTopicSpecs } from '@vigil/bus'
import { createLogger, loadBrands } from '@vigil/config'
import { enrichedKeys, type Topics, topicNames } from '@vigil/schema'
import type { Store } from '@vigil/store'
import { Registry } from 'prom-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAckResponder } from '../../../tests/support/ack-responder.js'
import { createTestStore, sampleAlert, sampleEnriched } from '../../../tests/support/clickhouse.js'
import { testBrokers, uniqueName } from '../../../tests/support/kafka.js'
import { waitFor } from '../../../tests/support/wait.js'
import { embeddedConfig } from './config.js'
import { type Embedded, startEmbedded } from './launch.js'

const logger = createLogger('embedded-test', process.env.TEST_LOG_LEVEL ?? 'silent')

/**
 * The launcher's wiring on a real broker and a real chDB store, the api listening on a real
 * port: what the pipeline publishes is stored by the sink and served by the api of the same
 * process, and an acknowledgement asked through the api (on alerts.feedback) comes back from
 * Kafka into the store as the acknowledged version.
 */
describe('embedded: sink and api in one process over one store', () => {
  let store: Store
  let topics: Topics
  let producer: BusProducer
  let embedded: Embedded
  let responder: Awaited<ReturnType<typeof startAckResponder>> | undefined
  const run = uniqueName('embedded')
  const bearer = { headers: { authorization: `Bearer ${run}-secret` } }

  beforeAll(async () => {
    const kafka = createKafka({ brokers: testBrokers(), clientId: run, logger })
    topics = topicNames(`${run}.`)
    await ensureTopics(kafka, vigilTopicSpecs(topics, 2))
    store = await createTestStore()
    producer = await createProducer(kafka, logger)
    // No detector runs here: a stand-in answers the acknowledgement request as it would.
    responder = await startAckResponder({
      kafka,
      topics,
      logger,
      publish: (a) => producer.sendJson(topics.alerts, a.brand, a),
      latest: (id) => storeData(store).getAlert(id),
    })
    // Acting needs an operator token (safe by default): this run names one.
    const cfg = embeddedConfig({
      API_PORT: '0',
      SINK_GROUP_ID: `${run}-sink`,
      API_TOKENS: `ops:operator:${run}-secret`,
    })
    embedded = await startEmbedded({
      cfg,
      store,
      kafka,
      topics,
      logger,
      registry: new Registry(),
      brands: loadBrands(),
    })
  })

  afterAll(async () => {
    for (const step of embedded?.stopSteps ?? []) await step()
    await responder?.stop()
    await producer?.close()
    await store?.close()
  })

  it('stores what the pipeline publishes and serves it from the same process', async () => {
    const m = sampleEnriched({ id: `x:${run}-1` })
    await producer.send(
      topics.enriched,
      enrichedKeys(m).map((key) => ({ key, value: JSON.stringify(m) })),
    )
    await producer.sendJson(topics.alerts, 'northwind', sampleAlert({ id: `${run}-alert` }))
    const history = await waitFor(
      async () => {
        const res = await fetch(`${embedded.url}/api/mentions/${encodeURIComponent(m.id)}/history`, bearer)
        return res.status === 200 && ((await res.json()) as { id: string })
      },
      { what: 'the mention stored by the sink and served by the api', timeoutMs: 60_000 },
    )
    expect(history.id).toBe(m.id)
    const alert = await waitFor(
      async () => {
        const res = await fetch(`${embedded.url}/api/alerts/${run}-alert`, bearer)
        return res.status === 200 && ((await res.json()) as { alert: { status: string } }).alert
      },
      { what: 'the alert stored by the sink and served by the api', timeoutMs: 60_000 },
    )
    expect(alert.status).toBe('open')
  })

  it('an acknowledgement asked through the api comes back from Kafka into the store, naming who', async () => {
    const res = await fetch(`${embedded.url}/api/alerts/${run}-alert/ack`, {
      method: 'POST',
      ...bearer,
    })
    expect(res.status).toBe(202)
    const stored = await waitFor(
      async () => {
        const a = await storeData(store).getAlert(`${run}-alert`)
        return a?.status === 'acknowledged' && a
      },
      { what: 'the acknowledged version stored by the sink', timeoutMs: 60_000 },
    )
    expect(stored).toMatchObject({ status: 'acknowledged', version: 2, acknowledgedBy: 'ops' })
    expect(responder?.requests).toEqual([expect.objectContaining({ alertId: `${run}-alert`, user: 'ops' })])
  })

  it("one /metrics carries the sink's and the api's metrics", async () => {
    const text = await (await fetch(`${embedded.url}/metrics`)).text()
    expect(text).toMatch(/^vigil_sink_rows_inserted_total\{table="mentions"\} [1-9]/m)
    expect(text).toContain('vigil_api_ws_clients')
  })
})
