/**
 * Fast capture: a person, and optionally one detail, in one step. If the person is
 * already known (same email, or same name and organisation) the new facts are merged
 * into the existing entry instead of creating a twin.
 */
import type { Detail, Person } from '@kindred/core';
import { EMPTY_STATS, mergePerson, nextStage, proposeStage } from '@kindred/core';
import type { Repositories } from '@kindred/store';
import { newId, today, type UseCaseContext } from '../context.ts';
import { refreshStats } from '../plan/refresh-stats.ts';
import { buildDetail, type DetailInput } from './build-detail.ts';
import { buildPerson } from './build-person.ts';
import {
  type NewPersonInput,
  newPersonSchema,
  parseInput,
  rejectFutureMeeting,
} from './person-input.schema.ts';

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
  rejectFutureMeeting(valid.metOn, today(ctx));
  const metOn = valid.metOn ?? (valid.metHow || valid.metWhere ? today(ctx) : null);
  const candidate = buildPerson({ ...valid, metOn }, at);
  const detail = detailInput ? buildDetail(ctx, candidate.id, detailInput) : null;

  return ctx.store.transaction((repos) => savePerson(repos, ctx, candidate, metOn, detail));
}

/**
 * Saves a new person, or merges them into the one they duplicate, inside the caller's
 * transaction; with the detail, if any.
 */
export async function savePerson(
  repos: Repositories,
  ctx: UseCaseContext,
  candidate: Person,
  metOn: string | null,
  detail: Detail | null,
): Promise<AddPersonResult> {
  const at = ctx.now.toISOString();
  {
    const [existing] = await repos.people.findDuplicates(ctx.ownerId, {
      emails: candidate.channels.filter((c) => c.kind === 'email').map((c) => c.value),
      name: candidate.name,
      organisation: candidate.organisation,
    });
    let person: Person;
    if (existing) {
      const merged = mergePerson(existing, candidate, at);
      // A meeting date learnt later can lift a stranger to a first contact.
      const history = await repos.interactions.listForPerson(ctx.ownerId, existing.id);
      const stage = nextStage(merged.stage, proposeStage(history, merged.metOn));
      person = stage === merged.stage ? merged : { ...merged, stage, stageSetBy: 'auto' };
      await repos.people.update(ctx.ownerId, person);
      if (stage !== existing.stage) {
        await repos.stages.insert(ctx.ownerId, {
          id: newId(),
          personId: person.id,
          stage,
          changedOn: today(ctx),
          source: 'auto',
          note: null,
          createdAt: at,
        });
        await refreshStats(repos, ctx.ownerId, [person.id]);
      }
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
  }
}
