import type { Logger } from '@vigil/config'
import { Kafka, type LogEntry, logLevel } from 'kafkajs'
import { SESSION_TIMEOUT_MS } from './consumer.js'
import { createMemberLedger, kafkajsLeaveGroup, keepLedger } from './member-ledger.js'

export interface KafkaConfig {
  brokers: string[]
  clientId: string
  logger: Logger
  /**
   * This process's member ledger (member-ledger.ts): each consumer group's member id is kept
   * here, and a successor started with the same file removes those members before it joins, so
   * it need not wait out their sessions after a kill. One file per service instance, never
   * shared by two live processes. Unset: no ledger.
   */
  memberFile?: string
}

/** KafkaJS level for a pino level, so KafkaJS does not even build log entries pino would drop. */
export function kafkaLogLevelFor(pinoLevel: string): logLevel {
  switch (pinoLevel) {
    case 'trace':
    case 'debug':
      return logLevel.DEBUG
    case 'info':
      return logLevel.INFO
    case 'warn':
      return logLevel.WARN
    case 'silent':
      return logLevel.NOTHING
    default:
      return logLevel.ERROR
  }
}

/** Route KafkaJS's own log lines through pino with a stable event name and structured fields. */
export function pinoLogCreator(logger: Logger) {
  const child = logger.child({ component: 'kafkajs' })
  return () =>
    ({ namespace, level, log }: LogEntry): void => {
      const {
        message,
        timestamp: _ts,
        logger: _l,
        ...extra
      } = log as LogEntry['log'] & Record<string, unknown>
      const fields = { event: 'kafkajs_log', namespace, ...extra }
      // KafkaJS logs every error *response* (coordinator loading, leader moved, rebalance) at
      // ERROR in the Connection namespace, even those its retries then absorb; the caller sees
      // real failures. Warn keeps them visible without paging anyone.
      const effective = level === logLevel.ERROR && namespace === 'Connection' ? logLevel.WARN : level
      if (effective === logLevel.ERROR) child.error(fields, message)
      else if (effective === logLevel.WARN) child.warn(fields, message)
      else if (effective === logLevel.INFO) child.info(fields, message)
      else child.debug(fields, message)
    }
}

/**
 * One Kafka client per process, created in `main` and passed down. Retries here cover
 * connection set-up and metadata; produce and consume policies are set where they are used.
 */
export function createKafka(cfg: KafkaConfig): Kafka {
  const kafka = new Kafka({
    clientId: cfg.clientId,
    brokers: cfg.brokers,
    connectionTimeout: 3_000,
    requestTimeout: 30_000,
    retry: { initialRetryTime: 300, maxRetryTime: 30_000, retries: 8 },
    logLevel: kafkaLogLevelFor(cfg.logger.level),
    logCreator: pinoLogCreator(cfg.logger),
  })
  const leave = cfg.memberFile === undefined ? null : kafkajsLeaveGroup(kafka)
  if (cfg.memberFile !== undefined && leave !== null) {
    // Bounded by the session: a leave slower than that saves nothing over waiting.
    const ledger = createMemberLedger({
      file: cfg.memberFile,
      logger: cfg.logger,
      leave,
      boundMs: SESSION_TIMEOUT_MS,
    })
    keepLedger(kafka, ledger)
    // Started now, so the leave overlaps with what the process does before its first join
    // (models, the store); each consumer awaits the same promise, and sees its error there.
    ledger.leavePredecessors().catch(() => {})
  } else if (cfg.memberFile !== undefined) {
    cfg.logger.warn(
      { event: 'member_ledger_unavailable' },
      'this KafkaJS build exposes no cluster factory: restarts wait out the session',
    )
  }
  return kafka
}
