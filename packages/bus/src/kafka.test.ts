import { Writable } from 'node:stream'
import { logLevel } from 'kafkajs'
import { pino } from 'pino'
import { describe, expect, it } from 'vitest'
import { kafkaLogLevelFor, pinoLogCreator } from './kafka.js'

function capture(level = 'debug') {
  const lines: Array<Record<string, unknown>> = []
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(JSON.parse(String(chunk)))
      cb()
    },
  })
  return { logger: pino({ level }, stream), lines }
}

describe('kafkaLogLevelFor', () => {
  it('maps pino levels so KafkaJS skips lines pino would drop', () => {
    expect(kafkaLogLevelFor('debug')).toBe(logLevel.DEBUG)
    expect(kafkaLogLevelFor('info')).toBe(logLevel.INFO)
    expect(kafkaLogLevelFor('warn')).toBe(logLevel.WARN)
    expect(kafkaLogLevelFor('error')).toBe(logLevel.ERROR)
    expect(kafkaLogLevelFor('silent')).toBe(logLevel.NOTHING)
  })
})

describe('pinoLogCreator', () => {
  it('writes KafkaJS entries as structured pino lines at the same level', () => {
    const { logger, lines } = capture()
    const log = pinoLogCreator(logger)()
    log({
      namespace: 'Consumer',
      level: logLevel.WARN,
      label: 'WARN',
      log: { message: 'rebalancing', timestamp: 'x', logger: 'kafkajs', groupId: 'g1' } as never,
    })
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({
      level: 40,
      msg: 'rebalancing',
      event: 'kafkajs_log',
      namespace: 'Consumer',
      groupId: 'g1',
      component: 'kafkajs',
    })
  })
})

describe('pinoLogCreator for connection-level error responses', () => {
  it('downgrades KafkaJS Connection errors (retried by the client) to warn, keeps others at error', () => {
    const { logger, lines } = capture()
    const log = pinoLogCreator(logger)()
    const entry = (namespace: string) => ({
      namespace,
      level: logLevel.ERROR,
      label: 'ERROR',
      log: { message: 'm', timestamp: 'x', logger: 'kafkajs' } as never,
    })
    log(entry('Connection'))
    log(entry('Consumer'))
    expect(lines.map((l) => l.level)).toEqual([40, 50])
  })
})
