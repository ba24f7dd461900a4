/**
 * Community seating over HTTP: an admin plans an event for members and an extra guest,
 * reads the plan and its statistics, and opens the printable place cards (a self-made
 * HTML page under a strict Content-Security-Policy, names escaped); a member who
 * attends reads their own schedule and nothing more; a member who does not attend and a
 * stranger get 404, the same answer as for an id never made; every refusal is the one
 * error body, and nothing of anyone's companion reaches the community.
 */
import { describeEachDialect } from '@kindred/store/testing';
import { beforeAll, expect, it } from 'vitest';
import { clock } from './support/api-fixtures.ts';
import { bodyOf, type Client, signedUp, type TestApp, testApp } from './support/test-app.ts';

describeEachDialect('community seating over HTTP', (getStore) => {
  let app: TestApp;

  beforeAll(() => {
    app = testApp(getStore(), {}, clock);
  });

  async function join(admin: Client, communityId: string, name: string): Promise<Client> {
    const member = await signedUp(app, name);
    const invite = await admin.json('POST', `/api/communities/${communityId}/invites`, {});
    expect(invite.status).toBe(201);
    expect((await member.json('POST', '/api/invites/accept', { token: invite.body.url })).status).toBe(200);
    return member;
  }

  it('lets an admin plan seating and print place cards; members see only their own schedule', async () => {
    const admin = await signedUp(app, 'Ana Admin');
    await admin.json('POST', '/api/people', { name: 'Private Person', notes: 'companion-only note' });
    const { body: community } = await admin.json('POST', '/api/communities', { name: 'Supper club' });
    const bo = await join(admin, community.id, 'Bo <i>Member</i>');
    const cy = await join(admin, community.id, 'Cy Member');
    const di = await join(admin, community.id, 'Di Absent');
    const path = `/api/communities/${community.id}/seating-events`;

    const created = await admin.json('POST', path, {
      title: 'Spring dinner',
      date: '2026-03-20',
      userIds: [admin.userId, bo.userId, cy.userId],
      guests: ['Gil Speaker'],
      tables: [{ seats: 2, name: 'Oak' }, { seats: 2 }],
      rounds: 3,
      roundNames: ['Starter', 'Main', 'Dessert'],
    });
    expect(created.status).toBe(201);
    const event = created.body;
    expect(event).toMatchObject({
      title: 'Spring dinner',
      date: '2026-03-20',
      tables: [
        { table: 1, name: 'Oak', seats: 2 },
        { table: 2, name: 'Table 2', seats: 2 },
      ],
      plan: { needsReplan: false, stats: { guests: 4, tables: 2, rounds: 3, repeats: 0, distinctPairs: 6 } },
    });
    expect(event.attendees.map((a: { name: string }) => a.name).sort()).toEqual([
      'Ana Admin',
      'Bo <i>Member</i>',
      'Cy Member',
      'Gil Speaker',
    ]);
    expect(JSON.stringify(event)).not.toMatch(/Private Person|companion-only|@example\.org/);
    const reopened = await admin.json('GET', `${path}/${event.id}`);
    expect(reopened.body).toEqual(event);

    const cards = await admin.call('GET', `${path}/${event.id}/place-cards`);
    expect(cards.status).toBe(200);
    expect(cards.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = cards.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("style-src 'unsafe-inline'");
    expect(csp).not.toContain('script-src');
    const html = await cards.text();
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<title>Spring dinner</title>');
    expect(html).toContain('Bo &lt;i&gt;Member&lt;/i&gt;');
    expect(html).not.toContain('<i>Member</i>');
    expect(html).not.toMatch(/<script|Private Person/);
    for (const word of ['Starter', 'Dessert', 'Oak', 'Gil Speaker', 'Ana Admin'])
      expect(html).toContain(word);

    // Bo attends: his own schedule and the event in his list, but not the whole plan.
    const schedule = await bo.json('GET', `${path}/${event.id}/schedule`);
    expect(schedule.status).toBe(200);
    expect(schedule.body.rounds.map((r: { name: string }) => r.name)).toEqual(['Starter', 'Main', 'Dessert']);
    for (const round of schedule.body.rounds) {
      expect([1, 2]).toContain(round.table);
      expect(round.with).toHaveLength(1);
    }
    // Four people at tables of two over three rounds: Bo sits with each of the others once.
    expect(schedule.body.rounds.flatMap((r: { with: string[] }) => r.with).sort()).toEqual([
      'Ana Admin',
      'Cy Member',
      'Gil Speaker',
    ]);
    const boList = await bo.json('GET', path);
    expect(boList.body.items).toEqual([expect.objectContaining({ id: event.id, attending: true })]);
    for (const [method, suffix, body] of [
      ['GET', `/${event.id}`, undefined],
      ['GET', `/${event.id}/place-cards`, undefined],
      ['POST', `/${event.id}/replan`, undefined],
      ['DELETE', `/${event.id}`, undefined],
      ['POST', '', { title: 'Mine', guests: ['a', 'b'], tables: [{ seats: 2 }], rounds: 1 }],
    ] as const) {
      const refused = await bo.json(method, `${path}${suffix}`, body);
      expect(refused.status, `${method} ${suffix}`).toBe(403);
      expect(refused.body.error.code).toBe('community_admin_only');
    }

    // Di is a member who does not attend; Eve is not a member at all.
    const eve = await signedUp(app, 'Eve Stranger');
    expect((await di.json('GET', path)).body.items).toEqual([]);
    // Whatever each is told about the real event, they are told about one never made.
    for (const [who, suffix, status, code] of [
      [di, '', 404, 'seating_event_not_found'],
      [di, '/schedule', 404, 'seating_event_not_found'],
      [di, '/place-cards', 403, 'community_admin_only'],
      [eve, '', 404, 'community_not_found'],
      [eve, '/schedule', 404, 'community_not_found'],
      [eve, '/place-cards', 404, 'community_not_found'],
    ] as const) {
      const real = await who.json('GET', `${path}/${event.id}${suffix}`);
      const never = await who.json('GET', `${path}/never-made${suffix}`);
      expect(real.status, suffix).toBe(status);
      expect(real.body.error.code, suffix).toBe(code);
      expect(JSON.stringify(real.body).replace(event.id, '<id>')).toBe(
        JSON.stringify(never.body).replace('never-made', '<id>'),
      );
    }
    expect((await eve.json('GET', path)).status).toBe(404);

    // Re-plan draws a new seed; errors name the field.
    const replanned = await admin.json('POST', `${path}/${event.id}/replan`);
    expect(replanned.status).toBe(200);
    expect(replanned.body.plan.seed).not.toBe(event.plan.seed);
    const small = await admin.json('PUT', `${path}/${event.id}`, {
      title: 'Spring dinner',
      userIds: [admin.userId, bo.userId, cy.userId],
      guests: ['Gil Speaker'],
      tables: [{ seats: 3 }],
      rounds: 3,
    });
    expect(small.status).toBe(400);
    expect(small.body.error).toMatchObject({
      code: 'seating_tables_too_small',
      details: [{ field: 'tables' }],
    });
    const stranger = await admin.json('POST', path, {
      title: 'x',
      userIds: [eve.userId, admin.userId],
      tables: [{ seats: 2 }],
      rounds: 1,
    });
    expect(stranger.status).toBe(400);
    expect(stranger.body.error).toMatchObject({
      code: 'seating_unknown_attendee',
      details: [{ field: 'userIds.0' }],
    });
    expect(JSON.stringify(stranger.body)).not.toContain('Eve Stranger');

    // Bo leaves: the plan says it needs a re-plan and no longer names him.
    expect((await bo.json('POST', `/api/communities/${community.id}/leave`)).status).toBe(200);
    const stale = await admin.json('GET', `${path}/${event.id}`);
    expect(stale.body.plan).toMatchObject({ needsReplan: true, departedSincePlanned: 1 });
    expect(JSON.stringify(stale.body)).not.toContain('Bo <i>Member</i>');
    expect(await (await admin.call('GET', `${path}/${event.id}/place-cards`)).text()).not.toContain(
      'Bo &lt;i&gt;',
    );

    const deleted = await admin.json('DELETE', `${path}/${event.id}`);
    expect(deleted.status).toBe(200);
    expect((await admin.json('GET', `${path}/${event.id}`)).status).toBe(404);
  }, 60_000);

  it('is in the OpenAPI document', async () => {
    const doc = await bodyOf(await app.request('/api/openapi.json'));
    const paths = Object.keys(doc.paths);
    for (const p of [
      '/api/communities/{id}/seating-events',
      '/api/communities/{id}/seating-events/{seatingEventId}',
      '/api/communities/{id}/seating-events/{seatingEventId}/replan',
      '/api/communities/{id}/seating-events/{seatingEventId}/schedule',
      '/api/communities/{id}/seating-events/{seatingEventId}/place-cards',
    ]) {
      expect(paths).toContain(p);
    }
    expect(
      Object.keys(
        doc.paths['/api/communities/{id}/seating-events/{seatingEventId}/place-cards'].get.responses['200']
          .content,
      ),
    ).toEqual(['text/html']);
  });
});
