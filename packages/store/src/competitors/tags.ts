/** Tag arrays a driver analysis may rank, normalised: lower case, hashtags without '#'. */
export const DRIVER_FIELDS = {
  terms: 'arrayDistinct(terms)',
  hashtags: "arrayDistinct(arrayMap(x -> lower(replaceRegexpOne(x, '^#', '')), hashtags))",
} as const
export type DriverField = keyof typeof DRIVER_FIELDS
