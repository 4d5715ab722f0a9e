export * from './intent.js'
export * from './registry.js'
export * from './watcher.js'
