-- 017: fewer rewrites of each mention by background merges. Nothing renamed, no column or answer
-- changed: a merge setting decides which parts merge together, not what a part holds.
--
-- The sink writes a part into both wide tables every few seconds (a block of up to 40,000 rows),
-- and ClickHouse's simple merge selector rewrites every row again at each level of merging. Its
-- `merge_selector_base` (default 5) is, roughly, the least ratio of a merge's total size to its
-- largest part: about how many parts of one size are merged into the next. At 8 a row is rewritten
-- log8 instead of log5 times as the table grows (~23 % fewer levels), and each level holds up
-- to ~8 parts before merging instead of ~5 (more parts for a read to visit meanwhile). Measured
-- in README.md ("Migration 017") and bench/load/README.md ("perfembed"): merges' CPU per
-- mention at 5,000/s, the same rows, -34 % (medians of 6 and 5 runs). The two wide tables
-- only: the small ones (per-minute and per-hour sums, review_events, mention_replies) cost
-- nothing to merge.
ALTER TABLE {db}.mentions MODIFY SETTING merge_selector_base = 8;

ALTER TABLE {db}.mention_events MODIFY SETTING merge_selector_base = 8;
