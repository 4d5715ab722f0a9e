import type { BrandConfig } from '@vigil/config'
import type { AckRequest } from '@vigil/schema'
import type { ApiData, FeedbackRecord } from './data.js'
import type { LiveHub } from './live/hub.js'

/** What every route module receives: its dependencies, passed down from `buildApp`. */
export interface RouteContext {
  data: ApiData
  hub: LiveHub
  brands: BrandConfig[]
  /**
   * Asks the detector to acknowledge an alert (main: a Kafka produce on alerts.feedback); the
   * detector publishes the acknowledged version. Absent: acknowledging answers 503.
   */
  ackOut?: (request: AckRequest) => Promise<void>
  /** Optional: forwards feedback beyond the store (main: the alerts.feedback topic for the detector). */
  feedbackOut?: (f: FeedbackRecord) => Promise<void>
  now: () => Date
  /** The parts of this process not yet caught up with their input (e.g. the embedded sink joining its group). */
  catchingUp: () => string[]
}
