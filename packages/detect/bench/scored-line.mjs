/** A scored minute as the identity checks hash it: the evidence and what the engine scored it by. */
export function scoredLine(ev, r) {
  return ['trace', ev, r.scores, r.trends, r.topic, r.combined, r.expectedVolume, r.age]
}
