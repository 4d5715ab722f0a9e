// Keeps one service process running: when it exits without being asked to, it is started again
// at once the first time (a kill or a one-off crash: every second away is a second of lag), then
// after a delay that doubles with each further quick failure in a row (1 s, 2 s, 4 s … up to
// 30 s); the count resets once a run lasted a minute. One crashed service no longer stops the whole local stack; a service
// that cannot start at all keeps being retried, slowly, with its exits in the launcher's output.
// Plain Node, no dependencies: used by stack.mjs (and the load benchmark through it).
import { spawn } from 'node:child_process'

/** Delay before restart number `failures` (1-based count of quick exits in a row): 0 for the first. */
export function restartDelayMs(failures, opts = {}) {
  if (failures <= 1) return 0
  const initial = opts.initialMs ?? 1_000
  const max = opts.maxMs ?? 30_000
  return Math.min(max, initial * 2 ** (failures - 2))
}

/**
 * @param {object} o
 * @param {string} o.name
 * @param {string} o.command
 * @param {string[]} o.args
 * @param {NodeJS.ProcessEnv} [o.env]
 * @param {(child: import('node:child_process').ChildProcess) => void} [o.onStart] pipe its output
 * @param {(line: string) => void} [o.log]
 * @param {{ initialMs?: number, maxMs?: number, resetAfterMs?: number }} [o.backoff]
 */
export function supervise(o) {
  const log = o.log ?? ((line) => console.error(line))
  const resetAfterMs = o.backoff?.resetAfterMs ?? 60_000
  let child = null
  let stopping = false
  let failures = 0
  let restarts = 0
  let timer = null
  let exited = Promise.resolve()

  function start() {
    timer = null
    if (stopping) return
    const startedAt = Date.now()
    const c = spawn(o.command, o.args, { env: o.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] })
    child = c
    o.onStart?.(c)
    exited = new Promise((resolve) => {
      c.once('exit', (code, signal) => {
        resolve()
        if (stopping) return
        failures = Date.now() - startedAt >= resetAfterMs ? 1 : failures + 1
        const wait = restartDelayMs(failures, o.backoff)
        log(`[vigil] ${o.name} exited (code ${code}, signal ${signal}); restarting in ${wait} ms`)
        restarts++
        timer = setTimeout(start, wait)
      })
    })
  }
  start()

  return {
    name: o.name,
    /** The running process (a new one after each restart). */
    current: () => child,
    restarts: () => restarts,
    /** SIGTERM, SIGKILL after `graceMs`; no restart afterwards. */
    async stop(graceMs = 15_000) {
      stopping = true
      if (timer) clearTimeout(timer)
      const c = child
      if (!c || c.exitCode !== null || c.signalCode !== null) return
      const kill = setTimeout(() => c.kill('SIGKILL'), graceMs)
      c.kill('SIGTERM')
      await exited
      clearTimeout(kill)
    },
  }
}
