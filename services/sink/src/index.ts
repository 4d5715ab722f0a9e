export * from './batch.js'
export * from './config.js'
export * from './metrics.js'
export * from './sink.js'
