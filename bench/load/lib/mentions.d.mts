/** Types for mentions.mjs, so TypeScript tests (tests/faults) can use the generator. */
export type RawMention = { id: string; platform: string; createdAt: string; event?: string } & Record<
  string,
  unknown
>
export function rawStream(count: number, slice?: number, seed?: number): Generator<RawMention[]>
export function enrichedStream(count: number, slice?: number, seed?: number): Generator<RawMention[]>
