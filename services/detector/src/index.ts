export * from './config.js'
export * from './decode.js'
export * from './service.js'
export * from './state-store.js'
