-- Vigil ClickHouse schema: the CURRENT STATE, for reading. Tables are created by the numbered
-- migrations in migrations/ (run by `migrate(store)`); when a migration changes the schema,
-- update this file to match. A unit test (src/schema.test.ts) builds a database from each and
-- fails if they differ. `{db}` stands for the database name (default `vigil`).
--
-- mentions        current state of each mention (ReplacingMergeTree: latest version wins)
-- mention_events  evidence archive: every create / edit / delete as first seen (append-only)
-- mention_minute  per-minute aggregates by brand x platform x language (SummingMergeTree),
--                 fed by mention_minute_mv from mention_events
-- mention_hour    the same per hour (007), fed by mention_hour_mv
-- alerts          alert versions (ReplacingMergeTree by version)
-- alert_feedback  was this alert real?
-- alert_acks      who acknowledged an incident, and when (one row per incident)
-- dead_letters    records a stage refused, kept raw
-- schema_migrations  (created by migrate) which migrations ran


-- Current state of every mention (latest version wins). Keyed by id alone, with no partition
-- key: ReplacingMergeTree only collapses rows within one partition, and an edit may carry a
-- different created_at than the original, so any time-based partition could keep both.
CREATE TABLE IF NOT EXISTS {db}.mentions
(
    id String,
    platform LowCardinality(String),
    kind LowCardinality(String),
    url String,
    author_id String,
    author_handle String,
    author_followers UInt64,
    author_verified Bool,
    author_is_brand Bool,
    text String,
    lang LowCardinality(String),
    brands Array(LowCardinality(String)),
    brand_via Array(String),
    -- What the post says of each brand, aligned with brands (003).
    brand_sentiment Array(LowCardinality(String)),
    brand_sentiment_score Array(Float32),
    sentiment LowCardinality(String),
    sentiment_score Float32,
    intent LowCardinality(String),
    intent_reasons Array(String),
    pii Array(LowCardinality(String)),
    hashtags Array(String),
    cashtags Array(String),
    handles Array(String),
    terms Array(String),
    markets Array(LowCardinality(String)),
    in_reply_to String,
    conversation_id String,
    likes UInt64,
    shares UInt64,
    replies UInt64,
    views UInt64,
    rating Nullable(UInt8),
    app_version String,
    created_at DateTime64(3, 'UTC'),
    received_at DateTime64(3, 'UTC'),
    enriched_at DateTime64(3, 'UTC'),
    last_event LowCardinality(String),
    deleted UInt8,
    version UInt64,
    -- Skips granules outside a time window (007): ids grow with time on most platforms.
    INDEX idx_created_at created_at TYPE minmax GRANULARITY 1,
    -- The same rows ordered by time, for window reads without FINAL (007).
    PROJECTION p_recent (SELECT * ORDER BY created_at)
)
ENGINE = ReplacingMergeTree(version)
    ORDER BY id
    SETTINGS index_granularity = 8192, deduplicate_merge_projection_mode = 'rebuild', lightweight_mutation_projection_mode = 'rebuild';

-- Evidence archive: every create / edit / delete exactly as first seen, never updated.
-- (id, event_key) identifies an event; the sink checks it before inserting, because the
-- per-minute materialized view below counts every row that lands here.
CREATE TABLE IF NOT EXISTS {db}.mention_events
(
    id String,
    event LowCardinality(String),
    event_key String,
    platform LowCardinality(String),
    kind LowCardinality(String),
    url String,
    author_id String,
    author_handle String,
    author_followers UInt64,
    author_verified Bool,
    author_is_brand Bool,
    text String,
    lang LowCardinality(String),
    brands Array(LowCardinality(String)),
    brand_via Array(String),
    -- What the post says of each brand, aligned with brands (003).
    brand_sentiment Array(LowCardinality(String)),
    brand_sentiment_score Array(Float32),
    sentiment LowCardinality(String),
    sentiment_score Float32,
    intent LowCardinality(String),
    pii Array(LowCardinality(String)),
    hashtags Array(String),
    terms Array(String),
    likes UInt64,
    shares UInt64,
    replies UInt64,
    views UInt64,
    rating Nullable(UInt8),
    app_version String,
    in_reply_to String,
    conversation_id String,
    markets Array(LowCardinality(String)),
    created_at DateTime64(3, 'UTC'),
    received_at DateTime64(3, 'UTC'),
    enriched_at DateTime64(3, 'UTC'),
    seen_at DateTime64(3, 'UTC') DEFAULT now64(3),
    -- The analysts' windows of first sightings, ordered by time (007); the text stays out.
    PROJECTION p_time
    (
        SELECT created_at, event, brands, hashtags, terms, sentiment, sentiment_score, intent, author_id,
               author_handle, author_followers, author_is_brand, likes, shares, app_version, rating
        ORDER BY created_at
    )
)
ENGINE = MergeTree
    ORDER BY (id, event_key);

-- Per-minute aggregates by brand x platform x language. Summed on merge, so readers must
-- still sum() … GROUP BY: rows for one key exist several times until a merge runs.
CREATE TABLE IF NOT EXISTS {db}.mention_minute
(
    minute DateTime('UTC'),
    brand LowCardinality(String),
    platform LowCardinality(String),
    lang LowCardinality(String),
    volume UInt64,
    negative UInt64,
    neutral UInt64,
    positive UInt64,
    complaints UInt64,
    questions UInt64,
    pii_incidents UInt64,
    sentiment_sum Float64,
    reach UInt64
)
ENGINE = SummingMergeTree
    PARTITION BY toYYYYMM(minute)
    ORDER BY (brand, minute, platform, lang);

