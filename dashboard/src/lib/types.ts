/**
 * The wall screen speaks the api's wire types. Type-only imports: nothing from the server side
 * reaches the browser bundle, and a renamed field breaks the dashboard's tests, not the screen.
 */

export type { BrandInfo as Brand } from '@vigil/api/public-types'
export type { Alert, AlertSignal, AlertStatus, Severity } from '@vigil/schema'
