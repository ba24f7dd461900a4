/**
 * Introductions on both dialects: asks on the board, suggestions ranked by the interests
 * members share with the viewer (never hidden fields, never the asker), a connector's
 * proposal answered by both sides, emails only after two yeses (on the page and by real
 * SMTP), a silent decline, repeats refused, strangers and bystanders told "not found",
 * and leaving a community taking one's asks and introductions along.
 */
import { randomUUID } from 'node:crypto';
import { describeEachDialect } from '@kindred/store/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  addExclusion,
  answerIntroduction,
  closeAsk,
  createCommunity,
  createInvite,
  getIntroduction,
  joinByInvite,
  leaveCommunity,
  listAsks,
  listIntroductions,
  listMyMatches,
  postAsk,
  proposeIntroduction,
  respondToMatch,
  runRoundNow,
  saveMyProfile,
  suggestForAsk,
} from '../src/communities/index.ts';
import type { UseCaseContext } from '../src/context.ts';
import { AppError } from '../src/errors/app-error.ts';
import { createMailer, type Mailer } from '../src/integrations/smtp.mailer.ts';
import { contextFor } from './app-context.ts';
import { readMail, startSmtpServer, type TestSmtpServer } from './support/smtp-test-server.ts';

const NOW = '2026-03-02T09:00:00.000Z';

