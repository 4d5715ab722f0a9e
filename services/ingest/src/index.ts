export * from './generator/index.js'
export * from './raw-record.js'
export * from './replay.js'
export { buildIngestApp, type IngestAppDeps } from './webhook.js'
