/**
 * Changing a person. Changes are a partial Person: fields left out stay as they are,
 * `null` clears a field; lists given replace the list (the CLI builds add/remove on top).
 */
import type { Person } from '@kindred/core';
import { today, type UseCaseContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import { toInterests } from './build-person.ts';
import {
  type PersonChanges,
  parseInput,
  personChangesSchema,
  rejectFutureMeeting,
} from './person-input.schema.ts';
import { resolvePerson } from './resolve-person.service.ts';

export async function editPerson(ctx: UseCaseContext, ref: string, changes: PersonChanges): Promise<Person> {
  const valid = parseInput(personChangesSchema, changes, 'change');
  rejectFutureMeeting(valid.metOn, today(ctx));
  const current = await resolvePerson(ctx, ref);
  const { interests, channels, ...rest } = valid;
  const defined = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  const updated: Person = {
    ...current,
    ...defined,
    ...(interests ? { interests: toInterests(interests) } : {}),
    ...(channels ? { channels: channels.map((c) => ({ ...c, label: c.label ?? null })) } : {}),
    updatedAt: ctx.now.toISOString(),
  };
  await ctx.store.transaction(async (repos) => {
    // Removed meanwhile (another tab, the CLI): say so rather than fail on its children.
    if (!(await repos.people.get(ctx.ownerId, current.id))) {
      throw new AppError(
        'person_not_found',
        `${current.name} was removed a moment ago; nothing was changed.`,
      );
    }
    await repos.people.update(ctx.ownerId, updated);
  });
  return updated;
}

export async function removePerson(ctx: UseCaseContext, ref: string): Promise<Person> {
  const person = await resolvePerson(ctx, ref);
  await ctx.store.transaction(async (repos) => {
    await repos.people.delete(ctx.ownerId, person.id);
    await repos.interactions.deleteOrphans(ctx.ownerId);
  });
  return person;
}
