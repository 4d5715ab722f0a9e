/**
 * The reliability report in one table: sink throughput, the whole stack at rising rates, a
 * killed service's way back, a broker killed on a three-broker cluster, each fault of the fault
 * suite with produced / stored / missing / twice by mention id, the hostile-input fuzz and the
 * security suite. The machine is shared: every row carries the 1-minute load average when its
 * figure was taken. Each row is the figure its own bench or suite printed (their last JSON
 * line, or the summary line of the test), run here one after another on this machine, so the
 * rows are comparable. Needs the built code (`bash infra/local/setup.sh`).
 *
 *   node bench/report.mjs            # about 15 minutes on 2 cores
 *   node bench/report.mjs --quick    # shorter steps and counts, about 8 minutes
 *   node bench/report.mjs --skip load,restart     # sections: sink, load, restart, faults, suites
 *
 * Uses KAFKA_BROKERS when set; otherwise starts its own broker (infra/kafka/kafka.sh, port
 * 29392, data under .cache/kafka-data/report) and stops it at the end. Last line: one JSON
 * object with every figure.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..')
const { values: args } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, skip: { type: 'string', default: '' } },
})
const skip = new Set(args.skip.split(',').filter(Boolean))
const quick = args.quick

// Every command's whole output is kept, to read a failure after the table.
const logDir = join(repo, '.cache', 'report', new Date().toISOString().replace(/[:.]/g, '-'))
mkdirSync(logDir, { recursive: true })
let runs = 0

/** Runs a command, echoing nothing (its output goes to logDir); resolves with its code and output. */
function run(cmd, argv, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, {
      cwd: repo,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    child.stdout.on('data', (d) => {
      out += d
    })
    child.stderr.on('data', (d) => {
      out += d
    })
    child.on('close', (code) => {
      const what = argv.find((a) => !a.startsWith('-') && a !== 'exec' && a !== 'run') ?? cmd
      writeFileSync(join(logDir, `${String(++runs).padStart(2, '0')}-${basename(what)}.log`), out)
      resolve({ code, out })
    })
  })
}

const lastJson = (out) => {
  const line = out
    .trim()
    .split('\n')
    .reverse()
    .find((l) => l.startsWith('{') && l.endsWith('}'))
  try {
    return line ? JSON.parse(line) : null
  } catch {
    return null
  }
}

let startedBroker = false
let brokers = process.env.KAFKA_BROKERS
if (!brokers) {
  const env = { KAFKA_PORT: '29392', KAFKA_DATA_DIR: join(repo, '.cache/kafka-data/report') }
  const r = await run('bash', ['infra/kafka/kafka.sh', 'start'], env)
  if (r.code !== 0) throw new Error(`could not start a broker:\n${r.out}`)
  brokers = '127.0.0.1:29392'
  startedBroker = true
}
const kafkaEnv = { KAFKA_BROKERS: brokers }
const rows = []
const figures = {}
const row = (what, figure, command) => {
  const load = loadavg()[0].toFixed(1)
  rows.push({ what, figure, load, command })
  process.stderr.write(`[report] ${what}: ${figure} (load average ${load})\n`)
}

