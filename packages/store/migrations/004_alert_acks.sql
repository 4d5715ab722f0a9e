-- 004: who acknowledged an incident, and when. The acknowledging version of an alert carries it
-- (acknowledgedBy / acknowledgedAt), but the detector's later versions do not, and the alerts
-- table keeps only the newest version of each incident; so the api also writes it here, once
-- per incident (the first acknowledgement; acknowledging again changes nothing).
CREATE TABLE IF NOT EXISTS {db}.alert_acks
(
    alert_id String,
    acked_by String,
    acked_at DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree
    ORDER BY alert_id;
