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
-- mention_stream  the sink's one insert per block (016, engine Null): its views write mentions
--                 and (rows marked archive) mention_events
-- alerts          alert versions (ReplacingMergeTree by version)
-- alert_feedback  was this alert real?
-- alert_acks      who acknowledged an incident, and when (one row per incident)
-- dead_letters    records a stage refused, kept raw
-- care_actions    the care inbox's work log: assign, claim, handled, hiding, notes (append-only)
-- label_corrections  analysts' corrections of a mention's sentiment / intent (008), with the
--                 views label_corrections_latest (labels in force) and
--                 mention_minute_corrections (their deltas to mention_minute)
-- mention_replies  replies by time (011), fed by mention_replies_mv: the care inbox's answers
-- voice_counted / voice_days  the author cap's verdict per first sighting x bank for settled
--                 days, and which days hold them (011; competitors over time)
-- review_events   the app stores' first sightings by time (014), fed by review_events_mv
-- voice_tag_day   per settled day, counted mentions per bank x tag (014; competitor drivers)
-- schema_migrations  (created by migrate) which migrations ran


-- Current state of every mention (latest version wins). Keyed by id alone, with no partition
-- key: ReplacingMergeTree only collapses rows within one partition, and an edit may carry a
-- different created_at than the original, so any time-based partition could keep both.
CREATE TABLE IF NOT EXISTS {db}.mentions
(
    id String CODEC(ZSTD(1)),
    platform LowCardinality(String),
    kind LowCardinality(String),
    url String CODEC(ZSTD(1)),
    author_id String CODEC(ZSTD(1)),
    author_handle String CODEC(ZSTD(1)),
    author_followers UInt64 CODEC(T64, ZSTD(1)),
    author_verified Bool,
    author_is_brand Bool,
    text String CODEC(ZSTD(1)),
    lang LowCardinality(String),
    brands Array(LowCardinality(String)),
    brand_via Array(String) CODEC(ZSTD(1)),
    -- What the post says of each brand, aligned with brands (003).
    brand_sentiment Array(LowCardinality(String)),
    brand_sentiment_score Array(Float32),
    sentiment LowCardinality(String),
    sentiment_score Float32,
    intent LowCardinality(String),
    intent_reasons Array(String),
    pii Array(LowCardinality(String)),
    hashtags Array(String) CODEC(ZSTD(1)),
    cashtags Array(String),
    handles Array(String),
    terms Array(String) CODEC(ZSTD(1)),
    markets Array(LowCardinality(String)),
    in_reply_to String CODEC(ZSTD(1)),
    conversation_id String CODEC(ZSTD(1)),
    likes UInt64 CODEC(T64, ZSTD(1)),
    shares UInt64 CODEC(T64, ZSTD(1)),
    replies UInt64 CODEC(T64, ZSTD(1)),
    views UInt64 CODEC(T64, ZSTD(1)),
    rating Nullable(UInt8),
    app_version String,
    created_at DateTime64(3, 'UTC') CODEC(Delta, ZSTD(1)),
    received_at DateTime64(3, 'UTC') CODEC(Delta, ZSTD(1)),
    enriched_at DateTime64(3, 'UTC') CODEC(Delta, ZSTD(1)),
    -- Which model versions labelled it (008).
    sentiment_model LowCardinality(String),
    intent_model LowCardinality(String),
    last_event LowCardinality(String),
    deleted UInt8,
    version UInt64 CODEC(Delta, ZSTD(1)),
    -- Skips granules outside a time window (007): ids grow with time on most platforms.
    INDEX idx_created_at created_at TYPE minmax GRANULARITY 1,
    -- The same rows ordered by time, for window reads without FINAL (007).
    PROJECTION p_recent (SELECT * ORDER BY created_at)
)
ENGINE = ReplacingMergeTree(version)
    ORDER BY id
    SETTINGS index_granularity = 8192, deduplicate_merge_projection_mode = 'rebuild', lightweight_mutation_projection_mode = 'rebuild', merge_selector_base = 8;

