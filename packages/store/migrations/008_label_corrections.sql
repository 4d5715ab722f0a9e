-- 008: sentiment a bank can teach. An analyst's correction of a mention's sentiment or intent is
-- kept (every one, never updated), the latest correction of each label wins wherever the store
-- reads labels, and each mention records which model versions labelled it.

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

-- Which model versions labelled each mention ('' before this migration, or from an enricher that
-- did not say).
ALTER TABLE {db}.mentions
    ADD COLUMN IF NOT EXISTS sentiment_model LowCardinality(String) AFTER enriched_at,
    ADD COLUMN IF NOT EXISTS intent_model LowCardinality(String) AFTER sentiment_model;

ALTER TABLE {db}.mention_events
    ADD COLUMN IF NOT EXISTS sentiment_model LowCardinality(String) AFTER enriched_at,
    ADD COLUMN IF NOT EXISTS intent_model LowCardinality(String) AFTER sentiment_model;
