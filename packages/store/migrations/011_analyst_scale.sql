-- 011: the analysts' reads at 10^7-10^8 mentions. Nothing renamed, no column changed: writers
-- insert as before. Every choice, and what it measured, is in README.md ("Migration 011").
--
-- 1. One time-ordered copy of the archive for every window read of first sightings. 007's
--    p_time lacked the columns the competitor and release views read (platform, language,
--    markets, per-brand stance, id), so those read the whole table whatever the window. This
--    one has them; the text, url and handles (the widest columns) stay out.
ALTER TABLE {db}.mention_events DROP PROJECTION IF EXISTS p_time;

ALTER TABLE {db}.mention_events ADD PROJECTION IF NOT EXISTS p_archive
(
    SELECT created_at, event, id, platform, lang, markets, brands, brand_sentiment, brand_sentiment_score,
           hashtags, terms, sentiment, sentiment_score, intent, author_id, author_handle, author_followers,
           author_is_brand, likes, shares, app_version, rating
    ORDER BY created_at
);

ALTER TABLE {db}.mention_events MATERIALIZE PROJECTION p_archive;

-- 2. Replies, by time: the care inbox joins each question to its first reply from the bank's
--    accounts. Reading them from `mentions` scanned every row of the window for `in_reply_to`;
--    here a window holds only replies. Fed by every state row written to `mentions` (what the
--    inbox read before), so a repeated or edited reply is a second row: min() and argMin() do
--    not mind.
--    A purge blanks the author here too (PURGE_TARGETS).
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

-- Backfill once, only while the table is still empty (run with the writers stopped, as 007).
INSERT INTO {db}.mention_replies
SELECT created_at, id, in_reply_to, platform, author_id, author_handle
FROM {db}.mentions
WHERE in_reply_to != '' AND (SELECT count() FROM {db}.mention_replies) = 0;

-- 3. The author cap's verdict per first sighting × bank, for settled days (competitors over
--    time). Computing it at query time sorts every row of the range by bank and author (13 s
--    per query at 1M rows); a day's verdicts depend only on that day and the lookback before
--    it, so they are decided once, by the same SQL, and kept. `cap` names the detector
--    parameters they were decided with (a different cap is a different set of rows).
CREATE TABLE IF NOT EXISTS {db}.voice_counted
(
    cap LowCardinality(String),
    day Date,
    created_at DateTime64(3, 'UTC'),
    id String,
    brand LowCardinality(String),
    stance LowCardinality(String),
    intent LowCardinality(String),
    platform LowCardinality(String),
    lang LowCardinality(String),
    markets Array(LowCardinality(String)),
    hashtags Array(String),
    terms Array(String),
    is_voiced UInt8,
    is_flooded UInt8
)
ENGINE = MergeTree
    PARTITION BY toYYYYMM(day)
    ORDER BY (cap, created_at, brand, id);

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
