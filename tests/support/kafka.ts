import { randomBytes } from 'node:crypto'
import { inject } from 'vitest'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Bootstrap list of the broker the integration global setup found or started. */
    kafkaBrokers: string[]
  }
}

/** The broker list for this test run (from tests/support/global-setup.ts). */
export function testBrokers(): string[] {
  const brokers = inject('kafkaBrokers')
  if (!brokers || brokers.length === 0) {
    throw new Error('no kafkaBrokers provided: is this test in the "integration" vitest project?')
  }
  return brokers
}

/**
 * A topic / group / prefix name unique to one test, so tests never see each other's records
 * and never need to wipe a shared broker. Kafka names allow [a-zA-Z0-9._-], up to 249 chars.
 */
export function uniqueName(prefix: string): string {
  const safe = prefix.replace(/[^a-zA-Z0-9._-]/g, '-').slice(0, 80)
  return `${safe}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`
}
