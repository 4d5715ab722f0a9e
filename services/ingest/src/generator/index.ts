export * from './generate.js'
export * from './rng.js'
export * from './scenarios.js'
export { type GenLang, LANGS } from './templates.js'
