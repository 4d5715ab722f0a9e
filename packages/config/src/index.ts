export * from './brands.js'
export * from './common.js'
export * from './env.js'
export * from './log.js'
