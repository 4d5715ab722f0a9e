/** Schemas of the care inbox's routes: requests validated, responses serialised, all in /openapi.json. */
import { PLATFORMS } from '@vigil/schema'
import { BRAND_ID_PATTERN, num, str, strList } from '../schemas.js'
import { CARE_VIEWS } from './scope.js'
import { CARE_ACTION_KINDS } from './state.js'

const bool = { type: 'boolean' } as const
const nullableStr = { type: ['string', 'null'] } as const
const nullableNum = { type: ['number', 'null'] } as const
const ref = { $ref: 'Error#' } as const
const readErrors = { 400: ref, 401: ref, 404: ref, 503: ref } as const
const brand = { type: 'string', pattern: BRAND_ID_PATTERN } as const
/** How far back: up to 90 days; the default is the configured inbox window. */
const hours = { type: 'integer', minimum: 1, maximum: 24 * 90 } as const

const sla = {
  type: 'object',
  properties: {
    state: { type: 'string', enum: ['on-time', 'due', 'breached', 'answered', 'handled'] },
    dueAt: str,
    breachAt: str,
    waitedMinutes: num,
    firstResponseMinutes: nullableNum,
    paused: bool,
    label: str,
  },
} as const

const item = {
  type: 'object',
  properties: {
    id: str,
    platform: str,
    kind: str,
    url: str,
    authorHandle: str,
    authorFollowers: num,
    text: str,
    lang: str,
    intent: str,
    sentiment: str,
    brands: strList,
    pii: strList,
    createdAt: str,
    answered: bool,
    firstReplyAt: nullableStr,
    replyBy: nullableStr,
    assignee: nullableStr,
    handled: bool,
    handledBy: nullableStr,
    handledAt: nullableStr,
    hideRequested: bool,
    notes: num,
    sla,
  },
} as const

const timeline = {
  type: 'array',
  items: { type: 'object', properties: { at: str, kind: str, who: str, text: str } },
} as const

const detail = { type: 'object', properties: { item, timeline } } as const

export const careInboxRoute = {
  summary:
    'Care inbox: one page of a tab (own bank, competitors, trolls) with its real backlog count and an SLA clock per item',
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: {
      view: { type: 'string', enum: [...CARE_VIEWS], default: 'own' },
      status: { type: 'string', enum: ['open', 'closed', 'all'], default: 'open' },
      brand,
      platform: { type: 'string', enum: [...PLATFORMS] },
      assignee: { type: 'string', minLength: 1, maxLength: 64 },
      cursor: { type: 'string', minLength: 1, maxLength: 512 },
      limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
      hours,
    },
  },
  response: {
    200: {
      type: 'object',
      properties: {
        view: str,
        status: str,
        now: str,
        from: str,
        backlog: {
          type: 'object',
          properties: { open: num, pastDue: num, breached: num, withPii: num, answered: num },
        },
        tabs: { type: 'object', properties: { own: num, competitors: num, trolls: num } },
        items: { type: 'array', items: item },
        nextCursor: nullableStr,
        sla: {
          type: 'object',
          properties: { targetMinutes: num, limitMinutes: num, businessHours: nullableStr },
        },
      },
    },
    ...readErrors,
  },
} as const

const idParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 512 } },
} as const

export const careItemRoute = {
  summary:
    'One care item with its state and timeline (posted, every action with who and when, the bank’s reply)',
  params: idParams,
  response: { 200: detail, ...readErrors },
} as const

export const careActionRoute = {
  summary:
    'Act on a care item (operator token): assign, claim, release, handle, reopen, request hiding, add a note; recorded with who and when',
  params: idParams,
  body: {
    type: 'object',
    required: ['action'],
    additionalProperties: false,
    properties: {
      action: { type: 'string', enum: [...CARE_ACTION_KINDS] },
      assignee: { type: 'string', minLength: 1, maxLength: 64 },
      note: { type: 'string', maxLength: 2000 },
    },
  },
  response: { 201: detail, ...readErrors, 403: ref, 409: ref },
} as const

const metric = {
  type: 'object',
  properties: {
    key: str,
    asked: num,
    answered: num,
    responseRate: num,
    medianMinutes: nullableNum,
    p90Minutes: nullableNum,
    within30: num,
    within60: num,
    handledUnanswered: num,
  },
} as const

export const careMetricsRoute = {
  summary:
    'Care performance: response rate, first-response median and p90 (wall-clock minutes), within 30 / 60, overall, per platform and per ISO week',
  querystring: {
    type: 'object',
    additionalProperties: false,
    properties: {
      view: { type: 'string', enum: ['own', 'competitors'], default: 'own' },
      brand,
      hours: { ...hours, default: 24 * 28 },
    },
  },
  response: {
    200: {
      type: 'object',
      properties: {
        view: str,
        from: str,
        to: str,
        overall: metric,
        byPlatform: { type: 'array', items: metric },
        byWeek: { type: 'array', items: metric },
      },
    },
    ...readErrors,
  },
} as const

export const carePeopleRoute = {
  summary: 'Whom care items may be assigned to, who is asking, and whether they may act',
  response: {
    200: { type: 'object', properties: { people: strList, me: str, mayAct: bool } },
    ...readErrors,
  },
} as const
