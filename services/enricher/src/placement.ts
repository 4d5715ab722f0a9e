import type { Kafka } from '@vigil/bus'
import type { Logger } from '@vigil/config'
import { brandPlacement, brandPlacementTable, type PlacedBrand } from '@vigil/schema'

/**
 * Brands balanced over the partitions `topic` has now (placement.ts in @vigil/schema): the
 * partition of each brand key, logged once so a deployment can be checked.
 */
export async function placeBrands(
  kafka: Kafka,
  topic: string,
  brands: readonly PlacedBrand[],
  logger: Logger,
): Promise<(key: string) => number> {
  const partitions = await partitionCount(kafka, topic)
  logger.info({
    event: 'enriched_placement',
    partitions,
    table: Object.fromEntries(brandPlacementTable(brands, partitions)),
  })
  return brandPlacement(brands, partitions)
}

async function partitionCount(kafka: Kafka, topic: string): Promise<number> {
  const admin = kafka.admin()
  await admin.connect()
  try {
    return (await admin.fetchTopicOffsets(topic)).length
  } finally {
    await admin.disconnect()
  }
}
