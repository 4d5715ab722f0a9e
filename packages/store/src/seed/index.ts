export * from './generator.js'
export * from './mix.js'
export * from './plan.js'
export * from './seed.js'
