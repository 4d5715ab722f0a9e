import { type Static, type TLiteral, type TSchema, type TUnion, Type } from '@sinclair/typebox'
import { ISO_TIME_PATTERN, LIMITS } from './limits.js'

/** The platforms Vigil listens to. `news` and `forum` cover the open web. */
export const PLATFORMS = [
  'x',
  'facebook',
  'instagram',
  'tiktok',
  'youtube',
  'reddit',
  'appstore',
  'playstore',
  'news',
  'forum',
] as const
export type Platform = (typeof PLATFORMS)[number]

export const MENTION_KINDS = ['post', 'comment', 'reply', 'review', 'dm'] as const
export type MentionKind = (typeof MENTION_KINDS)[number]

/** What happened to a mention: first seen, edited later, or deleted by its author. */
export const MENTION_EVENTS = ['create', 'edit', 'delete'] as const
export type MentionEvent = (typeof MENTION_EVENTS)[number]

/** A string that is one of `values`: a union of literals (JSON Schema `anyOf` of `const`s). */
export const OneOf = <T extends string>(values: readonly T[], options: { description?: string } = {}) =>
  Type.Union(
    values.map((v) => Type.Literal(v)),
    options,
  ) as unknown as TUnion<TLiteral<T>[]>

export const IsoTime = (description?: string) =>
  Type.String({ pattern: ISO_TIME_PATTERN, maxLength: 40, ...(description ? { description } : {}) })
export const Count = () => Type.Number({ minimum: 0 })
export const Text = (maxLength: number, description?: string) =>
  Type.String({ maxLength, ...(description ? { description } : {}) })
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()])
export const List = (maxItems: number = LIMITS.listItems, itemChars: number = LIMITS.itemChars) =>
  Type.Array(Type.String({ maxLength: itemChars }), { maxItems })

export const AuthorSchema = Type.Object({
  id: Text(LIMITS.idChars),
  handle: Text(LIMITS.idChars),
  followers: Count(),
  verified: Type.Boolean(),
  isBrandAccount: Type.Boolean({
    description: "True for the bank's own care/brand accounts: their replies answer complaints.",
  }),
})
export type Author = Static<typeof AuthorSchema>

export const EngagementSchema = Type.Object({
  likes: Count(),
  shares: Count(),
  replies: Count(),
  views: Count(),
})
export type Engagement = Static<typeof EngagementSchema>

/** The fields of a Mention; EnrichedMention extends them. */
export const mentionFields = {
  id: Type.String({ maxLength: LIMITS.idChars, pattern: '^[a-z]+:[^\\s]{1,200}$' }),
  event: OneOf(MENTION_EVENTS),
  platform: OneOf(PLATFORMS),
  kind: OneOf(MENTION_KINDS),
  url: Text(LIMITS.urlChars),
  author: AuthorSchema,
  text: Text(LIMITS.textChars),
  createdAt: IsoTime('Event time: when the author posted it (ISO-8601 UTC).'),
  receivedAt: IsoTime('Processing time: when Vigil first received it (ISO-8601 UTC).'),
  inReplyTo: Nullable(Text(LIMITS.idChars)),
  conversationId: Nullable(Text(LIMITS.idChars)),
  engagement: EngagementSchema,
  rating: Type.Union([Type.Number({ minimum: 1, maximum: 5 }), Type.Null()], {
    description: '1..5 for app-store reviews.',
  }),
  appVersion: Nullable(Text(LIMITS.appVersionChars)),
  lang: Nullable(Text(LIMITS.langChars)),
  territory: Type.Optional(
    Nullable(
      Type.String({
        pattern: '^[A-Z]{2}$',
        description:
          'App-store territory (ISO 3166-1 alpha-2, upper case) a review was written in, if known.',
      }),
    ),
  ),
}

/**
 * A raw mention as a connector sees it. `id` is stable (`platform:nativeId`) so that a
 * redelivery or replay is recognised downstream. Edits and deletes carry the id of the
 * mention they change, with `event` saying which.
 */
export const MentionSchema = Type.Object(mentionFields, { $id: 'Mention' })
export type Mention = Static<typeof MentionSchema>
