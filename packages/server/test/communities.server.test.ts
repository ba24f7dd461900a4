/**
 * Communities over HTTP: an admin starts one and invites by email (received by a real
 * SMTP server on loopback), a member joins with the link, sees names, roles and shared profile fields only,
 * and is refused what only admins may do; every refusal is the one error body.
 */
import { createMailer } from '@kindred/app';
import { describeEachDialect } from '@kindred/store/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readMail, startSmtpServer, type TestSmtpServer } from '../../app/test/support/smtp-test-server.ts';
import { loadServerConfig } from '../src/config/server-config.ts';
import { createLogger } from '../src/logger.ts';
import { createServerApp } from '../src/server-app.ts';
import { clock } from './support/api-fixtures.ts';
import { signedUp, type TestApp } from './support/test-app.ts';

describeEachDialect('communities over HTTP', (getStore) => {
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

  it('runs from creation through an emailed invite to a member who sees names, roles and shared profile fields only', async () => {
    const admin = await signedUp(app, 'Ana Admin');
    const member = await signedUp(app, 'Bo Member');
    await admin.json('POST', '/api/people', { name: 'Private Person', notes: 'companion-only note' });

    const created = await admin.json('POST', '/api/communities', { name: 'Porto makers' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Porto makers',
      role: 'admin',
      memberCount: 1,
      description: null,
    });
    const id = created.body.id;

    const invite = await admin.json('POST', `/api/communities/${id}/invites`, {
      email: 'bo@example.org',
      expiresInDays: 3,
    });
    expect(invite.status).toBe(201);
    expect(invite.body.url).toMatch(/^https:\/\/kindred\.example\.org\/join\/kinv_/);
    expect(invite.body.invite).toMatchObject({ email: 'bo@example.org', status: 'open' });
    const mail = readMail(smtp.to('bo@example.org')[0]?.raw ?? '');
    expect(mail.subject).toBe('Ana Admin invited you to Porto makers on Kindred');
    expect(mail.text).toContain(invite.body.url);

    const joined = await member.json('POST', '/api/invites/accept', { token: invite.body.url });
    expect(joined.status).toBe(200);
    expect(joined.body).toMatchObject({ joined: true, community: { id, role: 'member', memberCount: 2 } });
    expect(
      (await member.json('GET', '/api/communities')).body.items.map((c: { id: string }) => c.id),
    ).toEqual([id]);

    // The admin's profile: the team is for everyone, the location for nobody.
    const saved = await admin.json('PATCH', `/api/communities/${id}/profile`, {
      interests: ['woodworking'],
      team: 'Makers',
      location: 'Unit 4, Rua Escura',
      visibility: { location: 'nobody' },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ filled: true, team: 'Makers', location: 'Unit 4, Rua Escura' });

    const members = await member.json('GET', `/api/communities/${id}/members`);
    expect(members.status).toBe(200);
    expect(members.body.items).toEqual(
      expect.arrayContaining([
        {
          userId: admin.userId,
          displayName: 'Ana Admin',
          role: 'admin',
          profile: {
            interests: [{ key: expect.any(String), label: 'Woodworking' }],
            team: 'Makers',
            formats: [],
            openTo: ['peer'],
            intro: null,
          },
        },
        { userId: member.userId, displayName: 'Bo Member', role: 'member', profile: {} },
      ]),
    );
    const seen = await member.json('GET', `/api/communities/${id}/members/${admin.userId}/profile`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({
      displayName: 'Ana Admin',
      matched: false,
      profile: { team: 'Makers' },
    });
    const text = JSON.stringify([members.body, seen.body]);
    expect(text).not.toMatch(/@example\.org|Private Person|companion-only|Rua Escura/);

    for (const [method, path, body] of [
      ['POST', `/api/communities/${id}/invites`, {}],
      ['GET', `/api/communities/${id}/invites`, undefined],
      ['PUT', `/api/communities/${id}/members/${member.userId}`, { role: 'admin' }],
      ['DELETE', `/api/communities/${id}`, undefined],
    ] as const) {
      const refused = await member.json(method, path, body);
      expect(refused.status, `${method} ${path}`).toBe(403);
      expect(refused.body.error).toMatchObject({ code: 'community_admin_only' });
    }

    const again = await member.json('POST', '/api/invites/accept', { token: invite.body.url });
    expect(again.body.joined).toBe(false);
    const stranger = await signedUp(app, 'Cy Stranger');
    const used = await stranger.json('POST', '/api/invites/accept', { token: invite.body.url });
    expect(used.status).toBe(410);
    expect(used.body.error.code).toBe('invite_used');
    const unknown = await stranger.json('POST', '/api/invites/accept', { token: 'kinv_made-up' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({
      code: 'invite_not_found',
      details: [{ field: 'body.token' }],
    });
    const notIn = await stranger.json('GET', `/api/communities/${id}`);
    expect(notIn.status).toBe(404);
    expect(notIn.body.error.code).toBe('community_not_found');

    const lastAdmin = await admin.json('POST', `/api/communities/${id}/leave`);
    expect(lastAdmin.status).toBe(409);
    expect(lastAdmin.body.error.code).toBe('community_last_admin');
    const promoted = await admin.json('PUT', `/api/communities/${id}/members/${member.userId}`, {
      role: 'admin',
    });
    expect(promoted.body).toEqual({ userId: member.userId, role: 'admin' });
    expect((await admin.json('POST', `/api/communities/${id}/leave`)).body).toEqual({
      left: true,
      communityDeleted: false,
    });
    expect((await member.json('DELETE', `/api/communities/${id}`)).status).toBe(200);
    expect((await member.json('GET', `/api/communities/${id}`)).status).toBe(404);
  });

  it('withdraws an invite so its link answers 410, and refuses a stay of more than 30 days', async () => {
    const admin = await signedUp(app, 'Dee Admin');
    const joiner = await signedUp(app, 'Eli Joiner');
    const { body: community } = await admin.json('POST', '/api/communities', { name: 'Walkers' });
    const { body: made } = await admin.json('POST', `/api/communities/${community.id}/invites`, {});
    const revoked = await admin.json('DELETE', `/api/communities/${community.id}/invites/${made.invite.id}`);
    expect(revoked.body.status).toBe('revoked');
    const refused = await joiner.json('POST', '/api/invites/accept', { token: made.url });
    expect(refused.status).toBe(410);
    expect(refused.body.error.code).toBe('invite_revoked');
    const tooLong = await admin.json('POST', `/api/communities/${community.id}/invites`, {
      expiresInDays: 45,
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.details[0].field).toBe('body.expiresInDays');
  });
});
