/**
 * Typed readers over an environment map. Services build their own small config from these
 * in `main`; tests pass a plain object instead of touching process.env.
 */
export type Env = Record<string, string | undefined>

export class ConfigError extends Error {
  readonly code = 'VIGIL_ERR_CONFIG'
}

export function envString(env: Env, name: string, dflt?: string): string {
  const v = env[name]
  if (v !== undefined && v !== '') return v
  if (dflt !== undefined) return dflt
  throw new ConfigError(`${name} is required`)
}

export function envOptional(env: Env, name: string): string | undefined {
  const v = env[name]
  return v === undefined || v === '' ? undefined : v
}

export function envInt(
  env: Env,
  name: string,
  dflt: number,
  min = Number.NEGATIVE_INFINITY,
  max = Number.POSITIVE_INFINITY,
): number {
  const v = env[name]
  if (v === undefined || v === '') return dflt
  const n = Number(v)
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be an integer in [${min}, ${max}], got "${v}"`)
  }
  return n
}

export function envNumber(env: Env, name: string, dflt: number): number {
  const v = env[name]
  if (v === undefined || v === '') return dflt
  const n = Number(v)
  if (!Number.isFinite(n)) throw new ConfigError(`${name} must be a number, got "${v}"`)
  return n
}

export function envBool(env: Env, name: string, dflt: boolean): boolean {
  const v = env[name]
  if (v === undefined || v === '') return dflt
  if (['1', 'true', 'yes'].includes(v.toLowerCase())) return true
  if (['0', 'false', 'no'].includes(v.toLowerCase())) return false
  throw new ConfigError(`${name} must be true or false, got "${v}"`)
}

export function envList(env: Env, name: string, dflt: string[]): string[] {
  const v = env[name]
  if (v === undefined || v === '') return dflt
  return v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
}
