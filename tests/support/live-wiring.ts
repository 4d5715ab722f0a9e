/**
 * The api's live wiring as startApi does it, over a test's broker and store: the detector's
 * topics feed the hub (startLiveFeed, open alerts loaded from the store at start), and a
 * stand-in for the detector answers each acknowledgement request with the acknowledged version
 * (ack-responder.ts), which comes back to the hub.
 */
import { type LiveHub, startLiveFeed, storeData } from '@vigil/api'
import type { Logger } from '@vigil/config'
import { startAckResponder } from './ack-responder.js'
import type { BusStore } from './bus-store.js'

/** Stops the responder, then the feed. */
export async function startLiveWiring(
  bus: BusStore,
  o: { hub: LiveHub; logger: Logger; registry: Parameters<typeof startLiveFeed>[0]['registry'] },
): Promise<{ stop(): Promise<void> }> {
  const { kafka, topics, producer, store } = bus
  const feed = await startLiveFeed({
    kafka,
    topics,
    hub: o.hub,
    data: storeData(store),
    logger: o.logger,
    registry: o.registry,
  })
  let responder: Awaited<ReturnType<typeof startAckResponder>>
  try {
    responder = await startAckResponder({
      kafka,
      topics,
      logger: o.logger,
      publish: (a) => producer.sendJson(topics.alerts, a.brand, a),
      latest: (id) => o.hub.alert(id),
    })
  } catch (err) {
    await feed.stop()
    throw err
  }
  return {
    async stop() {
      try {
        await responder.stop()
      } finally {
        await feed.stop()
      }
    },
  }
}