-- Evidence archive: every create / edit / delete exactly as first seen, never updated.
-- (id, event_key) identifies an event; the sink checks it before inserting, because the
-- per-minute materialized view below counts every row that lands here.
CREATE TABLE IF NOT EXISTS {db}.mention_events
(
    id String CODEC(ZSTD(1)),
    event LowCardinality(String),
    event_key String CODEC(ZSTD(1)),
    platform LowCardinality(String),
    kind LowCardinality(String),
    url String CODEC(ZSTD(1)),
    author_id String CODEC(ZSTD(1)),
    author_handle String CODEC(ZSTD(1)),
    author_followers UInt64 CODEC(T64, ZSTD(1)),
    author_verified Bool,
    author_is_brand Bool,
    text String CODEC(ZSTD(1)),
    lang LowCardinality(String),
    brands Array(LowCardinality(String)),
    brand_via Array(String) CODEC(ZSTD(1)),
    -- What the post says of each brand, aligned with brands (003).
    brand_sentiment Array(LowCardinality(String)),
    brand_sentiment_score Array(Float32),
    sentiment LowCardinality(String),
    sentiment_score Float32,
    intent LowCardinality(String),
    pii Array(LowCardinality(String)),
    hashtags Array(String) CODEC(ZSTD(1)),
    terms Array(String) CODEC(ZSTD(1)),
    likes UInt64 CODEC(T64, ZSTD(1)),
    shares UInt64 CODEC(T64, ZSTD(1)),
    replies UInt64 CODEC(T64, ZSTD(1)),
    views UInt64 CODEC(T64, ZSTD(1)),
    rating Nullable(UInt8),
    app_version String,
    in_reply_to String CODEC(ZSTD(1)),
    conversation_id String CODEC(ZSTD(1)),
    markets Array(LowCardinality(String)),
    created_at DateTime64(3, 'UTC') CODEC(Delta, ZSTD(1)),
    received_at DateTime64(3, 'UTC') CODEC(Delta, ZSTD(1)),
    enriched_at DateTime64(3, 'UTC') CODEC(Delta, ZSTD(1)),
    sentiment_model LowCardinality(String),
    intent_model LowCardinality(String),
    seen_at DateTime64(3, 'UTC') DEFAULT now64(3) CODEC(Delta, ZSTD(1)),
    -- The analysts' windows of first sightings, ordered by time (011, replacing 007's p_time);
    -- the text, url and handles stay out.
    PROJECTION p_archive
    (
        SELECT created_at, event, id, platform, lang, markets, brands, brand_sentiment, brand_sentiment_score,
               hashtags, terms, sentiment, sentiment_score, intent, author_id, author_handle, author_followers,
               author_is_brand, likes, shares, app_version, rating
        ORDER BY created_at
    )
)
ENGINE = MergeTree
    ORDER BY (id, event_key)
    -- Wider merges, fewer rewrites of each row (017), as on mentions.
    SETTINGS index_granularity = 8192, merge_selector_base = 8;

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

-- The sink's way in (016): one row per mention into a table that stores nothing (Null); its
-- two views write every row to mentions and the rows marked `archive` to mention_events (whose
-- own views then fire). Each mention is encoded and parsed once instead of twice.
CREATE TABLE IF NOT EXISTS {db}.mention_stream
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
    sentiment_model LowCardinality(String),
    intent_model LowCardinality(String),
    intent_reasons Array(String),
    cashtags Array(String),
    handles Array(String),
    event LowCardinality(String),
    event_key String,
    version UInt64,
    -- 1: archive this event (first copy); 0: a repeat, its state row only.
    archive UInt8
)
ENGINE = Null;

