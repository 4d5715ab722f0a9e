import type { Alert, EnrichedMention } from '@vigil/schema'
import { describe, expect, it } from 'vitest'
import { createDetectorEngine, type DetectorEngine } from './engine.js'
import { ordinaryMinute, rng, synthMention } from './synthetic.js'

const MIN = 60_000
const BRANDS = [
  { id: 'northwind', role: 'own' as const, size: 'mid' },
  { id: 'crest', role: 'competitor' as const, size: 'large' },
  { id: 'havenbank', role: 'competitor' as const, size: 'mid' },
  { id: 'lotus', role: 'competitor' as const, size: 'large' },
  { id: 'alnoor', role: 'competitor' as const, size: 'mid' },
]
const RATE: Record<string, number> = { northwind: 8, crest: 25, havenbank: 8, lotus: 25, alnoor: 8 }
const T0 = Date.UTC(2026, 10, 2, 9, 0)

/** A surge: `perMinute` negative complaints with a new hashtag for `brand` in the minute at `ms`. */
function surge(ms: number, brand: string, perMinute: number, tag = '#appdown'): EnrichedMention[] {
  return Array.from({ length: perMinute }, (_, i) =>
    synthMention(
      ms + Math.floor((i * 60_000) / perMinute),
      {
        brand,
        label: 'negative',
        intent: 'complaint',
        hashtags: [tag],
        terms: ['app', 'down', 'login'],
        platform: 'x',
      },
      `x:surge-${brand}-${ms}-${i}`,
    ),
  )
}

/** `perMinute` negative complaints with the brand's outage hashtag in the minute at `ms`. */
function complaints(ms: number, brand: string, perMinute: number): EnrichedMention[] {
  return Array.from({ length: perMinute }, (_, i) =>
    synthMention(
      ms + Math.floor((i * 60_000) / perMinute),
      { brand, label: 'negative', intent: 'complaint', hashtags: ['#nwdown'] },
      `x:complaint-${brand}-${ms}-${i}`,
    ),
  )
}

interface Run {
  alerts: Alert[]
  opened: Alert[]
}

/** Feed `minutes` of ordinary traffic from `from`, plus `extra(minuteMs)`; advance after each minute. */
function run(
  e: DetectorEngine,
  from: number,
  minutes: number,
  seed: number,
  extra?: (ms: number) => EnrichedMention[],
): Run {
  const r = rng(seed)
  const out: Run = { alerts: [], opened: [] }
  for (let m = 0; m < minutes; m++) {
    const t = from + m * MIN
    for (const b of BRANDS) for (const x of ordinaryMinute(r, b.id, t, RATE[b.id]!)) e.observe(x)
    for (const x of extra?.(t) ?? []) e.observe(x)
    const res = e.advance(t + MIN)
    out.alerts.push(...res.alerts)
    out.opened.push(...res.alerts.filter((a) => a.version === 1))
  }
  return out
}

