import { type Env, envInt, envList, envOptional, envString } from './env.js'

/** Settings every service shares: where Kafka and ClickHouse are, and topic isolation. */
export interface CommonConfig {
  kafkaBrokers: string[]
  kafkaClientId: string
  /** Prefix for every topic name; tests use a unique one per run. */
  topicPrefix: string
  /** Set → a ClickHouse server over HTTP; unset → embedded chDB at `chdbPath`. */
  clickhouseUrl: string | undefined
  clickhouseDatabase: string
  chdbPath: string
  brandsPath: string | undefined
  logLevel: string
  /** Partitions for topics this process creates. */
  partitions: number
  /**
   * Address of /metrics and /healthz for services without an HTTP API of their own. Loopback
   * by default (nothing published on a laptop); a container sets 0.0.0.0 so probes and the
   * scraper reach it (the Helm chart does, behind a NetworkPolicy).
   */
  metricsHost: string
  /**
   * This instance's Kafka member ledger (`@vigil/bus` member-ledger.ts): a restarted process
   * removes its killed predecessor's group members instead of waiting out their sessions. One
   * file per instance (the local launcher gives each service its own); unset: none.
   */
  memberFile: string | undefined
}

export function commonConfig(env: Env, service: string): CommonConfig {
  return {
    kafkaBrokers: envList(env, 'KAFKA_BROKERS', ['127.0.0.1:9092']),
    kafkaClientId: envString(env, 'KAFKA_CLIENT_ID', `vigil-${service}`),
    topicPrefix: envString(env, 'VIGIL_TOPIC_PREFIX', ''),
    clickhouseUrl: envOptional(env, 'CLICKHOUSE_URL'),
    clickhouseDatabase: envString(env, 'CLICKHOUSE_DATABASE', 'vigil'),
    chdbPath: envString(env, 'CHDB_PATH', '.vigil/chdb'),
    brandsPath: envOptional(env, 'VIGIL_BRANDS_FILE'),
    logLevel: envString(env, 'LOG_LEVEL', 'info'),
    partitions: envInt(env, 'VIGIL_PARTITIONS', 3, 1, 64),
    metricsHost: envString(env, 'VIGIL_METRICS_HOST', '127.0.0.1'),
    memberFile: envOptional(env, 'VIGIL_MEMBER_FILE'),
  }
}
