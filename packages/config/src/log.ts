import { type Logger, pino } from 'pino'

export type { Logger }

/**
 * Structured JSON logs, one object a line. Every line carries `service` and a stable
 * `event` name; prose goes in `msg` only when a human needs it.
 */
export function createLogger(service: string, level = 'info'): Logger {
  return pino({ level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime })
}
