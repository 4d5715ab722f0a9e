/**
 * Realistic mentions for the load benchmarks: the ingest demo generator's multilingual stream
 * (five banks, customers, care replies, reviews), optionally enriched by the real NLP (cached:
 * the generator's templates repeat). Ids are made unique per run so runs never collide.
 *
 * Imports built code: run `pnpm exec tsc -b` first.
 */
import { randomBytes } from 'node:crypto'
import { cachedEnricher, newGenerator } from '../../detect/lib/sim.mjs'

const runTag = randomBytes(3).toString('hex')

/** Raw mentions in slices of about `slice`, created around now, until `count` were given. */
export function* rawStream(count, slice = 5_000, seed = 11) {
  // A high rate scale so that one generated minute holds thousands of mentions.
  const gen = newGenerator(seed, Date.now() - 3_600_000, 40)
  let given = 0
  let n = 0
  while (given < count) {
    const out = []
    while (out.length < Math.min(slice, count - given)) {
      for (const m of gen.generateUntil(gen.now + 10_000)) {
        if (out.length >= Math.min(slice, count - given)) break
        out.push({ ...m, id: `${m.id}-${runTag}-${++n}` })
      }
    }
    given += out.length
    yield out
  }
}

/** The same stream, enriched as the enricher would (enrichedAt = now). */
export function* enrichedStream(count, slice = 5_000, seed = 11) {
  const nlp = cachedEnricher()
  for (const raw of rawStream(count, slice, seed)) {
    const now = new Date().toISOString()
    yield raw.map((m) => ({ ...nlp.enrich(m), enrichedAt: now }))
  }
}
