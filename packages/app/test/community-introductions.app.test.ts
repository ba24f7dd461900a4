/**
 * Introductions on both dialects: asks on the board, suggestions ranked by the interests
 * members share with the viewer (never hidden fields, never the asker), a connector's
 * proposal answered by both sides, emails only after two yeses (on the page and by real
 * SMTP), a silent decline, and leaving a community taking one's asks and introductions
 * along. What a refused proposal says, and to whom: community-introduction-refusals.
 */
import { describeEachDialect } from '@kindred/store/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  answerIntroduction,
  closeAsk,
  getIntroduction,
  leaveCommunity,
  listAsks,
  listIntroductions,
  postAsk,
  proposeIntroduction,
  suggestForAsk,
} from '../src/communities/index.ts';
import { createMailer, type Mailer } from '../src/integrations/smtp.mailer.ts';
import { failure, introductionPeople, NOW } from './support/introductions-world.ts';
import { readMail, startSmtpServer, type TestSmtpServer } from './support/smtp-test-server.ts';

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

  const { person, community } = introductionPeople(getStore);

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
