/**
 * The world the introduction tests share: named members with addresses of their own, a
 * five-member community with varied profiles, and the checks that a refused proposal
 * stored nothing, sent nothing and (when neutral) says nothing of why.
 */
import { randomUUID } from 'node:crypto';
import type { Store } from '@kindred/store';
import { expect } from 'vitest';
import {
  createCommunity,
  createInvite,
  type IntroductionMail,
  joinByInvite,
  listIntroductions,
  proposeIntroduction,
  saveMyProfile,
} from '../../src/communities/index.ts';
import type { UseCaseContext } from '../../src/context.ts';
import { AppError } from '../../src/errors/app-error.ts';
import { contextFor } from '../app-context.ts';
import type { TestSmtpServer } from './smtp-test-server.ts';

export const NOW = '2026-03-02T09:00:00.000Z';

export async function failure(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

/** Members and a community on the store under test. */
export function introductionPeople(getStore: () => Store) {
  /** A named user with an address of their own. */
  async function person(name: string): Promise<UseCaseContext & { email: string }> {
    const store = getStore();
    const { ctx } = await contextFor(store, NOW);
    const email = `${name.toLowerCase()}-${randomUUID().slice(0, 8)}@example.org`;
    await store.db
      .updateTable('users')
      .set({ email, display_name: name })
      .where('id', '=', ctx.ownerId)
      .execute();
    return { ...ctx, email };
  }

  /** Ana runs it; Ben asks; Cleo, Dev and Eli are members with various profiles. */
  async function community() {
    const ana = await person('Ana');
    const ben = await person('Ben');
    const cleo = await person('Cleo');
    const dev = await person('Dev');
    const eli = await person('Eli');
    const { id } = await createCommunity(ana, { name: 'Makers' });
    for (const member of [ben, cleo, dev, eli]) {
      const { path } = await createInvite(ana, id, {});
      await joinByInvite(member, { token: path });
    }
    await saveMyProfile(ana, id, { interests: ['bouldering', 'chess'] });
    await saveMyProfile(ben, id, { interests: ['bookbinding', 'bouldering'] });
    // Cleo shares bookbinding with everyone, and keeps her team to herself.
    await saveMyProfile(cleo, id, {
      interests: ['bookbinding'],
      team: 'Secret squad',
      visibility: { team: 'nobody' },
    });
    // Dev would fit, but shows his interests to nobody.
    await saveMyProfile(dev, id, { interests: ['bookbinding'], visibility: { interests: 'nobody' } });
    await saveMyProfile(eli, id, { interests: ['bouldering'] });
    return { id, ana, ben, cleo, dev, eli };
  }

  return { person, community };
}

/** Checks on refused proposals; `smtp` and `mail` are read when a check runs. */
export function refusalChecks(smtp: () => TestSmtpServer, mail: () => IntroductionMail) {
  /** Words that would tell someone why a pair is refused. */
  const CAUSES =
    /introduc|declin|answer|kept|apart|block|already|under ?way|waiting|admin|match|again|paired|said no/i;

  /** A refusal that tells nothing: the neutral code and words, pointing at userIds. */
  function expectNeutral(error: AppError, names: [string, string] | ['you', string]) {
    expect(error.code).toBe('introduction_unavailable');
    expect(error.details).toEqual([{ field: 'userIds', message: expect.any(String) }]);
    expect(error.message).not.toMatch(CAUSES);
    expect(JSON.stringify(error.details)).not.toMatch(CAUSES);
    // The same words whatever the reason: only the two names change.
    const template = error.message.replace(names[0], 'X').replace(names[1], 'Y');
    expect(template).toBe(
      names[0] === 'you'
        ? "Kindred won't suggest X and Y to each other just now, and can't say why. You could post an ask and see who else fits."
        : "Kindred won't suggest X and Y to each other just now, and can't say why. You could suggest someone else to either of them.",
    );
  }

  /** Refused, with nothing stored for anyone and no email sent. */
  async function refused(
    who: UseCaseContext,
    id: string,
    pair: [UseCaseContext, UseCaseContext],
  ): Promise<AppError> {
    const lists = async () =>
      JSON.stringify(await Promise.all([who, ...pair].map((p) => listIntroductions(p, id, { limit: 50 }))));
    const [sent, before] = [smtp().messages.length, await lists()];
    const error = await failure(
      proposeIntroduction(who, id, { userIds: [pair[0].ownerId, pair[1].ownerId], note: 'Try this' }, mail()),
    );
    expect(await lists()).toBe(before);
    expect(smtp().messages.length).toBe(sent);
    return error;
  }

  return { expectNeutral, refused };
}
