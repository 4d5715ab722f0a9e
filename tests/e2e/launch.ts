import { type ChildProcess, spawn } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { waitFor } from '../support/wait.js'

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url))

/** A free loopback port, so parallel runs and a running demo never collide. */
export async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const srv = createServer()
    srv.once('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address()
      const port = typeof addr === 'object' && addr ? addr.port : 0
      srv.close(() => resolve(port))
    })
  })
}

export interface Service {
  name: string
  child: ChildProcess
  log: string
}

/** Starts one service from its built `dist/main.js`, logging to test-output/<run>/<name>.log. */
export function startService(name: string, env: Record<string, string>, logDir: string): Service {
  const main = join(repoRoot, 'services', name, 'dist', 'main.js')
  if (!existsSync(main))
    throw new Error(`${main} is missing: run \`pnpm run build\` first (infra/local/test.sh does)`)
  mkdirSync(logDir, { recursive: true })
  const log = join(logDir, `${name}.log`)
  const out = createWriteStream(log)
  const child = spawn(process.execPath, [main], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.pipe(out)
  child.stderr?.pipe(out)
  return { name, child, log }
}

/** SIGTERM and wait for a clean exit: services must drain and commit, so the code must be 0. */
export async function stopService(s: Service, timeoutMs = 30_000): Promise<number | null> {
  if (s.child.exitCode !== null) return s.child.exitCode
  const exited = new Promise<number | null>((resolve) => s.child.once('exit', (code) => resolve(code)))
  s.child.kill('SIGTERM')
  const timer = setTimeout(() => s.child.kill('SIGKILL'), timeoutMs)
  const code = await exited
  clearTimeout(timer)
  return code
}

export async function waitHealthy(url: string, what: string, timeoutMs = 90_000): Promise<void> {
  await waitFor(
    async () => {
      const res = await fetch(url)
      return res.ok
    },
    { what, timeoutMs, intervalMs: 500 },
  )
}
