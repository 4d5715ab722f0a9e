-- 015: bytes per mention at 10^7-10^8 rows. Nothing renamed, no type changed, no answer changes:
-- codecs decide how a column is compressed on disk, not what it holds. What each choice measured
-- is in README.md ("Migration 015").
--
-- 1. Projections ignore column codecs: a projection's parts take the table's default codec (LZ4
--    unless `default_compression_codec` says otherwise). p_recent and p_archive were ~48 % of the
--    10M store, all LZ4 (terms: 246 MB in each projection against 72 MB in the table with ZSTD).
--    The setting gives every column without a codec of its own, and every projection column, ZSTD(1):
--    ZSTD decompresses at the same speed whatever the level and level 1 compresses fastest
--    (the seeder and the merges pay the compression).
-- 2. In the tables themselves: times as deltas (ids grow with time on most platforms, so the
--    id-ordered tables hold near-sorted times; the time-ordered ones sorted times), counters
--    through T64 (UInt64 holding small numbers), then ZSTD(1).
-- Parts written before this keep their compression until merged (or OPTIMIZE … FINAL).

ALTER TABLE {db}.mentions MODIFY SETTING default_compression_codec = 'ZSTD(1)';
ALTER TABLE {db}.mentions MODIFY COLUMN id CODEC(ZSTD(1));
ALTER TABLE {db}.mentions MODIFY COLUMN url CODEC(ZSTD(1));
ALTER TABLE {db}.mentions MODIFY COLUMN author_id CODEC(ZSTD(1));
ALTER TABLE {db}.mentions MODIFY COLUMN author_handle CODEC(ZSTD(1));
ALTER TABLE {db}.mentions MODIFY COLUMN text CODEC(ZSTD(1));
ALTER TABLE {db}.mentions MODIFY COLUMN brand_via CODEC(ZSTD(1));
ALTER TABLE {db}.mentions MODIFY COLUMN hashtags CODEC(ZSTD(1));
ALTER TABLE {db}.mentions MODIFY COLUMN terms CODEC(ZSTD(1));
ALTER TABLE {db}.mentions MODIFY COLUMN in_reply_to CODEC(ZSTD(1));
ALTER TABLE {db}.mentions MODIFY COLUMN conversation_id CODEC(ZSTD(1));
ALTER TABLE {db}.mentions MODIFY COLUMN created_at CODEC(Delta, ZSTD(1));
ALTER TABLE {db}.mentions MODIFY COLUMN received_at CODEC(Delta, ZSTD(1));
ALTER TABLE {db}.mentions MODIFY COLUMN enriched_at CODEC(Delta, ZSTD(1));
ALTER TABLE {db}.mentions MODIFY COLUMN author_followers CODEC(T64, ZSTD(1));
ALTER TABLE {db}.mentions MODIFY COLUMN likes CODEC(T64, ZSTD(1));
ALTER TABLE {db}.mentions MODIFY COLUMN shares CODEC(T64, ZSTD(1));
ALTER TABLE {db}.mentions MODIFY COLUMN replies CODEC(T64, ZSTD(1));
ALTER TABLE {db}.mentions MODIFY COLUMN views CODEC(T64, ZSTD(1));
ALTER TABLE {db}.mentions MODIFY COLUMN version CODEC(Delta, ZSTD(1));

