/**
 * infra/kafka/kafka.sh, the broker every local run and the test suite start. A cluster id is 22
 * random base64url characters, and one in 32 starts with "-": Kafka's storage tool once read such
 * an id as an option and refused to format, which turned a whole CI run red before any test ran.
 */
import { Kafka, logLevel } from 'kafkajs'
import { afterAll, describe, expect, it } from 'vitest'
import { type OwnBroker, startOwnBroker } from '../faults/own-broker.js'

describe('the local Kafka script', () => {
  let broker: OwnBroker | undefined
  afterAll(async () => {
    await broker?.remove()
  })

  it('formats and starts a broker whose cluster id begins with a dash', async () => {
    const clusterId = '-hWpwR5vJdh-6Zgokf2g-g'
    broker = await startOwnBroker({ KAFKA_CLUSTER_ID: clusterId })
    const admin = new Kafka({ brokers: broker.brokers, logLevel: logLevel.NOTHING }).admin()
    await admin.connect()
    try {
      const cluster = await admin.describeCluster()
      expect(cluster.clusterId).toBe(clusterId)
      expect(cluster.brokers).toHaveLength(1)
    } finally {
      await admin.disconnect()
    }
  }, 180_000)
})
