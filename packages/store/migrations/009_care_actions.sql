-- 009: the care inbox's work log. Every assign, claim, release, handled, reopen, hiding request
-- and note is one appended row, never updated: the item's timeline is the rows in order, and its
-- current state (assignee, handled, hiding requested) is derived at read time with argMaxIf per
-- field. Chosen over a ReplacingMergeTree of current state because each field has a different
-- latest writer (a note must not undo a claim), the timeline needs every row anyway, and a
-- replacing table only collapses on merge (FINAL or argMax would be needed to read it all the
-- same). `action_id` is made by the api, so a retried insert of the same action collapses.
CREATE TABLE IF NOT EXISTS {db}.care_actions
(
    mention_id String,
    action_id String,
    action LowCardinality(String),
    actor String,
    assignee String,
    note String,
    at DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree
    ORDER BY (mention_id, at, action_id);
