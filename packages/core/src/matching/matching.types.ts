/**
 * The plain-data shapes of a pairing round: the members and past matches a community
 * hands in, and the round the engine hands back. Kept apart from the algorithms so that
 * the app, the CLI and the bench can depend on the shapes without pulling anything else.
 */

/** What a member is open to in a one-to-one chat. */
export const OPEN_TO = ['peer', 'mentor', 'mentee'] as const;
/** `peer`: a friendly chat between equals; `mentor`: happy to mentor; `mentee`: would like a mentor. */
export type OpenTo = (typeof OPEN_TO)[number];

export interface PairingMember {
  /** Unique within the round; what history and `blocked` refer to. */
  id: string;
  /** As typed (free text or taxonomy keys); normalised onto the taxonomy by the engine. */
  interests: readonly string[];
  /** Team or department. Crossing teams earns a bonus (or is required, see `crossTeamOnly`). */
  team: string;
  /** A level where higher is more senior (e.g. 1 junior … 5 principal); absent when unknown. */
  seniority?: number | null;
  /** Defaults to `['peer']`. Soft: it only earns the mentoring bonus, never forbids a pair. */
  openTo?: readonly OpenTo[];
  /** A paused member sits this round out. */
  paused?: boolean;
  /** Ids this member must never be paired with (either side blocking is enough). */
  blocked?: readonly string[];
}

/** Two members who were matched before, on a day (YYYY-MM-DD, an ISO date-time, or epoch ms). */
export interface PastMatch {
  a: string;
  b: string;
  date: string | number;
}

/** The knobs of the weight function; see `DEFAULT_PAIRING_SETTINGS` for the values and why. */
export interface PairingSettings {
  /** Added when the two members are on different teams. */
  crossTeamBonus: number;
  /** Added when one is open to mentoring, the other to being mentored, with a seniority gap. */
  mentoringBonus: number;
  /** The smallest seniority gap that counts as a mentoring fit. */
  minSeniorityGap: number;
  /** Subtracted for a match on the day of the round; halves every `repeatHalfLifeDays`. */
  repeatPenalty: number;
  repeatHalfLifeDays: number;
}

/** How wide the candidate graph is; the defaults suit anything from 2 to 100,000+ members. */
export interface CandidateTuning {
  /** Best candidates kept per member (by exact weight). */
  perMember: number;
  /** Uniformly random candidates per member, so nobody is stranded by the index. */
  random: number;
  /** Random candidates from another team per member. */
  crossTeam: number;
  /** Random candidates who would make a mentoring fit, per member open to one. */
  mentoring: number;
  /** Postings scanned per interest per member: a very common interest is sampled, not read whole. */
  postingCap: number;
  /** Postings scanned per member across all their interests. */
  scanBudget: number;
  /** Up to this many active members, every pair is weighed exactly and no index is needed. */
  exhaustiveUpTo: number;
}

/** Everything one round needs. The engine reads no clock and no global random source. */
export interface PairingRequest {
  members: readonly PairingMember[];
  history?: readonly PastMatch[];
  /** The day of the round (YYYY-MM-DD or epoch ms): repeat penalties decay from here. */
  today: string | number;
  /** Same request and seed, same round. */
  seed?: string | number;
  /** When true, two members of the same team are never paired. */
  crossTeamOnly?: boolean;
  settings?: Partial<PairingSettings>;
  tuning?: Partial<CandidateTuning>;
  /** Local-improvement sweeps (default 12); 0 keeps the greedy matching. Large rounds only. */
  improvementPasses?: number;
  /** Up to this many active members, the candidate graph is matched exactly (default 1,500). */
  exactUpTo?: number;
}

export interface SharedInterestLabel {
  key: string;
  label: string;
}

/** A pair, or a trio when numbers are odd. */
export interface MatchGroup {
  /** Two ids, or three for a trio; in input order. */
  members: string[];
  /** The pair's weight; for a trio, the sum of its three pair weights. */
  weight: number;
  /** Shared interests, the heaviest (rarest) first. For a trio, those of at least two of them. */
  shared: SharedInterestLabel[];
  reason: string;
  starter: string;
}

export type UnmatchedCode = 'paused' | 'no_allowed_partner' | 'no_free_partner';

export interface UnmatchedMember {
  id: string;
  code: UnmatchedCode;
  reason: string;
}

export interface PairingStats {
  members: number;
  active: number;
  candidateEdges: number;
  /** Weight of the greedy matching on the candidate graph. */
  greedyWeight: number;
  /** Weight of the optimised matching (exact or improved; positive edges only, before leftovers and trios). */
  matchingWeight: number;
  /** How the matching was optimised. */
  method: 'exact' | 'greedy+local';
  pairs: number;
  trios: number;
}

export interface PairingRound {
  seed: string | number;
  today: string;
  groups: MatchGroup[];
  unmatched: UnmatchedMember[];
  /** Sum of the groups' weights. */
  totalWeight: number;
  stats: PairingStats;
}