ALTER TABLE {db}.mention_events MODIFY SETTING default_compression_codec = 'ZSTD(1)';
ALTER TABLE {db}.mention_events MODIFY COLUMN id CODEC(ZSTD(1));
ALTER TABLE {db}.mention_events MODIFY COLUMN url CODEC(ZSTD(1));
ALTER TABLE {db}.mention_events MODIFY COLUMN author_id CODEC(ZSTD(1));
ALTER TABLE {db}.mention_events MODIFY COLUMN author_handle CODEC(ZSTD(1));
ALTER TABLE {db}.mention_events MODIFY COLUMN text CODEC(ZSTD(1));
ALTER TABLE {db}.mention_events MODIFY COLUMN brand_via CODEC(ZSTD(1));
ALTER TABLE {db}.mention_events MODIFY COLUMN hashtags CODEC(ZSTD(1));
ALTER TABLE {db}.mention_events MODIFY COLUMN terms CODEC(ZSTD(1));
ALTER TABLE {db}.mention_events MODIFY COLUMN in_reply_to CODEC(ZSTD(1));
ALTER TABLE {db}.mention_events MODIFY COLUMN conversation_id CODEC(ZSTD(1));
ALTER TABLE {db}.mention_events MODIFY COLUMN event_key CODEC(ZSTD(1));
ALTER TABLE {db}.mention_events MODIFY COLUMN created_at CODEC(Delta, ZSTD(1));
ALTER TABLE {db}.mention_events MODIFY COLUMN received_at CODEC(Delta, ZSTD(1));
ALTER TABLE {db}.mention_events MODIFY COLUMN enriched_at CODEC(Delta, ZSTD(1));
ALTER TABLE {db}.mention_events MODIFY COLUMN seen_at CODEC(Delta, ZSTD(1));
ALTER TABLE {db}.mention_events MODIFY COLUMN author_followers CODEC(T64, ZSTD(1));
ALTER TABLE {db}.mention_events MODIFY COLUMN likes CODEC(T64, ZSTD(1));
ALTER TABLE {db}.mention_events MODIFY COLUMN shares CODEC(T64, ZSTD(1));
ALTER TABLE {db}.mention_events MODIFY COLUMN replies CODEC(T64, ZSTD(1));
ALTER TABLE {db}.mention_events MODIFY COLUMN views CODEC(T64, ZSTD(1));

ALTER TABLE {db}.voice_counted MODIFY SETTING default_compression_codec = 'ZSTD(1)';
ALTER TABLE {db}.voice_counted MODIFY COLUMN id CODEC(ZSTD(1));
ALTER TABLE {db}.voice_counted MODIFY COLUMN terms CODEC(ZSTD(1));
ALTER TABLE {db}.voice_counted MODIFY COLUMN hashtags CODEC(ZSTD(1));
ALTER TABLE {db}.voice_counted MODIFY COLUMN created_at CODEC(Delta, ZSTD(1));

ALTER TABLE {db}.review_events MODIFY SETTING default_compression_codec = 'ZSTD(1)';
ALTER TABLE {db}.review_events MODIFY COLUMN id CODEC(ZSTD(1));
ALTER TABLE {db}.review_events MODIFY COLUMN terms CODEC(ZSTD(1));
ALTER TABLE {db}.review_events MODIFY COLUMN created_at CODEC(Delta, ZSTD(1));

ALTER TABLE {db}.mention_replies MODIFY SETTING default_compression_codec = 'ZSTD(1)';
ALTER TABLE {db}.mention_replies MODIFY COLUMN id CODEC(ZSTD(1));
ALTER TABLE {db}.mention_replies MODIFY COLUMN reply_to CODEC(ZSTD(1));
ALTER TABLE {db}.mention_replies MODIFY COLUMN author_id CODEC(ZSTD(1));
ALTER TABLE {db}.mention_replies MODIFY COLUMN author_handle CODEC(ZSTD(1));
ALTER TABLE {db}.mention_replies MODIFY COLUMN created_at CODEC(Delta, ZSTD(1));

ALTER TABLE {db}.mention_minute MODIFY SETTING default_compression_codec = 'ZSTD(1)';
ALTER TABLE {db}.mention_hour MODIFY SETTING default_compression_codec = 'ZSTD(1)';
ALTER TABLE {db}.voice_day MODIFY SETTING default_compression_codec = 'ZSTD(1)';
ALTER TABLE {db}.voice_tag_day MODIFY SETTING default_compression_codec = 'ZSTD(1)';
