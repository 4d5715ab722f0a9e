-- 010: the explorer's saved searches, and the compliance tables: the encrypted evidence archive,
-- its read audit, and the log of posts purged under a platform's deletion policy.

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
