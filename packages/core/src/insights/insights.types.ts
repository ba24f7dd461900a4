/**
 * What the Insights page shows, as plain data: the rows the store hands over (narrow,
 * already grouped where SQL can do it) and the view folded from them.
 */
import type { Stage } from '../ladder/stages.ts';

/** One local day's interactions, as grouped by the store. */
export interface DayTotal {
  /** `YYYY-MM-DD` in the user's zone (interactions are stored on their local day). */
  day: string;
  count: number;
  /** Energy points spent that day (each interaction's cost, taken from the tuned costs when logged). */
  spent: number;
  gives: number;
  asks: number;
}

/** A person as the spread and the stage counts need them. */
export interface TieRow {
  id: string;
  name: string;
  stage: Stage;
  /** Folded organisation (see foldText), or null when none is recorded. */
  organisationKey: string | null;
  team: string | null;
}

/** One recorded stage change, in the order they happened for each person. */
export interface StageStep {
  personId: string;
  stage: Stage;
  changedOn: string;
}

/** Gives and asks with one person over a period. */
export interface PersonExchange {
  personId: string;
  gives: number;
  asks: number;
}

export interface CalendarInsight {
  from: string;
  to: string;
  /** Interactions in the period. */
  total: number;
  /** Days with at least one interaction. */
  activeDays: number;
  /** Weeks (of those touched by the period) with at least one interaction. */
  activeWeeks: number;
  weeks: number;
  /** Only days with interactions, oldest first. */
  days: { day: string; count: number }[];
}

export interface WeekEnergy {
  /** ISO week, e.g. `2026-W09`. */
  week: string;
  /** The Monday it starts on. */
  start: string;
  spent: number;
  interactions: number;
}

export interface EnergyInsight {
  weeklyBudget: number;
  weeks: WeekEnergy[];
  overBudgetWeeks: number;
  /** Mean energy spent per week over the weeks shown, one decimal. */
  averageSpent: number;
}

export interface StageMonth {
  /** `YYYY-MM`. */
  month: string;
  /** Ties that moved up the ladder that month. */
  up: number;
  /** Ties that moved down (set by hand). */
  down: number;
  /** People you started keeping that month (their first recorded stage). */
  added: number;
}

export interface StagesInsight {
  /** Every stage, in ladder order, with how many people are on it now. */
  now: { stage: Stage; count: number }[];
  /** People past "stranger". */
  ties: number;
  months: StageMonth[];
}

export interface BalanceMonth {
  month: string;
  gives: number;
  asks: number;
}

export interface BalanceInsight {
  from: string;
  to: string;
  gives: number;
  asks: number;
  months: BalanceMonth[];
  /** People you have asked more of than you have given to, most tilted first. */
  tilted: { personId: string; name: string; gives: number; asks: number }[];
}

export interface SpreadInsight {
  /** Your own organisation and team, from your profile (null when not filled in). */
  organisation: string | null;
  team: string | null;
  /** People past "stranger". */
  ties: number;
  /** Ties at another organisation. */
  otherOrganisation: number;
  /** Ties at your organisation, in another team. */
  otherTeam: number;
  /** Ties in your own team. */
  sameTeam: number;
  /** Ties at your organisation whose team (or yours) is not recorded. */
  sameOrganisation: number;
  /** Ties with no organisation recorded. */
  unknown: number;
  /** otherOrganisation + otherTeam. */
  outside: number;
  /** sameTeam + sameOrganisation. */
  inside: number;
  /** A gentle suggestion when every known tie is local, or when we cannot tell yet. */
  nudge: string | null;
}

export interface InsightsView {
  today: string;
  timeZone: string;
  calendar: CalendarInsight;
  energy: EnergyInsight;
  stages: StagesInsight;
  balance: BalanceInsight;
  spread: SpreadInsight;
}
