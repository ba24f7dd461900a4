/**
 * Finds the person a user means, by id or by an unambiguous part of their name. An
 * ambiguous name is an error that lists the candidates, never a guess.
 */
import type { Person } from '@kindred/core';
import { foldText } from '@kindred/core';
import type { UseCaseContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';

export async function resolvePerson(ctx: UseCaseContext, ref: string): Promise<Person> {
  const { people } = ctx.store.repos;
  const trimmed = ref.trim();
  const byId = trimmed ? await people.get(ctx.ownerId, trimmed) : undefined;
  if (byId) return byId;
  const folded = foldText(trimmed);
  if (!folded) throw new AppError('invalid_input', 'Say who you mean: a name, part of a name, or an id.');
  const candidates = await people.list(ctx.ownerId, { search: folded, limit: 50 });
  const byName = candidates.filter((p) => foldText(p.name).includes(folded));
  const exact = byName.filter((p) => foldText(p.name) === folded);
  const matches = exact.length > 0 ? exact : byName;
  if (matches.length === 1) return matches[0] as Person;
  if (matches.length === 0) {
    throw new AppError(
      'person_not_found',
      `Nobody called "${trimmed}" is in your people. Check the spelling, or list them with \`kindred people\`.`,
      [{ field: 'person', message: `no match for "${trimmed}"` }],
    );
  }
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
