import { describe, expect, it } from 'vitest'
import { render, slackBody, teamsBody, webhookBody } from './formats.js'
import { buildMessage } from './message.js'
import { alert } from './test-fixtures.js'

const samples = [
  {
    id: 'x:1',
    platform: 'x',
    author: '@angry_customer',
    followers: 12_000,
    text: 'Card ****-****-****-1234 blocked <again> & the app is down #NorthwindDown',
    url: 'https://x.com/a/1',
    createdAt: '2026-12-05T11:58:00.000Z',
  },
]
const msg = buildMessage(alert(), 'opened', 'k1', samples, 'http://127.0.0.1:8080')

describe('message formats', () => {
  it('the webhook body carries incident, signals observed vs expected, drivers, masked samples and the link', () => {
    const body = webhookBody({ kind: 'single', message: msg }) as Record<string, unknown>
    expect(body).toMatchObject({
      type: 'incident.opened',
      idempotencyKey: 'k1',
      incident: {
        id: alert().id,
        brand: 'northwind',
        brandName: 'Northwind Bank',
        severity: 'high',
        multiplier: 3.9,
      },
      drivers: { hashtags: ['#NorthwindDown'] },
      link: `http://127.0.0.1:8080/#/alerts/${encodeURIComponent(alert().id)}`,
    })
    expect(body.signals).toEqual([
      { name: 'negative@5m', observed: 223, expected: 56, multiplier: 3.9 },
      { name: 'hashtag:#NorthwindDown', observed: 51, expected: 0.1, multiplier: null },
    ])
    expect(JSON.stringify(body)).toContain('****-****-****-1234')
    const r = render('webhook', { kind: 'single', message: msg })
    expect(r).toMatchObject({
      transport: 'http',
      headers: { 'x-vigil-event': 'incident.opened', 'x-vigil-delivery': 'k1' },
    })
  })

  it('Slack: Block Kit with a fallback text, a header within 150 characters, escaped mrkdwn and a link button', () => {
    const s = slackBody({ kind: 'single', message: msg })
    expect(s.text).toContain('Northwind Bank')
    const types = s.blocks.map((b) => (b as { type: string }).type)
    expect(types).toEqual(['header', 'section', 'section', 'context', 'actions'])
    const header = s.blocks[0] as { text: { type: string; text: string } }
    expect(header.text.type).toBe('plain_text')
    expect(header.text.text.length).toBeLessThanOrEqual(150)
    const ctx = JSON.stringify(s.blocks[3])
    expect(ctx).toContain('&lt;again&gt; &amp; the app')
    const button = (s.blocks[4] as { elements: Array<{ type: string; url: string }> }).elements[0]!
    expect(button).toMatchObject({ type: 'button', url: msg.link })
    const fields = (s.blocks[2] as { fields: unknown[] }).fields
    expect(fields.length).toBeLessThanOrEqual(10)
  })

  it('Teams: a message with one Adaptive Card attachment and an open-url action', () => {
    const t = teamsBody({ kind: 'single', message: msg }) as {
      type: string
      attachments: Array<{
        contentType: string
        content: { type: string; version: string; body: unknown[]; actions: unknown[] }
      }>
    }
    expect(t.type).toBe('message')
    expect(t.attachments).toHaveLength(1)
    const card = t.attachments[0]!
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive')
    expect(card.content).toMatchObject({ type: 'AdaptiveCard', version: '1.4' })
    expect(card.content.body[0]).toMatchObject({ type: 'TextBlock', weight: 'Bolder' })
    expect(card.content.body.some((b) => (b as { type: string }).type === 'FactSet')).toBe(true)
    expect(card.content.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Open in Vigil', url: msg.link }])
  })

  it('e-mail: plain text and HTML, the HTML escaped and right-to-left text isolated', () => {
    const r = render('email', { kind: 'single', message: msg })
    if (r.transport !== 'smtp') throw new Error('expected smtp')
    expect(r.subject).toBe('[Vigil] New incident (high): Northwind Bank')
    expect(r.text).toContain('negative@5m: 223 vs 56 expected (3.9×)')
    expect(r.text).toContain(msg.link)
    expect(r.html).toContain('&lt;again&gt; &amp;')
    expect(r.html).not.toContain('<again>')
    expect(r.html).toContain('<bdi>')
  })

  it('a digest is one message listing every update of its period', () => {
    const second = buildMessage(
      alert({ id: 'crest-1', brand: 'crest', brandName: 'Crest Bank' }),
      'opened',
      'k2',
      [],
      'http://h/',
    )
    const p = {
      kind: 'digest' as const,
      key: 'digest:hook:2026-12-05T13:00:00.000Z',
      messages: [msg, second],
    }
    expect(webhookBody(p)).toMatchObject({
      type: 'incident.digest',
      incidents: [{ idempotencyKey: 'k1' }, { idempotencyKey: 'k2' }],
    })
    expect(slackBody(p).blocks).toHaveLength(3)
  })
  it('every outlet says how likely the incident is real, as the wall does, and says nothing when the detector gave no probability', () => {
    const withP = buildMessage(alert({ probability: 0.87 }), 'opened', 'k3', [], 'http://h/')
    expect(webhookBody({ kind: 'single', message: withP })).toMatchObject({ incident: { probability: 0.87 } })
    expect(JSON.stringify(slackBody({ kind: 'single', message: withP }).blocks)).toContain(
      'likely real · 87 %',
    )
    expect(JSON.stringify(teamsBody({ kind: 'single', message: withP }))).toContain('likely real · 87 %')
    const mail = render('email', { kind: 'single', message: withP })
    if (mail.transport !== 'smtp') throw new Error('expected smtp')
    expect(mail.text).toContain('Probability: likely real · 87 %')
    expect(mail.html).toContain('likely real · 87 %')
    // The fixture alert carries no probability: no line claims one.
    expect(webhookBody({ kind: 'single', message: msg })).toMatchObject({ incident: { probability: null } })
    expect(JSON.stringify(slackBody({ kind: 'single', message: msg }))).not.toContain('likely real')
  })
})
