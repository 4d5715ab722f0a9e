export * from './config.js'
export * from './feedback.js'
export * from './service.js'
export * from './state-store.js'
