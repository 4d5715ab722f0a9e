/**
 * Where the seconds of a restart go: the restarted process's own log lines (pino JSON, ISO
 * `time`) and, when given, the broker's log (the group coordinator's view of the dead member),
 * turned into phases in milliseconds after the kill. Pure: restart.mjs reads the files.
 */

/** Log events that mark a phase of a service's start, and how the table names them. */
const PHASES = {
  startup_phase: (l) => l.phase,
  store_ready: () => 'store opened and migrated',
  api_listening: () => 'HTTP listening',
  api_feed_started: () => 'live feed joined, open alerts loaded',
  predecessor_left: (l) => `left the dead predecessor's member (${l.group})`,
  consumer_joined: (l) => `group joined (${l.group})`,
  consumer_started: (l) => `consumer running (${l.group})`,
  consumer_first_batch: (l) => `first batch handled (${l.group})`,
  embedded_sink_started: () => 'sink started',
  enricher_started: () => 'enricher started',
  detector_started: () => 'detector started',
}

/** One line of the service's log, or null when it is not a JSON log line. */
function parseLine(text) {
  if (!text.startsWith('{')) return null
  try {
    const l = JSON.parse(text)
    const at = typeof l.time === 'number' ? l.time : Date.parse(l.time)
    return Number.isFinite(at) ? { ...l, at } : null
  } catch {
    return null
  }
}

/**
 * The phases of the process started after `killedAt`, first occurrence of each, in time order.
 * `groups` (the victim's consumer groups) keeps other groups' lines out: the api's live feed
 * joins a random group of its own, which is listed as "live feed".
 */
export function servicePhases(logText, killedAt) {
  const rows = []
  const seen = new Set()
  let first = null
  for (const text of logText.split('\n')) {
    const l = parseLine(text)
    if (l === null || l.at < killedAt) continue
    first ??= l.at
    const name = PHASES[l.event]?.(l)?.replace(
      /\(vigil-api-live-[0-9a-f]+\)|\([^)]*-live-[0-9a-f]+\)/,
      '(live feed)',
    )
    if (name === undefined || seen.has(name)) continue
    seen.add(name)
    rows.push({ phase: name, ms: l.at - killedAt })
  }
  if (first !== null) rows.unshift({ phase: 'first log line (modules loaded)', ms: first - killedAt })
  return rows
}

/** `[2026-12-07 04:41:12,345] INFO …` → epoch ms (the broker logs in the machine's zone, UTC here). */
function brokerTime(line) {
  const m = /^\[(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d),(\d{3})\]/.exec(line)
  return m ? Date.parse(`${m[1]}T${m[2]}.${m[3]}Z`) : Number.NaN
}

/** What the coordinator did about `groups` after the kill: member expired or left, rebalances, stabilised. */
export function coordinatorPhases(brokerLog, killedAt, groups) {
  const rows = []
  for (const line of brokerLog.split('\n')) {
    const at = brokerTime(line)
    if (!(at >= killedAt)) continue
    const group = groups.find((g) => line.includes(`group ${g} `) || line.includes(`group ${g}.`))
    if (group === undefined) continue
    let what = null
    if (/has failed, removing it from the group|session.*expir/i.test(line))
      what = 'dead member expired (session timeout)'
    else if (/has left group|LeaveGroup|removing member .* on LeaveGroup/i.test(line)) what = 'a member left'
    else if (/Preparing to rebalance/.test(line)) what = 'rebalance started'
    else if (/Stabilized group/.test(line)) what = 'group stabilised'
    if (what !== null) rows.push({ phase: `broker: ${what} (${group})`, ms: at - killedAt })
  }
  return rows
}

/** The rows as a small aligned table. */
export function formatPhases(rows) {
  const sorted = [...rows].sort((a, b) => a.ms - b.ms)
  const width = Math.max(...sorted.map((r) => r.phase.length), 5)
  return [
    `${'phase'.padEnd(width)}  ms after kill`,
    ...sorted.map((r) => `${r.phase.padEnd(width)}  ${r.ms}`),
  ].join('\n')
}
