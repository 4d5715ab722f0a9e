export * from './service.js'
export * from './step.js'
