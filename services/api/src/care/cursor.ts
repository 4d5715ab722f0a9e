/**
 * Opaque page cursors: the (created_at, id) of the last row shown, base64url JSON. Opaque so
 * clients do not build them; checked on the way back in, so a bad one is a 400, not a 500.
 */
export interface Cursor {
  createdAt: string
  id: string
}

export const encodeCursor = (c: Cursor): string =>
  Buffer.from(JSON.stringify([c.createdAt, c.id]), 'utf8').toString('base64url')

export function decodeCursor(s: string): Cursor | null {
  try {
    const v = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as unknown
    if (!Array.isArray(v) || v.length !== 2) return null
    const [createdAt, id] = v as unknown[]
    if (typeof createdAt !== 'string' || typeof id !== 'string' || id === '') return null
    if (Number.isNaN(Date.parse(createdAt))) return null
    return { createdAt, id }
  } catch {
    return null
  }
}
