-- 005: an incident explains itself (its one multiplier, its trend, the bank's display name),
-- and every attempt to tell people of it (webhooks, Slack, Teams, e-mail) is kept.
ALTER TABLE {db}.alerts
    ADD COLUMN IF NOT EXISTS multiplier Nullable(Float64) AFTER headline,
    ADD COLUMN IF NOT EXISTS trend LowCardinality(String) AFTER multiplier,
    ADD COLUMN IF NOT EXISTS brand_name String AFTER trend;

-- One row per delivery attempt; a redelivered attempt record collapses on its key.
CREATE TABLE IF NOT EXISTS {db}.alert_deliveries
(
    alert_id String,
    alert_version UInt64,
    brand LowCardinality(String),
    outlet LowCardinality(String),
    kind LowCardinality(String),
    event LowCardinality(String),
    idempotency_key String,
    attempt UInt32,
    outcome LowCardinality(String),
    status UInt32,
    error String,
    duration_ms UInt32,
    at DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree
    ORDER BY (alert_id, idempotency_key, attempt);
