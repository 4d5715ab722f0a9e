import { type Env, envInt, envList, envOptional } from '@vigil/config'
import { type BusinessHours, parseBusinessHours } from './business-hours.js'

/** The care inbox's settings (environment): all optional. */
export interface CareConfig {
  /** CARE_BUSINESS_HOURS, e.g. `Mon-Fri 09:00-17:00 Europe/London`; unset: the SLA clock always runs. */
  businessHours: BusinessHours | null
  /** CARE_PEOPLE: names an item may be assigned to (the operators' token names are added). */
  people: string[]
  /** CARE_WINDOW_HOURS: how far back the inbox reaches (default 14 days). */
  windowHours: number
}

export const DEFAULT_CARE_CONFIG: CareConfig = { businessHours: null, people: [], windowHours: 24 * 14 }

export function careConfig(env: Env): CareConfig {
  const hours = envOptional(env, 'CARE_BUSINESS_HOURS')
  return {
    businessHours: hours === undefined ? null : parseBusinessHours(hours),
    people: envList(env, 'CARE_PEOPLE', []),
    windowHours: envInt(env, 'CARE_WINDOW_HOURS', 24 * 14, 1, 24 * 90),
  }
}
