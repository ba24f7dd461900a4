/**
 * Finds the person a user means, by id or by an unambiguous part of their name. An
 * ambiguous name is an error that lists the candidates, never a guess.
 */
import type { Person } from '@kindred/core';
import { foldText } from '@kindred/core';
import type { UseCaseContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';

/** A person by id only, as the HTTP API names them: never a guess by name. */
export async function personById(ctx: UseCaseContext, id: string): Promise<Person> {
  const person = await ctx.store.repos.people.get(ctx.ownerId, id);
  if (!person) {
    throw new AppError('person_not_found', `No person of yours has the id ${id}.`, [
      { field: 'id', message: 'not found' },
    ]);
  }
  return person;
}

export async function resolvePerson(ctx: UseCaseContext, ref: string): Promise<Person> {
  const { people } = ctx.store.repos;
  const trimmed = ref.trim();
  const byId = trimmed ? await people.get(ctx.ownerId, trimmed) : undefined;
  if (byId) return byId;
  const folded = foldText(trimmed);
  if (!folded) throw new AppError('invalid_input', 'Say who you mean: a name, part of a name, or an id.');
  // Names only (not organisations), every match counted: an exact name wins outright.
  const byName = await people.idsByName(ctx.ownerId, folded);
  const exact = byName.filter((p) => p.nameKey === folded);
  const matchIds = (exact.length > 0 ? exact : byName).map((p) => p.id);
  const matches = matchIds.length <= 10 ? await people.getMany(ctx.ownerId, matchIds) : [];
  if (matchIds.length === 1 && matches[0]) return matches[0];
  if (matchIds.length > 10) {
    throw new AppError(
      'person_ambiguous',
      `"${trimmed}" matches ${matchIds.length} people. Use more of the name, or the id (see \`kindred people ${trimmed}\`).`,
      [{ field: 'person', message: `${matchIds.length} people match "${trimmed}"` }],
      { candidates: [] },
    );
  }
  if (matches.length === 0) {
    throw new AppError(
      'person_not_found',
      `Nobody called "${trimmed}" is in your people. Check the spelling, or list them with \`kindred people\`.`,
      [{ field: 'person', message: `no match for "${trimmed}"` }],
    );
  }
  matches.sort((a, b) => a.name.localeCompare(b.name));
  const list = matches.slice(0, 10).map((p) => ({ id: p.id, name: p.name, organisation: p.organisation }));
  throw new AppError(
    'person_ambiguous',
    `"${trimmed}" could be ${matches.length} people: ${list
      .map((c) => `${c.name}${c.organisation ? ` (${c.organisation})` : ''} [${c.id}]`)
      .join(', ')}. Use more of the name, or the id.`,
    [{ field: 'person', message: `${matches.length} people match "${trimmed}"` }],
    { candidates: list },
  );
}
