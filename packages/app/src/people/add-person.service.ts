/**
 * Fast capture: a person, and optionally one detail, in one step. If the person is
 * already known (same email, or same name and organisation) the new facts are merged
 * into the existing entry instead of creating a twin.
 */
import type { Detail, Person } from '@kindred/core';
import { EMPTY_STATS, mergePerson } from '@kindred/core';
import { newId, today, type UseCaseContext } from '../context.ts';
import { buildDetail, type DetailInput } from './build-detail.ts';
import { buildPerson } from './build-person.ts';
import { type NewPersonInput, newPersonSchema, parseInput } from './person-input.schema.ts';

export interface AddPersonResult {
  person: Person;
  /** Set when the person already existed and the input was merged into them. */
  mergedInto: boolean;
  detail: Detail | null;
}

export async function addPerson(
  ctx: UseCaseContext,
  input: NewPersonInput,
  detailInput?: DetailInput,
): Promise<AddPersonResult> {
  const valid = parseInput(newPersonSchema, input, 'person');
  const at = ctx.now.toISOString();
  const metOn = valid.metOn ?? (valid.metHow || valid.metWhere ? today(ctx) : null);
  const candidate = buildPerson({ ...valid, metOn }, at);
  const detail = detailInput ? buildDetail(ctx, candidate.id, detailInput) : null;

  return ctx.store.transaction(async (repos) => {
    const [existing] = await repos.people.findDuplicates(ctx.ownerId, {
      emails: candidate.channels.filter((c) => c.kind === 'email').map((c) => c.value),
      name: candidate.name,
      organisation: candidate.organisation,
    });
    let person: Person;
    if (existing) {
      person = mergePerson(existing, candidate, at);
      await repos.people.update(ctx.ownerId, person);
    } else {
      person = candidate;
      await repos.people.insert(ctx.ownerId, person);
      await repos.stages.insert(ctx.ownerId, {
        id: newId(),
        personId: person.id,
        stage: person.stage,
        changedOn: metOn ?? today(ctx),
        source: 'auto',
        note: null,
        createdAt: at,
      });
      await repos.stats.upsertMany(ctx.ownerId, [
        { personId: person.id, stats: { ...EMPTY_STATS, stageSince: metOn ?? today(ctx) } },
      ]);
    }
    const savedDetail = detail ? { ...detail, personId: person.id } : null;
    if (savedDetail) await repos.details.insert(ctx.ownerId, savedDetail);
    return { person, mergedInto: Boolean(existing), detail: savedDetail };
  });
}
