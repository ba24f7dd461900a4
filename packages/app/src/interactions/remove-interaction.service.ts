/**
 * Undoing a mistaken log. The history summary is refreshed so the plan sees the change;
 * a stage the log had raised stays where it is (stages never drop on their own: set it
 * by hand if it should).
 */
import type { Interaction } from '@kindred/core';
import type { UseCaseContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import { refreshStats } from '../plan/refresh-stats.ts';

export async function removeInteraction(ctx: UseCaseContext, id: string): Promise<Interaction> {
  return ctx.store.transaction(async (repos) => {
    const interaction = await repos.interactions.get(ctx.ownerId, id.trim());
    if (!interaction) {
      throw new AppError(
        'interaction_not_found',
        `No logged interaction has the id ${id}. \`kindred show NAME\` lists each contact with its id.`,
        [{ field: 'interaction', message: 'not found' }],
      );
    }
    await repos.interactions.delete(ctx.ownerId, interaction.id);
    await refreshStats(repos, ctx.ownerId, interaction.personIds);
    return interaction;
  });
}
