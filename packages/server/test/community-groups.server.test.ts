/**
 * Activity groups over HTTP: a member who is not an admin starts a group round and sees
 * its figures; a second one within 24 hours is refused (409 group_round_too_soon, admins
 * too, nothing stored or emailed) and one starts a day later; the five members who chose
 * group activities land in one group around the climbing they all listed (the paused one and
 * the one who did not choose groups are left out), each sees the others' shared profile
 * fields and never anyone's answer, a "not this time" is quiet, admins read counts only,
 * and a stranger or an outsider gets 404 with the one error body. Members who never chose
 * group activities are never placed, even when nobody has: too few is a clear 409. Every
 * route is in the OpenAPI document; nothing from anyone's companion reaches a group.
 */
import { createMailer } from '@kindred/app';
import { describeEachDialect } from '@kindred/store/testing';
import { beforeAll, expect, it } from 'vitest';
import { readMail, startSmtpServer } from '../../app/test/support/smtp-test-server.ts';
import { loadServerConfig } from '../src/config/server-config.ts';
import { createLogger } from '../src/logger.ts';
import { createServerApp } from '../src/server-app.ts';
import { clock } from './support/api-fixtures.ts';
import { type Client, signedUp, type TestApp, testApp } from './support/test-app.ts';

describeEachDialect('activity groups over HTTP', (getStore) => {
  let app: TestApp;

  beforeAll(() => {
    app = testApp(getStore(), {}, clock);
  });

  async function join(
    admin: Client,
    communityId: string,
    name: string,
    profile: object,
    on: TestApp = app,
  ): Promise<Client> {
    const member = await signedUp(on, name);
    const invite = await admin.json('POST', `/api/communities/${communityId}/invites`, {});
    expect((await member.json('POST', '/api/invites/accept', { token: invite.body.url })).status).toBe(200);
    expect((await member.json('PATCH', `/api/communities/${communityId}/profile`, profile)).status).toBe(200);
    return member;
  }

  it('starts a round, shows each member their group, records answers quietly and gives admins counts', async () => {
    const admin = await signedUp(app, 'Ana Admin');
    await admin.json('POST', '/api/people', { name: 'Private Person', notes: 'companion-only note' });
    const { body: community } = await admin.json('POST', '/api/communities', { name: 'Climbing club' });
    const base = `/api/communities/${community.id}`;
    const climber = {
      interests: ['bouldering', 'jazz'],
      formats: ['group-activity'],
      location: 'Hidden desk',
      visibility: { location: 'nobody' },
    };
    await admin.json('PATCH', `${base}/profile`, { ...climber, team: 'Platform' });
    const bo = await join(admin, community.id, 'Bo Member', { ...climber, team: 'Data' });
    const cy = await join(admin, community.id, 'Cy Member', climber);
    const di = await join(admin, community.id, 'Di Member', climber);
    const ed = await join(admin, community.id, 'Ed Member', climber);
    const paused = await join(admin, community.id, 'Fay Paused', { ...climber, paused: true });
    const noGroups = await join(admin, community.id, 'Gus Coffee', {
      interests: ['bouldering'],
      formats: ['coffee'],
    });

    // Bo is a member, not an admin: any member may start a group round.
    const started = await bo.json('POST', `${base}/group-rounds`, {
      title: 'Spring climbs',
      minSize: 4,
      maxSize: 5,
    });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({
      title: 'Spring climbs',
      basis: 'chose-group-activity',
      takingPart: 5,
      placed: 5,
      unplaced: 0,
      groups: 1,
      pending: 5,
      startedByMe: true,
    });
    expect((await bo.json('GET', `${base}/group-rounds/${started.body.id}`)).body.startedByMe).toBe(true);

    // A second round the same day is refused, for an admin too, and nothing is stored.
    const again = await admin.json('POST', `${base}/group-rounds`, { title: 'More climbs' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('group_round_too_soon');
    // The server's clock is pinned to Mon 2 Mar 2026 09:00 UTC; London is on UTC then.
    expect(again.body.error.message).toBe(
      'The last group round in this community started just now, on Mon 2 Mar at 09:00 (Europe/London time). A community has at most one group round a day, so nobody is placed in a new group and emailed about it more often than that. Nothing was started and nobody was emailed. A new group round can start here from Tue 3 Mar at 09:00 (Europe/London time).',
    );
    expect(again.body.error.details).toEqual([]);
    expect((await admin.json('GET', `${base}/group-rounds`)).body.items).toHaveLength(1);

    const mine = await cy.json('GET', `${base}/groups`);
    expect(mine.status).toBe(200);
    const [group] = mine.body.items;
    expect(group).toMatchObject({
      activity: { key: 'bouldering' },
      size: 5,
      accepted: 0,
      myResponse: 'pending',
    });
    expect(group.members.map((m: { displayName: string }) => m.displayName).sort()).toEqual([
      'Ana Admin',
      'Bo Member',
      'Di Member',
      'Ed Member',
    ]);
    const boSeen = group.members.find((m: { userId: string }) => m.userId === bo.userId);
    expect(boSeen).toEqual({
      userId: bo.userId,
      displayName: 'Bo Member',
      email: null,
      profile: expect.objectContaining({ team: 'Data' }),
    });
    expect(boSeen.profile).not.toHaveProperty('location');
    expect(JSON.stringify(mine.body)).not.toMatch(/Private Person|companion-only|Hidden desk|Fay|Gus/);
    for (const left of [paused, noGroups])
      expect((await left.json('GET', `${base}/groups`)).body.items).toEqual([]);

    // Bo declines quietly; Cy and Di join, and only they see each other's address.
    const no = await bo.json('POST', `${base}/groups/${group.id}/respond`, { response: 'declined' });
    expect(no.body).toMatchObject({ myResponse: 'declined', accepted: 0 });
    await cy.json('POST', `${base}/groups/${group.id}/respond`, { response: 'accepted' });
    const di2 = await di.json('POST', `${base}/groups/${group.id}/respond`, { response: 'accepted' });
    expect(di2.body.accepted).toBe(2);
    const reachable = di2.body.members.filter((m: { email: string | null }) => m.email !== null);
    expect(reachable.map((m: { userId: string }) => m.userId)).toEqual([cy.userId]);
    const edView = await ed.json('GET', `${base}/groups/${group.id}`);
    expect(edView.body.accepted).toBe(2);
    expect(JSON.stringify(edView.body)).not.toMatch(/declined|@example\.org/);

    // Figures: the admin sees every round, counts only; the member who started it too; a
    // member who did not start it sees none.
    const figures = await admin.json('GET', `${base}/group-rounds/${started.body.id}`);
    expect(figures.body).toMatchObject({ accepted: 2, declined: 1, pending: 2, startedByMe: false });
    const boFigures = await bo.json('GET', `${base}/group-rounds`);
    expect(boFigures.body.items).toMatchObject([{ id: started.body.id, accepted: 2, startedByMe: true }]);
    expect(JSON.stringify(figures.body)).not.toContain(bo.userId);
    expect((await admin.json('GET', `${base}/group-rounds`)).body.items).toHaveLength(1);
    expect((await cy.json('GET', `${base}/group-rounds`)).body.items).toEqual([]);
    const hidden = await cy.json('GET', `${base}/group-rounds/${started.body.id}`);
    expect(hidden.status).toBe(404);
    expect(hidden.body.error.code).toBe('group_round_not_found');

    // Someone outside the group, or outside the community, gets 404.
    const outsider = await noGroups.json('GET', `${base}/groups/${group.id}`);
    expect(outsider.status).toBe(404);
    expect(outsider.body.error.code).toBe('group_not_found');
    const stranger = await signedUp(app, 'Stan Stranger');
    for (const [method, path, body] of [
      ['POST', `${base}/group-rounds`, {}],
      ['GET', `${base}/group-rounds`, undefined],
      ['GET', `${base}/groups/${group.id}`, undefined],
      ['POST', `${base}/groups/${group.id}/respond`, { response: 'accepted' }],
    ] as const) {
      const answer = await stranger.json(method, path, body);
      expect(answer.status).toBe(404);
      expect(answer.body.error.code).toBe('community_not_found');
    }
  });

  it('says why when no group can form, and names the wrong field in bad input', async () => {
    const admin = await signedUp(app, 'Solo Admin');
    const { body: community } = await admin.json('POST', '/api/communities', { name: 'Tiny club' });
    const base = `/api/communities/${community.id}`;
    const none = await admin.json('POST', `${base}/group-rounds`, {});
    expect(none.status).toBe(409);
    expect(none.body.error.code).toBe('group_round_no_groups');
    expect(none.body.error.message).toMatch(/nobody here has chosen small-group activities/);
    expect(none.body.error.message).toMatch(/fewer than the smallest group \(4\)/);
    // The request is not at fault, so no field is named.
    expect(none.body.error.details).toEqual([]);
    const bad = await admin.json('POST', `${base}/group-rounds`, { minSize: 2 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].field).toBe('body.minSize');
    const answer = await admin.json('POST', `${base}/groups/nope/respond`, { response: 'maybe' });
    expect(answer.status).toBe(400);
    expect(answer.body.error.details[0].field).toBe('body.response');
  });

  it('never places members who did not choose group activities, even when nobody has', async () => {
    const admin = await signedUp(app, 'Ida Admin');
    const { body: community } = await admin.json('POST', '/api/communities', { name: 'Quiet climbers' });
    const base = `/api/communities/${community.id}`;
    // Five active members who all climb, none of whom asked for groups.
    const climber = { interests: ['bouldering'], formats: ['coffee'] };
    await admin.json('PATCH', `${base}/profile`, climber);
    const others = [];
    for (const name of ['Jo Coffee', 'Kit Coffee', 'Lu Coffee', 'Max Coffee'])
      others.push(await join(admin, community.id, name, climber));
    const refused = await admin.json('POST', `${base}/group-rounds`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('group_round_no_groups');
    expect(refused.body.error.message).toMatch(/nobody here has chosen small-group activities/);
    expect(refused.body.error.message).toMatch(/smallest group \(4\)/);
    expect(refused.body.error.message).toMatch(/“Small-group activity”/);
    expect((await admin.json('GET', `${base}/group-rounds`)).body.items).toEqual([]);

    // Four of them opt in: they form the group, and the fifth is left out.
    for (const who of [admin, ...others.slice(0, 3)])
      await who.json('PATCH', `${base}/profile`, { formats: ['group-activity'] });
    const started = await admin.json('POST', `${base}/group-rounds`, {});
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({
      basis: 'chose-group-activity',
      takingPart: 4,
      placed: 4,
      groups: 1,
    });
    expect((await others[3]?.json('GET', `${base}/groups`))?.body.items).toEqual([]);
  });

  it('documents every group route in the OpenAPI document', async () => {
    const doc = (await (await app.request('/api/openapi.json')).json()) as { paths: Record<string, object> };
    for (const path of [
      '/api/communities/{id}/group-rounds',
      '/api/communities/{id}/group-rounds/{groupRoundId}',
      '/api/communities/{id}/groups',
      '/api/communities/{id}/groups/{groupId}',
      '/api/communities/{id}/groups/{groupId}/respond',
    ]) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
  });

  it('emails each placed member a link to the community page when SMTP is set up, and nobody again within the day', async () => {
    const smtp = await startSmtpServer();
    // This server's clock moves: a day on, the community may start another group round.
    let now = clock();
    const mailer = createMailer(smtp.url);
    try {
      const config = loadServerConfig({
        KINDRED_DATA_DIR: '/tmp/unused',
        LOG_LEVEL: 'silent',
        ALLOW_SIGNUP: 'true',
        AUTH_RATE_LIMIT: '10000',
        PUBLIC_URL: 'https://kindred.example.org',
      });
      const mailing = createServerApp({
        store: getStore(),
        config,
        logger: createLogger('silent'),
        mailer,
        clock: () => now,
      });
      const admin = await signedUp(mailing, 'Mo Admin');
      const { body: community } = await admin.json('POST', '/api/communities', { name: 'Board gamers' });
      const gamer = { interests: ['board games'], formats: ['group-activity'] };
      await admin.json('PATCH', `/api/communities/${community.id}/profile`, gamer);
      const gamers = [];
      for (const name of ['Ny One', 'Ny Two', 'Ny Three'])
        gamers.push(await join(admin, community.id, name, gamer, mailing));
      const rounds = `/api/communities/${community.id}/group-rounds`;
      // A member who is not an admin starts the round: all four are placed and emailed.
      const started = await gamers[0]?.json('POST', rounds, {});
      expect(started?.status).toBe(201);
      expect(started?.body.startedByMe).toBe(true);
      expect(smtp.messages).toHaveLength(4);
      const mail = readMail(smtp.messages[0]?.raw ?? '');
      expect(mail.subject).toBe('A small Board games group in Board gamers');
      expect(mail.text).toContain(`https://kindred.example.org/communities/${community.id}`);

      // Within the day, another member and the admin are refused before anything is
      // formed: no round is stored and nobody is emailed again.
      const hour = 3_600_000;
      for (const [who, after] of [
        [gamers[1], hour],
        [admin, 24 * hour - 1000],
      ] as const) {
        now = new Date(clock().getTime() + after);
        const refused = await who?.json('POST', rounds, { title: 'Again' });
        expect(refused?.status).toBe(409);
        expect(refused?.body.error.code).toBe('group_round_too_soon');
        expect(refused?.body.error.message).toContain(
          'A new group round can start here from Tue 3 Mar at 09:00 (Europe/London time).',
        );
      }
      expect(smtp.messages).toHaveLength(4);
      expect((await admin.json('GET', rounds)).body.items).toHaveLength(1);

      // A day after the first, the admin starts one: the four hear of their new group.
      now = new Date(clock().getTime() + 24 * hour);
      const next = await admin.json('POST', rounds, { title: 'Next board games' });
      expect(next.status).toBe(201);
      expect(smtp.messages).toHaveLength(8);
      expect((await admin.json('GET', rounds)).body.items).toHaveLength(2);
    } finally {
      mailer.close();
      await smtp.close();
    }
  });
});
