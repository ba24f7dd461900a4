/** Where things stand, for `kindred start`: how many people, and the user's settings. */
import type { UseCaseContext } from '../context.ts';
import { getSettings, type ProfileAndSettings } from './settings.service.ts';

export interface Status {
  people: number;
  settings: ProfileAndSettings;
}

export async function status(ctx: UseCaseContext): Promise<Status> {
  const [people, settings] = await Promise.all([ctx.store.repos.people.count(ctx.ownerId), getSettings(ctx)]);
  return { people, settings };
}
