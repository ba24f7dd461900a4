/** Setting where a tie stands by hand; Kindred keeps it and only ever raises it later. */
import type { Person, Stage } from '@kindred/core';
import { parseStage, seniorityImpliedBy, stageWords } from '@kindred/core';
import { newId, today, type UseCaseContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import { refreshStats } from '../plan/refresh-stats.ts';

/**
 * @param seniority set when the word chosen implies it ("mentor" means someone senior),
 *   so the stage reads back as the person meant it.
 */
export async function setStage(
  ctx: UseCaseContext,
  person: Person,
  stage: Stage,
  note: string | null = null,
  seniority: Person['seniority'] = person.seniority,
) {
  const at = ctx.now.toISOString();
  const updated: Person = { ...person, seniority, stage, stageSetBy: 'manual', updatedAt: at };
  await ctx.store.transaction(async (repos) => {
    await repos.people.update(ctx.ownerId, updated);
    await repos.stages.insert(ctx.ownerId, {
      id: newId(),
      personId: person.id,
      stage,
      changedOn: today(ctx),
      source: 'manual',
      note,
      createdAt: at,
    });
    await refreshStats(repos, ctx.ownerId, [person.id]);
  });
  return updated;
}

/**
 * Sets a stage named in any wording ("mentor", "friend", "asking"): the word chosen can
 * imply seniority too, so "mentor" on a peer makes them senior.
 */
export async function setStageByWord(
  ctx: UseCaseContext,
  person: Person,
  word: string,
  note: string | null = null,
) {
  const stage = parseStage(word);
  if (!stage) {
    throw new AppError('invalid_input', `"${word}" is not a stage. Use one of: ${stageWords().join(', ')}.`, [
      { field: 'stage', message: 'unknown stage' },
    ]);
  }
  return setStage(ctx, person, stage, note, seniorityImpliedBy(word) ?? person.seniority);
}
