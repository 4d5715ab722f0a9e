import type { ChildProcess } from 'node:child_process'

export interface SuperviseOptions {
  name: string
  command: string
  args: string[]
  env?: NodeJS.ProcessEnv
  onStart?: (child: ChildProcess) => void
  log?: (line: string) => void
  backoff?: { initialMs?: number; maxMs?: number; resetAfterMs?: number }
}

export interface Supervised {
  name: string
  current(): ChildProcess | null
  restarts(): number
  stop(graceMs?: number): Promise<void>
}

export function restartDelayMs(failures: number, opts?: { initialMs?: number; maxMs?: number }): number
export function supervise(o: SuperviseOptions): Supervised
