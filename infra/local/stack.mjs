#!/usr/bin/env node
// Starts every Vigil service as its own process against a running Kafka, waits until the API
// answers, prints the dashboard URL, and stops them all (SIGTERM, then wait) on Ctrl-C. A service
// that exits is restarted with backoff (supervise.mjs); the others keep running.
// Plain Node, no dependencies: it is the launcher, not a service.
import { randomBytes } from 'node:crypto'
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serviceNodeArgs } from './node-args.mjs'
import { supervise } from './supervise.mjs'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const logDir = process.env.VIGIL_LOG_DIR ?? join(repo, '.vigil', 'logs')
mkdirSync(logDir, { recursive: true })

const apiPort = process.env.API_PORT ?? '8080'
const env = {
  ...process.env,
  KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
  CHDB_PATH: process.env.CHDB_PATH ?? join(repo, '.vigil', 'chdb'),
  API_PORT: apiPort,
  // Negative: the demo crisis began before the stack did (inside the generated history), so the
  // wall screen shows a live incident within a minute of start instead of after a long wait.
  DEMO_CRISIS_AFTER_S: process.env.DEMO_CRISIS_AFTER_S ?? '-240',
}
// Safe by default: acting (acknowledge, feedback) needs an operator token. Unless tokens are
// given or an open demo was asked for (VIGIL_OPEN_DEMO=1, start.sh --open), this run makes one
// operator token of its own and prints the link that hands it to the browser.
const openDemo = ['1', 'true', 'yes'].includes(String(env.VIGIL_OPEN_DEMO ?? '').toLowerCase())
let operatorLink
if (!env.API_TOKENS && !openDemo) {
  const token = randomBytes(18).toString('base64url')
  // The outlet stage reads an incident's sample posts from the api: it gets a viewer token of
  // its own (reading is all it needs).
  const outletToken = randomBytes(18).toString('base64url')
  env.API_TOKENS = `local-operator:operator:${token},outlet:viewer:${outletToken}`
  env.OUTLET_API_TOKEN ??= outletToken
  operatorLink = `http://127.0.0.1:${apiPort}/#token=${token}`
}
// Ingest's /v1 is closed without tokens too: this run's relay token, for the curl printed below.
if (!env.INGEST_TOKENS && !openDemo)
  env.INGEST_TOKENS = `local-relay:${randomBytes(18).toString('base64url')}`
const relayHeader = env.INGEST_TOKENS
  ? ` -H 'authorization: Bearer ${env.INGEST_TOKENS.split(',')[0].split(':').slice(1).join(':')}'`
  : ''
const embedded = !env.CLICKHOUSE_URL
// Embedded chDB locks its data directory to one process, so the sink and the api then run
// together in the embedded launcher (services/embedded); with a server, each on its own.
// The outlet stage tells people (ALERT_WEBHOOK_URL + ALERT_WEBHOOK_SECRET, VIGIL_OUTLETS_FILE);
// with neither set it runs idle and says so in its log.
// VIGIL_SERVICES=enricher,detector,embedded runs a subset (the load benchmark: no demo traffic).
const services = env.VIGIL_SERVICES
  ? env.VIGIL_SERVICES.split(',').map((s) => s.trim())
  : ['enricher', 'detector', ...(embedded ? ['embedded'] : ['sink', 'api']), 'outlet', 'ingest']

// The current pid of each service, rewritten on every (re)start: for tools that watch them.
const pidFile = join(logDir, 'pids.json')
const writePids = () =>
  writeFileSync(
    pidFile,
    JSON.stringify(Object.fromEntries(children.map((c) => [c.name, c.current()?.pid ?? null]))),
  )