-- Only first sightings count: an edit or a deletion does not change what was said in that
-- minute (the archive keeps both). One row per matched brand, counted by what the post says
-- of that brand (rows from before 003 have no stances: the post's sentiment stands).
CREATE MATERIALIZED VIEW IF NOT EXISTS {db}.mention_minute_mv
TO {db}.mention_minute
AS
SELECT
    toStartOfMinute(created_at) AS minute,
    brand,
    platform,
    lang,
    count() AS volume,
    countIf(stance = 'negative') AS negative,
    countIf(stance = 'neutral') AS neutral,
    countIf(stance = 'positive') AS positive,
    countIf(intent = 'complaint') AS complaints,
    countIf(intent = 'question') AS questions,
    countIf(length(pii) > 0) AS pii_incidents,
    sum(toFloat64(stance_score)) AS sentiment_sum,
    sum(author_followers) AS reach
FROM {db}.mention_events
ARRAY JOIN
    brands AS brand,
    arrayMap(i -> if(i <= length(brand_sentiment), brand_sentiment[i], sentiment), arrayEnumerate(brands)) AS stance,
    arrayMap(i -> if(i <= length(brand_sentiment_score), brand_sentiment_score[i], sentiment_score), arrayEnumerate(brands)) AS stance_score
WHERE event = 'create'
GROUP BY minute, brand, platform, lang;

-- Per-hour aggregates (007): the same counts as mention_minute in hour buckets, so long
-- windows read whole hours here and only their ragged ends from mention_minute.
CREATE TABLE IF NOT EXISTS {db}.mention_hour
(
    hour DateTime('UTC'),
    brand LowCardinality(String),
    platform LowCardinality(String),
    lang LowCardinality(String),
    volume UInt64,
    negative UInt64,
    neutral UInt64,
    positive UInt64,
    complaints UInt64,
    questions UInt64,
    pii_incidents UInt64,
    sentiment_sum Float64,
    reach UInt64
)
ENGINE = SummingMergeTree
    PARTITION BY toYYYYMM(hour)
    ORDER BY (brand, hour, platform, lang);

CREATE MATERIALIZED VIEW IF NOT EXISTS {db}.mention_hour_mv
TO {db}.mention_hour
AS
SELECT
    toStartOfHour(created_at) AS hour,
    brand,
    platform,
    lang,
    count() AS volume,
    countIf(stance = 'negative') AS negative,
    countIf(stance = 'neutral') AS neutral,
    countIf(stance = 'positive') AS positive,
    countIf(intent = 'complaint') AS complaints,
    countIf(intent = 'question') AS questions,
    countIf(length(pii) > 0) AS pii_incidents,
    sum(toFloat64(stance_score)) AS sentiment_sum,
    sum(author_followers) AS reach
FROM {db}.mention_events
ARRAY JOIN
    brands AS brand,
    arrayMap(i -> if(i <= length(brand_sentiment), brand_sentiment[i], sentiment), arrayEnumerate(brands)) AS stance,
    arrayMap(i -> if(i <= length(brand_sentiment_score), brand_sentiment_score[i], sentiment_score), arrayEnumerate(brands)) AS stance_score
WHERE event = 'create'
GROUP BY hour, brand, platform, lang;

-- Alerts: every update is a new version of the same id; FINAL or argMax reads the latest.
CREATE TABLE IF NOT EXISTS {db}.alerts
(
    id String,
    version UInt64,
    brand LowCardinality(String),
    status LowCardinality(String),
    severity LowCardinality(String),
    score Float64,
    confidence Float64,
    signal_names Array(String),
    signal_observed Array(Float64),
    signal_expected Array(Float64),
    signal_scores Array(Float64),
    driver_hashtags Array(String),
    driver_terms Array(String),
    driver_platforms Array(String),
    driver_languages Array(String),
    sector_wide Bool,
    headline String,
    multiplier Nullable(Float64),
    trend LowCardinality(String),
    brand_name String,
    probability Nullable(Float64),
    opened_at DateTime64(3, 'UTC'),
    updated_at DateTime64(3, 'UTC'),
    resolved_at Nullable(DateTime64(3, 'UTC')),
    sample_mention_ids Array(String)
)
ENGINE = ReplacingMergeTree(version)
    ORDER BY id;

-- Every attempt to tell people of an alert (outlet stage, via the deliveries topic).
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

-- Was this alert real? Answers from the care and comms teams tune the detector.
CREATE TABLE IF NOT EXISTS {db}.alert_feedback
(
    alert_id String,
    real Bool,
    note String,
    user String,
    at DateTime64(3, 'UTC')
)
ENGINE = MergeTree
    ORDER BY (alert_id, at);

-- Who acknowledged an incident, and when. The acknowledging alert version carries it, but the
-- detector's later versions do not and the alerts table keeps only the newest; the api writes it here.
CREATE TABLE IF NOT EXISTS {db}.alert_acks
(
    alert_id String,
    acked_by String,
    acked_at DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree
    ORDER BY alert_id;

-- Records some stage could not process, kept raw for inspection and replay. `dedup_key` is
-- the source record's position and the stage that refused it (or, for a record written to the
-- DLQ without provenance, its own DLQ position), so a redelivered or re-dead-lettered record
-- collapses to one row on merge / FINAL.
CREATE TABLE IF NOT EXISTS {db}.dead_letters
(
    dedup_key String,
    stage LowCardinality(String),
    code LowCardinality(String),
    reason String,
    source_topic String,
    source_partition Int32,
    source_offset String,
    dlq_topic String,
    dlq_partition Int32,
    dlq_offset String,
    key String,
    value String,
    value_encoding LowCardinality(String),
    at DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree
    ORDER BY dedup_key;
