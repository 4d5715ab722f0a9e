import { appStoreConnect } from './app-store-connect/normalise.js'
import { atom, rss } from './feeds/normalise.js'
import { generic } from './generic/normalise.js'
import { googlePlay } from './google-play/normalise.js'
import { itunesRss } from './itunes-rss/normalise.js'
import { metaWebhook } from './meta/normalise.js'
import { reddit } from './reddit/normalise.js'
import type { Connector } from './types.js'
import { xCompliance } from './x/compliance.js'
import { xV2 } from './x/normalise.js'
import { youtube } from './youtube/normalise.js'

export const CONNECTORS = {
  'x-v2': xV2,
  'x-compliance': xCompliance,
  'meta-webhook': metaWebhook,
  'google-play': googlePlay,
  'app-store-connect': appStoreConnect,
  'itunes-rss': itunesRss,
  rss,
  atom,
  youtube,
  reddit,
  generic,
} as const satisfies Record<string, Connector>

export type Format = keyof typeof CONNECTORS
export const FORMATS = Object.keys(CONNECTORS) as Format[]
export const isFormat = (s: string): s is Format => Object.hasOwn(CONNECTORS, s)