async function failure(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describeEachDialect('community introductions', (getStore) => {
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

  it('puts asks on the board, suggests fitting members by what they share, and closes an ask', async () => {
    const { id, ana, ben, cleo, dev } = await community();
    const ask = await postAsk(ben, id, {
      interests: ['Book binding', 'Bouldering'],
      note: ' A binder to learn from ',
    });
    expect(ask).toMatchObject({
      mine: true,
      asker: { userId: ben.ownerId, displayName: 'Ben' },
      interests: [
        { key: expect.any(String), label: 'Bookbinding' },
        { key: expect.any(String), label: 'Bouldering' },
      ],
      note: 'A binder to learn from',
      closedAt: null,
    });
    const board = await listAsks(ana, id, { limit: 10 });
    expect(board.map((a) => [a.id, a.mine])).toEqual([[ask.id, false]]);

    const suggestions = await suggestForAsk(ana, id, ask.id);
    const names = suggestions.map((s) => s.displayName);
    // Cleo (rare bookbinding) above Ana and Eli (common bouldering); never Ben, never Dev's hidden interests.
    expect(names[0]).toBe('Cleo');
    expect(names).toEqual(expect.arrayContaining(['Ana', 'Eli']));
    expect(names).not.toContain('Ben');
    expect(names).not.toContain('Dev');
    const top = suggestions[0];
    expect(top?.shared.map((s) => s.label)).toEqual(['Bookbinding']);
    expect(top?.score).toBeGreaterThan(suggestions[1]?.score ?? 1);
    expect(top?.profile).not.toHaveProperty('team');
    expect(JSON.stringify(suggestions)).not.toContain('Secret squad');
    // A field kept from everyone plays no part even in its owner's own list; the asker is never in theirs.
    expect((await suggestForAsk(ben, id, ask.id)).map((s) => s.displayName)).toEqual(['Cleo', 'Eli', 'Ana']);
    expect((await suggestForAsk(dev, id, ask.id)).map((s) => s.displayName)).not.toContain('Dev');

    expect((await failure(postAsk(ben, id, { interests: [' '], note: '' }))).code).toBe('invalid_input');
    expect((await failure(closeAsk(cleo, id, ask.id))).code).toBe('ask_not_found');
    const closed = await closeAsk(ben, id, ask.id);
    expect(closed.closedAt).toBe(NOW);
    expect(await listAsks(ana, id, { limit: 10 })).toEqual([]);
    expect(
      (await failure(proposeIntroduction(ana, id, { userIds: [ben.ownerId, cleo.ownerId], askId: ask.id })))
        .code,
    ).toBe('ask_closed');
  });

  it('shares emails only after both accept, shows the connector only the outcome, and emails both', async () => {
    const { id, ana, ben, cleo, dev } = await community();
    const ask = await postAsk(ben, id, { interests: ['bookbinding'] });
    const before = smtp.messages.length;
    const proposed = await proposeIntroduction(
      ana,
      id,
      { userIds: [ben.ownerId, cleo.ownerId], note: 'You both love old books', askId: ask.id },
      mail(),
    );
    expect(proposed).toMatchObject({ role: 'connector', status: 'waiting', myAnswer: null, askId: ask.id });
    expect(proposed.people.map((p) => [p.displayName, p.email])).toEqual([
      ['Ben', null],
      ['Cleo', null],
    ]);
    // Both parties hear of it.
    expect(smtp.to(ben.email).length + smtp.to(cleo.email).length).toBe(2);
    const invitation = readMail(smtp.to(cleo.email).at(-1)?.raw ?? '');
    expect(invitation.subject).toBe('Ana would like to introduce you to Ben');
    expect(invitation.text).toContain('You both love old books');
    expect(invitation.text).not.toContain(ben.email);

    const benSees = await getIntroduction(ben, id, proposed.id);
    expect(benSees).toMatchObject({
      role: 'party',
      status: 'waiting',
      myAnswer: 'pending',
      connector: { displayName: 'Ana' },
      note: 'You both love old books',
    });
    expect(benSees.people).toHaveLength(1);
    expect(benSees.people[0]).toMatchObject({ displayName: 'Cleo', email: null });
    expect(benSees.people[0]?.profile.interests?.map((i) => i.label)).toEqual(['Bookbinding']);
    expect(benSees.people[0]?.profile).not.toHaveProperty('team');

    // A bystander member and a stranger see nothing of it.
    expect((await failure(getIntroduction(dev, id, proposed.id))).code).toBe('introduction_not_found');
    const stranger = await person('Sam');
    expect((await failure(getIntroduction(stranger, id, proposed.id))).code).toBe('community_not_found');
    expect(await listIntroductions(dev, id, { limit: 10 })).toEqual([]);
    // The connector does not answer for them, and is told which input it was about.
    const notAParty = await failure(answerIntroduction(ana, id, proposed.id, { answer: 'accepted' }));
    expect(notAParty.code).toBe('introduction_not_a_party');
    expect(notAParty.details).toEqual([{ field: 'introductionId', message: expect.any(String) }]);

    const half = await answerIntroduction(ben, id, proposed.id, { answer: 'accepted' }, mail());
    expect(half).toMatchObject({ status: 'waiting', myAnswer: 'accepted' });
    expect(half.people[0]?.email).toBeNull();
    expect((await getIntroduction(cleo, id, proposed.id)).people[0]?.email).toBeNull();
    expect(smtp.messages.length).toBe(before + 2);

    const both = await answerIntroduction(cleo, id, proposed.id, { answer: 'accepted' }, mail());
    expect(both.status).toBe('introduced');
    expect(both.people[0]).toMatchObject({ displayName: 'Ben', email: ben.email });
    expect((await getIntroduction(ben, id, proposed.id)).people[0]?.email).toBe(cleo.email);
    const anaSees = await getIntroduction(ana, id, proposed.id);
    expect(anaSees.status).toBe('introduced');
    expect(anaSees.people.map((p) => p.email)).toEqual([null, null]);
    const done = readMail(smtp.to(ben.email).at(-1)?.raw ?? '');
    expect(done.subject).toBe('You and Cleo are introduced');
    expect(done.text).toContain(cleo.email);
    expect(readMail(smtp.to(cleo.email).at(-1)?.raw ?? '').text).toContain(ben.email);

    expect((await failure(answerIntroduction(ben, id, proposed.id, { answer: 'declined' }))).code).toBe(
      'introduction_closed',
    );
    // Dev had no part in it: he is not told they were introduced.
    expect((await failure(proposeIntroduction(dev, id, { userIds: [cleo.ownerId, ben.ownerId] }))).code).toBe(
      'introduction_unavailable',
    );
  });

  it('lets the asker propose themselves (their side already yes), and keeps a decline silent', async () => {
    const { id, ben, cleo, eli } = await community();
    const ask = await postAsk(ben, id, { interests: ['bouldering'] });
    const mine = await proposeIntroduction(ben, id, { userIds: [eli.ownerId, ben.ownerId], askId: ask.id });
    expect(mine).toMatchObject({ role: 'party', myAnswer: 'accepted', status: 'waiting' });
    expect(mine.people.map((p) => p.displayName)).toEqual(['Eli']);
    const eliSees = await getIntroduction(eli, id, mine.id);
    expect(eliSees).toMatchObject({ myAnswer: 'pending', connector: { displayName: 'Ben' } });

    const declined = await answerIntroduction(eli, id, mine.id, { answer: 'declined' });
    expect(declined.status).toBe('not-going-ahead');
    const benSees = await getIntroduction(ben, id, mine.id);
    expect(benSees.status).toBe('not-going-ahead');
    expect(benSees.myAnswer).toBe('accepted');
    expect(benSees.people[0]?.email).toBeNull();
    // Nothing in what Ben receives says who declined.
    expect(JSON.stringify(benSees)).not.toContain('declined');
    // Not proposed again soon, whoever asks; Cleo, who had no part in it, is not told why.
    expect((await failure(proposeIntroduction(cleo, id, { userIds: [ben.ownerId, eli.ownerId] }))).code).toBe(
      'introduction_unavailable',
    );
    expect((await failure(proposeIntroduction(cleo, id, { userIds: [ben.ownerId, ben.ownerId] }))).code).toBe(
      'invalid_input',
    );
    const outsider = await person('Olga');
    expect(
      (await failure(proposeIntroduction(cleo, id, { userIds: [ben.ownerId, outsider.ownerId] }))).code,
    ).toBe('member_not_found');
    expect(
      (await failure(proposeIntroduction(cleo, id, { userIds: [cleo.ownerId, eli.ownerId], askId: ask.id })))
        .code,
    ).toBe('invalid_input');
  });

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
    const [sent, before] = [smtp.messages.length, await lists()];
    const error = await failure(
      proposeIntroduction(who, id, { userIds: [pair[0].ownerId, pair[1].ownerId], note: 'Try this' }, mail()),
    );
    expect(await lists()).toBe(before);
    expect(smtp.messages.length).toBe(sent);
    return error;
  }

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

  it("takes a leaver's asks and introductions with them", async () => {
    const { id, ana, ben, cleo } = await community();
    const ask = await postAsk(cleo, id, { note: 'Anyone who restores furniture' });
    const intro = await proposeIntroduction(ana, id, { userIds: [ben.ownerId, cleo.ownerId] });
    await leaveCommunity(cleo, id);
    expect(await listAsks(ana, id, { limit: 10 })).toEqual([]);
    expect((await failure(getIntroduction(ana, id, intro.id))).code).toBe('introduction_not_found');
    expect(await listIntroductions(ben, id, { limit: 10 })).toEqual([]);
    expect((await failure(suggestForAsk(ana, id, ask.id))).code).toBe('ask_not_found');
    expect((await failure(listAsks(cleo, id, { limit: 10 }))).code).toBe('community_not_found');
  });
});
