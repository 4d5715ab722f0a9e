/**
 * How far a consumer has heard its partitions, from its fetch rounds. KafkaJS fetches from
 * each broker, hands the whole response to the batch handler partition after partition, and
 * fetches from that broker again only once every batch is handled. So when a round starts,
 * the round before it is handled whole: every record its broker held when that round started
 * has reached the handler. A partition that had nothing in such a round had nothing then.
 *
 * Why a consumer needs it: "nothing came from this partition for 15 s" read off the clock is
 * wrong while a batch of that partition waits behind a stalled one of the same fetch (a slow
 * produce in the handler, a long GC): the detector took such a partition for idle and counted
 * its waiting records late. Read off the rounds, the stall holds the clock.
 */

/** A broker not fetched from for this long is no longer fetched from (its partitions moved). */
const GONE_NODE_MS = 5 * 60_000

export interface FetchRounds {
  /** A fetch round from broker `nodeId` started at `atMs`. */
  started(nodeId: number, atMs: number): void
  /** Assignment changed: nothing is known of the new partitions until a round is handled. */
  reset(): void
  /**
   * The processing time up to which every record the assigned partitions held has been handed
   * to the handler and handled: the oldest, over the brokers fetched from, of the start of its
   * last round handled whole; −Infinity before any round is.
   */
  heardUpTo(nowMs: number): number
}

export function createFetchRounds(): FetchRounds {
  /** Per broker: start of the round in progress, and of the one before it (handled whole). */
  const nodes = new Map<number, { current: number; handled: number }>()
  return {
    started(nodeId, atMs) {
      const n = nodes.get(nodeId)
      if (n === undefined) nodes.set(nodeId, { current: atMs, handled: -Infinity })
      else {
        n.handled = n.current
        n.current = atMs
      }
    },
    reset: () => nodes.clear(),
    heardUpTo(nowMs) {
      let heard = Infinity
      for (const [id, n] of nodes) {
        if (nowMs - n.current > GONE_NODE_MS) nodes.delete(id)
        else if (n.handled < heard) heard = n.handled
      }
      return heard === Infinity ? -Infinity : heard
    },
  }
}
