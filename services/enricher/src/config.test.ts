import { describe, expect, it } from 'vitest'
import { enricherConfig } from './config.js'

describe('enricher config', () => {
  it('serves /metrics on 9101 unless told otherwise, and 0 turns it off', () => {
    expect(enricherConfig({}).metricsPort).toBe(9101)
    expect(enricherConfig({ ENRICHER_METRICS_PORT: '0' }).metricsPort).toBe(0)
  })

  it('consumes as group vigil-enricher unless ENRICHER_GROUP_ID names another', () => {
    expect(enricherConfig({}).groupId).toBe('vigil-enricher')
    expect(enricherConfig({ ENRICHER_GROUP_ID: 'run-7-enricher' }).groupId).toBe('run-7-enricher')
  })

  it('watches the models directory vigil-train publishes to, and refuses a bad check interval', () => {
    expect(enricherConfig({ VIGIL_MODELS_DIR: '/srv/vigil/models' }).modelsDir).toBe('/srv/vigil/models')
    expect(enricherConfig({ VIGIL_CACHE_DIR: '/tmp/c' }).modelsDir).toBe('/tmp/c/nlp/models')
    expect(enricherConfig({}).modelCheckMs).toBe(5000)
    expect(() => enricherConfig({ VIGIL_MODEL_RELOAD_MS: '-1' })).toThrow(/VIGIL_MODEL_RELOAD_MS/)
  })

  it('starts with the shipped intent model, the one named by VIGIL_INTENT_MODEL_PATH, or the rules only', () => {
    expect(enricherConfig({}).intentModelPath).toMatch(/models\/intent-shipped\.json$/)
    expect(enricherConfig({}).intentModelRequired).toBe(false)
    const named = enricherConfig({ VIGIL_INTENT_MODEL_PATH: '/srv/intent.json' })
    expect([named.intentModelPath, named.intentModelRequired]).toEqual(['/srv/intent.json', true])
    expect(enricherConfig({ VIGIL_INTENT_MODEL: 'rules' }).intentModelPath).toBeNull()
  })

  it('refuses a port out of range with the variable named', () => {
    expect(() => enricherConfig({ ENRICHER_METRICS_PORT: '70000' })).toThrow(/ENRICHER_METRICS_PORT/)
  })

  it('takes the shared settings (brokers, topic prefix) from the environment', () => {
    const cfg = enricherConfig({ KAFKA_BROKERS: 'a:1,b:2', VIGIL_TOPIC_PREFIX: 't.' })
    expect(cfg.common.kafkaBrokers).toEqual(['a:1', 'b:2'])
    expect(cfg.common.topicPrefix).toBe('t.')
    expect(cfg.common.kafkaClientId).toBe('vigil-enricher')
  })

  it('fetches mentions.raw in batches of 32 KiB or 100 ms by default; an operator can go back to fetching at once', () => {
    expect(enricherConfig({}).fetch).toEqual({
      minBytes: 32 * 1024,
      maxWaitTimeInMs: 100,
      maxBytesPerPartition: 1_048_576,
    })
    const atOnce = enricherConfig({ ENRICHER_FETCH_MIN_BYTES: '1', ENRICHER_FETCH_MAX_WAIT_MS: '1000' })
    expect(atOnce.fetch).toMatchObject({ minBytes: 1, maxWaitTimeInMs: 1000 })
    expect(() => enricherConfig({ ENRICHER_FETCH_MAX_WAIT_MS: '60000' })).toThrow(
      /ENRICHER_FETCH_MAX_WAIT_MS/,
    )
  })
})
