-- 002: the evidence archive keeps thread context, markets and enrichment time, so an archived
-- event can be read without the current-state table (which may have changed or been deleted).
ALTER TABLE {db}.mention_events
    ADD COLUMN IF NOT EXISTS in_reply_to String AFTER app_version,
    ADD COLUMN IF NOT EXISTS conversation_id String AFTER in_reply_to,
    ADD COLUMN IF NOT EXISTS markets Array(LowCardinality(String)) AFTER conversation_id,
    ADD COLUMN IF NOT EXISTS enriched_at DateTime64(3, 'UTC') AFTER received_at;
