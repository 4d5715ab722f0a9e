/**
 * The outcome of a pipeline step. A step never throws for bad input: it says what should
 * happen to the record, and one handler acts on it.
 */
export type StepResult<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'dlq'; reason: string; code: string }
  | { kind: 'drop'; reason: string }

export const ok = <T>(value: T): StepResult<T> => ({ kind: 'ok', value })
export const dlq = <T = never>(code: string, reason: string): StepResult<T> => ({ kind: 'dlq', code, reason })
export const drop = <T = never>(reason: string): StepResult<T> => ({ kind: 'drop', reason })
