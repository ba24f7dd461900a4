/**
 * An admin's side of rounds: the schedule and rules, pairs kept apart, running a round
 * now, and the anonymous figures of past rounds. Members may read the schedule (so they
 * know when the next match comes); everything else here is for admins.
 */
import { WEEKDAYS, type Weekday } from '@kindred/core';
import type { RoundSummaryRecord } from '@kindred/store';
import type { UseCaseContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import { parseInput } from '../people/person-input.schema.ts';
import { memberNotFound } from './community.errors.ts';
import { adminOf, membershipOf } from './community.service.ts';
import { defaultRules, pairAndStore, type RoundOutcome, scheduleAfter } from './round.service.ts';
import {
  type ExclusionInput,
  exclusionInputSchema,
  type RoundRulesInput,
  roundRulesInputSchema,
} from './round-rules.schema.ts';

/**
 * The least time between a round and one run by hand: a second round soon after would
 * give everyone a second match (and email) before they have answered the first.
 */
const MANUAL_ROUND_GAP_MS = 12 * 3_600_000;
/** An admin's pair is the community's, whichever admin set it: any admin may lift it. */
const ADMIN = '';

export interface RoundRules {
  cadence: 'weekly' | 'fortnightly' | 'monthly' | 'off';
  weekday: Weekday;
  hour: number;
  timeZone: string;
  crossTeamOnly: boolean;
  repeatWindowDays: number;
  /** When the next round runs (UTC); null while rounds are off. */
  nextRoundAt: string | null;
}

export interface Exclusion {
  userA: string;
  userB: string;
  createdAt: string;
}

export type RoundSummary = RoundSummaryRecord;

export async function getRoundRules(ctx: UseCaseContext, communityId: string): Promise<RoundRules> {
  return ctx.store.transaction(async (repos) => {
    await membershipOf(repos, ctx.ownerId, communityId);
    const stored = await repos.communityRounds.rules(ctx.ownerId, communityId);
    return present(stored ?? defaultRules(communityId, ctx.timeZone));
  });
}

function present(rules: ReturnType<typeof defaultRules>): RoundRules {
  return {
    cadence: rules.cadence as RoundRules['cadence'],
    weekday: WEEKDAYS[rules.weekday] ?? 'mon',
    hour: rules.hour,
    timeZone: rules.timeZone,
    crossTeamOnly: rules.crossTeamOnly,
    repeatWindowDays: rules.repeatWindowDays,
    nextRoundAt: rules.nextRoundAt,
  };
}

/** Changes the rules (admins); fields not sent keep their value. The next round is worked out again. */
export async function setRoundRules(
  ctx: UseCaseContext,
  communityId: string,
  input: RoundRulesInput,
): Promise<RoundRules> {
  const valid = parseInput(roundRulesInputSchema, input, 'round rules');
  return ctx.store.transaction(async (repos) => {
    await repos.communities.lock(communityId);
    await adminOf(repos, ctx.ownerId, communityId, 'set how rounds run');
    const current =
      (await repos.communityRounds.rules(ctx.ownerId, communityId)) ??
      defaultRules(communityId, ctx.timeZone);
    const next = {
      ...current,
      ...(valid.cadence !== undefined && { cadence: valid.cadence }),
      ...(valid.weekday !== undefined && { weekday: WEEKDAYS.indexOf(valid.weekday) }),
      ...(valid.hour !== undefined && { hour: valid.hour }),
      ...(valid.timeZone !== undefined && { timeZone: valid.timeZone }),
      ...(valid.crossTeamOnly !== undefined && { crossTeamOnly: valid.crossTeamOnly }),
      ...(valid.repeatWindowDays !== undefined && { repeatWindowDays: valid.repeatWindowDays }),
      updatedAt: ctx.now.toISOString(),
    };
    const [last] = await repos.communityRounds.rounds(ctx.ownerId, communityId, { limit: 1 });
    next.nextRoundAt = scheduleAfter(next, ctx.now, last ? new Date(last.ranAt) : null);
    await repos.communityRounds.saveRules(next);
    return present(next);
  });
}

/** Runs a round straight away (admins), outside the schedule, which stays as it was. */
export async function runRoundNow(ctx: UseCaseContext, communityId: string): Promise<RoundOutcome> {
  return ctx.store.transaction(async (repos) => {
    await repos.communities.lock(communityId);
    await adminOf(repos, ctx.ownerId, communityId, 'run a round');
    const rules =
      (await repos.communityRounds.rules(ctx.ownerId, communityId)) ??
      defaultRules(communityId, ctx.timeZone);
    const [last] = await repos.communityRounds.rounds(ctx.ownerId, communityId, { limit: 1 });
    const since = last ? ctx.now.getTime() - Date.parse(last.ranAt) : Number.POSITIVE_INFINITY;
    if (since < MANUAL_ROUND_GAP_MS) {
      const wait = Math.ceil((MANUAL_ROUND_GAP_MS - since) / 3_600_000);
      throw new AppError(
        'round_just_ran',
        `A round ran for this community ${Math.max(1, Math.round(since / 60_000))} minutes ago, and everyone in it has a match to answer. Run the next one in about ${wait} ${wait === 1 ? 'hour' : 'hours'}, or let the schedule do it.`,
      );
    }
    return pairAndStore(repos, communityId, rules, {
      now: ctx.now,
      scheduledFor: ctx.now.toISOString(),
      trigger: 'admin',
    });
  });
}

/** Past rounds with anonymous figures (admins): how many were matched, met, declined. */
export async function listRounds(
  ctx: UseCaseContext,
  communityId: string,
  page: { limit: number; before?: string | undefined },
): Promise<RoundSummary[]> {
  return ctx.store.transaction(async (repos) => {
    await adminOf(repos, ctx.ownerId, communityId, "see the rounds' figures");
    return repos.communityRounds.rounds(ctx.ownerId, communityId, page);
  });
}

export async function listExclusions(ctx: UseCaseContext, communityId: string): Promise<Exclusion[]> {
  return ctx.store.transaction(async (repos) => {
    await adminOf(repos, ctx.ownerId, communityId, 'see which members are kept apart');
    return repos.communityRounds.exclusions(ctx.ownerId, communityId);
  });
}

/** The pair, sorted: an exclusion is stored once whichever order it was named in. */
function pairOf(input: ExclusionInput): [string, string] {
  const { userIds } = parseInput(exclusionInputSchema, input, 'pair to keep apart');
  return [...userIds].sort() as [string, string];
}

/** Keeps two members from ever being paired (admins); saying it twice is harmless. */
export async function addExclusion(
  ctx: UseCaseContext,
  communityId: string,
  input: ExclusionInput,
): Promise<Exclusion> {
  const [userA, userB] = pairOf(input);
  return ctx.store.transaction(async (repos) => {
    const community = await adminOf(repos, ctx.ownerId, communityId, 'keep members apart');
    if (userA === userB) {
      throw new AppError(
        'invalid_input',
        'The pair to keep apart is not valid: userIds: name two different members.',
        [{ field: 'userIds', message: 'name two different members' }],
      );
    }
    for (const [index, id] of [userA, userB].entries()) {
      if (!(await repos.communities.roleOf(ctx.ownerId, communityId, id))) {
        const error = memberNotFound(community.name, id);
        throw new AppError(error.code, error.message, [
          { field: `userIds.${index}`, message: 'not a member' },
        ]);
      }
    }
    await repos.communityRounds.block(communityId, userA, userB, 'admin', ADMIN, ctx.now.toISOString());
    const all = await repos.communityRounds.exclusions(ctx.ownerId, communityId);
    return all.find((e) => e.userA === userA && e.userB === userB) as Exclusion;
  });
}

export async function removeExclusion(ctx: UseCaseContext, communityId: string, input: ExclusionInput) {
  const [userA, userB] = pairOf(input);
  await ctx.store.transaction(async (repos) => {
    await adminOf(repos, ctx.ownerId, communityId, 'change which members are kept apart');
    if (!(await repos.communityRounds.unblock(communityId, userA, userB, 'admin', ADMIN))) {
      throw new AppError(
        'exclusion_not_found',
        'Those two members were not being kept apart. Nothing was changed.',
        [{ field: 'userB', message: 'not kept apart from userA' }],
      );
    }
  });
}
