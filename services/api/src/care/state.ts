/**
 * What the care work log means. The store derives the same state in SQL for lists and counts
 * (packages/store care/sql-care.ts, argMaxIf per field); this is the rule in one readable
 * place, used for one item's detail and for refusing actions that make no sense.
 */
export const CARE_ACTION_KINDS = [
  'assign',
  'claim',
  'release',
  'handle',
  'reopen',
  'hide_request',
  'note',
] as const
export type CareActionKind = (typeof CARE_ACTION_KINDS)[number]

export interface CareAction {
  action: CareActionKind
  actor: string
  /** assign / claim: who owns it now. */
  assignee: string
  note: string
  at: string
}

export interface CareState {
  assignee: string | null
  handled: boolean
  handledBy: string | null
  handledAt: string | null
  hideRequested: boolean
  notes: number
}

export const EMPTY_STATE: CareState = {
  assignee: null,
  handled: false,
  handledBy: null,
  handledAt: null,
  hideRequested: false,
  notes: 0,
}

/** The log in time order; equal times keep the order given (the store sorts by at, action id). */
export function deriveState(log: readonly CareAction[]): CareState {
  const s: CareState = { ...EMPTY_STATE }
  for (const a of [...log].sort((x, y) => Date.parse(x.at) - Date.parse(y.at))) {
    switch (a.action) {
      case 'assign':
      case 'claim':
        s.assignee = a.assignee
        break
      case 'release':
        s.assignee = null
        break
      case 'handle':
        s.handled = true
        s.handledBy = a.actor
        s.handledAt = a.at
        break
      case 'reopen':
        s.handled = false
        s.handledBy = null
        s.handledAt = null
        break
      case 'hide_request':
        s.hideRequested = true
        break
      case 'note':
        s.notes += 1
        break
    }
  }
  return s
}

export interface ActionRequest {
  action: CareActionKind
  assignee?: string
  note?: string
}

/** Why an action cannot be taken on an item in this state; null when it can. */
export function refusal(state: CareState, req: ActionRequest, actor: string): string | null {
  switch (req.action) {
    case 'assign':
      if (!req.assignee?.trim()) return 'assign needs the name of the person'
      if (state.assignee === req.assignee.trim()) return `already assigned to ${state.assignee}`
      return null
    case 'claim':
      return state.assignee === actor ? `already claimed by ${actor}` : null
    case 'release':
      return state.assignee === null ? 'nobody is assigned' : null
    case 'handle':
      return state.handled ? `already handled by ${state.handledBy ?? 'someone'}` : null
    case 'reopen':
      return state.handled ? null : 'not handled'
    case 'hide_request':
      return state.hideRequested ? 'hiding already requested' : null
    case 'note':
      return req.note?.trim() ? null : 'a note needs text'
  }
}

/** The row the log stores for a request by `actor` (claim assigns the actor). */
export function actionRecord(req: ActionRequest, actor: string, at: string): CareAction {
  return {
    action: req.action,
    actor,
    assignee: req.action === 'claim' ? actor : req.action === 'assign' ? (req.assignee ?? '').trim() : '',
    note: (req.note ?? '').trim(),
    at,
  }
}

export interface TimelineEntry {
  at: string
  kind: 'posted' | 'answered' | CareActionKind
  who: string
  text: string
}

const SAYS: Record<CareActionKind, (a: CareAction) => string> = {
  assign: (a) => `assigned to ${a.assignee}`,
  claim: () => 'claimed it',
  release: () => 'released it',
  handle: () => 'marked it handled',
  reopen: () => 'reopened it',
  hide_request: (a) => `requested hiding${a.note ? `: ${a.note}` : ''}`,
  note: (a) => a.note,
}

/** Posted, every action and the bank's first reply, in time order: what the item shows. */
export function timeline(
  item: { createdAt: string; authorHandle: string; firstReplyAt: string | null; replyBy: string | null },
  log: readonly CareAction[],
): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    { at: item.createdAt, kind: 'posted', who: item.authorHandle, text: 'posted' },
  ]
  for (const a of log) entries.push({ at: a.at, kind: a.action, who: a.actor, text: SAYS[a.action](a) })
  if (item.firstReplyAt !== null) {
    entries.push({
      at: item.firstReplyAt,
      kind: 'answered',
      who: item.replyBy ?? '',
      text: 'replied (clock stopped)',
    })
  }
  return entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
}
