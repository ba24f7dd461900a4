/**
 * What a refused introduction says, and to whom, on both dialects: a member with no part
 * in two others' history hears one neutral answer whatever the reason (an earlier
 * introduction, a recent decline, a kept-apart pair, a no to a match); the connector and
 * the two are told what is theirs to know; two members a round matched are told so alike,
 * whatever either answered, even after one left and came back; and an asker's own
 * suggestions leave out the members a round matched them with.
 */
import { describeEachDialect } from '@kindred/store/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  addExclusion,
  answerIntroduction,
  createInvite,
  joinByInvite,
  leaveCommunity,
  listMyMatches,
  postAsk,
  proposeIntroduction,
  respondToMatch,
  runRoundNow,
  suggestForAsk,
} from '../src/communities/index.ts';
import type { UseCaseContext } from '../src/context.ts';
import { createMailer, type Mailer } from '../src/integrations/smtp.mailer.ts';
import { contextFor } from './app-context.ts';
import { introductionPeople, NOW, refusalChecks } from './support/introductions-world.ts';
import { startSmtpServer, type TestSmtpServer } from './support/smtp-test-server.ts';

describeEachDialect('refused introductions', (getStore) => {
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
  const mail = () => ({
    mailer,
    from: 'kindred@example.org',
    urlFor: (id: string) => `https://k.test/c/${id}`,
  });

  const { community } = introductionPeople(getStore);
  const { expectNeutral, refused } = refusalChecks(() => smtp, mail);

  it('tells a member who had no part in it nothing of an earlier introduction or a recent decline', async () => {
    const { id, ana, ben, cleo, dev, eli } = await community();
    // Under way: Ana introduces Ben and Cleo.
    await proposeIntroduction(ana, id, { userIds: [ben.ownerId, cleo.ownerId] });
    expectNeutral(await refused(dev, id, [cleo, ben]), ['Cleo', 'Ben']);
    // Ana made it, so she may hear of it; so may Ben and Cleo, who are in it.
    const own = await refused(ana, id, [cleo, ben]);
    expect(own.code).toBe('introduction_exists');
    expect(own.message).toMatch(/waiting for an answer/);
    expect(own.details).toEqual([{ field: 'userIds', message: expect.any(String) }]);
    expect((await refused(cleo, id, [cleo, ben])).message).toMatch(
      /^Your introduction to Ben is still waiting/,
    );

    // Declined lately: Ben suggests himself to Eli, who says no.
    const mine = await proposeIntroduction(ben, id, { userIds: [ben.ownerId, eli.ownerId] });
    await answerIntroduction(eli, id, mine.id, { answer: 'declined' });
    expectNeutral(await refused(dev, id, [ben, eli]), ['Ben', 'Eli']);
    expectNeutral(await refused(ana, id, [eli, ben]), ['Eli', 'Ben']);
    for (const party of [ben, eli]) {
      const told = await refused(party, id, [party, party === ben ? eli : ben]);
      expect(told.code).toBe('introduction_exists');
      expect(told.message).toMatch(/did not go ahead/);
      // Still never who said no.
      expect(told.message).not.toMatch(/declin|Eli said|Ben said/i);
    }
    // After the rest, anyone may suggest them again.
    const later = { ...dev, now: new Date(Date.parse(NOW) + 181 * 86_400_000) };
    expect((await proposeIntroduction(later, id, { userIds: [ben.ownerId, eli.ownerId] })).status).toBe(
      'waiting',
    );
  });

  it("keeps a pair kept apart (an admin's, or a member's no to a match) from those it is not theirs to tell", async () => {
    const { id, ana, ben, cleo, dev, eli } = await community();
    // An admin keeps Dev and Eli apart: members hear nothing of why, the admin is told plainly.
    await addExclusion(ana, id, { userIds: [dev.ownerId, eli.ownerId] });
    expectNeutral(await refused(cleo, id, [dev, eli]), ['Dev', 'Eli']);
    expectNeutral(await refused(dev, id, [dev, eli]), ['you', 'Eli']);
    const plain = await refused(ana, id, [dev, eli]);
    expect(plain.code).toBe('introduction_unavailable');
    expect(plain.message).toMatch(/kept-apart pair/);
    expect(plain.details).toEqual([{ field: 'userIds', message: 'a kept-apart pair' }]);

    // A round pairs everyone; Ben says no to his match.
    await runRoundNow(ana, id);
    const [match] = await listMyMatches(ben, { limit: 5, communityId: id });
    const partners = match?.partners.map((p) => p.userId) ?? [];
    const everyone = { [ana.ownerId]: ana, [cleo.ownerId]: cleo, [dev.ownerId]: dev, [eli.ownerId]: eli };
    const partner = everyone[partners[0] as string] as UseCaseContext;
    const before = { ben: await refused(ben, id, [ben, partner]) };
    await respondToMatch(ben, match?.id as string, { response: 'declined' });
    const partnerName = match?.partners[0]?.displayName as string;
    const outsiders = Object.values(everyone).filter((m) => !partners.includes(m.ownerId));
    expect(outsiders.length).toBeGreaterThan(0);
    // Nobody else learns of Ben's no, admins included, nor does the one he said it to.
    for (const outsider of outsiders)
      expectNeutral(await refused(outsider, id, [ben, partner]), ['Ben', partnerName]);
    // The two matched are told so, the same before and after either's no and whatever the
    // other answered, so neither can learn from it what the other said.
    const own = await refused(ben, id, [ben, partner]);
    expect(own.code).toBe('introduction_unavailable');
    expect(own.message).toMatch(/already matched you with/);
    expect(own.details).toEqual([{ field: 'userIds', message: 'you two were matched in a round' }]);
    expect(own.message).toBe(before.ben.message);
    const partnerSees = await refused(partner, id, [partner, ben]);
    expect(partnerSees.message).toMatch(/already matched you with Ben/);
    await respondToMatch(partner, match?.id as string, { response: 'declined' });
    expect((await refused(ben, id, [ben, partner])).message).toBe(own.message);
    expect((await refused(partner, id, [partner, ben])).message).toBe(partnerSees.message);
    await respondToMatch(ben, match?.id as string, { response: 'accepted' });
    await respondToMatch(partner, match?.id as string, { response: 'accepted' });
    expect((await refused(ben, id, [ben, partner])).message).toBe(own.message);
    expect((await refused(partner, id, [partner, ben])).message).toBe(partnerSees.message);
  });

  it("leaves out of the asker's own suggestions the members a round matched them with", async () => {
    const { id, ana, ben } = await community();
    const ask = await postAsk(ben, id, { interests: ['Bookbinding', 'Bouldering'], note: '' });
    expect((await suggestForAsk(ben, id, ask.id)).map((s) => s.displayName)).toEqual(['Cleo', 'Eli', 'Ana']);
    await runRoundNow(ana, id);
    const [match] = await listMyMatches(ben, { limit: 5, communityId: id });
    const partners = match?.partners.map((p) => p.displayName) ?? [];
    // The round pairs on shared interests, so Ben's partner is someone his list had.
    const listed = partners.filter((n) => ['Cleo', 'Eli', 'Ana'].includes(n));
    expect(listed.length).toBeGreaterThan(0);
    // Ben knows whom he was matched with; proposing them would only be refused.
    const own = (await suggestForAsk(ben, id, ask.id)).map((s) => s.displayName);
    expect(own).toEqual(['Cleo', 'Eli', 'Ana'].filter((n) => !partners.includes(n)));
    // Anyone else's view of the same ask uses nothing of Ben's matches.
    const { ctx: newcomer } = await contextFor(getStore(), NOW);
    const { path } = await createInvite(ana, id, {});
    await joinByInvite(newcomer, { token: path });
    expect((await suggestForAsk(newcomer, id, ask.id)).map((s) => s.displayName)).toEqual(
      expect.arrayContaining(listed),
    );
  });

  it('answers two matched members alike after one said no, left and came back', async () => {
    const { id, ana, ben, cleo, dev, eli } = await community();
    await runRoundNow(ana, id);
    const [match] = await listMyMatches(ben, { limit: 5, communityId: id });
    const everyone = { [ana.ownerId]: ana, [cleo.ownerId]: cleo, [dev.ownerId]: dev, [eli.ownerId]: eli };
    const partner = everyone[match?.partners[0]?.userId as string] as UseCaseContext;
    await respondToMatch(ben, match?.id as string, { response: 'declined' });
    // Leaving takes Ben's side of the match with him; his no stays with his account.
    await leaveCommunity(ben, id);
    const { path } = await createInvite(ana, id, {});
    await joinByInvite(ben, { token: path });
    for (const [who, other] of [
      [ben, partner],
      [partner, ben],
    ] as const) {
      const told = await refused(who, id, [who, other]);
      expect(told.code).toBe('introduction_unavailable');
      expect(told.message).toMatch(/already matched you with/);
      expect(told.message).not.toMatch(/declin|said no|rather not/i);
    }
  });
});
