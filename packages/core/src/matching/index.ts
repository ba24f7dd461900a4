/**
 * The pairing engine for community rounds: one-to-one matches by shared interests, with
 * team and mentoring bonuses, decaying repeat penalties and hard exclusions, explained in
 * plain words. `pairMembers` is the whole round; the rest is exported for the app's
 * `--graph` export and for the bench, which compares the engine with exact and naive peers.
 */
export { buildCandidateGraph, DEFAULT_CANDIDATE_TUNING } from './candidate-graph.ts';
export { completePairingGraph, type GraphEdge, positiveEdgeIndices } from './complete-graph.ts';
export { greedyMatching, type Matching, matchingWeight } from './greedy.matching.ts';
export { improveMatching } from './local-improvement.ts';
export * from './matching.types.ts';
export {
  type AvailabilityWindow,
  availabilityWindowProblem,
  DEFAULT_AVAILABILITY,
  type MeetingParticipant,
  type MeetingTimesRequest,
  type ProposedTime,
  proposeMeetingTimes,
} from './meeting-times.ts';
export {
  DEFAULT_PAIRING_SETTINGS,
  emptyWeightParts,
  isExcluded,
  pairWeight,
  type WeightParts,
} from './pair-weight.ts';
export {
  DEFAULT_IMPROVEMENT_ROUNDS,
  explainGroups,
  type PreparedPairing,
  pairMembers,
  preparePairing,
} from './pairing.engine.ts';
export type { PairingModel } from './pairing-model.ts';
export { nextRoundAt, ROUND_CADENCES, type RoundCadence, type RoundSchedule } from './round-schedule.ts';
export { EdgeBuffer, type WeightedGraph } from './weighted-graph.ts';
