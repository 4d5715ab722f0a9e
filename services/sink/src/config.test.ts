import { ConfigError } from '@vigil/config'
import { describe, expect, it } from 'vitest'
import { sinkConfig, sinkOptionsFrom } from './config.js'

describe('sinkConfig', () => {
  it('has working defaults and reads overrides', () => {
    expect(sinkConfig({})).toMatchObject({
      groupId: 'vigil-sink',
      batchMaxRecords: 40_000,
      concurrency: 16,
      metricsPort: undefined,
      fetchMinBytes: 512 * 1024,
      fetchWaitMs: 250,
      minBlockRows: 40_000,
      lingerMs: 4_000,
    })
    const c = sinkConfig({
      SINK_GROUP_ID: 'g2',
      SINK_BATCH_MAX_RECORDS: '200',
      SINK_METRICS_PORT: '9464',
      SINK_FETCH_WAIT_MS: '0',
      SINK_LINGER_MS: '0',
      CLICKHOUSE_URL: 'http://ch:8123',
    })
    expect(c).toMatchObject({
      groupId: 'g2',
      batchMaxRecords: 200,
      metricsPort: 9464,
      fetchWaitMs: 0,
      lingerMs: 0,
      clickhouseUrl: 'http://ch:8123',
    })
  })

  it('refuses a block too large to hold in memory and a port that is not a number', () => {
    expect(() => sinkConfig({ SINK_BATCH_MAX_RECORDS: '500000' })).toThrow(ConfigError)
    expect(() => sinkConfig({ SINK_METRICS_PORT: 'http' })).toThrow(ConfigError)
  })

  it('hands the block, linger, group and deletion settings to the sink as configured', () => {
    const opts = sinkOptionsFrom(
      sinkConfig({
        SINK_GROUP_ID: 'g3',
        SINK_MIN_BLOCK_ROWS: '50',
        SINK_LINGER_MS: '20',
        DELETION_POLICY: 'reddit:purge',
      }),
    )
    expect(opts.groupId).toBe('g3')
    expect(opts.batch).toMatchObject({ minRows: 50, lingerMs: 20, maxRecords: 40_000 })
    expect(opts.deletionPolicy).toMatchObject({ reddit: 'purge' })
  })
})
