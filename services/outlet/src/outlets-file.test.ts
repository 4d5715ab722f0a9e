import { describe, expect, it } from 'vitest'
import { loadOutlets, parseOutlets } from './outlets-file.js'

const SECRET = 'whsec-0123456789abcdef'

describe('outlets configuration', () => {
  it('two environment variables make one signed webhook for everything', () => {
    const [w] = loadOutlets({ ALERT_WEBHOOK_URL: 'http://127.0.0.1:9/hook', ALERT_WEBHOOK_SECRET: SECRET })
    expect(w).toMatchObject({
      name: 'webhook',
      kind: 'webhook',
      secret: SECRET,
      brands: ['*'],
      minSeverity: 'low',
    })
    expect(() => loadOutlets({ ALERT_WEBHOOK_URL: 'http://127.0.0.1:9/hook' })).toThrow(
      /ALERT_WEBHOOK_SECRET is required/,
    )
  })

  it('reads routing from the file, secrets from the environment', () => {
    const specs = parseOutlets(
      {
        outlets: [
          {
            name: 'comms',
            kind: 'slack',
            url: 'env:SLACK_URL',
            brands: ['own'],
            minSeverity: 'medium',
            quietHours: { from: '22:00', to: '07:00', timeZone: 'Europe/Amsterdam' },
            escalate: { afterMinutes: 15, to: 'oncall' },
            digest: { upTo: 'low', everyMinutes: 30 },
          },
          {
            name: 'oncall',
            kind: 'email',
            events: [],
            from: 'vigil@bank.example',
            to: ['oncall@bank.example'],
            smtp: { host: 'smtp.bank.example', user: 'env:SMTP_USER', pass: 'env:SMTP_PASS' },
          },
        ],
      },
      { SLACK_URL: 'https://hooks.slack.com/services/T/B/X', SMTP_USER: 'u', SMTP_PASS: 'p' },
    )
    expect(specs[0]).toMatchObject({
      url: 'https://hooks.slack.com/services/T/B/X',
      quietHours: { from: 22 * 60, to: 7 * 60, timeZone: 'Europe/Amsterdam' },
      escalate: { afterMinutes: 15, to: 'oncall' },
      digest: { upTo: 'low', everyMinutes: 30 },
    })
    expect(specs[1]!.smtp).toMatchObject({
      host: 'smtp.bank.example',
      port: 587,
      secure: false,
      requireTLS: true,
      user: 'u',
      pass: 'p',
    })
  })

  it('refuses a bad file with the outlet and field named, never the secret', () => {
    const bad: Array<[unknown, RegExp]> = [
      [{ outlets: [{ name: 'a', kind: 'pager' }] }, /outlet a: kind must be one of/],
      [{ outlets: [{ name: 'a', kind: 'slack', url: 'ftp://x' }] }, /outlet a.url must be http/],
      [
        {
          outlets: [
            { name: 'a', kind: 'slack', url: 'http://x', quietHours: { from: '25:00', to: '07:00' } },
          ],
        },
        /quietHours.from must be HH:MM/,
      ],
      [
        { outlets: [{ name: 'a', kind: 'slack', url: 'http://x', escalate: { afterMinutes: 5, to: 'b' } }] },
        /names no outlet/,
      ],
      [{ outlets: [{ name: 'a', kind: 'webhook', url: 'http://x', secret: 'env:NOPE' }] }, /NOPE is not set/],
      [{ outlets: [{ name: 'a', kind: 'webhook', url: 'http://x', secret: 'short-secret' }] }, /at least 16/],
    ]
    for (const [json, msg] of bad) expect(() => parseOutlets(json, {})).toThrow(msg)
    try {
      parseOutlets({ outlets: [{ name: 'a', kind: 'webhook', url: 'http://x', secret: 'short-secret' }] }, {})
    } catch (err) {
      expect((err as Error).message).not.toContain('short-secret')
    }
  })
})