CREATE MATERIALIZED VIEW IF NOT EXISTS {db}.mention_stream_state_mv
TO {db}.mentions
AS
SELECT id, platform, kind, url, author_id, author_handle, author_followers, author_verified, author_is_brand,
       text, lang, brands, brand_via, brand_sentiment, brand_sentiment_score, sentiment, sentiment_score, intent,
       intent_reasons, pii, hashtags, cashtags, handles, terms, markets, in_reply_to, conversation_id, likes,
       shares, replies, views, rating, app_version, created_at, received_at, enriched_at, sentiment_model,
       intent_model, event AS last_event, toUInt8(event = 'delete') AS deleted, version
FROM {db}.mention_stream;

CREATE MATERIALIZED VIEW IF NOT EXISTS {db}.mention_stream_event_mv
TO {db}.mention_events
AS
SELECT id, event, event_key, platform, kind, url, author_id, author_handle, author_followers, author_verified,
       author_is_brand, text, lang, brands, brand_via, brand_sentiment, brand_sentiment_score, sentiment,
       sentiment_score, intent, pii, hashtags, terms, likes, shares, replies, views, rating, app_version,
       in_reply_to, conversation_id, markets, created_at, received_at, enriched_at, sentiment_model, intent_model
FROM {db}.mention_stream
WHERE archive = 1;

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

