/**
 * The outcome of a pipeline step. A step never throws for bad input: it says what should
 * happen to the record, and one handler (packages/bus `createOutcomes`) acts on it.
 *  - ok: the value goes on;
 *  - dlq: the record is refused and written to the dead-letter topic with its code and reason;
 *  - drop: the record is not for this step (an alert version that is not an acknowledgement,
 *    a record a viewer cannot show); it is counted by code, never dead-lettered.
 */
export type StepResult<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'dlq'; reason: string; code: string }
  | { kind: 'drop'; reason: string; code: string }

export const ok = <T>(value: T): StepResult<T> => ({ kind: 'ok', value })
export const dlq = <T = never>(code: string, reason: string): StepResult<T> => ({ kind: 'dlq', code, reason })
/** `code` is a metric label: a short stable name, never a value from the record. */
export const drop = <T = never>(reason: string, code = 'VIGIL_DROP_NOT_FOR_STAGE'): StepResult<T> => ({
  kind: 'drop',
  code,
  reason,
})
