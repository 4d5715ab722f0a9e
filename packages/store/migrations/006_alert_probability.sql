-- 006: the calibrated probability that an incident is real (packages/detect calibration.ts),
-- kept with each version so the incident list and the outlets can show it.
ALTER TABLE {db}.alerts
    ADD COLUMN IF NOT EXISTS probability Nullable(Float64) AFTER brand_name;