-- The care inbox's work log: one row per action, never updated; current state (assignee,
-- handled, hiding requested) is derived with argMaxIf per field. A retried insert of the same
-- action (same action_id) collapses.
CREATE TABLE IF NOT EXISTS {db}.care_actions
(
    mention_id String,
    action_id String,
    action LowCardinality(String),
    actor String,
    assignee String,
    note String,
    at DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree
    ORDER BY (mention_id, at, action_id);

-- Saved searches, per user (the token's name). A change or a removal is a new version.
CREATE TABLE IF NOT EXISTS {db}.saved_searches
(
    user String,
    id String,
    name String,
    params String,
    created_at DateTime64(3, 'UTC'),
    deleted UInt8,
    version UInt64
)
ENGINE = ReplacingMergeTree(version)
    ORDER BY (user, id);

-- The unmasked original of each mention event, and nowhere else: AES-256-GCM ciphertext of a
-- JSON {text, authorId, authorHandle, url}, bound to (id, event_key) as additional data so a
-- row cannot be swapped for another. `key_id` names the key; a re-encryption writes a newer
-- `version` of the same row, so reads never see a half-rotated archive.
CREATE TABLE IF NOT EXISTS {db}.evidence
(
    id String,
    event_key String,
    platform LowCardinality(String),
    author_is_brand Bool,
    key_id LowCardinality(String),
    iv String,
    tag String,
    ciphertext String,
    created_at DateTime64(3, 'UTC'),
    stored_at DateTime64(3, 'UTC'),
    version UInt64
)
ENGINE = ReplacingMergeTree(version)
    ORDER BY (id, event_key);

-- Every read of the evidence archive: who, when, which mention, why, and what came of it.
CREATE TABLE IF NOT EXISTS {db}.evidence_audit
(
    at DateTime64(3, 'UTC'),
    user String,
    role LowCardinality(String),
    mention_id String,
    reason String,
    outcome LowCardinality(String)
)
ENGINE = MergeTree
    ORDER BY (mention_id, at);

-- Posts whose text and author were purged because their platform's terms require it (X: a
-- deleted post). The per-minute counts keep them; counts derived from the text (terms,
-- hashtags) were revised, and readers say so.
CREATE TABLE IF NOT EXISTS {db}.purged_mentions
(
    id String,
    platform LowCardinality(String),
    created_at DateTime64(3, 'UTC'),
    purged_at DateTime64(3, 'UTC'),
    policy String
)
ENGINE = ReplacingMergeTree
    ORDER BY id;

-- Every correction as made. A correction may set the sentiment, the intent or both ('' = this
-- correction left that label alone); previous_* are the labels in force just before it (an
-- earlier correction's, else the model's). Keyed so that a retried insert collapses.
CREATE TABLE IF NOT EXISTS {db}.label_corrections
(
    mention_id String,
    correction_id String,
    brand LowCardinality(String),
    sentiment LowCardinality(String),
    intent LowCardinality(String),
    previous_sentiment LowCardinality(String),
    previous_intent LowCardinality(String),
    corrected_by String,
    corrected_role LowCardinality(String),
    note String,
    at DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree
    ORDER BY (mention_id, at, correction_id);

-- The labels in force per corrected mention: the latest correction that set each one. Corrections
-- are made by hand, so this stays small and is computed when read.
CREATE VIEW IF NOT EXISTS {db}.label_corrections_latest
AS
SELECT
    mention_id,
    argMaxIf(sentiment, (at, correction_id), sentiment != '') AS sentiment,
    argMaxIf(intent, (at, correction_id), intent != '') AS intent,
    max(at) AS corrected_at
FROM {db}.label_corrections FINAL
GROUP BY mention_id;

-- What the corrections change in the per-minute aggregates: for each corrected mention's first
-- sighting, per brand, the corrected count minus the count the model's label put in
-- mention_minute. Analytics add these rows to mention_minute's (signed, so Int64). A corrected
-- sentiment counts with score -1 / 0 / +1 (an analyst's label is certain); the same label as
-- the model's keeps the model's score.
CREATE VIEW IF NOT EXISTS {db}.mention_minute_corrections
AS
SELECT
    minute,
    brand,
    platform,
    lang,
    toInt64(0) AS volume,
    toInt64(new_stance = 'negative') - toInt64(stance = 'negative') AS negative,
    toInt64(new_stance = 'neutral') - toInt64(stance = 'neutral') AS neutral,
    toInt64(new_stance = 'positive') - toInt64(stance = 'positive') AS positive,
    toInt64(new_intent = 'complaint') - toInt64(old_intent = 'complaint') AS complaints,
    toInt64(new_intent = 'question') - toInt64(old_intent = 'question') AS questions,
    toInt64(0) AS pii_incidents,
    if(new_stance = stance, 0., multiIf(new_stance = 'positive', 1., new_stance = 'negative', -1., 0.) - stance_score) AS sentiment_sum,
    toInt64(0) AS reach
FROM
(
    SELECT
        e.minute AS minute,
        e.brand AS brand,
        e.platform AS platform,
        e.lang AS lang,
        e.stance AS stance,
        e.stance_score AS stance_score,
        if(c.sentiment != '', c.sentiment, e.stance) AS new_stance,
        e.intent AS old_intent,
        if(c.intent != '', c.intent, e.intent) AS new_intent
    FROM
    (
        SELECT
            toDateTime(toStartOfMinute(created_at), 'UTC') AS minute,
            id,
            platform,
            lang,
            intent,
            brand,
            stance,
            toFloat64(stance_score) AS stance_score
        FROM
        (
            SELECT id, created_at, platform, lang, intent, brands, brand_sentiment, brand_sentiment_score, sentiment, sentiment_score
            FROM {db}.mention_events
            WHERE event = 'create' AND id IN (SELECT mention_id FROM {db}.label_corrections)
            LIMIT 1 BY id
        )
        ARRAY JOIN
            brands AS brand,
            arrayMap(i -> if(i <= length(brand_sentiment), brand_sentiment[i], sentiment), arrayEnumerate(brands)) AS stance,
            arrayMap(i -> if(i <= length(brand_sentiment_score), brand_sentiment_score[i], sentiment_score), arrayEnumerate(brands)) AS stance_score
    ) AS e
    INNER JOIN {db}.label_corrections_latest AS c ON c.mention_id = e.id
);

-- Replies by time (011): the care inbox's first answers without scanning every mention.
CREATE TABLE IF NOT EXISTS {db}.mention_replies
(
    created_at DateTime64(3, 'UTC'),
    id String,
    reply_to String,
    platform LowCardinality(String),
    author_id String,
    author_handle String
)
ENGINE = MergeTree
    PARTITION BY toYYYYMM(created_at)
    ORDER BY (created_at, id);

CREATE MATERIALIZED VIEW IF NOT EXISTS {db}.mention_replies_mv
TO {db}.mention_replies
AS
SELECT created_at, id, in_reply_to AS reply_to, platform, author_id, author_handle
FROM {db}.mentions
WHERE in_reply_to != '';

-- The author cap's verdicts for settled days (011): competitors over time.
CREATE TABLE IF NOT EXISTS {db}.voice_counted
(
    cap LowCardinality(String),
    day Date,
    created_at DateTime64(3, 'UTC') CODEC(Delta, ZSTD(1)),
    id String CODEC(ZSTD(1)),
    brand LowCardinality(String),
    stance LowCardinality(String),
    intent LowCardinality(String),
    platform LowCardinality(String),
    lang LowCardinality(String),
    markets Array(LowCardinality(String)),
    hashtags Array(String) CODEC(ZSTD(1)),
    terms Array(String) CODEC(ZSTD(1)),
    is_voiced UInt8,
    is_flooded UInt8
)
ENGINE = MergeTree
    PARTITION BY toYYYYMM(day)
    ORDER BY (cap, created_at, brand, id)
    SETTINGS index_granularity = 8192, default_compression_codec = 'ZSTD(1)';

-- Per settled day the series' counts of those verdicts, by bank, platform, language and markets:
-- share of voice over a year reads ~10^5 rows here instead of 10^7 verdicts. Written with the
-- day's verdicts (and deleted with them when a day is redone); always read with sum().
CREATE TABLE IF NOT EXISTS {db}.voice_day
(
    cap LowCardinality(String),
    day Date,
    brand LowCardinality(String),
    platform LowCardinality(String),
    lang LowCardinality(String),
    markets Array(LowCardinality(String)),
    voiced UInt64,
    positive UInt64,
    negative UInt64,
    neutral UInt64,
    complaints UInt64,
    mentions UInt64,
    flooded UInt64
)
ENGINE = MergeTree
    PARTITION BY toYYYYMM(day)
    ORDER BY (cap, day, brand, platform, lang);

-- Which days hold verdicts, per cap, and when they were decided (a day is redone when events
-- of it or of its lookback arrive later; readers use stored days only when all are present).
CREATE TABLE IF NOT EXISTS {db}.voice_days
(
    cap LowCardinality(String),
    day Date,
    rows UInt64,
    decided_at DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree(decided_at)
    ORDER BY (cap, day);

-- The app stores' first sightings by time (014): the release views without the rest of the archive.
CREATE TABLE IF NOT EXISTS {db}.review_events
(
    created_at DateTime64(3, 'UTC'),
    id String,
    platform LowCardinality(String),
    app_version String,
    rating Nullable(UInt8),
    intent LowCardinality(String),
    sentiment LowCardinality(String),
    brands Array(LowCardinality(String)),
    brand_sentiment Array(LowCardinality(String)),
    author_is_brand Bool,
    terms Array(String)
)
ENGINE = MergeTree
    PARTITION BY toYYYYMM(created_at)
    ORDER BY (created_at, id);

CREATE MATERIALIZED VIEW IF NOT EXISTS {db}.review_events_mv
TO {db}.review_events
AS
SELECT created_at, id, platform, app_version, rating, intent, sentiment, brands, brand_sentiment, author_is_brand, terms
FROM {db}.mention_events
WHERE event = 'create' AND platform IN ('appstore', 'playstore');

-- Per settled day, counted mentions per bank x tag (014): competitor drivers; read with sum().
CREATE TABLE IF NOT EXISTS {db}.voice_tag_day
(
    cap LowCardinality(String),
    day Date,
    field LowCardinality(String),
    brand LowCardinality(String),
    platform LowCardinality(String),
    lang LowCardinality(String),
    markets Array(LowCardinality(String)),
    tag String,
    voiced UInt64
)
ENGINE = MergeTree
    PARTITION BY toYYYYMM(day)
    ORDER BY (cap, field, day, brand, tag);
