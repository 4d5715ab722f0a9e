/**
 * A restarted process back in its groups without waiting out its dead predecessor's session.
 *
 * KafkaJS 2.2 has no static membership (KIP-345 `group.instance.id`), so a process killed with
 * SIGKILL stays a member of each of its groups until its session times out, and its successor's
 * join waits for that: the group cannot rebalance before every known member rejoined or expired.
 * The ledger is a small file per process lineage (one per supervised service instance, never
 * shared by two live processes) holding the member id of each group this process joined. A
 * successor started with the same file first asks each group's coordinator to remove those
 * members (LeaveGroup on their behalf, as they would have done on a clean stop), then joins.
 *
 * Why leave rather than rejoin under the old member id (the other way to reuse a persisted id):
 * if the file were ever shared by two live processes, a rejoin would give both the same member
 * and so the same partitions; a leave only costs the live one a rebalance (its uncommitted
 * batch is redelivered to the next owner, as in any rebalance), never two owners of a partition.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import type { Logger } from '@vigil/config'
import type { Kafka } from 'kafkajs'

/** The ledger's content: group id → member id of this process. */
export type Members = Record<string, string>

/** Members read from a ledger file's text; anything unreadable is no members (the successor just waits). */
export function parseMembers(text: string): Members {
  try {
    const parsed: unknown = JSON.parse(text)
    const members = (parsed as { members?: unknown })?.members
    if (typeof members !== 'object' || members === null) return {}
    return Object.fromEntries(
      Object.entries(members).filter(
        (e): e is [string, string] => typeof e[1] === 'string' && e[1].length > 0,
      ),
    )
  } catch {
    return {}
  }
}

export interface MemberLedger {
  /** Removes the predecessor's members from their groups; once per process, before any join. */
  leavePredecessors(): Promise<void>
  /** This process is `memberId` in `groupId` (after every join: a rejoin may change it). */
  joined(groupId: string, memberId: string): void
  /** This process left `groupId` itself (a clean stop). */
  left(groupId: string): void
}

/** Ledgers by client: the consumers of a process share their client, and so its ledger. */
const ledgers = new WeakMap<Kafka, MemberLedger>()

/** `kafka`'s consumers record their memberships in `ledger` (createKafka with a `memberFile`). */
export function keepLedger(kafka: Kafka, ledger: MemberLedger): void {
  ledgers.set(kafka, ledger)
}

/** The member ledger of the process that created `kafka`, if it keeps one. */
export function memberLedgerOf(kafka: Kafka): MemberLedger | undefined {
  return ledgers.get(kafka)
}

/** Removes `memberId` from `groupId` through its coordinator; throws on any error response. */
export type LeaveGroup = (groupId: string, memberId: string) => Promise<void>

/**
 * The ledger kept in `file`. `leave` defaults to a LeaveGroup through `kafka`'s own connections.
 * A leave taking longer than `boundMs` is given up: the successor's join then waits out the
 * session, as it would without a ledger.
 */
export function createMemberLedger(opts: {
  file: string
  logger: Logger
  leave: LeaveGroup
  boundMs: number
}): MemberLedger {
  const log = opts.logger.child({ component: 'member-ledger' })
  const mine: Members = {}
  let leaving: Promise<void> | undefined
  const write = () => {
    // Rename: a kill mid-write leaves the old file or the new one, never half of one.
    const tmp = `${opts.file}.tmp`
    try {
      writeFileSync(tmp, JSON.stringify({ pid: process.pid, members: mine }))
      renameSync(tmp, opts.file)
    } catch (err) {
      // The ledger only saves a successor the wait; it never stops a consumer.
      log.warn({ event: 'member_ledger_write_failed', file: opts.file, err })
    }
  }
  const leaveAll = async (predecessor: Members) => {
    await Promise.all(
      Object.entries(predecessor).map(async ([group, memberId]) => {
        const startedAt = performance.now()
        try {
          await opts.leave(group, memberId)
          log.info({
            event: 'predecessor_left',
            group,
            memberId,
            ms: Math.round(performance.now() - startedAt),
          })
        } catch (err) {
          // UNKNOWN_MEMBER_ID: its session already ended (or it left). Anything else: the join waits it out.
          log.info({ event: 'predecessor_not_left', group, memberId, err })
        }
      }),
    )
  }
  return {
    leavePredecessors: () => {
      leaving ??= (async () => {
        let text = ''
        try {
          text = readFileSync(opts.file, 'utf8')
        } catch {
          // No file: a first start, or the predecessor stopped cleanly.
        }
        const predecessor = parseMembers(text)
        if (Object.keys(predecessor).length > 0) {
          await withinBound(leaveAll(predecessor), opts.boundMs, () =>
            log.warn({ event: 'predecessor_leave_slow', boundMs: opts.boundMs }),
          )
        }
        write()
      })()
      return leaving
    },
    joined: (groupId, memberId) => {
      mine[groupId] = memberId
      write()
    },
    left: (groupId) => {
      delete mine[groupId]
      write()
    },
  }
}

async function withinBound(work: Promise<void>, ms: number, onLate: () => void): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ms)
  })
  try {
    if ((await Promise.race([work.then(() => 'done' as const), late])) === 'late') onLate()
  } finally {
    clearTimeout(timer)
  }
}

interface KafkajsCluster {
  connect(): Promise<void>
  disconnect(): Promise<void>
  findGroupCoordinator(o: { groupId: string }): Promise<{
    leaveGroup(o: { groupId: string; memberId: string }): Promise<unknown>
  }>
}

/**
 * LeaveGroup through KafkaJS's own cluster and coordinator lookup. KafkaJS exposes no public
 * call for it (its consumer sends one for itself on stop); the cluster factory is the client's
 * private symbol, stable in the pinned 2.2.4 (patched, package.json). Missing → null, and the
 * ledger is not used.
 */
export function kafkajsLeaveGroup(kafka: Kafka): LeaveGroup | null {
  const symbol = Object.getOwnPropertySymbols(kafka).find(
    (s) => s.description === 'private:Kafka:createCluster',
  )
  const create = symbol && (kafka as unknown as Record<symbol, unknown>)[symbol]
  if (typeof create !== 'function') return null
  return async (groupId, memberId) => {
    const cluster = (create as (o: object) => KafkajsCluster)({ allowAutoTopicCreation: false })
    await cluster.connect()
    try {
      const coordinator = await cluster.findGroupCoordinator({ groupId })
      await coordinator.leaveGroup({ groupId, memberId })
    } finally {
      await cluster.disconnect()
    }
  }
}
