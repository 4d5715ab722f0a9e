import type { Alert } from '@vigil/schema'
import { type Admin, Kafka, logLevel } from 'kafkajs'
import WebSocket from 'ws'

/** Sum over partitions of (high watermark − the group's committed offset). */
export async function groupLag(admin: Admin, groupId: string, topic: string): Promise<number> {
  const [high, committed] = await Promise.all([
    admin.fetchTopicOffsets(topic),
    admin.fetchOffsets({ groupId, topics: [topic] }),
  ])
  const done = new Map(
    (committed[0]?.partitions ?? []).map((p) => [p.partition, Number(p.offset) < 0 ? 0 : Number(p.offset)]),
  )
  return high.reduce((lag, p) => lag + Number(p.high) - (done.get(p.partition) ?? 0), 0)
}

export interface TopicTap {
  records: Array<{ key: string | null; value: Buffer | null; headers: Record<string, string> }>
  stop(): Promise<void>
}

/** Reads a topic from the beginning into memory, as an independent observer group. */
export async function tapTopic(brokers: string[], topic: string, groupId: string): Promise<TopicTap> {
  const kafka = new Kafka({ brokers, clientId: 'e2e-tap', logLevel: logLevel.NOTHING })
  const consumer = kafka.consumer({ groupId })
  await consumer.connect()
  await consumer.subscribe({ topic, fromBeginning: true })
  const records: TopicTap['records'] = []
  await consumer.run({
    eachMessage: async ({ message }) => {
      const headers: Record<string, string> = {}
      for (const [k, v] of Object.entries(message.headers ?? {})) if (v !== undefined) headers[k] = String(v)
      records.push({ key: message.key?.toString() ?? null, value: message.value, headers })
    },
  })
  return { records, stop: () => consumer.disconnect() }
}

export interface LiveClient {
  alerts: Alert[]
  messages: number
  close(): void
}

/** A wall-screen client of the API's WebSocket feed, subscribed to alerts and metrics. */
export async function connectLive(url: string): Promise<LiveClient> {
  const ws = new WebSocket(url)
  const client: LiveClient = { alerts: [], messages: 0, close: () => ws.close() }
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve())
    ws.once('error', reject)
  })
  ws.on('message', (data) => {
    client.messages++
    const msg = JSON.parse(String(data)) as { type: string; channel?: string; data?: unknown }
    if (msg.type === 'alert') client.alerts.push(msg.data as Alert)
    if (msg.type === 'snapshot' && msg.channel === 'alerts' && Array.isArray(msg.data)) {
      client.alerts.push(...(msg.data as Alert[]))
    }
  })
  ws.send(JSON.stringify({ type: 'subscribe', channels: ['alerts', 'metrics'] }))
  return client
}
