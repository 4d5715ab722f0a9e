export * from './queries.js'
export { type CorrectionExportArgs, correctedMentions, correctedMinutes } from './sql.js'
