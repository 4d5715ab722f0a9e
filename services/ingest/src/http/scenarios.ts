import type { FastifyInstance } from 'fastify'
import { errorBody } from '../errors.js'
import type { MentionGenerator, ScenarioKind } from '../generator/index.js'
import { SCENARIO_KINDS, ScenarioError } from '../generator/index.js'

/** Demo scenarios: start one live (`POST /v1/scenarios`), list them (`GET /v1/scenarios`). */
export function scenarioRoutes(generator: MentionGenerator | undefined) {
  return async (app: FastifyInstance): Promise<void> => {
    app.post<{ Body: { kind?: string; brand?: string; durationMinutes?: number; intensity?: number } }>(
      '/v1/scenarios',
      async (req, reply) => {
        const gen = generator
        if (!gen) return reply.code(409).send(errorBody('VIGIL_ERR_NO_GENERATOR'))
        const kind = (req.body?.kind ?? 'outage') as ScenarioKind
        if (!SCENARIO_KINDS.includes(kind)) {
          return reply
            .code(400)
            .send(errorBody('VIGIL_ERR_SCENARIO', `kind must be one of ${SCENARIO_KINDS.join(', ')}`))
        }
        try {
          const s = gen.addScenario({
            kind,
            brand: req.body?.brand ?? null,
            onsetMs: gen.now,
            durationMs: (req.body?.durationMinutes ?? 15) * 60_000,
            ...(req.body?.intensity !== undefined ? { intensity: req.body.intensity } : {}),
          })
          return reply.code(201).send(s)
        } catch (err) {
          if (err instanceof ScenarioError)
            return reply.code(400).send({ code: err.code, message: err.message })
          throw err
        }
      },
    )

    app.get('/v1/scenarios', async () => generator?.groundTruth() ?? [])
  }
}
