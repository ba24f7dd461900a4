/**
 * Activity groups for a community of 40 generated members with overlapping interests,
 * on both dialects: the engine's groups are stored within the size bounds around an
 * activity every member of the group listed, paused members and those who did not choose
 * group activities are never placed (even when nobody chose them), answers are recorded
 * and kept quiet, admins see counts only, emails go to those placed, and a member who
 * leaves takes their rows along. Who may start a round, and how often:
 * community-group-round-gap.app.test.ts.
 */
import { describeEachDialect } from '@kindred/store/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  type Group,
  getGroupRound,
  getMyGroup,
  leaveCommunity,
  listGroupRounds,
  listMyGroups,
  respondToGroup,
  startGroupRound,
} from '../src/communities/index.ts';
import type { UseCaseContext } from '../src/context.ts';
import { createMailer, type Mailer } from '../src/integrations/smtp.mailer.ts';
import { failure, groupMembers, NOW, SIZE } from './support/groups-world.ts';
import {
  readMail,
  startSmtpServer,
  type TestSmtpServer,
  unreachableSmtpUrl,
} from './support/smtp-test-server.ts';

describeEachDialect('activity groups', (getStore) => {
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

  it('forms groups within the bounds around an activity every member listed, leaving out paused members and those who did not choose groups', async () => {
    const community = await generated();
    const { admin, id, members, interests, paused, notChoosing } = community;
    const round = await startGroupRound(admin, id, { title: 'Spring groups', minSize: 4, maxSize: 6 });
    const expected = members.filter((m) => !paused.has(m.ownerId) && !notChoosing.has(m.ownerId));
    expect(round).toMatchObject({
      title: 'Spring groups',
      activities: null,
      minSize: 4,
      maxSize: 6,
      startedByMe: true,
      basis: 'chose-group-activity',
      members: SIZE,
      takingPart: expected.length,
      accepted: 0,
      declined: 0,
    });
    expect(round.groups).toBeGreaterThanOrEqual(4);
    expect(round.placed + round.unplaced).toBe(expected.length);
    expect(round.pending).toBe(round.placed);
    // Most members find a group: interests overlap a lot.
    expect(round.placed).toBeGreaterThanOrEqual(expected.length - 5);

    const groupOf = new Map<string, Group>();
    for (const ctx of members) {
      const mine = await listMyGroups(ctx, id, { limit: 10 });
      if (paused.has(ctx.ownerId) || notChoosing.has(ctx.ownerId)) {
        expect(mine).toEqual([]);
        continue;
      }
      expect(mine.length).toBeLessThanOrEqual(1);
      if (mine[0]) groupOf.set(ctx.ownerId, mine[0]);
    }
    expect(groupOf.size).toBe(round.placed);
    const groupIds = new Set([...groupOf.values()].map((g) => g.id));
    expect(groupIds.size).toBe(round.groups);
    for (const [userId, group] of groupOf) {
      expect(group.size).toBeGreaterThanOrEqual(4);
      expect(group.size).toBeLessThanOrEqual(6);
      expect(group.members).toHaveLength(group.size - 1);
      expect(group.members.map((m) => m.userId)).not.toContain(userId);
      expect(group.roundTitle).toBe('Spring groups');
      expect(group.reason).toContain(group.activity.label);
      // Every member of the group listed its activity.
      for (const id of [userId, ...group.members.map((m) => m.userId)]) {
        expect(interests.get(id)).toContain(group.activity.key);
        expect(groupOf.get(id)?.id).toBe(group.id);
      }
      // Shared profile fields only: team is for members, location for nobody; no answers, no addresses yet.
      for (const mate of group.members) {
        expect(mate.profile.team).toMatch(/^Team \d$/);
        expect(mate.profile).not.toHaveProperty('location');
        expect(mate).not.toHaveProperty('response');
        expect(mate.email).toBeNull();
      }
      expect(group).toMatchObject({ myResponse: 'pending', accepted: 0 });
    }

    // Answers: one yes, one quiet "not this time", one more yes; others see only how many are in.
    const first = [...groupOf.values()].find(
      (g) => !g.members.some((m) => m.userId === admin.ownerId) && groupOf.get(admin.ownerId)?.id !== g.id,
    ) as Group;
    const [yes1, no1, yes2] = [
      // Not the admin: the generated admin has no address.
      members.slice(1).find((m) => groupOf.get(m.ownerId)?.id === first.id),
      ...first.members.slice(0, 2).map((mate) => members.find((m) => m.ownerId === mate.userId)),
    ] as UseCaseContext[];
    const afterYes = await respondToGroup(yes1 as UseCaseContext, id, first.id, { response: 'accepted' });
    expect(afterYes).toMatchObject({ myResponse: 'accepted', accepted: 1 });
    const afterNo = await respondToGroup(no1 as UseCaseContext, id, first.id, { response: 'declined' });
    expect(afterNo).toMatchObject({ myResponse: 'declined', accepted: 1 });
    expect(afterNo.members.every((m) => m.email === null)).toBe(true);
    const yes2View = await respondToGroup(yes2 as UseCaseContext, id, first.id, { response: 'accepted' });
    expect(yes2View.accepted).toBe(2);
    // Two who both said yes see how to reach each other; nobody else's address shows.
    const reach = yes2View.members.filter((m) => m.email !== null);
    expect(reach.map((m) => m.userId)).toEqual([yes1?.ownerId]);
    const yes1View = await getMyGroup(yes1 as UseCaseContext, id, first.id);
    expect(yes1View.members.filter((m) => m.email !== null).map((m) => m.userId)).toEqual([yes2?.ownerId]);
    // The decliner looks exactly like someone who has not answered yet.
    const seenByYes = JSON.stringify(yes1View);
    expect(seenByYes).not.toContain('declined');

    // Admin figures: counts only.
    const figures = await getGroupRound(admin, id, round.id);
    expect(figures).toMatchObject({
      accepted: 2,
      declined: 1,
      pending: round.placed - 3,
      placedNow: round.placed,
    });
    expect(JSON.stringify(figures)).not.toContain(yes1?.ownerId as string);

    // A placed member leaves: their rows go, the group stays for the others.
    await leaveCommunity(yes2 as UseCaseContext, id);
    const store = getStore();
    const rows = await store.db
      .selectFrom('community_group_members')
      .select('user_id')
      .where('user_id', '=', yes2?.ownerId as string)
      .execute();
    expect(rows).toEqual([]);
    const after = await getMyGroup(yes1 as UseCaseContext, id, first.id);
    expect(after.size).toBe(first.size - 1);
    expect(after.members.map((m) => m.userId)).not.toContain(yes2?.ownerId);
    expect(after.accepted).toBe(1);
    expect(await getGroupRound(admin, id, round.id)).toMatchObject({
      placedNow: round.placed - 1,
      accepted: 1,
      declined: 1,
    });
  });

  it('places nobody who did not choose group activities, even when nobody has, and says why when no group can form', async () => {
    // Nobody chose group activities: nobody takes part, so the round is refused, not run for everyone.
    const nobody = await generated(12, false);
    const unasked = await failure(startGroupRound(nobody.admin, nobody.id, { minSize: 4, maxSize: 4 }));
    expect(unasked.code).toBe('group_round_no_groups');
    expect(unasked.message).toMatch(/nobody here has chosen small-group activities/);
    expect(unasked.message).toMatch(/smallest group \(4\)/);
    expect(unasked.message).toMatch(/add “Small-group activity” to the formats in their profile/);
    // Nothing in the request is at fault: no field is named.
    expect(unasked.details).toEqual([]);
    expect(await listGroupRounds(nobody.admin, nobody.id, { limit: 5 })).toEqual([]);
    for (const ctx of nobody.members) expect(await listMyGroups(ctx, nobody.id, { limit: 5 })).toEqual([]);

    // Three chose groups: fewer than any group may be.
    const tiny = await generated(3);
    const tooFew = await failure(startGroupRound(tiny.admin, tiny.id, {}));
    expect(tooFew.code).toBe('group_round_no_groups');
    expect(tooFew.message).toMatch(
      /only 3 members have chosen small-group activities in their profile, fewer than the smallest group \(4\)/,
    );
    expect(tooFew.message).toMatch(/“Small-group activity”/);
    expect(tooFew.details).toEqual([]);
    expect(await listGroupRounds(tiny.admin, tiny.id, { limit: 5 })).toEqual([]);

    // Five chose groups (one of six did not): a smallest group of six is what is in the way.
    const five = await generated(6);
    const tooBig = await failure(startGroupRound(five.admin, five.id, { minSize: 6, maxSize: 8 }));
    expect(tooBig.code).toBe('group_round_no_groups');
    expect(tooBig.message).toMatch(/only 5 members have chosen small-group activities/);
    expect(tooBig.message).toMatch(/fewer than the smallest group \(6\)/);
    expect(tooBig.message).toMatch(/choose a smallest group of 5 or fewer/);
    expect(tooBig.details.map((d) => d.field)).toEqual(['minSize']);

    const { admin, id } = await generated(12);
    const nothingShared = await failure(startGroupRound(admin, id, { activities: ['xylography'] }));
    expect(nothingShared.code).toBe('group_round_no_groups');
    expect(nothingShared.message).toMatch(/10 members have chosen small-group activities/);
    expect(nothingShared.message).toMatch(/none of the activities on offer/);
    expect(nothingShared.message).not.toMatch(/Member \d/);
    expect(nothingShared.details.map((d) => d.field)).toEqual(['activities']);

    for (const input of [{ minSize: 3 }, { maxSize: 9 }, { minSize: 6, maxSize: 5 }, { activities: [] }]) {
      const bad = await failure(startGroupRound(admin, id, input));
      expect(bad.code).toBe('invalid_input');
      expect(bad.details[0]?.field).toMatch(/minSize|maxSize|activities/);
    }
    const badAnswer = await failure(respondToGroup(admin, id, 'any-group', { response: 'maybe' as never }));
    expect(badAnswer.code).toBe('invalid_input');
  });

  it('emails each placed member their group when SMTP is set up, and a mail server that is down undoes nothing', async () => {
    const { admin, id, members, paused, notChoosing } = await generated(14);
    const urlFor = (communityId: string) => `https://kindred.example.org/communities/${communityId}`;
    const starter = admin;
    const round = await startGroupRound(
      starter,
      id,
      { title: 'Autumn groups' },
      { mailer, from: 'kindred@example.org', urlFor },
    );
    const placed = [];
    for (const ctx of members) {
      const [group] = await listMyGroups(ctx, id, { limit: 1 });
      if (group) placed.push({ ctx, group });
    }
    expect(placed).toHaveLength(round.placed);
    const emailOf = async (ctx: UseCaseContext) =>
      (
        await getStore()
          .db.selectFrom('users')
          .select('email')
          .where('id', '=', ctx.ownerId)
          .executeTakeFirst()
      )?.email ?? null;
    let sent = 0;
    for (const { ctx, group } of placed) {
      const address = await emailOf(ctx);
      if (!address) continue; // the generated admin has none
      const [received, ...more] = smtp.to(address);
      expect(more).toEqual([]);
      const mail = readMail(received?.raw ?? '');
      expect(mail.subject).toBe(
        `A small ${group.activity.label} group in ${(await getStore().db.selectFrom('communities').select('name').where('id', '=', id).executeTakeFirstOrThrow()).name}`,
      );
      expect(mail.text).toContain('Autumn groups');
      expect(mail.text).toContain(urlFor(id));
      for (const mate of group.members) expect(mail.text).toContain(mate.displayName);
      expect(mail.text).not.toMatch(/@example\.org/);
      sent += 1;
    }
    expect(sent).toBeGreaterThanOrEqual(round.placed - 1);
    // Neither those on a break nor those who never asked for groups hear a thing.
    const unasked = members.filter((m) => paused.has(m.ownerId) || notChoosing.has(m.ownerId));
    expect(unasked.length).toBeGreaterThanOrEqual(2);
    for (const ctx of unasked) {
      expect(smtp.to((await emailOf(ctx)) as string)).toEqual([]);
    }

    const down = createMailer(await unreachableSmtpUrl());
    try {
      // A day on, as a community may start one group round a day.
      const again = await startGroupRound(
        { ...starter, now: new Date(Date.parse(NOW) + 24 * 3_600_000) },
        id,
        {},
        { mailer: down, from: 'kindred@example.org', urlFor },
      );
      expect(again.groups).toBeGreaterThan(0);
    } finally {
      down.close();
    }
  });
});
