export * from './registry.js'
export * from './watcher.js'