try {
  if (!skip.has('sink')) {
    const count = quick ? '20000' : '60000'
    const r = await run('node', ['services/sink/bench/throughput.mjs', '--count', count], kafkaEnv)
    const j = lastJson(r.out)
    figures.sink = j
    row(
      'sink: rows stored per second',
      j
        ? `${j.rowsPerS}/s (${j.secondHalfRowsPerS === null ? 'no second half: one block took both' : `second half ${j.secondHalfRowsPerS}/s`}), ${j.archived} archived of ${j.produced}`
        : `failed (exit ${r.code})`,
      `node services/sink/bench/throughput.mjs --count ${count}`,
    )
  }
  if (!skip.has('load')) {
    const rates = quick ? '500,1000' : '500,1000,2500,5000'
    const step = quick ? '20' : '30'
    const r = await run('node', ['bench/load/run.mjs', '--rates', rates, '--step-seconds', step], kafkaEnv)
    const j = lastJson(r.out)
    figures.load = j
    const lat = j?.latencyAtFirstStep
    const q = (x) => (x ? `p50 ${x.p50} / p95 ${x.p95} / p99 ${x.p99} ms` : 'n/a')
    row(
      'stack: highest rate held (bounded lag)',
      j
        ? `${j.highestRateHeld}/s of ${rates}; ${j.stored} stored of ${j.produced}, ${j.storedTwice} twice`
        : `failed (exit ${r.code})`,
      `node bench/load/run.mjs --rates ${rates} --step-seconds ${step}`,
    )
    row(`mention → enriched at ${rates.split(',')[0]}/s`, q(lat?.enrichedMs), 'same')
    row(`mention → stored at ${rates.split(',')[0]}/s`, q(lat?.storedMs), 'same')
    row(`mention → metrics.live (the detector's tick) at ${rates.split(',')[0]}/s`, q(lat?.liveMs), 'same')
    row(`mention → WebSocket tick at ${rates.split(',')[0]}/s`, q(lat?.tickMs), 'same')
    for (const st of j?.steps ?? []) {
      row(
        `CPU ms per mention at ${st.rate}/s${st.held ? '' : ' (not held)'}: enricher / detector / embedded`,
        `${st.cpuMsPerMention?.enricher ?? '—'} / ${st.cpuMsPerMention?.detector ?? '—'} / ${st.cpuMsPerMention?.embedded ?? '—'}; ${st.ratePossibleOn2Cores ?? '—'}/s on 2 whole cores`,
        'same',
      )
    }
  }
  if (!skip.has('restart')) {
    figures.restart = {}
    for (const service of ['embedded', 'enricher', 'detector']) {
      const r = await run('node', ['bench/load/restart.mjs', '--service', service], kafkaEnv)
      const j = lastJson(r.out)
      figures.restart[service] = j
      row(
        `kill -9 ${service}: restarted / HTTP / group joined / consuming again`,
        j
          ? `${j.restartedMs} / ${j.httpMs ?? '—'} / ${j.joinedMs ?? '—'} / ${j.consumingMs} ms`
          : `failed (exit ${r.code})`,
        `node bench/load/restart.mjs --service ${service}`,
      )
    }
  }
  if (!skip.has('faults')) {
    // The fault suite (tests/faults): one stack per fault; the broker faults bring their own broker.
    const r = await run('bash', ['infra/local/test-faults.sh'], kafkaEnv)
    figures.faults = { exit: r.code, faults: [] }
    const re = /^\[fault\] (.+?): produced (\d+)[^/]*\/ stored (\d+) \/ missing (\d+) \/ twice (\d+)(.*)$/gm
    // test-faults.sh prints each [fault] line twice (as it runs, then in its summary).
    const seen = new Set()
    for (const m of r.out.matchAll(re)) {
      if (seen.has(m[1])) continue
      seen.add(m[1])
      const f = {
        fault: m[1],
        produced: +m[2],
        stored: +m[3],
        missing: +m[4],
        twice: +m[5],
        note: m[6].trim(),
      }
      figures.faults.faults.push(f)
      row(
        `fault: ${f.fault}: produced / stored / missing / twice`,
        `${f.produced} / ${f.stored} / ${f.missing} / ${f.twice}`,
        'bash infra/local/test-faults.sh',
      )
      // The detector's incidents against a fault-free run of the same stream (detector-incidents).
      const inc =
        /incident versions: fault-free (\d+), this run (\d+) \(\d+ published\), (\d+) not in the fault-free run, (\d+) missing; figures: (\d+) headlines differ/.exec(
          f.note,
        )
      if (inc) {
        f.incidents = {
          faultFree: +inc[1],
          faulted: +inc[2],
          extra: +inc[3],
          missing: +inc[4],
          headlinesDiffer: +inc[5],
        }
        row(
          `fault: ${f.fault}: incident versions fault-free / faulted / extra / missing / headlines differing`,
          inc.slice(1, 6).join(' / '),
          'bash infra/local/test-faults.sh tests/faults/detector-incidents.fault.ts',
        )
      }
    }
    const tests = /Tests\s+(?:(\d+) failed \| )?(?:(\d+) skipped \| )?(\d+) passed/.exec(r.out)
    // Which failed, and why (the first line of its error), so a failure is not only a count.
    const failed = [...r.out.matchAll(/^ FAIL .*?tests\/faults\/(\S+)[^\n]*\n(\S[^\n]*)/gm)].map(
      (m) => `${m[1]}: ${m[2].slice(0, 160)}`,
    )
    figures.faults.failed = failed
    row(
      'the fault suite',
      (tests
        ? `${tests[3]} passed, ${tests[1] ?? 0} failed${tests[2] ? `, ${tests[2]} skipped` : ''}`
        : `exit ${r.code}`) + (failed.length ? ` (${failed.join('; ')})` : ''),
      'bash infra/local/test-faults.sh',
    )
  }
  if (!skip.has('suites')) {
    const r = await run(
      'pnpm',
      [
        'exec',
        'vitest',
        'run',
        '--project',
        'integration',
        // The three-broker test is a project of its own (vitest.config.ts): without it the
        // 2026-12-07 run printed "not run" for the cluster.
        '--project',
        'cluster',
        'tests/cluster',
        'tests/hostile',
        'tests/security',
      ],
      kafkaEnv,
    )
    const cluster =
      /\[cluster\] acknowledged (\d+), read (\d+) distinct, missing (\d+), read twice (\d+)/.exec(r.out)
    const hostile = /hostile summary: (\{.*\})/.exec(r.out)
    const security = /security: scanned (\d+) responses, (\d+) strings; findings: (\d+)/.exec(r.out)
    const tests = /Tests\s+(?:(\d+) failed \| )?(\d+) passed/.exec(r.out)
    figures.suites = {
      exit: r.code,
      cluster: cluster && {
        acknowledged: +cluster[1],
        read: +cluster[2],
        missing: +cluster[3],
        twice: +cluster[4],
      },
      hostile: hostile ? JSON.parse(hostile[1]) : null,
      security: security && { responses: +security[1], strings: +security[2], findings: +security[3] },
      tests: tests && { failed: +(tests[1] ?? 0), passed: +tests[2] },
    }
    const s = figures.suites
    row(
      'three brokers, one killed under load: acknowledged / missing / twice',
      s.cluster ? `${s.cluster.acknowledged} / ${s.cluster.missing} / ${s.cluster.twice}` : 'not run',
      'pnpm exec vitest run tests/cluster',
    )
    const h = s.hostile
    row(
      'fuzz: bad records / dead-lettered / good stored of sent / crashes',
      h
        ? `${h.generatedBad} / ${h.deadLettered} / ${h.goodStored} of ${h.goodSent} / ${h.crashes}`
        : 'not run',
      'pnpm exec vitest run tests/hostile',
    )
    row(
      'security: personal data in non-admin responses',
      s.security
        ? `${s.security.findings} in ${s.security.strings} strings of ${s.security.responses} responses`
        : 'not run',
      'pnpm exec vitest run tests/security',
    )
    row(
      'the three suites',
      s.tests ? `${s.tests.passed} passed, ${s.tests.failed} failed` : `exit ${r.code}`,
      'pnpm exec vitest run tests/cluster tests/hostile tests/security',
    )
  }
} finally {
  if (startedBroker) {
    await run('bash', ['infra/kafka/kafka.sh', 'stop'], {
      KAFKA_PORT: '29392',
      KAFKA_DATA_DIR: join(repo, '.cache/kafka-data/report'),
    })
  }
}

const width = Math.max(...rows.map((r) => r.what.length))
const fig = Math.max(...rows.map((r) => r.figure.length))
console.log(`${'what'.padEnd(width)}  ${'figure'.padEnd(fig)}  load  command`)
for (const r of rows)
  console.log(`${r.what.padEnd(width)}  ${r.figure.padEnd(fig)}  ${r.load.padStart(4)}  ${r.command}`)
console.log(`(each command's whole output: ${logDir})`)
console.log(
  JSON.stringify({ quick, logDir, machine: { loadavg: (await import('node:os')).loadavg() }, ...figures }),
)
