// Node flags a service is started with, by every launcher of this repo (stack.mjs; compose.yaml
// and the Helm chart's values.yaml carry the same flags in their commands; bench/load's
// enricher-drain.mjs starts each build's enricher with that build's flags).
//
// The enricher: V8's young generation sized for a throughput process. A drained batch is 1,667
// mentions (1 MiB a partition), and everything a batch makes (the parsed records, the NLP's
// readings, the enriched mentions and their ~1.5 KB JSON) lives until the batch is written, while
// the next batch is enriched beside it (services/enricher pipeline.ts). With V8's default semi-space
// (16 MB on 64-bit) each scavenge finds most of that still alive, copies it and soon promotes it to
// the old generation; the garbage collector was 13–15 % of the enricher's CPU (V8 profiles of
// bench/load/enricher-drain.mjs). A larger semi-space scavenges less often, so fewer batches are
// still alive at a scavenge. Measured: services/enricher/README.md, "Young generation".
export const serviceNodeArgs = {
  enricher: ['--max-semi-space-size=32'],
}
