-- 014: the release and driver reads at 10^7-10^8 mentions. Nothing renamed, no column changed:
-- writers insert as before. What each choice measured is in README.md ("Migration 014").
--
-- 1. App-store first sightings alone, by time. The release views (versions, hourly reviews,
--    a version's terms) filtered ~3 % of the archive out of a time-ordered read of all of it
--    (104 days at 10M: ~2.8M rows read for ~0.34M reviews). Fed from mention_events' inserts,
--    so each first sighting arrives once, as in the archive; the readers keep their own
--    filters (spam, the bank's own answers), so the rows they count are the archive's.
--    A purge blanks the terms here too (PURGE_TARGETS).
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

-- Backfill once, only while the table is still empty (run with the writers stopped, as 007).
INSERT INTO {db}.review_events
SELECT created_at, id, platform, app_version, rating, intent, sentiment, brands, brand_sentiment, author_is_brand, terms
FROM {db}.mention_events
WHERE event = 'create' AND platform IN ('appstore', 'playstore')
  AND (SELECT count() FROM {db}.review_events) = 0;

-- 2. Per settled day, the counted (voiced) mentions per bank x tag, for "what drives the
--    difference": 28 days of verdicts are ~0.8M rows carrying ~4M terms; summed per day, bank,
--    platform, language and markets they are ~20x fewer. `field` is 'terms' or 'hashtags', the
--    tag normalised as the driver read normalises it (each tag once per mention; hashtags lower
--    case without '#'). Written with the day's verdicts by decideVoiceDays (and deleted with
--    them when a day is redone); always read with sum().
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

-- Backfill from the days 011 already decided, only while the table is still empty.
INSERT INTO {db}.voice_tag_day
SELECT cap, day, 'terms', brand, platform, lang, markets, tag, count()
FROM {db}.voice_counted
ARRAY JOIN arrayDistinct(terms) AS tag
WHERE is_voiced AND tag != '' AND (SELECT countIf(field = 'terms') FROM {db}.voice_tag_day) = 0
GROUP BY cap, day, brand, platform, lang, markets, tag;

INSERT INTO {db}.voice_tag_day
SELECT cap, day, 'hashtags', brand, platform, lang, markets, tag, count()
FROM {db}.voice_counted
ARRAY JOIN arrayDistinct(arrayMap(x -> lower(replaceRegexpOne(x, '^#', '')), hashtags)) AS tag
WHERE is_voiced AND tag != '' AND (SELECT countIf(field = 'hashtags') FROM {db}.voice_tag_day) = 0
GROUP BY cap, day, brand, platform, lang, markets, tag;