const children = []
for (const name of services) {
  const log = createWriteStream(join(logDir, `${name}.log`), { flags: 'a' })
  children.push(
    supervise({
      name,
      command: process.execPath,
      // VIGIL_NODE_ARGS: node flags for every service, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
      // (bench/load/cpu-top.mjs reads the profiles; NODE_OPTIONS refuses --cpu-prof);
      // VIGIL_NODE_ARGS_<SERVICE> (e.g. VIGIL_NODE_ARGS_EMBEDDED) for that service alone;
      // before them the service's own flags (node-args.mjs: the enricher's young generation).
      args: [
        ...(serviceNodeArgs[name] ?? []),
        ...(env.VIGIL_NODE_ARGS ?? '').split(' ').filter(Boolean),
        ...(env[`VIGIL_NODE_ARGS_${name.toUpperCase()}`] ?? '').split(' ').filter(Boolean),
        join(repo, 'services', name, 'dist', 'main.js'),
      ],
      // Each service its own member ledger (@vigil/bus member-ledger.ts): restarted after a
      // kill, it removes its predecessor's group members instead of waiting out their sessions.
      env: { ...env, VIGIL_MEMBER_FILE: join(logDir, `${name}.members.json`) },
      onStart: (child) => {
        child.stdout.pipe(log, { end: false })
        child.stderr.pipe(log, { end: false })
        if (children.length === services.length) writePids()
      },
      log: (line) => console.error(`${line}; see ${join(logDir, `${name}.log`)}`),
    }),
  )
}
writePids()

let stopping = false
async function stopAll(code) {
  if (stopping) return
  stopping = true
  console.log('[vigil] stopping services…')
  await Promise.all(children.map((c) => c.stop()))
  process.exit(code)
}
process.on('SIGINT', () => void stopAll(0))
process.on('SIGTERM', () => void stopAll(0))

const url = `http://127.0.0.1:${apiPort}/`
const deadline = Date.now() + 120_000
while (Date.now() < deadline && !stopping) {
  try {
    const res = await fetch(`${url}healthz`)
    if (res.ok) break
  } catch {
    // not up yet
  }
  await new Promise((r) => setTimeout(r, 500))
}
if (!stopping) {
  console.log(`[vigil] all services up. Logs: ${logDir}`)
  if (operatorLink) {
    console.log(`[vigil] dashboard (local operator, this run only): ${operatorLink}`)
    console.log('[vigil]   the token moves from the address into the browser; API_TOKENS=… sets your own')
  } else {
    console.log(`[vigil] dashboard: ${url}${openDemo ? ' (open demo: anyone here may acknowledge)' : ''}`)
  }
  console.log(
    `[vigil] metrics: ${url}metrics (api${embedded ? ' and sink' : ''}), http://127.0.0.1:${env.ENRICHER_METRICS_PORT ?? '9101'}/metrics (enricher), ` +
      `http://127.0.0.1:${env.DETECTOR_METRICS_PORT ?? '9102'}/metrics (detector), ` +
      `http://127.0.0.1:${env.OUTLET_METRICS_PORT ?? '9103'}/metrics (outlet)`,
  )
  console.log(
    env.ALERT_WEBHOOK_URL || env.VIGIL_OUTLETS_FILE
      ? `[vigil] alerts go out to ${env.ALERT_WEBHOOK_URL ? `${env.ALERT_WEBHOOK_URL} (signed)` : ''}${env.VIGIL_OUTLETS_FILE ? ` the outlets in ${env.VIGIL_OUTLETS_FILE}` : ''}`
      : '[vigil] no outlets: ALERT_WEBHOOK_URL=… ALERT_WEBHOOK_SECRET=… in front of the start command sends every alert to a signed webhook',
  )
  const after = Number(env.DEMO_CRISIS_AFTER_S)
  console.log(
    after < 0
      ? `[vigil] a demo crisis (#NorthwindDown) began ${-after}s before start; its alert shows within a minute.`
      : `[vigil] a demo crisis (#NorthwindDown) starts ${after}s after ingest starts.`,
  )
  console.log(
    `[vigil] inject another: curl -XPOST 127.0.0.1:${env.INGEST_PORT ?? '8081'}/v1/scenarios${relayHeader} -H 'content-type: application/json' -d '{"kind":"outage","brand":"crest"}'`,
  )
  console.log('[vigil] Ctrl-C stops everything.')
}
