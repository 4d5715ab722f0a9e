/**
 * Poll until `fn` returns a value that is neither `undefined` nor `false`, or fail at the deadline
 * with a message naming what was awaited and the last error seen. Tests wait on observable
 * outcomes this way instead of sleeping a fixed time.
 */
export interface WaitOptions {
  timeoutMs?: number
  intervalMs?: number
  /** Finishes the sentence "timed out waiting for …". */
  what: string
}

export async function waitFor<T>(
  fn: () => T | undefined | false | Promise<T | undefined | false>,
  opts: WaitOptions,
): Promise<T> {
  const timeoutMs = opts.timeoutMs ?? 30_000
  const intervalMs = opts.intervalMs ?? 100
  const deadline = Date.now() + timeoutMs
  let lastError: unknown
  for (;;) {
    try {
      const v = await fn()
      if (v !== undefined && v !== false) return v
      lastError = undefined
    } catch (err) {
      lastError = err
    }
    if (Date.now() >= deadline) {
      const cause = lastError instanceof Error ? `; last error: ${lastError.message}` : ''
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${opts.what}${cause}`, {
        cause: lastError,
      })
    }
    await new Promise((r) => setTimeout(r, intervalMs))
  }
}
