/**
 * Everything about one person on one page: the ladder, the timeline, the details still
 * to follow up, and the give/ask balance over the last six months.
 */
import type { Detail, Interaction, Person, StageChange } from '@kindred/core';
import {
  addDays,
  type NextStep,
  nextStep,
  proposeStageWithReason,
  stageDescription,
  stageLabel,
} from '@kindred/core';
import { today, type UseCaseContext } from '../context.ts';

export interface PersonOverview {
  person: Person;
  stageLabel: string;
  stageDescription: string;
  /** The concrete step that moves the tie up a rung; null at the top. */
  nextStep: NextStep | null;
  proposedStage: Person['stage'];
  proposedStageLabel: string;
  /** The evidence behind the proposal, completing "because …". */
  proposedStageReason: string;
  details: Detail[];
  interactions: Interaction[];
  stageHistory: StageChange[];
  lastContactOn: string | null;
  /** Gives and asks in the last 180 days. */
  balance: { gives: number; asks: number };
}

export async function personOverview(ctx: UseCaseContext, person: Person): Promise<PersonOverview> {
  const { repos } = ctx.store;
  const [details, interactions, stageHistory] = await Promise.all([
    repos.details.listForPerson(ctx.ownerId, person.id),
    repos.interactions.listForPerson(ctx.ownerId, person.id),
    repos.stages.listForPerson(ctx.ownerId, person.id),
  ]);
  const since = addDays(today(ctx), -180);
  const recent = interactions.filter((i) => i.occurredOn >= since);
  const proposal = proposeStageWithReason(interactions, person.metOn);
  const proposed = proposal.stage;
  return {
    person,
    stageLabel: stageLabel(person.stage, person.seniority),
    stageDescription: stageDescription(person.stage),
    nextStep: nextStep(person.stage, person.seniority),
    proposedStage: proposed,
    proposedStageLabel: stageLabel(proposed, person.seniority),
    proposedStageReason: proposal.reason,
    details,
    interactions,
    stageHistory,
    lastContactOn: interactions[0]?.occurredOn ?? null,
    balance: {
      gives: recent.filter((i) => i.exchange === 'give').length,
      asks: recent.filter((i) => i.exchange === 'ask').length,
    },
  };
}
