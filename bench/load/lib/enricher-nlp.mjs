/**
 * The enricher's NLP wired as services/enricher/src/main.ts wires it (config from the
 * environment, the model reloader, the brands), from one build's modules, so that every bench
 * that measures a stage of it measures the same enricher. Returns the brands and the enricher.
 *
 * @param {{ enr: any, config: any, nlp: any }} build the build's services/enricher, packages/config and packages/nlp modules
 * @param {string} name the logger's name
 */
export async function wireEnricherNlp({ enr, config, nlp }, name) {
  const cfg = enr.enricherConfig(process.env)
  const models = enr.createModelReloader({
    sentiment: nlp.sentimentModelConfig(process.env),
    intent: { path: cfg.intentModelPath, required: cfg.intentModelRequired },
    modelsDir: cfg.modelsDir,
    intervalMs: 3_600_000,
    logger: config.createLogger(name, 'warn'),
  })
  const brands = config.loadBrands(cfg.common.brandsPath)
  const enricher = await nlp.loadEnricher({
    brands,
    sentimentScorer: models.scorer,
    intentModel: models.intent,
  })
  return { brands, nlp: enricher }
}
