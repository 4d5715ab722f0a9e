/**
 * One task at a time on the engine: the batches of both consumers, the rebalance handler, the
 * processing-time tick and the final checkpoint all share it.
 */
export type Lane = <T>(fn: () => Promise<T>) => Promise<T>

export function createLane(): Lane {
  let tail: Promise<unknown> = Promise.resolve()
  return <T>(fn: () => Promise<T>): Promise<T> => {
    const run = tail.then(fn)
    tail = run.catch(() => undefined)
    return run
  }
}
