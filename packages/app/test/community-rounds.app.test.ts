/**
 * A whole pairing round for a community of 200 generated members, on both dialects:
 * the schedule makes the round due, the job pairs everyone once (a second run, as from
 * a second server process, does nothing), each member's email arrives at a real SMTP
 * server on loopback with an .ics invite that an independent parser (ical.js) reads,
 * members answer and give feedback, and the next round pairs nobody who just met.
 */
import { randomUUID } from 'node:crypto';
import { describeEachDialect } from '@kindred/store/testing';
import ICAL from 'ical.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  addExclusion,
  addMatchToCompanion,
  createCommunity,
  getRoundRules,
  giveMatchFeedback,
  leaveCommunity,
  listExclusions,
  listMyMatches,
  listRounds,
  respondToMatch,
  runDueRounds,
  runRoundNow,
  saveMyProfile,
  sendQueuedMatchEmails,
  setRoundRules,
} from '../src/communities/index.ts';
import type { UseCaseContext } from '../src/context.ts';
import { AppError } from '../src/errors/app-error.ts';
import { listPeople } from '../src/index.ts';
import { createMailer, type Mailer } from '../src/integrations/smtp.mailer.ts';
import { contextFor } from './app-context.ts';
import { readMail, startSmtpServer, type TestSmtpServer } from './support/smtp-test-server.ts';

const NOW = '2027-01-06T12:00:00.000Z'; // a Wednesday
const INTERESTS = [
  'bouldering',
  'sourdough',
  'chess',
  'jazz',
  'running',
  'board games',
  'photography',
  'rust',
];
const TEAMS = ['Platform', 'Data', 'Design', 'Sales', 'Support'];
const ZONES = ['Europe/Lisbon', 'Europe/Berlin', 'America/New_York'];
const SIZE = 200;

