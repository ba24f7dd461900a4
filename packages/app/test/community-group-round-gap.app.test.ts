/**
 * Who may start a group round, and how often, on both dialects: any member starts one and
 * sees its figures; a community has at most one a day (a second within 24 hours is
 * refused, for admins too, with nothing stored or emailed; a day later one starts); two
 * members starting at the same moment store one round.
 */
import { describeEachDialect } from '@kindred/store/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  changeRole,
  type Group,
  getGroupRound,
  getMyGroup,
  listGroupRounds,
  listMyGroups,
  respondToGroup,
  startGroupRound,
} from '../src/communities/index.ts';
import type { UseCaseContext } from '../src/context.ts';
import { AppError } from '../src/errors/app-error.ts';
import { createMailer, type Mailer } from '../src/integrations/smtp.mailer.ts';
import { contextFor } from './app-context.ts';
import { failure, groupMembers, NOW } from './support/groups-world.ts';
import { startSmtpServer, type TestSmtpServer } from './support/smtp-test-server.ts';

describeEachDialect('starting group rounds', (getStore) => {
  let smtp: TestSmtpServer;
  let mailer: Mailer;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    mailer = createMailer(smtp.url);
  });
  afterAll(async () => {
    mailer.close();
    await smtp.close();
  });

  const generated = groupMembers(getStore);

  it('lets any member start a round and see its figures, at most one a day per community (a refused start stores and emails nothing); nobody else reaches a group', async () => {
    const { admin, id, members, paused, notChoosing } = await generated(16);
    const member = members[2] as UseCaseContext;
    const other = members[3] as UseCaseContext;
    const urlFor = (communityId: string) => `https://kindred.example.org/communities/${communityId}`;
    const mail = { mailer, from: 'kindred@example.org', urlFor };
    const later = (ctx: UseCaseContext, ms: number): UseCaseContext => ({
      ...ctx,
      now: new Date(Date.parse(NOW) + ms),
    });
    const HOUR = 3_600_000;
    const storedRounds = async () =>
      Number(
        (
          await getStore()
            .db.selectFrom('community_group_rounds')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('community_id', '=', id)
            .executeTakeFirstOrThrow()
        ).n,
      );

    // A member who is not an admin starts the round, and sees its figures.
    const mailsBefore = smtp.messages.length;
    const round = await startGroupRound(
      member,
      id,
      { title: 'Member groups', activities: ['Bouldering', 'board game', 'chess'] },
      mail,
    );
    expect(round.activities?.map((a) => a.key)).toEqual(['bouldering', 'board-games', 'chess']);
    expect(round).toMatchObject({ title: 'Member groups', minSize: 4, maxSize: 6, startedByMe: true });
    expect(round.placed).toBeGreaterThan(0);
    const mailsAfterFirst = smtp.messages.length;
    expect(mailsAfterFirst).toBeGreaterThan(mailsBefore);
    expect((await listGroupRounds(member, id, { limit: 10 })).map((r) => r.id)).toEqual([round.id]);
    expect(await getGroupRound(member, id, round.id)).toMatchObject({ id: round.id, startedByMe: true });
    expect(await storedRounds()).toBe(1);

    // Within a day, nobody starts another here: not the member again, not an admin a
    // minute before the day is up. Nothing is stored and nobody is emailed.
    for (const [who, at, ago] of [
      [member, 0, 'just now'],
      [other, HOUR, 'an hour ago'],
      [admin, 24 * HOUR - 60_000, '23 hours ago'],
    ] as const) {
      const refused = await failure(startGroupRound(later(who, at), id, { title: 'Again' }, mail));
      expect(refused.code).toBe('group_round_too_soon');
      expect(refused.details).toEqual([]);
      expect(refused.message).toMatch(
        new RegExp(
          `^The last group round in this community started ${ago}, on Wed 3 Feb at 10:00 \\(Europe/London time\\)\\. A community has at most one group round a day`,
        ),
      );
      expect(refused.message).toContain(
        'Nothing was started and nobody was emailed. A new group round can start here from Thu 4 Feb at 10:00 (Europe/London time).',
      );
    }
    expect(await storedRounds()).toBe(1);
    expect(smtp.messages.length).toBe(mailsAfterFirst);

    // A day after the last one, a new round starts (here an admin's).
    const adminRound = await startGroupRound(later(admin, 24 * HOUR), id, {});
    expect(adminRound.startedByMe).toBe(true);
    expect(await storedRounds()).toBe(2);
    // The times shown are on the reader's own clock.
    const fromNewYork = await failure(
      startGroupRound({ ...later(other, 30 * HOUR), timeZone: 'America/New_York' }, id, {}),
    );
    expect(fromNewYork.code).toBe('group_round_too_soon');
    expect(fromNewYork.message).toContain(
      'started 6 hours ago, on Thu 4 Feb at 05:00 (America/New_York time)',
    );
    expect(fromNewYork.message).toContain('from Fri 5 Feb at 05:00 (America/New_York time)');

    // Admins see every round; a member, the rounds they started; another member, none.
    expect((await listGroupRounds(admin, id, { limit: 10 })).map((r) => r.id)).toEqual([
      adminRound.id,
      round.id,
    ]);
    expect((await listGroupRounds(member, id, { limit: 10 })).map((r) => r.id)).toEqual([round.id]);
    expect(await listGroupRounds(other, id, { limit: 10 })).toEqual([]);
    expect((await failure(getGroupRound(other, id, round.id))).code).toBe('group_round_not_found');
    expect((await failure(getGroupRound(member, id, adminRound.id))).code).toBe('group_round_not_found');
    // A member who later steps up to admin sees every round.
    await changeRole(admin, id, other.ownerId, { role: 'admin' });
    expect(await listGroupRounds(other, id, { limit: 10 })).toHaveLength(2);

    // Every group of the first round is around one of the activities on offer.
    const placedIn = new Map<string, Group[]>();
    for (const ctx of members) {
      if (paused.has(ctx.ownerId) || notChoosing.has(ctx.ownerId)) continue;
      for (const group of await listMyGroups(ctx, id, { limit: 10 })) {
        placedIn.set(ctx.ownerId, [...(placedIn.get(ctx.ownerId) ?? []), group]);
        if (group.roundId === round.id)
          expect(['bouldering', 'board-games', 'chess']).toContain(group.activity.key);
      }
    }
    const someGroup = [...placedIn.values()].flat()[0] as Group;
    const outsider = members.find(
      (m) => !(placedIn.get(m.ownerId) ?? []).some((g) => g.id === someGroup.id),
    ) as UseCaseContext;
    expect((await failure(getMyGroup(outsider, id, someGroup.id))).code).toBe('group_not_found');
    expect((await failure(respondToGroup(outsider, id, someGroup.id, { response: 'accepted' }))).code).toBe(
      'group_not_found',
    );

    // Someone outside the community learns nothing, not even that it exists.
    const stranger = (await contextFor(getStore(), NOW)).ctx;
    for (const work of [
      () => startGroupRound(stranger, id, {}),
      () => listGroupRounds(stranger, id, { limit: 5 }),
      () => getGroupRound(stranger, id, round.id),
      () => listMyGroups(stranger, id, { limit: 5 }),
      () => getMyGroup(stranger, id, someGroup.id),
    ]) {
      expect((await failure(work())).code).toBe('community_not_found');
    }
  });

  it('starts one round when two members start one at the same moment: the other is told it is too soon', async () => {
    const { id, members } = await generated(12);
    const [a, b] = [members[1], members[2]] as [UseCaseContext, UseCaseContext];
    const outcomes = await Promise.allSettled([startGroupRound(a, id, {}), startGroupRound(b, id, {})]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const [refused] = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('group_round_too_soon');
    const stored = await getStore()
      .db.selectFrom('community_group_rounds')
      .select('id')
      .where('community_id', '=', id)
      .execute();
    expect(stored).toHaveLength(1);
  });
});
