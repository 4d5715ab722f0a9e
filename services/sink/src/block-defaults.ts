/**
 * How large the sink's mention blocks grow before they are written: a block goes to ClickHouse
 * when it holds `DEFAULT_BLOCK_ROWS` rows or its oldest rows are `DEFAULT_LINGER_MS` old.
 * Four seconds and 40,000 rows since load7s (two seconds and 20,000 before): each insert costs
 * chDB a fixed ~50–80 ms of CPU whatever its size, and every part it makes is merged again
 * later, so half as many inserts cost less per mention at every rate up to 10,000/s (README,
 * "Four seconds' blocks"). A lone mention reaches the store up to ~4 s after it arrives; the
 * wall's live figures come from the detector and do not wait for the store.
 */
export const DEFAULT_BLOCK_ROWS = 40_000
export const DEFAULT_LINGER_MS = 4_000
