/**
 * One incident message laid out for each outlet: the signed webhook's JSON, Slack's Block Kit
 * (incoming webhook), Teams' Adaptive Card (incoming webhook / Workflows) and an e-mail in plain
 * text and HTML. A digest is several messages in one. Pure.
 */
import { type IncidentMessage, probabilityText, titleOf } from './message.js'
import type { OutletKind } from './outlets-file.js'

export type Rendered =
  | { transport: 'http'; body: string; headers: Record<string, string> }
  | { transport: 'smtp'; subject: string; text: string; html: string; headers: Record<string, string> }

/** A single update, or a digest of several (low-severity incidents of one period). */
export type Payload =
  | { kind: 'single'; message: IncidentMessage }
  | { kind: 'digest'; key: string; messages: IncidentMessage[] }

export function render(kind: OutletKind, p: Payload): Rendered {
  if (kind === 'webhook')
    return json(webhookBody(p), { 'x-vigil-event': eventName(p), 'x-vigil-delivery': keyOfPayload(p) })
  if (kind === 'slack') return json(slackBody(p))
  if (kind === 'teams') return json(teamsBody(p))
  return email(p)
}

const json = (body: unknown, headers: Record<string, string> = {}): Rendered => ({
  transport: 'http',
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json', ...headers },
})

export const keyOfPayload = (p: Payload): string => (p.kind === 'single' ? p.message.idempotencyKey : p.key)
const eventName = (p: Payload): string =>
  p.kind === 'single' ? `incident.${p.message.event}` : 'incident.digest'

export function webhookBody(p: Payload): unknown {
  if (p.kind === 'single') return { type: eventName(p), ...p.message }
  return { type: 'incident.digest', idempotencyKey: p.key, incidents: p.messages }
}

function signalText(m: IncidentMessage): string[] {
  return m.signals
    .filter((s) => s.multiplier !== null)
    .slice(0, 4)
    .map(
      (s) => `${s.name}: ${Math.round(s.observed)} vs ${Math.round(s.expected)} expected (${s.multiplier}×)`,
    )
}

function driversText(m: IncidentMessage): string {
  const d = m.drivers
  return [...d.hashtags.slice(0, 3), ...d.platforms.slice(0, 2), ...d.languages.slice(0, 2)].join(', ')
}

