export * from './archive.js'
export * from './keyring.js'
export * from './purge.js'
export * from './retention.js'
