/**
 * The companion's data as plain values. Every layer speaks these types: the store maps
 * rows to them, the app validates input into them, the planner reads them.
 */
import type { InteractionForm } from '../energy/forms.ts';
import type { Seniority, Stage } from '../ladder/stages.ts';

export const CHANNEL_KINDS = ['email', 'phone', 'link', 'chat', 'other'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export interface Channel {
  kind: ChannelKind;
  value: string;
  label: string | null;
}

export interface PersonInterest {
  key: string;
  label: string;
}

export interface Person {
  id: string;
  name: string;
  metHow: string | null;
  metWhere: string | null;
  /** `YYYY-MM-DD` in the user's zone. */
  metOn: string | null;
  organisation: string | null;
  team: string | null;
  role: string | null;
  seniority: Seniority | null;
  channels: Channel[];
  tags: string[];
  interests: PersonInterest[];
  notes: string | null;
  /** `YYYY-MM-DD`, or `--MM-DD` when the year is unknown. */
  birthday: string | null;
  photo: string | null;
  preferredChannel: ChannelKind | null;
  prefersAsync: boolean;
  /** `YYYY-MM-DD`: Kindred proposes no contact before this day. */
  doNotContactUntil: string | null;
  /** Overrides the stage's cadence: touch this tie every N days. */
  cadenceDays: number | null;
  stage: Stage;
  /** Whether the user set the stage by hand (Kindred then never lowers it). */
  stageSetBy: 'auto' | 'manual';
  createdAt: string;
  updatedAt: string;
}

export const DETAIL_KINDS = ['fact', 'win', 'need', 'expertise'] as const;
/** `win`: something to congratulate; `need`/`expertise`: material for introductions. */
export type DetailKind = (typeof DETAIL_KINDS)[number];

export interface Detail {
  id: string;
  personId: string;
  text: string;
  kind: DetailKind;
  /** `YYYY-MM-DD`: the day the detail is about ("presenting on 14 March"). */
  happensOn: string | null;
  /** `YYYY-MM-DD`: when to ask how it went. */
  followUpOn: string | null;
  /** Instant the follow-up was done, if it was. */
  followedUpAt: string | null;
  createdAt: string;
}

export const INITIATORS = ['me', 'them', 'mutual'] as const;
export type Initiator = (typeof INITIATORS)[number];

export const EXCHANGES = ['give', 'ask', 'neither'] as const;
export type Exchange = (typeof EXCHANGES)[number];

export const GIVE_KINDS = ['help', 'info', 'intro', 'congrats'] as const;
export const ASK_KINDS = ['favour', 'advice', 'input', 'referral', 'story', 'involvement'] as const;
export type ExchangeKind = (typeof GIVE_KINDS)[number] | (typeof ASK_KINDS)[number];

export const OUTCOMES = ['great', 'good', 'ok', 'awkward'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface Interaction {
  id: string;
  personIds: string[];
  /** `YYYY-MM-DD` in the user's zone. */
  occurredOn: string;
  form: InteractionForm;
  initiatedBy: Initiator;
  /** The cost when it was logged, so later tuning does not rewrite history. */
  energyCost: number;
  exchange: Exchange;
  exchangeKind: ExchangeKind | null;
  outcome: Outcome | null;
  topics: string[];
  note: string | null;
  createdAt: string;
}

export interface StageChange {
  id: string;
  personId: string;
  stage: Stage;
  /** `YYYY-MM-DD`. */
  changedOn: string;
  source: 'auto' | 'manual' | 'import';
  note: string | null;
  createdAt: string;
}
