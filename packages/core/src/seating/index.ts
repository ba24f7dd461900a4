/**
 * The seating engine: seat rotations where everyone meets the most new people (exact
 * constructions from finite geometry and design theory, then a seeded tabu search) and
 * small activity groups around shared interests. Pure: no I/O, no clock, no randomness
 * of its own; the seed and any time limit come from the caller.
 */

export { planActivityGroups } from './activity-groups.engine.ts';
export type {
  ActivityGroup,
  ActivityGroupsPlan,
  ActivityGroupsRequest,
  ActivityGroupsStats,
  GroupMember,
  UnplacedMember,
  UnplacedReason,
} from './activity-groups.types.ts';
export { assertValidRotation, validateRotationRequest } from './constraints.validate.ts';
export { balancedOccupancy } from './occupancy.layout.ts';
export { verifyRotationPlan } from './plan.verify.ts';
export { DEFAULT_MAX_ITERATIONS, planRotation } from './rotation.engine.ts';
export { repeatsLowerBound, rotationStats, roundsBound } from './rotation.stats.ts';
export { SeatingError, type SeatingErrorCode, type SeatingIssue } from './seating.error.ts';
export type {
  KeepApart,
  KeepTogether,
  PinnedSeat,
  PlanRound,
  PlanTable,
  RotationPlan,
  RotationRequest,
  RotationStats,
  RoundsBound,
  SeatingConstraints,
  SeatingGuest,
  SeatingMethod,
  ShouldStop,
} from './seating.types.ts';