/** Slack mrkdwn treats &, < and > as control characters. */
const slackEscape = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`)

function slackIncident(m: IncidentMessage): unknown[] {
  const blocks: unknown[] = [
    { type: 'header', text: { type: 'plain_text', text: clip(titleOf(m), 150), emoji: false } },
    { type: 'section', text: { type: 'mrkdwn', text: clip(`*${slackEscape(m.incident.headline)}*`, 3000) } },
  ]
  const fields = [
    `*Severity*\n${m.incident.severity}`,
    `*Status*\n${m.incident.status}${m.incident.trend ? `, ${m.incident.trend}` : ''}`,
    ...(probabilityText(m) ? [`*Probability*\n${probabilityText(m)}`] : []),
    ...signalText(m).map((t) => `*Signal*\n${slackEscape(t)}`),
  ].slice(0, 10)
  blocks.push({ type: 'section', fields: fields.map((text) => ({ type: 'mrkdwn', text: clip(text, 2000) })) })
  for (const s of m.samples) {
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: clip(`${s.platform} · ${slackEscape(s.author)}: ${slackEscape(s.text)}`, 3000),
        },
      ],
    })
  }
  blocks.push({
    type: 'actions',
    elements: [
      {
        type: 'button',
        text: { type: 'plain_text', text: 'Open in Vigil' },
        url: m.link,
        action_id: 'open-incident',
        // The delivery key: a receiver (or a Slack app) can tell a repeat.
        value: m.idempotencyKey,
      },
    ],
  })
  return blocks
}

export function slackBody(p: Payload): { text: string; blocks: unknown[] } {
  if (p.kind === 'single') {
    // `text` is the notification's and screen readers' version of the blocks.
    return { text: `${titleOf(p.message)}: ${p.message.incident.headline}`, blocks: slackIncident(p.message) }
  }
  const blocks: unknown[] = [
    {
      type: 'header',
      text: { type: 'plain_text', text: `Vigil digest: ${p.messages.length} low-severity updates` },
    },
  ]
  for (const m of p.messages.slice(0, 20)) {
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: clip(`*${m.event}* ${slackEscape(m.incident.headline)} <${m.link}|open>`, 3000),
      },
    })
  }
  return { text: `Vigil digest: ${p.messages.length} updates`, blocks }
}

function teamsIncident(m: IncidentMessage): unknown[] {
  const body: unknown[] = [
    { type: 'TextBlock', text: titleOf(m), weight: 'Bolder', size: 'Large', wrap: true },
    { type: 'TextBlock', text: m.incident.headline, wrap: true },
    {
      type: 'FactSet',
      facts: [
        { title: 'Severity', value: m.incident.severity },
        { title: 'Status', value: `${m.incident.status}${m.incident.trend ? `, ${m.incident.trend}` : ''}` },
        ...(probabilityText(m) ? [{ title: 'Probability', value: probabilityText(m) }] : []),
        ...signalText(m).map((t) => ({ title: 'Signal', value: t })),
        ...(driversText(m) ? [{ title: 'Drivers', value: driversText(m) }] : []),
      ],
    },
  ]
  for (const s of m.samples) {
    body.push({
      type: 'TextBlock',
      text: `${s.platform} · ${s.author}: ${s.text}`,
      wrap: true,
      isSubtle: true,
      spacing: 'Small',
    })
  }
  return body
}

/** The Teams webhook's message: one Adaptive Card attachment. */
export function teamsBody(p: Payload): unknown {
  const single = p.kind === 'single'
  const body = single
    ? teamsIncident(p.message)
    : [
        {
          type: 'TextBlock',
          text: `Vigil digest: ${p.messages.length} low-severity updates`,
          weight: 'Bolder',
          size: 'Large',
        },
        ...p.messages
          .slice(0, 20)
          .map((m) => ({ type: 'TextBlock', text: `${m.event}: ${m.incident.headline}`, wrap: true })),
      ]
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body,
          ...(single
            ? { actions: [{ type: 'Action.OpenUrl', title: 'Open in Vigil', url: p.message.link }] }
            : {}),
        },
      },
    ],
  }
}

const htmlEscape = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')

function emailText(m: IncidentMessage): string {
  const lines = [
    m.incident.headline,
    '',
    `Severity: ${m.incident.severity}   Status: ${m.incident.status}${m.incident.trend ? ` (${m.incident.trend})` : ''}`,
    ...(probabilityText(m) ? [`Probability: ${probabilityText(m)}`] : []),
    ...signalText(m).map((t) => `Signal: ${t}`),
  ]
  if (driversText(m)) lines.push(`Drivers: ${driversText(m)}`)
  if (m.samples.length > 0)
    lines.push(
      '',
      'Sample posts (masked):',
      ...m.samples.map((s) => `- ${s.platform} ${s.author}: ${s.text}`),
    )
  lines.push('', `Open in Vigil: ${m.link}`, `Incident ${m.incident.id}, version ${m.incident.version}`)
  return lines.join('\n')
}

function emailHtml(m: IncidentMessage): string {
  const li = (xs: string[]) => xs.map((x) => `<li>${htmlEscape(x)}</li>`).join('')
  const probability = probabilityText(m)
  return [
    `<h2>${htmlEscape(titleOf(m))}</h2>`,
    `<p><strong>${htmlEscape(m.incident.headline)}</strong></p>`,
    `<p>Severity: ${htmlEscape(m.incident.severity)} · Status: ${htmlEscape(m.incident.status)}${m.incident.trend ? ` (${htmlEscape(m.incident.trend)})` : ''}${probability ? ` · ${htmlEscape(probability)}` : ''}</p>`,
    `<ul>${li(signalText(m))}</ul>`,
    m.samples.length > 0
      ? `<h3>Sample posts (masked)</h3><ul>${m.samples.map((s) => `<li><bdi>${htmlEscape(s.author)}</bdi> on ${htmlEscape(s.platform)}: <bdi>${htmlEscape(s.text)}</bdi></li>`).join('')}</ul>`
      : '',
    `<p><a href="${htmlEscape(m.link)}">Open in Vigil</a></p>`,
  ].join('\n')
}

function email(p: Payload): Rendered {
  if (p.kind === 'single') {
    const m = p.message
    return {
      transport: 'smtp',
      headers: { 'X-Vigil-Delivery': keyOfPayload(p), 'X-Vigil-Event': eventName(p) },
      subject: `[Vigil] ${titleOf(m)}`,
      text: emailText(m),
      html: emailHtml(m),
    }
  }
  const subject = `[Vigil] Digest: ${p.messages.length} low-severity updates`
  return {
    transport: 'smtp',
    headers: { 'X-Vigil-Delivery': keyOfPayload(p), 'X-Vigil-Event': eventName(p) },
    subject,
    text: p.messages.map((m) => `${m.event}: ${m.incident.headline}\n${m.link}`).join('\n\n'),
    html: `<ul>${p.messages.map((m) => `<li>${htmlEscape(m.event)}: <a href="${htmlEscape(m.link)}">${htmlEscape(m.incident.headline)}</a></li>`).join('')}</ul>`,
  }
}
