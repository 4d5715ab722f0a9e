import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createDetectorEngine } from './engine.js'
import { raidMinutes } from './synthetic.js'

/** Checkpoints main's build wrote and what it published after them (bench/checkpoint-fixture.mjs). */
const fixture = JSON.parse(readFileSync(new URL('./fixtures/checkpoint-main.json', import.meta.url), 'utf8'))
const ids: string[] = fixture.brands.map((b: { id: string }) => b.id)

/** What this build publishes over the fixture's 30 minutes after restoring `checkpoints`. */
function resume(checkpoints: Record<string, unknown>) {
  const e = createDetectorEngine({ brands: fixture.brands })
  const restored = ids.map((id) => e.restore(id, checkpoints[id]))
  const hash = createHash('sha256')
  const northwind: Array<[string, number, number]> = []
  let alerts = 0
  raidMinutes(2, ids, fixture.startMs, 30, -10).forEach((batch, m) => {
    for (const x of batch) e.observe(x, 'p0')
    const res = e.advance(fixture.startMs + (m + 1) * 60_000)
    alerts += res.alerts.length
    hash.update(`${JSON.stringify(res.alerts)}\n${JSON.stringify(res.metrics)}\n`)
    for (const x of res.metrics) if (x.brand === 'northwind') northwind.push([x.minute, x.volume, x.negative])
  })
  return { restored, alerts, northwind, sha256: hash.digest('hex') }
}

describe('checkpoints written by the build before (the service upgrades in place)', () => {
  it('restore into this build, which then publishes what that build published', () => {
    const r = resume(fixture.checkpoints)
    expect(r.restored).toEqual(ids.map(() => true))
    expect(r.northwind).toEqual(fixture.expected.northwind)
    expect(r.alerts).toBe(fixture.expected.alerts)
    expect(r.sha256).toBe(fixture.expected.sha256)
  })

  it('carry the raiders and the troll: without the author book the raid counts again', () => {
    const forgetful = structuredClone(fixture.checkpoints)
    delete forgetful.northwind.authors
    const r = resume(forgetful)
    // Each raider's first posts and the troll's complaints would count as customers' voices.
    const volume = (rows: Array<[string, number, number]>) => rows.reduce((s, x) => s + x[1], 0)
    expect(volume(r.northwind)).toBeGreaterThan(volume(fixture.expected.northwind))
  })
})
