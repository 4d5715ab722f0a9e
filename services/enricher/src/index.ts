export * from './config.js'
export * from './models.js'
export * from './service.js'
export * from './step.js'
