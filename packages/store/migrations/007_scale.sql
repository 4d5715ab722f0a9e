-- 007: the store at bank scale (10-100 million mentions). Nothing renamed, no column changed:
-- writers insert as before. Every choice is explained in README.md ("At scale").
--
-- 1. The current state is keyed by id (a redelivered or edited mention must collapse on merge),
--    so a time window cannot use the primary key. Platform ids grow with time (X and Reddit ids,
--    store review ids), so the rows of one granule were written close together in time: a
--    per-granule min/max of created_at lets FINAL reads skip the granules outside a window.
ALTER TABLE {db}.mentions ADD INDEX IF NOT EXISTS idx_created_at created_at TYPE minmax GRANULARITY 1;

ALTER TABLE {db}.mentions MATERIALIZE INDEX idx_created_at;

--    That index is not enough once parts merge: YouTube and news ids are random, so a day's rows
--    of those platforms sit in every one of their granules (22 % of the table at 10 M rows). The
--    window reads (newest mentions, Explorer search, care inbox, response stats) therefore read
--    a copy of the current state ordered by time, and take the newest version of each id among
--    the window's rows (sql-common.ts currentInWindow). A ReplacingMergeTree keeps a projection
--    only when told what to do with it on a collapsing merge, and a DELETE (the compliance
--    purge) only when told the same: rebuild it.
ALTER TABLE {db}.mentions MODIFY SETTING deduplicate_merge_projection_mode = 'rebuild', lightweight_mutation_projection_mode = 'rebuild';

ALTER TABLE {db}.mentions ADD PROJECTION IF NOT EXISTS p_recent (SELECT * ORDER BY created_at);

ALTER TABLE {db}.mentions MATERIALIZE PROJECTION p_recent;

-- 2. The analysts' reads of the archive (top hashtags and terms, top authors, releases) are
--    windows of first sightings: a copy of their columns ordered by time, which the engine picks
--    by itself for a time-bounded read. The text (the widest column) stays out of it.
ALTER TABLE {db}.mention_events ADD PROJECTION IF NOT EXISTS p_time
(
    SELECT created_at, event, brands, hashtags, terms, sentiment, sentiment_score, intent, author_id,
           author_handle, author_followers, author_is_brand, likes, shares, app_version, rating
    ORDER BY created_at
);

ALTER TABLE {db}.mention_events MATERIALIZE PROJECTION p_time;

-- 3. Per-hour aggregates beside the per-minute ones: a 90-day summary reads ~2,000 rows per
--    brand and dimension instead of ~130,000. Same counts as mention_minute (same view query,
--    hour buckets); readers take whole hours from here and the ragged ends from mention_minute.
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

-- Backfill from the per-minute aggregates, once: only while mention_hour is still empty, so a
-- re-run does not count twice. Run it with the writers stopped (the embedded launcher migrates
-- before it starts the sink): a row written between the view's creation and this statement
-- would be counted by both.
INSERT INTO {db}.mention_hour
SELECT toStartOfHour(minute) AS hour, brand, platform, lang, sum(volume), sum(negative), sum(neutral),
       sum(positive), sum(complaints), sum(questions), sum(pii_incidents), sum(sentiment_sum), sum(reach)
FROM {db}.mention_minute
WHERE (SELECT count() FROM {db}.mention_hour) = 0
GROUP BY hour, brand, platform, lang;
