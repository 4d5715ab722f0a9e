import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

/**
 * True when a Docker engine answers within `timeoutMs`. A client binary alone is not enough
 * (on the shared dev machine only the client exists), so ask the engine itself.
 */
export function dockerEngineAnswers(timeoutMs = 4_000): boolean {
  const r = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], {
    timeout: timeoutMs,
    stdio: ['ignore', 'pipe', 'ignore'],
  })
  return r.status === 0 && r.stdout.toString().trim() !== ''
}

export interface ContainerBroker {
  brokers: string[]
  stop(): Promise<void>
}

/**
 * Apache Kafka (same version as infra/kafka) in a container, KRaft single node. The host port is
 * fixed because the broker must advertise the address clients will dial; a dynamic port would
 * need a second listener round-trip for little gain in a test helper.
 */
export async function startKafkaContainer(hostPort = 19094): Promise<ContainerBroker> {
  // Loaded only on this path so machines without Docker never import the client stack.
  // Node's resolver, as in global-setup.ts.
  const { GenericContainer, Wait } = createRequire(import.meta.url)(
    'testcontainers',
  ) as typeof import('testcontainers')
  const container = await new GenericContainer('apache/kafka:3.9.1')
    .withExposedPorts({ container: 9092, host: hostPort })
    .withEnvironment({
      KAFKA_NODE_ID: '1',
      KAFKA_PROCESS_ROLES: 'broker,controller',
      KAFKA_LISTENERS: 'PLAINTEXT://0.0.0.0:9092,CONTROLLER://localhost:9093',
      KAFKA_ADVERTISED_LISTENERS: `PLAINTEXT://127.0.0.1:${hostPort}`,
      KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
      KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
      KAFKA_CONTROLLER_QUORUM_VOTERS: '1@localhost:9093',
      KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
      KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0',
      KAFKA_NUM_PARTITIONS: '3',
      KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'false',
    })
    .withWaitStrategy(Wait.forLogMessage(/Kafka Server started/))
    .withStartupTimeout(120_000)
    .start()
  return {
    brokers: [`127.0.0.1:${hostPort}`],
    stop: async () => {
      await container.stop()
    },
  }
}
