-- 016: each mention written once. The sink used to insert every block twice, its state rows into
-- `mentions` and its events into `mention_events`: two blocks of the same ~35 columns (the text
-- among them) to encode, parse and squash. Now it inserts one block into `mention_stream`, which
-- stores nothing (engine Null); two views hand the parsed block on: every row to `mentions` (a
-- repeat collapses there, as before) and the rows marked `archive` to `mention_events` (each
-- event once; the sink decides, as before, from its window and the store). Their own views
-- (the per-minute and per-hour aggregates, review_events, mention_replies) fire as they did.
-- Nothing renamed, no column changed, no row moved: an existing store keeps every row, and
-- anything inserting into the two tables directly (seeds, tests) works as before.
-- A column added later to `mentions` or `mention_events` that the sink writes is added here too.
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
