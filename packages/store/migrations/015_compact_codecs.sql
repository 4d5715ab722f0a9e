-- 015: bytes per mention at 10^7-10^8 rows. Nothing renamed, no type changed, no answer changes:
-- a codec decides how a column is compressed on disk, not what it holds. What each choice measured
-- is in README.md ("Migration 015").
--
-- 1. The two wide tables, as stored (their time-ordered projections are not touched, see 3):
--    strings and string arrays ZSTD(1), times as deltas then ZSTD(1) (ids grow with time on most
--    platforms, so id order is near time order), counters (UInt64 holding small numbers) T64 then
--    ZSTD(1). The dashboard reads these columns by id (a page, a history, the sink's check), a
--    granule per id; its scans read the projections.
-- 2. The author cap's stored verdicts (voice_counted, 011): ZSTD(1) for every column; read only
--    for a range's live head and tail.
-- 3. Not here, measured: ZSTD for the projections p_recent and p_archive (a projection ignores
--    column codecs and takes the table's `default_compression_codec`). It halves them (the 10M
--    store: 5.1 -> 3.2 GB) but costs the scans that read them CPU: a version's terms over 30 days
--    +60 %, the care inbox +5-15 %. Likewise the per-minute/hour tables, review_events,
--    mention_replies and the stored-day sums stay LZ4: small, and read by every wall or care query.
-- Parts written before this keep their compression until merged (or OPTIMIZE … FINAL). ZSTD(1):
-- decompression costs the same at every level, level 1 compresses fastest (seeding, merges).
-- One ALTER per table (each is a metadata change; a test store migrates in one round trip each).

ALTER TABLE {db}.mentions
    MODIFY COLUMN id CODEC(ZSTD(1)),
    MODIFY COLUMN url CODEC(ZSTD(1)),
    MODIFY COLUMN author_id CODEC(ZSTD(1)),
    MODIFY COLUMN author_handle CODEC(ZSTD(1)),
    MODIFY COLUMN text CODEC(ZSTD(1)),
    MODIFY COLUMN brand_via CODEC(ZSTD(1)),
    MODIFY COLUMN hashtags CODEC(ZSTD(1)),
    MODIFY COLUMN terms CODEC(ZSTD(1)),
    MODIFY COLUMN in_reply_to CODEC(ZSTD(1)),
    MODIFY COLUMN conversation_id CODEC(ZSTD(1)),
    MODIFY COLUMN created_at CODEC(Delta, ZSTD(1)),
    MODIFY COLUMN received_at CODEC(Delta, ZSTD(1)),
    MODIFY COLUMN enriched_at CODEC(Delta, ZSTD(1)),
    MODIFY COLUMN author_followers CODEC(T64, ZSTD(1)),
    MODIFY COLUMN likes CODEC(T64, ZSTD(1)),
    MODIFY COLUMN shares CODEC(T64, ZSTD(1)),
    MODIFY COLUMN replies CODEC(T64, ZSTD(1)),
    MODIFY COLUMN views CODEC(T64, ZSTD(1)),
    MODIFY COLUMN version CODEC(Delta, ZSTD(1));

ALTER TABLE {db}.mention_events
    MODIFY COLUMN id CODEC(ZSTD(1)),
    MODIFY COLUMN url CODEC(ZSTD(1)),
    MODIFY COLUMN author_id CODEC(ZSTD(1)),
    MODIFY COLUMN author_handle CODEC(ZSTD(1)),
    MODIFY COLUMN text CODEC(ZSTD(1)),
    MODIFY COLUMN brand_via CODEC(ZSTD(1)),
    MODIFY COLUMN hashtags CODEC(ZSTD(1)),
    MODIFY COLUMN terms CODEC(ZSTD(1)),
    MODIFY COLUMN in_reply_to CODEC(ZSTD(1)),
    MODIFY COLUMN conversation_id CODEC(ZSTD(1)),
    MODIFY COLUMN event_key CODEC(ZSTD(1)),
    MODIFY COLUMN created_at CODEC(Delta, ZSTD(1)),
    MODIFY COLUMN received_at CODEC(Delta, ZSTD(1)),
    MODIFY COLUMN enriched_at CODEC(Delta, ZSTD(1)),
    MODIFY COLUMN seen_at CODEC(Delta, ZSTD(1)),
    MODIFY COLUMN author_followers CODEC(T64, ZSTD(1)),
    MODIFY COLUMN likes CODEC(T64, ZSTD(1)),
    MODIFY COLUMN shares CODEC(T64, ZSTD(1)),
    MODIFY COLUMN replies CODEC(T64, ZSTD(1)),
    MODIFY COLUMN views CODEC(T64, ZSTD(1));

ALTER TABLE {db}.voice_counted MODIFY SETTING default_compression_codec = 'ZSTD(1)';

ALTER TABLE {db}.voice_counted
    MODIFY COLUMN id CODEC(ZSTD(1)),
    MODIFY COLUMN terms CODEC(ZSTD(1)),
    MODIFY COLUMN hashtags CODEC(ZSTD(1)),
    MODIFY COLUMN created_at CODEC(Delta, ZSTD(1));
