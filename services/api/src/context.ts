import type { BrandConfig } from '@vigil/config'
import type { Alert } from '@vigil/schema'
import type { ApiData, FeedbackRecord } from './data.js'
import type { LiveHub } from './live/hub.js'

/** What every route module receives: its dependencies, passed down from `buildApp`. */
export interface RouteContext {
  data: ApiData
  hub: LiveHub
  brands: BrandConfig[]
  /** Publishes a new alert version to every consumer (main: a Kafka produce on the alerts topic). */
  publishAlert: (alert: Alert) => Promise<void>
  /** Optional: forwards feedback beyond the store (main: the alerts.feedback topic for the detector). */
  feedbackOut?: (f: FeedbackRecord) => Promise<void>
  now: () => Date
}