async function failure(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

describeEachDialect('a community round', (getStore) => {
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

  /** An admin and SIZE - 1 members with email addresses and varied profiles. */
  async function generatedCommunity(): Promise<{
    admin: UseCaseContext;
    id: string;
    members: UseCaseContext[];
  }> {
    const store = getStore();
    const admin = (await contextFor(store, NOW)).ctx;
    const { id } = await createCommunity(admin, { name: 'Generated guild' });
    const members: UseCaseContext[] = [admin];
    const tag = randomUUID().slice(0, 8);
    for (let i = 1; i < SIZE; i++) {
      const { ctx } = await contextFor(store, NOW, ZONES[i % ZONES.length]);
      await store.db
        .updateTable('users')
        .set({ email: `m${i}-${tag}@example.org`, display_name: `Member ${i}` })
        .where('id', '=', ctx.ownerId)
        .execute();
      await store.repos.communities.addMember(id, ctx.ownerId, 'member', NOW);
      members.push(ctx);
    }
    await store.db
      .updateTable('users')
      .set({ email: `admin-${tag}@example.org`, display_name: 'Ada Admin' })
      .where('id', '=', admin.ownerId)
      .execute();
    for (const [i, ctx] of members.entries()) {
      await saveMyProfile(ctx, id, {
        interests: [INTERESTS[i % 8] as string, INTERESTS[(i * 3 + 1) % 8] as string],
        team: TEAMS[i % TEAMS.length] as string,
        timeZone: ZONES[i % ZONES.length] as string,
        availability: [
          { day: 'tue', start: '09:00', end: '18:00' },
          { day: 'thu', start: '09:00', end: '18:00' },
        ],
        formats: i % 2 ? ['coffee', 'walk'] : ['video-call'],
        intro: `Member ${i} here, happy to chat.`,
      });
    }
    return { admin, id, members };
  }

  it('runs a scheduled round once, emails every match with an invite, and the next round avoids the pairs who just met', async () => {
    const store = getStore();
    const { admin, id, members } = await generatedCommunity();
    const rules = await setRoundRules(admin, id, {
      cadence: 'weekly',
      weekday: 'thu',
      hour: 9,
      timeZone: 'Europe/Lisbon',
      crossTeamOnly: true,
    });
    expect(rules.nextRoundAt).toBe('2027-01-07T09:00:00.000Z');

    // Not yet due: nothing happens.
    expect(await runDueRounds(store, new Date('2027-01-07T08:59:00Z'), () => {})).toEqual([]);

    // Due: two processes' jobs run at the same moment; the round is stored once.
    const errors: unknown[] = [];
    const at = new Date('2027-01-07T09:00:30Z');
    const [first, second] = await Promise.all([
      runDueRounds(store, at, (_, e) => errors.push(e)),
      runDueRounds(store, at, (_, e) => errors.push(e)),
    ]);
    const ran = [...(first ?? []), ...(second ?? [])];
    expect(ran).toHaveLength(1);
    expect(ran[0]).toMatchObject({ members: SIZE, active: SIZE, pairs: SIZE / 2, trios: 0, unmatched: [] });
    expect(ran[0]?.emailsQueued).toBe(SIZE);
    // Contention may surface as an error in the loser on PostgreSQL; it must not be a second round.
    for (const e of errors) expect(String(e)).toMatch(/unique|duplicate|lock/i);
    expect((await getRoundRules(admin, id)).nextRoundAt).toBe('2027-01-14T09:00:00.000Z');

    // Every member has exactly one match, across teams, with times inside both windows.
    const matchOf = new Map<string, Awaited<ReturnType<typeof listMyMatches>>[number]>();
    for (const ctx of members) {
      const mine = await listMyMatches(ctx, { limit: 10, communityId: id });
      expect(mine).toHaveLength(1);
      matchOf.set(ctx.ownerId, mine[0] as never);
    }
    const teamOf = new Map(members.map((ctx, i) => [ctx.ownerId, TEAMS[i % TEAMS.length]]));
    const firstPairs = new Set<string>();
    for (const [userId, match] of matchOf) {
      const partner = match.partners[0];
      expect(match.partners).toHaveLength(1);
      expect(teamOf.get(partner?.userId as string)).not.toBe(teamOf.get(userId));
      firstPairs.add(pairKey(userId, partner?.userId as string));
      expect(match.times.length).toBeGreaterThanOrEqual(2);
      for (const time of match.times) {
        const day = new Date(time.start).getUTCDay();
        expect([2, 4]).toContain(day); // Tuesdays and Thursdays
      }
      expect(match.reason.length).toBeGreaterThan(10);
      // Read by people: names, never ids or placeholders.
      expect(match.reason).not.toContain(userId);
      expect(match.reason).not.toContain(partner?.userId as string);
      expect(match.reason).not.toContain('~');
      expect(match.starter.length).toBeGreaterThan(10);
      // No email address until both accept.
      expect(partner?.email).toBeNull();
    }
    expect(firstPairs.size).toBe(SIZE / 2);

    // The emails: one per member, each with a parseable invite for their match.
    const sent = await sendQueuedMatchEmails({
      store,
      mailer,
      from: 'Kindred <kindred@example.org>',
      publicUrl: 'https://kindred.example.org',
      now: at,
      batch: 500,
    });
    expect(sent).toEqual({ sent: SIZE, failed: [] });
    expect(await store.repos.communityMatches.emailCounts(id)).toEqual({
      queued: 0,
      sending: 0,
      sent: SIZE,
      failed: 0,
    });
    // A second run finds nothing left to send.
    expect(
      (await sendQueuedMatchEmails({ store, mailer, from: 'k@example.org', publicUrl: '', now: at })).sent,
    ).toBe(0);
    for (const ctx of members.slice(0, 20)) {
      const [user] = await store.db
        .selectFrom('users')
        .select(['email'])
        .where('id', '=', ctx.ownerId)
        .execute();
      const received = smtp.to(user?.email as string);
      expect(received).toHaveLength(1);
      const mail = readMail(received[0]?.raw ?? '');
      const match = matchOf.get(ctx.ownerId);
      expect(mail.text).toContain(match?.partners[0]?.displayName);
      expect(mail.text).toContain(`https://kindred.example.org/communities/${id}#match-${match?.id}`);
      const calendar = new ICAL.Component(ICAL.parse(mail.calendar as string));
      expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
      const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') as ICAL.Component);
      expect(event.uid).toContain(match?.id);
      expect(event.startDate.toJSDate().toISOString()).toBe(match?.times[0]?.start);
    }

    // Answers and feedback: half the pairs met and would meet again, a few declined.
    const answered = [...matchOf.entries()].slice(0, 40);
    for (const [i, [userId, match]] of answered.entries()) {
      const ctx = members.find((m) => m.ownerId === userId) as UseCaseContext;
      if (i % 10 === 0) {
        expect((await respondToMatch(ctx, match.id, { response: 'declined' })).myResponse).toBe('declined');
      } else {
        await respondToMatch(ctx, match.id, { response: 'accepted' });
        const after = await giveMatchFeedback(ctx, match.id, { met: true, meetAgain: i % 3 !== 0 });
        expect(after.feedback).toEqual({ met: true, meetAgain: i % 3 !== 0 });
      }
    }
    const [figures] = await listRounds(admin, id, { limit: 5 });
    expect(figures).toMatchObject({
      matches: SIZE / 2,
      matchedMembers: SIZE,
      declined: 4,
      accepted: 36,
      met: 36,
    });
    expect((await failure(listRounds(members[5] as UseCaseContext, id, { limit: 5 }))).code).toBe(
      'community_admin_only',
    );

    // A week later the next round runs: nobody meets the same person again.
    const next = await runDueRounds(store, new Date('2027-01-14T09:00:10Z'), (_, e) => {
      throw e;
    });
    expect(next).toHaveLength(1);
    for (const ctx of members) {
      const [latest] = await listMyMatches(ctx, { limit: 1, communityId: id });
      const partner = latest?.partners[0]?.userId as string;
      expect(firstPairs.has(pairKey(ctx.ownerId, partner))).toBe(false);
    }
  }, 240_000);

  it('sends an email claimed by a process that died, once its claim is old', async () => {
    const store = getStore();
    const admin = (await contextFor(store, NOW)).ctx;
    const { id } = await createCommunity(admin, { name: 'Mail guild' });
    const bo = (await contextFor(store, NOW)).ctx;
    await store.repos.communities.addMember(id, bo.ownerId, 'member', NOW);
    const tag = randomUUID().slice(0, 8);
    for (const [ctx, name] of [
      [admin, 'ada'],
      [bo, 'bo'],
    ] as const) {
      await store.db
        .updateTable('users')
        .set({ email: `${name}-${tag}@example.org` })
        .where('id', '=', ctx.ownerId)
        .execute();
    }
    const options = { store, mailer, from: 'k@example.org', publicUrl: 'https://k.example.org' };
    // The queue is shared by every community in this database: empty it of earlier tests' emails.
    while ((await sendQueuedMatchEmails({ ...options, now: new Date(NOW) })).sent > 0);
    await runRoundNow(admin, id);
    // A process claims both emails and dies before sending either.
    const claimed = await store.repos.communityMatches.claimEmails(10, NOW, '2000-01-01T00:00:00Z');
    expect(claimed).toHaveLength(2);
    const early = await sendQueuedMatchEmails({ ...options, now: new Date(Date.parse(NOW) + 60_000) });
    expect(early.sent).toBe(0);
    const later = await sendQueuedMatchEmails({ ...options, now: new Date(Date.parse(NOW) + 20 * 60_000) });
    expect(later).toEqual({ sent: 2, failed: [] });
    expect(smtp.to(`bo-${tag}@example.org`)).toHaveLength(1);
  });

  it('explains a match only with what both members show each other', async () => {
    const store = getStore();
    const admin = (await contextFor(store, NOW)).ctx;
    const { id } = await createCommunity(admin, { name: 'Quiet guild' });
    const bo = (await contextFor(store, NOW)).ctx;
    await store.repos.communities.addMember(id, bo.ownerId, 'member', NOW);
    // Both love falconry and name their teams; the admin keeps interests and team to nobody.
    await saveMyProfile(admin, id, {
      interests: ['falconry', 'chess'],
      team: 'Secret Skunkworks',
      openTo: ['mentor'],
      seniority: 'executive',
      visibility: { interests: 'nobody', team: 'nobody', openTo: 'nobody' },
    });
    await saveMyProfile(bo, id, {
      interests: ['falconry', 'chess'],
      team: 'Data',
      openTo: ['mentee'],
      seniority: 'early-career',
    });
    await runRoundNow(admin, id);
    const [match] = await listMyMatches(bo, { limit: 5, communityId: id });
    expect(match?.partners[0]?.userId).toBe(admin.ownerId);
    const words = JSON.stringify([match?.reason, match?.starter, match?.shared]);
    expect(words).not.toMatch(/falconry|chess|Skunkworks|mentor/i);
    // Bo says no: the admin is not told it was a no.
    await respondToMatch(bo, match?.id as string, { response: 'declined' });
    const [seen] = await listMyMatches(admin, { limit: 5, communityId: id });
    expect(seen?.partners[0]?.response).toBe('pending');

    // Bo's "no" keeps the two apart, even after he leaves and comes back.
    const pair = [admin.ownerId, bo.ownerId].sort();
    await leaveCommunity(bo, id);
    await store.repos.communities.addMember(id, bo.ownerId, 'member', NOW);
    expect(await store.repos.communityRounds.exclusionsForRound(id)).toEqual([pair]);
    // A second round by hand so soon is refused, with when to try again.
    const soon = await failure(runRoundNow(admin, id));
    expect(soon.code).toBe('round_just_ran');
    expect(soon.message).toMatch(/about 12 hours/);
  });

  it('lets an admin run a round now, keep two members apart, and a member add a match to their companion', async () => {
    const store = getStore();
    const admin = (await contextFor(store, NOW)).ctx;
    const { id } = await createCommunity(admin, { name: 'Small guild' });
    const bo = (await contextFor(store, NOW)).ctx;
    const cy = (await contextFor(store, NOW)).ctx;
    for (const ctx of [bo, cy]) await store.repos.communities.addMember(id, ctx.ownerId, 'member', NOW);
    await saveMyProfile(admin, id, { interests: ['chess'], formats: ['walk'] });
    await saveMyProfile(bo, id, { interests: ['chess', 'jazz'], formats: ['walk'], team: 'Data' });
    await saveMyProfile(cy, id, { interests: ['jazz'], paused: true });
    await addExclusion(admin, id, { userIds: [cy.ownerId, admin.ownerId] });
    expect((await failure(addExclusion(bo, id, { userIds: [cy.ownerId, admin.ownerId] }))).code).toBe(
      'community_admin_only',
    );

    // The admin's pair is kept through Cy leaving and coming back.
    await leaveCommunity(cy, id);
    await store.repos.communities.addMember(id, cy.ownerId, 'member', NOW);
    await saveMyProfile(cy, id, { interests: ['jazz'], paused: true });
    expect((await listExclusions(admin, id)).map((e) => [e.userA, e.userB])).toEqual([
      [admin.ownerId, cy.ownerId].sort(),
    ]);

    const outcome = await runRoundNow(admin, id);
    // Cy paused: the other two are paired.
    expect(outcome).toMatchObject({ members: 3, active: 2, pairs: 1, resting: 1 });
    const [match] = await listMyMatches(bo, { limit: 5, communityId: id });
    // Bo named a team and the admin did not: the reason names no team rather than a placeholder.
    expect(match?.reason).not.toMatch(/~|undefined/);
    expect(match?.partners.map((p) => p.userId)).toEqual([admin.ownerId]);
    expect(await listMyMatches(cy, { limit: 5 })).toEqual([]);
    // Somebody else's match is "not found", to them and to the admin alike.
    expect((await failure(respondToMatch(cy, match?.id as string, { response: 'accepted' }))).code).toBe(
      'match_not_found',
    );

    // Both accept: now each can see how to reach the other.
    await respondToMatch(admin, match?.id as string, { response: 'accepted' });
    const accepted = await respondToMatch(bo, match?.id as string, { response: 'accepted' });
    expect(accepted.partners[0]?.response).toBe('accepted');
    await giveMatchFeedback(bo, match?.id as string, { met: true, meetAgain: true });
    const added = await addMatchToCompanion(bo, match?.id as string);
    expect(added.loggedMeeting).toBe(true);
    const people = await listPeople(bo);
    expect(people.map((p) => p.name)).toEqual(['Tester']);
    expect(people[0]?.interests.map((i) => i.key)).toContain('chess');
    const again = await addMatchToCompanion(bo, match?.id as string);
    expect(again.personIds).toEqual(added.personIds);
    expect(again.loggedMeeting).toBe(false);

    // Bo leaves: his profile and his side of the match go; the admin keeps the match,
    // her own answer and feedback, but nothing about Bo is left in it.
    await leaveCommunity(bo, id);
    const [kept] = await listMyMatches(admin, { limit: 5, communityId: id });
    expect(kept?.id).toBe(match?.id);
    expect(kept?.partners).toEqual([]);
    expect(kept?.myResponse).toBe('accepted');
    const left = await store.db
      .selectFrom('community_match_members')
      .select('user_id')
      .where('user_id', '=', bo.ownerId)
      .execute();
    expect(left).toEqual([]);
    expect(await listMyMatches(bo, { limit: 5 })).toEqual([]);
    expect((await failure(addMatchToCompanion(admin, kept?.id as string))).code).toBe('match_partner_left');
    // Bo's own companion keeps the person he made: it is his, not the community's.
    expect((await listPeople(bo)).map((p) => p.name)).toEqual(['Tester']);
  });
});
