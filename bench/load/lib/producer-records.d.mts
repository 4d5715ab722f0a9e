/** Types for producer-records.mjs, so TypeScript tests can check the load producer's records. */
import type { RawMention } from './mentions.mjs'

export function mentionAt(tmpl: RawMention, id: string, iso: string): RawMention
export function templatePieces(tmpl: RawMention): string[]
export function joinPieces(pieces: readonly string[], id: string, iso: string): string
export function byteSplicer(pieces: readonly string[]): (id: string, isoJson: Buffer) => Buffer
export function quotedTime(iso: string): Buffer
