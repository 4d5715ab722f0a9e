export * from './compile.js'
export * from './queries.js'
export * from './query.js'
export * from './sql.js'
