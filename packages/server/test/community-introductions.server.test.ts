/**
 * Introductions over HTTP: an ask on the board, suggestions, a connector's proposal
 * emailed to both sides (a real SMTP server on loopback), both answers, and emails shown
 * only after two yeses; a bystander member, the connector answering, a stranger and bad
 * bodies each get the one error body. Companion data never appears in these answers.
 */
import { createMailer } from '@kindred/app';
import { describeEachDialect } from '@kindred/store/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readMail, startSmtpServer, type TestSmtpServer } from '../../app/test/support/smtp-test-server.ts';
import { loadServerConfig } from '../src/config/server-config.ts';
import { createLogger } from '../src/logger.ts';
import { createServerApp } from '../src/server-app.ts';
import { clock } from './support/api-fixtures.ts';
import { type Client, signedUp, type TestApp } from './support/test-app.ts';

describeEachDialect('community introductions over HTTP', (getStore) => {
  let smtp: TestSmtpServer;
  let mailer: ReturnType<typeof createMailer>;
  let app: TestApp;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    mailer = createMailer(smtp.url);
    const config = loadServerConfig({
      KINDRED_DATA_DIR: '/tmp/unused',
      LOG_LEVEL: 'silent',
      ALLOW_SIGNUP: 'true',
      AUTH_RATE_LIMIT: '10000',
      PUBLIC_URL: 'https://kindred.example.org',
    });
    app = createServerApp({ store: getStore(), config, logger: createLogger('silent'), mailer, clock });
  });
  afterAll(async () => {
    mailer.close();
    await smtp.close();
  });

  const emailOf = async (client: Client): Promise<string> =>
    (await client.json('GET', '/api/account')).body.email;

  async function join(admin: Client, id: string, member: Client) {
    const link = await admin.json('POST', `/api/communities/${id}/invites`, {});
    expect((await member.json('POST', '/api/invites/accept', { token: link.body.url })).status).toBe(200);
  }

  it('runs from an ask to an introduction both accept, emailed, with addresses shared only then', async () => {
    const ana = await signedUp(app, 'Ana Connector');
    const ben = await signedUp(app, 'Ben Asker');
    const cleo = await signedUp(app, 'Cleo Binder');
    const dora = await signedUp(app, 'Dora Bystander');
    const stranger = await signedUp(app, 'Sid Stranger');
    await cleo.json('POST', '/api/people', { name: 'Private Person', notes: 'companion-only note' });
    const id = (await ana.json('POST', '/api/communities', { name: 'Binders' })).body.id;
    for (const member of [ben, cleo, dora]) await join(ana, id, member);
    await cleo.json('PATCH', `/api/communities/${id}/profile`, {
      interests: ['bookbinding'],
      team: 'Hidden team',
      visibility: { team: 'nobody' },
    });

    const ask = await ben.json('POST', `/api/communities/${id}/asks`, {
      interests: ['book binding'],
      note: 'Someone to learn binding from',
    });
    expect(ask.status).toBe(201);
    expect(ask.body).toMatchObject({ mine: true, interests: [{ label: 'Bookbinding' }] });
    const board = await ana.json('GET', `/api/communities/${id}/asks`);
    expect(board.body).toMatchObject({ items: [{ id: ask.body.id, mine: false }], nextCursor: null });
    const suggestions = await ana.json('GET', `/api/communities/${id}/asks/${ask.body.id}/suggestions`);
    expect(suggestions.status).toBe(200);
    expect(suggestions.body.items.map((s: { displayName: string }) => s.displayName)).toEqual([
      'Cleo Binder',
    ]);
    expect(JSON.stringify(suggestions.body)).not.toContain('Hidden team');

    const sent = smtp.messages.length;
    const proposed = await ana.json('POST', `/api/communities/${id}/introductions`, {
      userIds: [ben.userId, cleo.userId],
      note: 'Ben wants to learn binding',
      askId: ask.body.id,
    });
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({ role: 'connector', status: 'waiting', myAnswer: null });
    const [benEmail, cleoEmail] = [await emailOf(ben), await emailOf(cleo)];
    expect(smtp.messages.length).toBe(sent + 2);
    const invitation = readMail(smtp.to(cleoEmail)[0]?.raw ?? '');
    expect(invitation.subject).toBe('Ana Connector would like to introduce you to Ben Asker');
    expect(invitation.text).toContain(`https://kindred.example.org/communities/${id}`);
    expect(invitation.text).not.toContain(benEmail);

    const introPath = `/api/communities/${id}/introductions/${proposed.body.id}`;
    const benSees = await ben.json('GET', introPath);
    expect(benSees.body).toMatchObject({
      role: 'party',
      myAnswer: 'pending',
      note: 'Ben wants to learn binding',
      people: [
        { displayName: 'Cleo Binder', email: null, profile: { interests: [{ label: 'Bookbinding' }] } },
      ],
    });
    expect(JSON.stringify(benSees.body)).not.toMatch(/Hidden team|companion-only|Private Person/);

    // Nobody else answers, or even sees it.
    for (const [who, status] of [
      [dora, 404],
      [stranger, 404],
      [ana, 403],
    ] as const) {
      const answer = await who.json('POST', `${introPath}/respond`, { answer: 'accepted' });
      expect(answer.status).toBe(status);
      expect(answer.body.error.code).toMatch(
        /^(introduction_not_found|community_not_found|introduction_not_a_party)$/,
      );
      if (status === 403) expect(answer.body.error.details[0].field).toBe('introductionId');
    }
    expect((await dora.json('GET', introPath)).status).toBe(404);
    expect((await stranger.json('GET', `/api/communities/${id}/asks`)).status).toBe(404);
    expect((await dora.json('GET', `/api/communities/${id}/introductions`)).body.items).toEqual([]);

    expect(
      (await ben.json('POST', `${introPath}/respond`, { answer: 'accepted' })).body.people[0].email,
    ).toBeNull();
    const both = await cleo.json('POST', `${introPath}/respond`, { answer: 'accepted' });
    expect(both.body).toMatchObject({
      status: 'introduced',
      people: [{ displayName: 'Ben Asker', email: benEmail }],
    });
    expect((await ben.json('GET', introPath)).body.people[0].email).toBe(cleoEmail);
    const connectorSees = await ana.json('GET', `/api/communities/${id}/introductions`);
    expect(connectorSees.body.items[0]).toMatchObject({ status: 'introduced', role: 'connector' });
    expect(JSON.stringify(connectorSees.body)).not.toContain(benEmail);
    expect(readMail(smtp.to(benEmail).at(-1)?.raw ?? '').text).toContain(cleoEmail);

    const again = await cleo.json('POST', `${introPath}/respond`, { answer: 'declined' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('introduction_closed');
    // Dora had no part in it: refused without being told why, and nothing goes out.
    const sentBefore = smtp.messages.length;
    const repeat = await dora.json('POST', `/api/communities/${id}/introductions`, {
      userIds: [cleo.userId, ben.userId],
    });
    expect(repeat.status).toBe(409);
    expect(repeat.body.error).toMatchObject({
      code: 'introduction_unavailable',
      details: [{ field: 'userIds' }],
    });
    expect(repeat.body.error.message).toMatch(/^Kindred won't suggest Cleo Binder and Ben Asker/);
    expect(JSON.stringify([repeat.body.error.message, repeat.body.error.details])).not.toMatch(
      /introduc|already|under ?way|declin|kept|apart/i,
    );
    // Ana made it, so she is told.
    const own = await ana.json('POST', `/api/communities/${id}/introductions`, {
      userIds: [cleo.userId, ben.userId],
    });
    expect(own.status).toBe(409);
    expect(own.body.error).toMatchObject({ code: 'introduction_exists', details: [{ field: 'userIds' }] });
    expect(own.body.error.message).toMatch(/introduced already/);
    expect(smtp.messages.length).toBe(sentBefore);
    expect((await dora.json('GET', `/api/communities/${id}/introductions`)).body.items).toEqual([]);

    // A pair an admin keeps apart: plain to the admin, neutral to a member.
    expect(
      (await ana.json('POST', `/api/communities/${id}/exclusions`, { userIds: [dora.userId, cleo.userId] }))
        .status,
    ).toBeLessThan(300);
    const keptFromMember = await ben.json('POST', `/api/communities/${id}/introductions`, {
      userIds: [dora.userId, cleo.userId],
    });
    expect(keptFromMember.status).toBe(409);
    expect(keptFromMember.body.error.code).toBe('introduction_unavailable');
    expect(keptFromMember.body.error.message).not.toMatch(/kept|apart|admin/i);
    const keptForAdmin = await ana.json('POST', `/api/communities/${id}/introductions`, {
      userIds: [dora.userId, cleo.userId],
    });
    expect(keptForAdmin.body.error).toMatchObject({
      code: 'introduction_unavailable',
      details: [{ field: 'userIds', message: 'a kept-apart pair' }],
    });

    const closed = await ben.json('POST', `/api/communities/${id}/asks/${ask.body.id}/close`);
    expect(closed.body.closedAt).not.toBeNull();
    expect((await ana.json('GET', `/api/communities/${id}/asks`)).body.items).toEqual([]);
  });

  it('refuses bad bodies with the one error body, naming the field', async () => {
    const ana = await signedUp(app, 'Ana');
    const id = (await ana.json('POST', '/api/communities', { name: 'Empty' })).body.id;
    for (const [path, body, field] of [
      [`/api/communities/${id}/asks`, {}, 'interests'],
      [`/api/communities/${id}/asks`, { interests: 'chess' }, 'interests'],
      [`/api/communities/${id}/introductions`, { userIds: [ana.userId] }, 'userIds'],
      [`/api/communities/${id}/introductions`, { userIds: [ana.userId, ana.userId] }, 'userIds'],
      [`/api/communities/${id}/introductions`, { userIds: ['a', 'b'], extra: 1 }, 'extra'],
    ] as const) {
      const answer = await ana.json('POST', path, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error.details.map((d: { field?: string }) => d.field ?? '').join(' ')).toContain(
        field,
      );
    }
    const unknown = await ana.json('POST', `/api/communities/${id}/introductions`, {
      userIds: [ana.userId, 'nobody'],
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('member_not_found');
  });
});
