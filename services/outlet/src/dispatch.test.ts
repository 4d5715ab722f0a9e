import { createLogger } from '@vigil/config'
import type { AlertDelivery } from '@vigil/schema'
import { describe, expect, it } from 'vitest'
import { startDispatcher } from './dispatch.js'
import type { Rendered } from './formats.js'
import { Outbox, type OutboxEntry } from './outbox.js'
import type { OutletSpec } from './outlets-file.js'
import { alert, outlet, T0 } from './test-fixtures.js'
import type { SendOutcome, Transport } from './transports.js'

const logger = createLogger('outlet-test', 'silent')

function entry(over: Partial<OutboxEntry>): OutboxEntry {
  return {
    key: 'k',
    outlet: 'hook',
    event: 'opened',
    alert: alert(),
    dueMs: T0,
    digestSlot: null,
    state: 'pending',
    attempts: 0,
    ...over,
  }
}

function harness(
  outlets: OutletSpec[],
  answer: (spec: OutletSpec) => SendOutcome | Promise<SendOutcome>,
  status?: string,
) {
  let now = T0
  const sent: Array<{ outlet: string; r: Rendered }> = []
  const records: AlertDelivery[] = []
  const transport: Transport = {
    send: async (spec, r) => {
      sent.push({ outlet: spec.name, r })
      return answer(spec)
    },
    close: async () => {},
  }
  const outbox = new Outbox(null, 'outbox')
  const counts = { delivered: 0, failed: 0, gaveUp: 0, cancelled: 0 }
  const d = startDispatcher({
    outlets,
    outbox,
    transport,
    samples: {
      samples: async (ids) =>
        ids.map((id) => ({
          id,
          platform: 'x',
          author: '@a',
          followers: 1,
          text: 'masked',
          url: '',
          createdAt: '',
        })),
      status: async () => null,
    },
    record: async (r) => {
      records.push(r)
    },
    latestStatus: () => status,
    dashboardUrl: 'http://127.0.0.1:8080/',
    backoff: { baseMs: 1_000, maxMs: 8_000, maxAttempts: 4 },
    logger,
    now: () => now,
    random: () => 0.5,
    tickMs: 60_000,
    counts,
  })
  /** Let every outlet loop run to idle at the current time. */
  const settle = async () => {
    for (let i = 0; i < 5; i++) {
      d.poke()
      await new Promise((r) => setTimeout(r, 5))
    }
  }
  return {
    outbox,
    sent,
    records,
    counts,
    d,
    settle,
    advance: (ms: number) => {
      now += ms
    },
  }
}

const OK: SendOutcome = { ok: true, status: 200, error: '', retriable: false }
const DOWN: SendOutcome = { ok: false, status: 0, error: 'ECONNREFUSED: connect', retriable: true }

describe('dispatcher', () => {
  it('a dead outlet is retried with backoff and every attempt recorded, while the others deliver at once', async () => {
    const h = harness([outlet({ name: 'dead' }), outlet({ name: 'slack', kind: 'slack' })], (s) =>
      s.name === 'dead' ? DOWN : OK,
    )
    await h.outbox.put([
      entry({ key: 'a@1:dead', outlet: 'dead' }),
      entry({ key: 'a@1:slack', outlet: 'slack' }),
    ])
    await h.settle()
    expect(h.sent.filter((s) => s.outlet === 'slack')).toHaveLength(1)
    expect(h.counts.delivered).toBe(1)
    // Attempts 2..4 after 1, 2, 4 s (jitter fixed at the middle: 0.75 of each ceiling).
    for (const wait of [750, 1_500, 3_000]) {
      h.advance(wait - 1)
      await h.settle()
      h.advance(1)
      await h.settle()
    }
    const dead = h.records.filter((r) => r.outlet === 'dead')
    expect(dead.map((r) => [r.attempt, r.outcome])).toEqual([
      [1, 'failed'],
      [2, 'failed'],
      [3, 'failed'],
      [4, 'gave_up'],
    ])
    expect(dead[0]!.error).toContain('ECONNREFUSED')
    expect(h.sent.filter((s) => s.outlet === 'slack')).toHaveLength(1)
    await h.d.stop()
  })

  it('a refusal no retry can fix (HTTP 404) is given up at once', async () => {
    const h = harness([outlet()], () => ({ ok: false, status: 404, error: 'HTTP 404', retriable: false }))
    await h.outbox.put([entry({ key: 'a@1:hook' })])
    await h.settle()
    expect(h.records.map((r) => r.outcome)).toEqual(['gave_up'])
    await h.d.stop()
  })

  it('sends the escalation only if the incident is still unacknowledged when it is due', async () => {
    const oncall = outlet({ name: 'oncall', events: [] })
    for (const [status, want] of [
      ['open', ['delivered']],
      ['acknowledged', ['skipped']],
      ['resolved', ['skipped']],
    ] as const) {
      const h = harness([oncall], () => OK, status)
      await h.outbox.put([
        entry({
          key: 'a@1:oncall:unacknowledged',
          outlet: 'oncall',
          event: 'unacknowledged',
          dueMs: T0 + 15 * 60_000,
        }),
      ])
      await h.settle()
      expect(h.records).toEqual([])
      h.advance(15 * 60_000)
      await h.settle()
      expect(h.records.map((r) => r.outcome)).toEqual(want)
      await h.d.stop()
    }
  })

  it('sends a period digest as one message when the period closes', async () => {
    const h = harness([outlet({ digest: { upTo: 'low', everyMinutes: 60 } })], () => OK)
    const slot = T0 + 60 * 60_000
    await h.outbox.put([
      entry({ key: 'a@1:hook', digestSlot: slot, dueMs: slot }),
      entry({ key: 'b@1:hook', alert: alert({ id: 'b' }), digestSlot: slot, dueMs: slot }),
    ])
    await h.settle()
    expect(h.sent).toHaveLength(0)
    h.advance(60 * 60_000)
    await h.settle()
    expect(h.sent).toHaveLength(1)
    const body = JSON.parse((h.sent[0]!.r as { body: string }).body)
    expect(body.type).toBe('incident.digest')
    expect(body.incidents).toHaveLength(2)
    expect(h.counts.delivered).toBe(2)
    await h.d.stop()
  })
})
