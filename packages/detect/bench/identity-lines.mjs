/** What the identity checks (check-identity.mjs here and at the repository's root) hash. */
import { createHash } from 'node:crypto'

/** A sha256 over output lines (`put`), counting them by kind (a line's first element). */
export function hasher() {
  const h = createHash('sha256')
  const kinds = {}
  const put = (x) => {
    kinds[x[0]] = (kinds[x[0]] ?? 0) + 1
    h.update(JSON.stringify(x))
    h.update('\n')
  }
  return { put, done: () => ({ hash: h.digest('hex'), kinds }) }
}

/** A scored minute as the identity checks hash it: the evidence and what the engine scored it by. */
export function scoredLine(ev, r) {
  return ['trace', ev, r.scores, r.trends, r.topic, r.combined, r.expectedVolume, r.age]
}
