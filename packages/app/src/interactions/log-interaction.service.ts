/**
 * Logging what happened with one or more people. The energy cost is taken from the
 * user's tuned costs unless given, and each person's stage is raised if the new history
 * supports it (never lowered), with the change recorded.
 */
import type { Interaction, Person } from '@kindred/core';
import {
  ASK_KINDS,
  costOf,
  GIVE_KINDS,
  INITIATORS,
  INTERACTION_FORMS,
  isIsoDay,
  nextStage,
  OUTCOMES,
  proposeStage,
} from '@kindred/core';
import type { Repositories } from '@kindred/store';
import { z } from 'zod';
import { newId, settingsOf, today, type UseCaseContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import { parseInput } from '../people/person-input.schema.ts';
import { refreshStats } from '../plan/refresh-stats.ts';

export const interactionInputSchema = z
  .object({
    personIds: z.array(z.string().min(1)).min(1, 'name at least one person'),
    form: z.enum(INTERACTION_FORMS),
    occurredOn: z.string().refine(isIsoDay, { message: 'must be a real date written YYYY-MM-DD' }).optional(),
    initiatedBy: z.enum(INITIATORS).default('me'),
    give: z.enum(GIVE_KINDS).optional(),
    ask: z.enum(ASK_KINDS).optional(),
    outcome: z.enum(OUTCOMES).nullable().default(null),
    topics: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
    note: z.string().max(20_000).nullable().default(null),
    energyCost: z.number().int().min(0).max(50).optional(),
  })
  .refine((v) => !(v.give && v.ask), {
    message: 'an interaction is a give or an ask, not both: log them separately',
    path: ['give'],
  });
export type InteractionInput = z.input<typeof interactionInputSchema>;

export interface LogResult {
  interaction: Interaction;
  /** People whose stage moved up because of this interaction. */
  promoted: { person: Person; from: Person['stage'] }[];
}

export async function logInteraction(ctx: UseCaseContext, input: InteractionInput): Promise<LogResult> {
  return ctx.store.transaction((repos) => recordInteraction(repos, ctx, input));
}

/** Logs within a caller's transaction, for use cases whose log belongs with other writes. */
export async function recordInteraction(
  repos: Repositories,
  ctx: UseCaseContext,
  input: InteractionInput,
): Promise<LogResult> {
  const valid = parseInput(interactionInputSchema, input, 'interaction');
  const at = ctx.now.toISOString();
  const day = today(ctx);
  if (valid.occurredOn && valid.occurredOn > day) {
    throw new AppError(
      'invalid_input',
      `--on: ${valid.occurredOn} has not happened yet (today is ${day}). Log contacts once they have happened; to plan one, let \`kindred week\` suggest it.`,
      [{ field: 'occurredOn', message: 'in the future' }],
    );
  }
  const owner = await repos.users.get(ctx.ownerId);
  const costs = owner ? settingsOf(owner).energyCosts : {};
  const interaction: Interaction = {
    id: newId(),
    personIds: [...new Set(valid.personIds)],
    occurredOn: valid.occurredOn ?? day,
    form: valid.form,
    initiatedBy: valid.initiatedBy,
    energyCost: valid.energyCost ?? costOf(valid.form, costs),
    exchange: valid.give ? 'give' : valid.ask ? 'ask' : 'neither',
    exchangeKind: valid.give ?? valid.ask ?? null,
    outcome: valid.outcome,
    topics: valid.topics,
    note: valid.note,
    createdAt: at,
  };

  {
    const people = await repos.people.getMany(ctx.ownerId, interaction.personIds);
    const missing = interaction.personIds.filter((id) => !people.some((p) => p.id === id));
    if (missing.length > 0) {
      throw new AppError('person_not_found', `Not in your people: ${missing.join(', ')}.`, [
        { field: 'personIds', message: `unknown ids: ${missing.join(', ')}` },
      ]);
    }
    await repos.interactions.insert(ctx.ownerId, interaction);
    const promoted: LogResult['promoted'] = [];
    const histories = new Map<string, Interaction[]>();
    for (const person of people) {
      const history = await repos.interactions.listForPerson(ctx.ownerId, person.id);
      histories.set(person.id, history);
      const stage = nextStage(person.stage, proposeStage(history, person.metOn));
      if (stage === person.stage) continue;
      const updated = { ...person, stage, stageSetBy: 'auto' as const, updatedAt: at };
      await repos.people.update(ctx.ownerId, updated);
      // A backdated log must not slip a change in before ones already recorded.
      const previous = await repos.stages.listForPerson(ctx.ownerId, person.id);
      const lastChange = previous[previous.length - 1]?.changedOn ?? '';
      await repos.stages.insert(ctx.ownerId, {
        id: newId(),
        personId: person.id,
        stage,
        changedOn: interaction.occurredOn > lastChange ? interaction.occurredOn : lastChange,
        source: 'auto',
        note: null,
        createdAt: at,
      });
      promoted.push({ person: updated, from: person.stage });
    }
    await refreshStats(repos, ctx.ownerId, interaction.personIds, histories);
    return { interaction, promoted };
  }
}
