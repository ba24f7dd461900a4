/**
 * Today's and this week's plan, and the three answers a person can give to a
 * suggestion: done (which logs the interaction), snooze until a day, or dismiss.
 */
import type { ActionStateKind, Outcome, Plan, PlanAction } from '@kindred/core';
import { actionHandle, candidateActions, dayRules, plan } from '@kindred/core';
import { today, type UseCaseContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import { recordInteraction } from '../interactions/log-interaction.service.ts';
import { parseDay } from '../time/parse-day.ts';
import { loadPlanInput } from './load-plan-input.ts';

export interface PlanView extends Plan {
  /** Names of everyone the plan mentions, by id, for presenting it. */
  people: Record<string, string>;
}

export async function planFor(
  ctx: UseCaseContext,
  horizon: 'day' | 'week',
  seed?: string,
): Promise<PlanView> {
  const input = await loadPlanInput(ctx, horizon, seed);
  const result = plan(input);
  const mentioned = new Set(result.actions.flatMap((a) => a.personIds));
  const people: Record<string, string> = {};
  for (const pp of input.people) if (mentioned.has(pp.person.id)) people[pp.person.id] = pp.person.name;
  return { ...result, people };
}

const alreadyAnswered = (state: 'done' | 'dismissed') =>
  new AppError(
    'action_not_found',
    `That suggestion is already ${state}${state === 'done' ? ', and its contact logged' : ''}. Today's plan (\`kindred today\`, or GET /api/plan) has what is left.`,
    [{ field: 'action', message: `already ${state}` }],
  );

/** Finds a current suggestion by its handle or key, whether or not this week's plan shows it. */
async function findAction(
  ctx: UseCaseContext,
  ref: string,
): Promise<Omit<PlanAction, 'day' | 'drafts' | 'handle' | 'title' | 'reason'>> {
  const input = await loadPlanInput(ctx, 'week');
  const wanted = ref.trim();
  const answered = new Map(input.states.map((s) => [s.key, s.state]));
  const found = candidateActions(input, dayRules(input).onSite).find(
    (c) => c.key === wanted || actionHandle(c.key) === wanted,
  );
  const state = found && answered.get(found.key);
  if (found && (state === 'done' || state === 'dismissed')) throw alreadyAnswered(state);
  if (!found) {
    throw new AppError(
      'action_not_found',
      `No current suggestion has the id "${wanted}". It may be done already, or the plan has moved on: this week's plan (\`kindred week\`, or GET /api/plan?horizon=week) has the current ids.`,
      [{ field: 'action', message: 'not found' }],
    );
  }
  const { explain: _e, onlyOn: _o, ...action } = found;
  return action;
}

const GIVE_KIND = {
  give: 'help',
  congratulate: 'congrats',
  share_item: 'info',
  introduce: 'intro',
} as const;

export interface DoneResult {
  key: string;
  interactionId: string;
}

/** Marks a suggestion done and logs the interaction it stood for, with how it went if said. */
export async function markDone(
  ctx: UseCaseContext,
  ref: string,
  details: { note?: string | null; topics?: string[]; outcome?: Outcome | null } = {},
): Promise<DoneResult> {
  const action = await findAction(ctx, ref);
  const giveKind = GIVE_KIND[action.kind as keyof typeof GIVE_KIND];
  // The log and the answer land together, or neither does; and only once, even when
  // the same step is marked done twice at the same moment.
  return ctx.store.transaction(async (repos) => {
    const answered = await repos.actionStates.get(ctx.ownerId, action.key);
    if (answered?.state === 'done' || answered?.state === 'dismissed') throw alreadyAnswered(answered.state);
    const logged = await recordInteraction(repos, ctx, {
      personIds: action.personIds,
      form: action.form,
      energyCost: action.energyCost,
      give: giveKind,
      note: details.note ?? null,
      topics: details.topics ?? [],
      outcome: details.outcome ?? null,
    });
    const at = ctx.now.toISOString();
    await repos.actionStates.set(ctx.ownerId, { key: action.key, state: 'done', until: null }, at);
    if (action.detailId) {
      const detail = await repos.details.get(ctx.ownerId, action.detailId);
      if (detail) await repos.details.update(ctx.ownerId, { ...detail, followedUpAt: at });
    }
    return { key: action.key, interactionId: logged.interaction.id };
  });
}

async function answer(ctx: UseCaseContext, ref: string, state: ActionStateKind, until: string | null) {
  const action = await findAction(ctx, ref);
  await ctx.store.transaction((repos) =>
    repos.actionStates.set(ctx.ownerId, { key: action.key, state, until }, ctx.now.toISOString()),
  );
  return { key: action.key, state, until };
}

/**
 * @param untilText the day as the person wrote it ("next monday", "2026-03-09", "+3d")
 * @param field how the entry point names it in errors (`--until`, `body.until`)
 */
export async function snoozeAction(ctx: UseCaseContext, ref: string, untilText: string, field = 'until') {
  const until = parseDay(untilText, today(ctx), field);
  if (until <= today(ctx)) {
    throw new AppError(
      'invalid_input',
      `${field}: snooze to a day after today (${today(ctx)}), e.g. "next monday".`,
      [{ field, message: 'not in the future' }],
    );
  }
  const { key } = await answer(ctx, ref, 'snoozed', until);
  return { key, state: 'snoozed' as const, until };
}

export async function dismissAction(ctx: UseCaseContext, ref: string) {
  return answer(ctx, ref, 'dismissed', null);
}
