/**
 * Where the detector's test streams start in event time: a fixed instant, so every run sends the
 * same mentions and the detector makes the same decisions. `ordinaryMinute`'s traffic follows the
 * time of day and the baselines are seasonal, so a stream that starts `Date.now() − N min` is
 * another stream every minute; some start minutes then cross the opening bar or raise a severity
 * that the test was not written for (services/detector/bench/start-minutes.mjs counts them).
 *
 * The instant is well in the past, as the tests need: older than the detector's live window
 * (10 min), so only events close minutes and the test says when updates happen. Everything that
 * must be recent (acknowledgements, ownership, checkpoints) runs on processing time. At this
 * instant every stream's surge minutes score 20-35 against the bar of 5 and its quiet minutes
 * at most 2.1 (the detector README has the figures per test).
 */
export const STREAM_START_MS = Date.parse('2026-11-02T08:10:00.000Z')
