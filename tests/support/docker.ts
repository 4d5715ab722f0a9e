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

export interface ContainerClickHouse {
  url: string
  username: string
  password: string
  stop(): Promise<void>
}

/**
 * A ClickHouse server (same image as infra/compose.yaml) for the integration tests when Docker
 * is there; without Docker the tests use embedded chDB through the same client.
 */
export async function startClickHouseContainer(): Promise<ContainerClickHouse> {
  const { GenericContainer, Wait } = createRequire(import.meta.url)(
    'testcontainers',
  ) as typeof import('testcontainers')
  const username = 'vigil'
  const password = 'vigil-test'
  const container = await new GenericContainer('clickhouse/clickhouse-server:25.8')
    .withExposedPorts(8123)
    .withEnvironment({
      CLICKHOUSE_USER: username,
      CLICKHOUSE_PASSWORD: password,
      CLICKHOUSE_DEFAULT_ACCESS_MANAGEMENT: '1',
    })
    .withWaitStrategy(Wait.forHttp('/ping', 8123).forStatusCode(200))
    .withStartupTimeout(120_000)
    .start()
  return {
    url: `http://127.0.0.1:${container.getMappedPort(8123)}`,
    username,
    password,
    stop: async () => {
      await container.stop()
    },
  }
}
