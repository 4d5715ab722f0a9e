import { describe, expect, it } from 'vitest'
import { actionRecord, type CareAction, deriveState, EMPTY_STATE, refusal, timeline } from './state.js'

const at = (mm: string) => `2026-11-23T10:${mm}:00.000Z`
const a = (action: CareAction['action'], mm: string, more: Partial<CareAction> = {}): CareAction => ({
  action,
  actor: 'alice',
  assignee: '',
  note: '',
  at: at(mm),
  ...more,
})

describe('care state from the work log', () => {
  it('the latest writer of each field wins; notes do not undo a claim', () => {
    const log = [
      a('claim', '01', { assignee: 'alice' }),
      a('note', '02', { note: 'called back' }),
      a('assign', '03', { actor: 'lead', assignee: 'bob' }),
      a('hide_request', '04'),
      a('handle', '05', { actor: 'bob' }),
    ]
    expect(deriveState(log)).toEqual({
      assignee: 'bob',
      handled: true,
      handledBy: 'bob',
      handledAt: at('05'),
      hideRequested: true,
      notes: 1,
    })
    // Order of arrival does not matter, time does.
    expect(deriveState([...log].reverse())).toEqual(deriveState(log))
    expect(deriveState([...log, a('reopen', '06'), a('release', '07')])).toMatchObject({
      assignee: null,
      handled: false,
      handledBy: null,
      hideRequested: true,
    })
  })

  it('refuses actions that make no sense, saying why', () => {
    expect(refusal(EMPTY_STATE, { action: 'assign' }, 'alice')).toMatch(/name/)
    expect(refusal(EMPTY_STATE, { action: 'assign', assignee: 'bob' }, 'alice')).toBeNull()
    expect(refusal({ ...EMPTY_STATE, assignee: 'alice' }, { action: 'claim' }, 'alice')).toMatch(
      /already claimed/,
    )
    expect(refusal({ ...EMPTY_STATE, assignee: 'bob' }, { action: 'claim' }, 'alice')).toBeNull()
    expect(refusal(EMPTY_STATE, { action: 'release' }, 'alice')).toMatch(/nobody/)
    expect(refusal({ ...EMPTY_STATE, handled: true, handledBy: 'bob' }, { action: 'handle' }, 'a')).toMatch(
      /by bob/,
    )
    expect(refusal(EMPTY_STATE, { action: 'reopen' }, 'alice')).toMatch(/not handled/)
    expect(refusal(EMPTY_STATE, { action: 'note', note: '   ' }, 'alice')).toMatch(/text/)
    expect(refusal({ ...EMPTY_STATE, hideRequested: true }, { action: 'hide_request' }, 'a')).toMatch(
      /already/,
    )
  })

  it('a claim assigns the actor; the timeline puts post, actions and the bank’s reply in order', () => {
    expect(actionRecord({ action: 'claim' }, 'alice', at('01'))).toMatchObject({ assignee: 'alice' })
    expect(actionRecord({ action: 'note', note: ' hi ', assignee: 'x' }, 'alice', at('01'))).toMatchObject({
      assignee: '',
      note: 'hi',
    })
    const tl = timeline(
      { createdAt: at('00'), authorHandle: '@ann', firstReplyAt: at('03'), replyBy: '@NorthwindHelp' },
      [a('claim', '01', { assignee: 'alice' }), a('note', '05', { note: 'DM sent' })],
    )
    expect(tl.map((e) => [e.kind, e.who, e.text])).toEqual([
      ['posted', '@ann', 'posted'],
      ['claim', 'alice', 'claimed it'],
      ['answered', '@NorthwindHelp', 'replied (clock stopped)'],
      ['note', 'alice', 'DM sent'],
    ])
  })
})