describe('detector engine', () => {
  it('a fresh detector with minutes of history alerts on a negative surge within two minutes', () => {
    const e = createDetectorEngine({ brands: BRANDS })
    const onset = T0 + 8 * MIN
    const res = run(e, T0, 14, 3, (t) => (t >= onset ? surge(t, 'northwind', 40) : []))
    const first = res.opened.find((a) => a.brand === 'northwind')
    expect(first).toBeDefined()
    // The alert carries the minute it saw first: the onset minute or the one after.
    expect(Date.parse(first!.openedAt) - onset).toBeLessThanOrEqual(MIN)
    expect(first!.drivers.hashtags).toContain('#appdown')
    expect(first!.sectorWide).toBe(false)
    expect(first!.sampleMentionIds.length).toBeGreaterThan(0)
    expect(res.opened.filter((a) => a.brand !== 'northwind')).toEqual([])
  })

  it('ordinary traffic with a daily rhythm raises no alert over three days', () => {
    const e = createDetectorEngine({ brands: BRANDS })
    const res = run(e, T0, 3 * 1440, 11)
    expect(res.opened.map((a) => a.headline)).toEqual([])
  }, 60_000)

  it('an incident escalates as it grows and resolves once calm', () => {
    const e = createDetectorEngine({ brands: BRANDS })
    const onset = T0 + 120 * MIN
    // Long enough for the half-hour window to calm down after the surge.
    const res = run(e, T0, 200, 5, (t) => {
      const k = (t - onset) / MIN
      return k >= 0 && k < 12 ? surge(t, 'northwind', 10 + 15 * k) : []
    })
    const mine = res.alerts.filter((a) => a.brand === 'northwind')
    console.log('SEQ', mine.map((a) => `${(Date.parse(a.updatedAt) - onset) / MIN}:${a.severity}`).join(' '))
    const ids = new Set(mine.map((a) => a.id))
    expect(ids.size).toBe(1) // one incident, not an alert storm
    const severities = mine.map((a) => a.severity)
    expect(severities).toContain('critical')
    expect(severities.indexOf('critical')).toBeGreaterThan(severities.indexOf(severities[0]!))
    expect(mine.some((a) => a.status === 'escalating')).toBe(true)
    const last = mine[mine.length - 1]!
    expect(last.status).toBe('resolved')
    expect(last.resolvedAt).not.toBeNull()
    expect(last.version).toBe(mine.length)
  })

  it('tells a sector-wide spike from a spike of ours alone', () => {
    const e = createDetectorEngine({ brands: BRANDS })
    const onset = T0 + 60 * MIN
    const res = run(e, T0, 64, 9, (t) =>
      t >= onset ? BRANDS.flatMap((b) => surge(t, b.id, RATE[b.id]! * 4, '#cardsdown')) : [],
    )
    const mine = res.opened.find((a) => a.brand === 'northwind')
    expect(mine?.sectorWide).toBe(true)
    expect(mine?.headline).toMatch(/sector-wide/)
  })

  it('shows a competitor incident as the competitor', () => {
    const e = createDetectorEngine({ brands: BRANDS })
    const onset = T0 + 60 * MIN
    const res = run(e, T0, 64, 13, (t) => (t >= onset ? surge(t, 'havenbank', 40, '#havendown') : []))
    expect(res.opened.map((a) => a.brand)).toEqual(['havenbank'])
    expect(res.opened[0]!.headline).toMatch(/^Competitor havenbank/)
  })

  it('counts a late mention instead of dropping it silently, and a redelivery once', () => {
    const e = createDetectorEngine({ brands: BRANDS })
    const m = synthMention(T0, { brand: 'northwind' }, 'x:dup')
    e.observe(m)
    e.observe(m)
    expect(e.stats().duplicates).toBe(1)
    e.observe(synthMention(T0 + 10 * MIN, { brand: 'northwind' }))
    // A minute closes once nothing has landed in it for settleMs since an advance first saw it.
    e.advance(T0 + 10 * MIN)
    e.advance(T0 + 10 * MIN + 10_000)
    e.observe(synthMention(T0 + 30_000, { brand: 'northwind' }))
    expect(e.stats().lateEvents).toBe(1)
  })

  it('a backfill of old events, then live events, closes buckets by event time', () => {
    const e = createDetectorEngine({ brands: BRANDS })
    const now = T0 + 6 * 60 * MIN
    const r = rng(21)
    let metrics = 0
    for (let m = 0; m < 6 * 60; m++) {
      for (const b of BRANDS) for (const x of ordinaryMinute(r, b.id, T0 + m * MIN, RATE[b.id]!)) e.observe(x)
      // The service ticks with processing time (now) while the backfill streams in.
      if (m % 50 === 0) metrics += e.advance(now).metrics.length
    }
    expect(e.stats().lateEvents).toBe(0)
    // The last minutes close settleMs after the advance that first saw their mentions.
    metrics += e.advance(now + MIN).metrics.length
    metrics += e.advance(now + 2 * MIN).metrics.length
    expect(metrics).toBeGreaterThan(5 * 6 * 60 - 10)
  })

  it('replaying a recorded stream gives the same alerts', () => {
    const go = () => {
      const e = createDetectorEngine({ brands: BRANDS })
      const onset = T0 + 90 * MIN
      return run(e, T0, 120, 17, (t) => (t >= onset && t < onset + 10 * MIN ? surge(t, 'crest', 80) : []))
        .alerts
    }
    const a = go()
    expect(a.length).toBeGreaterThan(0)
    expect(JSON.stringify(go())).toBe(JSON.stringify(a))
  })

  it('a restored detector resumes its baselines and incident', () => {
    const onset = T0 + 120 * MIN
    const extra = (t: number) => (t >= onset && t < onset + 5 * MIN ? surge(t, 'northwind', 60) : [])
    const whole = createDetectorEngine({ brands: BRANDS })
    run(whole, T0, 122, 23, extra)
    const snaps = BRANDS.map((b) => JSON.parse(JSON.stringify(whole.snapshot(b.id))))
    const resumed = createDetectorEngine({ brands: BRANDS })
    expect(BRANDS.map((b, i) => resumed.restore(b.id, snaps[i]))).toEqual(BRANDS.map(() => true))
    const a = run(whole, T0 + 122 * MIN, 20, 29, extra).alerts
    const b = run(resumed, T0 + 122 * MIN, 20, 29, extra).alerts
    expect(a.length).toBeGreaterThan(0)
    // Same incident id continues (not a new one) and the same updates follow.
    expect(b.map((x) => [x.id, x.status, x.severity])).toEqual(a.map((x) => [x.id, x.status, x.severity]))
    expect(resumed.restore('northwind', { v: 99 })).toBe(false)
  })

  it.each([3, 4])(
    'a checkpoint of version %i (before the topic memory, before the author book) keeps its baselines and incident',
    (v) => {
      const onset = T0 + 120 * MIN
      const extra = (t: number) => (t >= onset && t < onset + 5 * MIN ? surge(t, 'northwind', 60) : [])
      const whole = createDetectorEngine({ brands: BRANDS })
      run(whole, T0, 122, 23, extra)
      // What the version-3 detector wrote: no topic memory, no negative terms in the buckets;
      // version 4: no author book.
      const asV3 = (id: string) => {
        const s = JSON.parse(JSON.stringify(whole.snapshot(id)))
        s.v = v
        delete s.authors
        if (v === 3) {
          delete s.topics
          for (const b of [...s.open, ...s.recent]) delete b.negTerms
        }
        return s
      }
      const upgraded = createDetectorEngine({ brands: BRANDS })
      expect(BRANDS.map((b) => upgraded.restore(b.id, asV3(b.id)))).toEqual(BRANDS.map(() => true))
      const a = run(whole, T0 + 122 * MIN, 20, 29, extra).alerts
      const b = run(upgraded, T0 + 122 * MIN, 20, 29, extra).alerts
      expect(a.length).toBeGreaterThan(0)
      // The open incident continues under its id: the deploy did not make the brand relearn.
      expect(b.map((x) => x.id)).toEqual(a.map((x) => x.id))
    },
  )

  it('an inactive brand (owned by another instance) is neither scored nor alerted', () => {
    const e = createDetectorEngine({ brands: BRANDS })
    e.setActive('northwind', false)
    const res = run(e, T0, 20, 31, (t) => (t >= T0 + 10 * MIN ? surge(t, 'northwind', 60) : []))
    expect(res.opened).toEqual([])
  })
  it('an acknowledged incident stays acknowledged in later updates, until it grows past what was acknowledged', () => {
    const e = createDetectorEngine({ brands: BRANDS })
    const onset = T0 + 60 * MIN
    // Acknowledged once it has settled at its severity (a 5-minute window has filled).
    const first = run(e, T0, 70, 41, (t) => (t >= onset ? surge(t, 'northwind', 12) : []))
    const opened = first.opened.find((a) => a.brand === 'northwind')!
    expect(opened).toBeDefined()
    const latest = first.alerts.filter((a) => a.id === opened.id).at(-1)!
    // The detector publishes the acknowledgement itself, as the incident's next version.
    const ack = e.feedback(opened.id, { kind: 'ack', by: 'alice' }, T0 + 70 * MIN)
    expect(ack).toMatchObject({ matched: true, applied: true })
    expect(ack.alert).toMatchObject({
      id: opened.id,
      version: latest.version + 1,
      status: 'acknowledged',
      acknowledgedBy: 'alice',
      acknowledgedAt: new Date(T0 + 70 * MIN).toISOString(),
    })
    // Read again (a restart re-reads the topic): nothing changes.
    expect(e.feedback(opened.id, { kind: 'ack', by: 'alice' }, T0 + 70 * MIN).applied).toBe(false)
    const steady = run(e, T0 + 70 * MIN, 4, 43, (t) => surge(t, 'northwind', 12)).alerts
    expect(steady.length).toBeGreaterThan(0)
    expect(steady.map((a) => a.status)).toEqual(steady.map(() => 'acknowledged'))
    expect(steady.map((a) => a.acknowledgedBy)).toEqual(steady.map(() => 'alice'))
    expect(steady[0]!.version).toBe(latest.version + 2)
    // A much larger surge is a new situation: the operator is called back.
    const worse = run(e, T0 + 74 * MIN, 6, 47, (t) => surge(t, 'northwind', 400)).alerts
    expect(worse.some((a) => a.status === 'escalating')).toBe(true)
    expect(e.feedback('no-such-alert', { kind: 'ack' }, T0).matched).toBe(false)
  })

  it('a brand added minutes ago seldom raises an alert on ordinary traffic, whatever the hour it starts', () => {
    // 200 start times through a day, 40 minutes of five banks each. Reach and hashtag bursts
    // against baselines and trackers only minutes old raised 12 of the 14 false alarms here.
    const falseAlarms: string[] = []
    for (let k = 0; k < 200; k++) {
      const from = Date.UTC(2026, 10, 23) + k * 7 * MIN
      const e = createDetectorEngine({ brands: BRANDS })
      for (const a of run(e, from, 40, 91).opened) {
        const age = (Date.parse(a.openedAt) - from) / MIN
        falseAlarms.push(`${new Date(from).toISOString()} minute ${age}: ${a.headline}`)
      }
    }
    // What is left (2 of 200): a large bank's negative share at minutes 30-40, past the young
    // brand's guard; one false alarm in 100 fresh starts.
    expect(falseAlarms.length, falseAlarms.join('\n')).toBeLessThanOrEqual(2)
    expect(
      falseAlarms.every((f) => f.includes('negative posts (share of all)')),
      falseAlarms.join('\n'),
    ).toBe(true)
  }, 60_000)

  it('a short surge is as grave as it gets while it lasts: the minutes after it never escalate it (no call-back after the peak)', () => {
    const rank = { low: 0, medium: 1, high: 2, critical: 3 } as const
    // Three minutes of complaints on a mid-sized bank after `hist` minutes of history. These
    // cases were escalated after the surge by a severity that paired one signal's peak
    // surprise with another's ratio, or by a 5-minute window still holding the surge.
    const cases = [
      { hist: 40, perMinute: 30, seed: 4 },
      { hist: 60, perMinute: 60, seed: 2 },
      { hist: 60, perMinute: 60, seed: 3 },
      { hist: 60, perMinute: 15, seed: 2 },
      { hist: 60, perMinute: 15, seed: 8 },
    ]
    for (const c of cases) {
      const e = createDetectorEngine({ brands: BRANDS })
      const onset = T0 + c.hist * MIN
      const res = run(e, T0, c.hist + 18, c.seed, (t) =>
        t >= onset && t < onset + 3 * MIN ? complaints(t, 'northwind', c.perMinute) : [],
      )
      const mine = res.alerts.filter((a) => a.brand === 'northwind')
      const during = mine.filter((a) => Date.parse(a.updatedAt) <= onset + 3 * MIN)
      const after = mine.filter((a) => Date.parse(a.updatedAt) > onset + 3 * MIN)
      expect(during.length, JSON.stringify(c)).toBeGreaterThan(0)
      expect(after.length, JSON.stringify(c)).toBeGreaterThan(5)
      const peak = during.at(-1)!
      for (const a of after) {
        // Severity follows the present: it may fall after the surge, never rise above the peak.
        expect(rank[a.severity], JSON.stringify(c)).toBeLessThanOrEqual(rank[peak.severity])
        expect(a.status).not.toBe('escalating')
      }
    }
  })

  it('"not a real crisis" feedback keeps the same surge from reopening an incident for hours', () => {
    const twoSurges = (t: number) => {
      const k = (t - T0) / MIN
      return (k >= 60 && k < 65) || (k >= 120 && k < 125) ? surge(t, 'northwind', 30) : []
    }
    const withFeedback = createDetectorEngine({ brands: BRANDS })
    const a = run(withFeedback, T0, 62, 51, twoSurges)
    const inc = a.opened.find((x) => x.brand === 'northwind')!
    const verdict = withFeedback.feedback(inc.id, { kind: 'verdict', real: false }, T0 + 62 * MIN)
    expect(verdict.alert?.status).toBe('acknowledged')
    const later = run(withFeedback, T0 + 62 * MIN, 80, 53, twoSurges).opened
    const without = createDetectorEngine({ brands: BRANDS })
    run(without, T0, 62, 51, twoSurges)
    const control = run(without, T0 + 62 * MIN, 80, 53, twoSurges).opened
    // Without feedback the second surge is a new incident; with it, it is not.
    expect(control.filter((x) => x.brand === 'northwind').length).toBe(1)
    expect(later.filter((x) => x.brand === 'northwind')).toEqual([])
  })
  it('a backfill landing partition after partition on a detector started long before loses nothing to lateness, and a silent partition does not stall it', () => {
    const e = createDetectorEngine({ brands: BRANDS })
    const now = T0 + 3 * 60 * MIN
    // The detector has been up for ten minutes when the backfill arrives.
    for (const p of ['p0', 'p1', 'p2', 'p3']) e.registerSource(p, now - 10 * MIN)
    const r = rng(61)
    const parts: EnrichedMention[][] = [[], [], []]
    for (let m = 0; m < 3 * 60; m++) {
      BRANDS.forEach((b, i) => {
        parts[i % 3]!.push(...ordinaryMinute(r, b.id, T0 + m * MIN, RATE[b.id]!))
      })
    }
    let metrics = 0
    const opened: Alert[] = []
    parts.forEach((part, i) => {
      for (const x of part) e.observe(x, `p${i}`)
      const out = e.advance(now + i * 200)
      metrics += out.metrics.length
      opened.push(...out.alerts)
    })
    expect(e.stats().lateEvents).toBe(0)
    // p3 never delivers: once it has been silent past the idle timeout, the history closes.
    const out = e.advance(now + 20_000)
    metrics += out.metrics.length
    opened.push(...out.alerts)
    expect(metrics).toBeGreaterThan(BRANDS.length * (3 * 60 - 2))
    expect(opened.map((a) => a.headline)).toEqual([])
  })
  it('a raid by a handful of accounts is not a crisis, the same posts from a crowd are', () => {
    const onset = T0 + 60 * MIN
    const posts = (crowd: boolean) => (t: number) =>
      t < onset
        ? []
        : Array.from({ length: 24 }, (_, i) =>
            synthMention(
              t + i * 2500,
              {
                brand: 'northwind',
                label: 'negative',
                // The NLP recognises some of a troll's posts, not all (another language).
                intent: !crowd && i % 3 === 0 ? 'troll' : 'complaint',
                ...(crowd ? {} : { author: `troll-${i % 6}` }),
              },
              `x:raid-${crowd}-${t}-${i}`,
            ),
          )
    const raid = run(createDetectorEngine({ brands: BRANDS }), T0, 70, 81, posts(false))
    expect(raid.opened).toEqual([])
    const crowd = run(createDetectorEngine({ brands: BRANDS }), T0, 70, 81, posts(true))
    expect(crowd.opened.map((a) => a.brand)).toEqual(['northwind'])
  })

  it('a raid going on across a restart stays a handful of voices: the restored detector remembers who hit the cap', () => {
    const onset = T0 + 60 * MIN
    // Six accounts, four posts a minute each; the NLP calls none of them a troll here, so only
    // the per-author cap keeps them at two voices each.
    const raid = (t: number) =>
      t < onset
        ? []
        : Array.from({ length: 24 }, (_, i) =>
            synthMention(
              t + i * 2500,
              { brand: 'northwind', label: 'negative', intent: 'complaint', author: `raider-${i % 6}` },
              `x:raid-${t}-${i}`,
            ),
          )
    const whole = createDetectorEngine({ brands: BRANDS })
    expect(run(whole, T0, 63, 81, raid).opened).toEqual([])
    const restarted = createDetectorEngine({ brands: BRANDS })
    for (const b of BRANDS)
      expect(restarted.restore(b.id, JSON.parse(JSON.stringify(whole.snapshot(b.id))))).toBe(true)
    expect(run(restarted, T0 + 63 * MIN, 10, 82, raid).opened).toEqual([])
    expect(run(whole, T0 + 63 * MIN, 10, 82, raid).opened).toEqual([])
  })
})
