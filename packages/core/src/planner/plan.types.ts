/**
 * The planner's inputs and outputs, as plain data. The app gathers the inputs from the
 * store (summaries, not raw history, so a plan over a large network stays fast); the
 * planner decides, explains and drafts; nothing here touches I/O or the clock.
 */
import type { Draft, DraftKind } from '../drafts/draft.types.ts';
import type { EnergyCosts, InteractionForm } from '../energy/forms.ts';
import type { StepKind } from '../ladder/next-steps.ts';
import type { ChannelKind, Detail, Exchange, Outcome, Person } from '../people/person.types.ts';
import type { Weekday } from '../time/local-date.ts';

/** What the plan needs to know of a person's history, kept up to date by the app. */
export interface PersonStats {
  contactCount: number;
  firstContactOn: string | null;
  lastContactOn: string | null;
  /** Topics of the most recent interaction that noted any. */
  lastTopics: string[];
  /** Whether you have ever met in person (a hello in person then feels natural). */
  everInPerson: boolean;
  /** The most recent interactions' exchanges, newest first (at most 8). */
  recent: { on: string; exchange: Exchange; outcome: Outcome | null }[];
  /** The day the current stage began. */
  stageSince: string | null;
}

export interface PlanPerson {
  /** Only what planning needs: a plan over thousands of people reads no more than this. */
  person: Pick<
    Person,
    | 'id'
    | 'name'
    | 'organisation'
    | 'team'
    | 'seniority'
    | 'stage'
    | 'interests'
    | 'preferredChannel'
    | 'prefersAsync'
    | 'doNotContactUntil'
    | 'cadenceDays'
    | 'metOn'
    | 'metWhere'
    | 'createdAt'
  > & {
    /** The kinds of channel you have for them (to choose email or message). */
    channelKinds: ChannelKind[];
  };
  stats: PersonStats;
}

export interface SavedItem {
  id: string;
  title: string;
  url: string | null;
  note: string | null;
  interestKeys: string[];
  createdOn: string;
}

export interface ScheduledEvent {
  id: string;
  name: string;
  on: string;
  energyCost: number;
}

export type ActionStateKind = 'done' | 'snoozed' | 'dismissed';

export interface ActionState {
  key: string;
  state: ActionStateKind;
  /** For snoozed: the first day the action may come back. */
  until: string | null;
}

export interface PlanSettings {
  weeklyBudget: number;
  quietDays: Weekday[];
  energyCosts: Partial<EnergyCosts>;
  /** Specific days you will be on site (office, venue). */
  onSiteDays: string[];
  /** Weekdays you are usually on site. */
  onSiteWeekdays: Weekday[];
  /** A small plan: at most this many actions on one day. */
  maxActionsPerDay: number;
}

export interface PlanInput {
  /** The user's local today, `YYYY-MM-DD`. */
  today: string;
  horizon: 'day' | 'week';
  seed: string;
  me: { name: string; pitch: string | null; organisation: string | null; interestKeys: string[] };
  settings: PlanSettings;
  people: PlanPerson[];
  /** Details that may need action: open follow-ups and recent wins. */
  details: Detail[];
  /** Energy already spent per day (logged interactions), around the horizon. */
  spentByDay: Record<string, number>;
  /** Days with a logged draining interaction (a party, a conference): the next day is for recovery. */
  drainingDays: string[];
  /** Days with a logged costly interaction (a coffee, a lunch): no costly step beside them. */
  costlyDays: string[];
  /** Events in the ISO weeks the horizon touches: their energy counts in their week. */
  events: ScheduledEvent[];
  items: SavedItem[];
  states: ActionState[];
}

export const ACTION_KINDS = [
  'first_follow_up',
  'congratulate',
  'detail_follow_up',
  'check_in',
  'give',
  'step_up',
  'introduce',
  'share_item',
  'hello_in_person',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export interface ActionDraft {
  personId: string;
  kind: DraftKind;
  draft: Draft;
}

export interface PlanAction {
  /** Stable across plans while the facts behind it hold; done/snooze/dismiss use it. */
  key: string;
  /** A short form of the key for typing (`kindred done k3x9qa`). */
  handle: string;
  kind: ActionKind;
  personIds: string[];
  /** The day the plan puts it on. */
  day: string;
  /** What to do, in a few words ("Ask Ana how the board presentation went"). */
  title: string;
  /** Why, in plain words. */
  reason: string;
  form: InteractionForm;
  energyCost: number;
  value: number;
  /** The days it makes sense on. */
  window: { from: string; to: string };
  drafts: ActionDraft[];
  detailId?: string;
  itemId?: string;
  step?: StepKind;
}

export interface Plan {
  today: string;
  horizon: 'day' | 'week';
  days: string[];
  /**
   * Energy per ISO week the horizon touches: the budget, what logged contacts spent,
   * what events take (past or ahead), what the plan uses, and what is left after it.
   */
  energy: {
    weekStart: string;
    budget: number;
    spent: number;
    reserved: number;
    planned: number;
    left: number;
  }[];
  actions: PlanAction[];
  /** Plain notes on the shape of the plan: quiet days, recovery days, a full budget. */
  notes: string[];
}
