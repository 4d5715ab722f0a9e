/**
 * Where data lives: from configuration, with a documented default, never from where a compiled
 * file happens to sit. Scripts that need the shared evaluation data call `requireDataDir`, which
 * stops them with a clear message (exit 2) instead of silently running on something else.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

/**
 * The shared data folder: `VIGIL_SHARED_DATA`, else `../shared/data` beside the repository
 * (`repoRoot`, the folder holding pnpm-workspace.yaml).
 */
export function sharedDataRoot(repoRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.VIGIL_SHARED_DATA ?? resolve(repoRoot, '../shared/data'))
}

/** The repository root: the nearest folder upwards from `from` holding pnpm-workspace.yaml. */
export function findRepoRoot(from: string): string {
  let dir = resolve(from)
  for (;;) {
    if (existsSync(resolve(dir, 'pnpm-workspace.yaml'))) return dir
    const up = resolve(dir, '..')
    if (up === dir) throw new Error(`no pnpm-workspace.yaml above ${from}`)
    dir = up
  }
}

/**
 * A data set a script cannot run without: `explicit` (a --data flag) if given, else
 * `<shared data root>/<name>`. When it is missing, prints what was looked for and how to point at
 * it, and exits with status 2.
 */
export function requireDataDir(
  name: string,
  /** `explicit`: the script's own setting, named in the message as `setting` (default `--data DIR`). */
  opts: { from: string; explicit?: string; setting?: string; env?: NodeJS.ProcessEnv },
): string {
  const dir = opts.explicit
    ? resolve(opts.explicit)
    : resolve(sharedDataRoot(findRepoRoot(opts.from), opts.env), name)
  if (!existsSync(dir)) {
    process.stderr.write(
      `error: the ${name} data set is not at ${dir}.\n` +
        `Point at it with ${opts.setting ?? '--data DIR'}, or set VIGIL_SHARED_DATA to the folder holding it ` +
        '(default: ../shared/data beside the repository).\n',
    )
    process.exit(2)
  }
  return dir
}
