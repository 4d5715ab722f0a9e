export * from './config.js'
export * from './launch.js'
