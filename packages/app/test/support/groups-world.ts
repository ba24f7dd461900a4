/**
 * The world the activity-group tests share: a community of generated members with
 * overlapping interests, some paused and some who did not choose group activities.
 */
import { randomUUID } from 'node:crypto';
import type { Store } from '@kindred/store';
import { createCommunity, saveMyProfile } from '../../src/communities/index.ts';
import type { UseCaseContext } from '../../src/context.ts';
import { AppError } from '../../src/errors/app-error.ts';
import { contextFor } from '../app-context.ts';

export const NOW = '2027-02-03T10:00:00.000Z';
/** Activity keys as the taxonomy normalises them, with the text members type. */
export const ACTIVITIES = [
  ['bouldering', 'Bouldering'],
  ['board-games', 'board games'],
  ['chess', 'chess'],
  ['jazz', 'jazz'],
  ['running', 'Running'],
  ['photography', 'photography'],
] as const;
export const SIZE = 40;

export async function failure(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

export interface Generated {
  admin: UseCaseContext;
  id: string;
  members: UseCaseContext[];
  /** Activity keys each member listed, by user id. */
  interests: Map<string, string[]>;
  paused: Set<string>;
  /** Members who did not choose group activities. */
  notChoosing: Set<string>;
}

/** Members in a new community on the store under test (the first is its admin). */
export function groupMembers(getStore: () => Store) {
  async function generated(size = SIZE, chooseGroups = true): Promise<Generated> {
    const store = getStore();
    const admin = (await contextFor(store, NOW)).ctx;
    const { id } = await createCommunity(admin, { name: `Groups ${randomUUID().slice(0, 6)}` });
    const members: UseCaseContext[] = [admin];
    const tag = randomUUID().slice(0, 8);
    for (let i = 1; i < size; i++) {
      const { ctx } = await contextFor(store, NOW);
      await store.db
        .updateTable('users')
        .set({ email: `g${i}-${tag}@example.org`, display_name: `Member ${String(i).padStart(2, '0')}` })
        .where('id', '=', ctx.ownerId)
        .execute();
      await store.repos.communities.addMember(id, ctx.ownerId, 'member', NOW);
      members.push(ctx);
    }
    const interests = new Map<string, string[]>();
    const paused = new Set<string>();
    const notChoosing = new Set<string>();
    for (const [i, ctx] of members.entries()) {
      const picks = [
        ACTIVITIES[i % 6],
        ACTIVITIES[(i * 5 + 2) % 6],
        ...(i % 3 === 0 ? [ACTIVITIES[(i + 3) % 6]] : []),
      ];
      const keys = [...new Set(picks.map((p) => p?.[0] as string))];
      interests.set(ctx.ownerId, keys);
      const isPaused = i % 10 === 7;
      const chooses = chooseGroups && i % 9 !== 4;
      if (isPaused) paused.add(ctx.ownerId);
      if (!chooses) notChoosing.add(ctx.ownerId);
      await saveMyProfile(ctx, id, {
        interests: [...new Set(picks.map((p) => p?.[1] as string))],
        team: `Team ${i % 4}`,
        location: `Desk ${i}`,
        formats: chooses ? ['group-activity', 'coffee'] : ['coffee'],
        paused: isPaused,
        visibility: { location: 'nobody' },
      });
    }
    return { admin, id, members, interests, paused, notChoosing };
  }

  return generated;
}
