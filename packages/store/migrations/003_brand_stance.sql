-- 003: a post naming several banks says something of each ("left Crest for Northwind"). The
-- stance per brand is stored beside `brands` (same order, one entry per distinct brand), and
-- the per-minute aggregates count each brand's stance instead of the post's sentiment. Rows
-- written before this migration have empty stance arrays and keep the post's sentiment.
ALTER TABLE {db}.mention_events
    ADD COLUMN IF NOT EXISTS brand_sentiment Array(LowCardinality(String)) AFTER brand_via,
    ADD COLUMN IF NOT EXISTS brand_sentiment_score Array(Float32) AFTER brand_sentiment;

ALTER TABLE {db}.mentions
    ADD COLUMN IF NOT EXISTS brand_sentiment Array(LowCardinality(String)) AFTER brand_via,
    ADD COLUMN IF NOT EXISTS brand_sentiment_score Array(Float32) AFTER brand_sentiment;

-- MODIFY QUERY swaps the view's query in place: no moment without a view, in which a
-- concurrent insert would miss its aggregates.
ALTER TABLE {db}.mention_minute_mv MODIFY QUERY
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
