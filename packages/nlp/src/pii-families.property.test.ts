/**
 * Personal data never left readable, by family and by property (pii12): every kind of issue 11
 * item 1 generated in its grouping habits × every Unicode digit script × every separator kind ×
 * casing × a context word before, after or none (where the format decides) × a place in a long
 * post × the prose of seven languages (test-fixtures/pii-families.ts); and hard negatives per
 * locale that must stay readable.
 *
 * CI runs a modest number of cases per kind. To hunt, run many and print the leaks by family:
 *   PII_HUNT=3000 pnpm exec vitest run packages/nlp/src/pii-families.property.test.ts
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type Case, caseOf, KINDS, type Negative, negative } from '../test-fixtures/pii-families.js'
import { HUNT, maskPii, readable } from '../test-fixtures/pii-hunt.js'

function leaks(c: Case): string | null {
  const masked = maskPii(c.text).text
  const r = readable(masked)
  return c.secrets.some((s) => r.includes(s)) ? masked : null
}

function lost(neg: Negative): string | null {
  const masked = maskPii(neg.text).text
  const r = readable(masked)
  return neg.numbers.some((x) => !r.includes(readable(x))) ? masked : null
}

// Cases a kind: enough that each property fails on the build before pii12 (cards leaked there
// in about 1 case of 100, so they run four times as many).
const RUNS = 150

/**
 * Still left readable, on purpose (pii13): a word of letters after the Arabic PIN word
 * "الرقم السري" and a colon: only a token of letters with digits near it is read as a password.
 * (pii12's other weak family, a word of letters right after a bare password word, "Kennwort
 * sunflowersun", is read since pii14 and runs here.)
 */
const KNOWN_WEAK = (c: Case): boolean =>
  c.kind === 'password' && c.habit === 'letters only' && c.cue === 'الرقم السري للتطبيق وكتبه في الجروب: '

// IBANs and BSNs left nothing readable before pii12 either: they run in the all-kinds property.
const LEAKED_BEFORE = KINDS.filter((k) => k !== 'iban' && k !== 'nl_bsn')

describe('personal data by family, property-based (pii12)', () => {
  for (const kind of LEAKED_BEFORE) {
    it(`${kind}: never left readable, in any habit, digit script, separator, context and place`, () => {
      fc.assert(
        fc.property(caseOf(kind), (c) => {
          fc.pre(!KNOWN_WEAK(c))
          expect(
            leaks(c),
            `${c.family} / ${c.habit} / ${c.sep} / ${c.ctx}: ${JSON.stringify(c.text)}`,
          ).toBeNull()
        }),
        { numRuns: kind === 'card' ? 4 * RUNS : RUNS, seed: 1200 + KINDS.indexOf(kind) },
      )
    })
  }

  it('every kind at once (IBANs of every country and BSNs too): never left readable', () => {
    fc.assert(
      fc.property(caseOf(), (c) => {
        fc.pre(!KNOWN_WEAK(c))
        expect(
          leaks(c),
          `${c.family} / ${c.habit} / ${c.sep} / ${c.ctx}: ${JSON.stringify(c.text)}`,
        ).toBeNull()
      }),
      { numRuns: 400, seed: 1250 },
    )
  })

  it('ordinary numbers of every locale stay readable', () => {
    fc.assert(
      fc.property(negative, (neg) => {
        expect(lost(neg), `${neg.family}: ${JSON.stringify(neg.text)}`).toBeNull()
      }),
      { numRuns: 600, seed: 1299 },
    )
  })

  it.runIf(HUNT > 0)(
    'hunt: leaks by family (prints a table)',
    () => {
      const tally = new Map<string, [number, number]>()
      const examples = new Map<string, string[]>()
      const add = (key: string, leaked: boolean, ex: string) => {
        const t = tally.get(key) ?? [0, 0]
        t[0]++
        if (leaked) {
          t[1]++
          const e = examples.get(key) ?? []
          if (e.length < 3) e.push(ex)
          examples.set(key, e)
        }
        tally.set(key, t)
      }
      let seed = Number(process.env.PII_HUNT_SEED ?? 7)
      for (const kind of KINDS) {
        for (const c of fc.sample(caseOf(kind), { numRuns: HUNT, seed: seed++ })) {
          const m = leaks(c)
          const at = Math.max(0, c.text.indexOf(c.written) - 60)
          const ex =
            m === null
              ? ''
              : `${JSON.stringify(c.text.slice(at, at + c.written.length + 120))} → ${JSON.stringify(m.slice(at, at + c.written.length + 120))}`
          add(`${kind} | ALL`, m !== null, ex)
          add(`${c.family} | habit ${c.habit}`, m !== null, ex)
          add(`${kind} | sep ${c.sep}`, m !== null, ex)
          add(`${kind} | lang ${c.lang}`, m !== null, ex)
          add(`${kind} | ctx ${c.ctx}`, m !== null, ex)
          add(`${kind} | script ${c.zero === 0x30 ? 'ascii' : 'other'}`, m !== null, ex)
          add(`${kind} | place ${c.place}`, m !== null, ex)
        }
      }
      for (const neg of fc.sample(negative, { numRuns: HUNT * 2, seed: seed++ })) {
        const m = lost(neg)
        add(
          `NEG ${neg.family} | ${neg.lang}`,
          m !== null,
          m === null ? '' : `${JSON.stringify(neg.text)} → ${JSON.stringify(m)}`,
        )
        add('NEG | ALL', m !== null, '')
      }
      const rows = [...tally].filter(([k, [, l]]) => l > 0 || k.endsWith('ALL')).sort()
      const out = rows.map(([k, [n, l]]) => `${k.padEnd(48)} ${String(l).padStart(5)} / ${n}`)
      for (const [k, e] of examples)
        if (
          !k.includes('| sep') &&
          !k.includes('| lang') &&
          !k.includes('| ctx') &&
          !k.includes('| script') &&
          !k.includes('| place')
        )
          out.push(`\n## ${k}\n${e.join('\n')}`)
      console.log(out.join('\n'))
    },
    3_600_000,
  )
})
