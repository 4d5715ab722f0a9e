import { randomUUID } from 'node:crypto'
import { mayAct } from '@vigil/config'
import { maskPii } from '@vigil/nlp'
import {
  type LabelCorrection,
  type LabelCorrectionRequest,
  LabelCorrectionRequestSchema,
  LabelCorrectionSchema,
} from '@vigil/schema'
import type { FastifyInstance } from 'fastify'
import type { RouteContext } from '../context.js'
import type { CorrectionsData } from '../corrections-data.js'
import { errorBody } from '../errors.js'
import { errors } from '../schemas.js'

const mentionParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 256 } },
} as const

const correctionRoute = {
  summary:
    "Correct a mention's sentiment and/or intent (operator). The latest correction of each label wins in " +
    'the summary, series, breakdowns, explorer and care inbox, and vigil-train learns from it',
  params: mentionParams,
  body: { $ref: 'LabelCorrectionRequest#' },
  response: {
    201: {
      type: 'object',
      properties: {
        correction: { $ref: 'LabelCorrection#' },
        labels: {
          type: 'object',
          description: 'The labels in force after this correction',
          properties: { sentiment: { type: 'string' }, intent: { type: 'string' } },
        },
      },
    },
    ...errors,
  },
} as const

const correctionsRoute = {
  summary: "A mention's label corrections, oldest first",
  params: mentionParams,
  response: {
    200: {
      type: 'object',
      properties: {
        mentionId: { type: 'string' },
        mayCorrect: { type: 'boolean', description: 'Whether the asking token may correct (operator)' },
        corrections: { type: 'array', items: { $ref: 'LabelCorrection#' } },
      },
    },
    ...errors,
  },
} as const

/**
 * Analysts teach the model: POST a correction (the auth hook lets only operators write), GET
 * the history. Who corrected is the token's name and role, never a name the body claims.
 */
export function registerCorrectionRoutes(
  app: FastifyInstance,
  ctx: RouteContext,
  data: CorrectionsData,
): void {
  app.addSchema(LabelCorrectionRequestSchema)
  app.addSchema(LabelCorrectionSchema)

  app.post<{ Params: { id: string }; Body: LabelCorrectionRequest }>(
    '/api/mentions/:id/correction',
    { schema: correctionRoute },
    async (req, reply) => {
      const { sentiment, intent, note } = req.body
      if (sentiment === undefined && intent === undefined) {
        return reply
          .code(400)
          .send(errorBody('VIGIL_ERR_BAD_REQUEST', 'a correction needs a sentiment, an intent or both'))
      }
      const labels = await data.labels(req.params.id)
      if (labels === null)
        return reply.code(404).send(errorBody('VIGIL_ERR_MENTION_NOT_FOUND', req.params.id))
      const correction: LabelCorrection = {
        id: randomUUID(),
        mentionId: labels.id,
        brand: labels.brands[0] ?? '',
        ...(sentiment !== undefined ? { sentiment } : {}),
        ...(intent !== undefined ? { intent } : {}),
        previous: { sentiment: labels.sentiment, intent: labels.intent },
        by: req.principal.name,
        role: req.principal.role,
        // An analyst may paste the customer's words: the note is masked before it is stored.
        note: note === undefined ? '' : maskPii(note).text,
        at: ctx.now().toISOString(),
      }
      await data.insert(correction)
      req.log.info({
        event: 'api_label_corrected',
        mentionId: correction.mentionId,
        sentiment: correction.sentiment,
        intent: correction.intent,
        by: correction.by,
      })
      return reply.code(201).send({
        correction,
        labels: { sentiment: sentiment ?? labels.sentiment, intent: intent ?? labels.intent },
      })
    },
  )

  app.get<{ Params: { id: string } }>(
    '/api/mentions/:id/corrections',
    { schema: correctionsRoute },
    async (req, reply) => {
      const corrections = await data.list(req.params.id)
      if (corrections.length === 0 && (await data.labels(req.params.id)) === null) {
        return reply.code(404).send(errorBody('VIGIL_ERR_MENTION_NOT_FOUND', req.params.id))
      }
      return { mentionId: req.params.id, mayCorrect: mayAct(req.principal), corrections }
    },
  )
}
