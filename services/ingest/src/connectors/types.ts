import type { Mention } from '@vigil/schema'
import type { OwnAccounts } from './common/own-accounts.js'

/** Why one item of a payload did not become a mention. `item` says where it sat in the payload. */
export interface ItemIssue {
  item: string
  code: string
  reason: string
}

/**
 * What a connector makes of one payload: the mentions, the items that cannot be mentions
 * (`errors`: malformed, missing what a mention needs) and the items that are not meant to be
 * (`skipped`: likes, keep-alives, account-level events), each with its reason.
 */
export interface Normalised {
  mentions: Mention[]
  errors: ItemIssue[]
  skipped: ItemIssue[]
}

export interface NormaliseContext {
  /** Processing time stamped on every mention (ISO-8601 UTC); fixed in tests and replays. */
  receivedAt: string
  accounts: OwnAccounts
  /** The app a store payload belongs to (package name or App Store id), when the payload omits it. */
  appId?: string
  /** The store territory (alpha-2 or alpha-3) when the payload omits it. */
  territory?: string
}

/** The document a connector reads: parsed JSON, or the text of an XML feed. */
export type PayloadKind = 'json' | 'xml' | 'json-or-xml'

export interface Connector {
  format: string
  payload: PayloadKind
  normalise(doc: unknown, ctx: NormaliseContext): Normalised
}
