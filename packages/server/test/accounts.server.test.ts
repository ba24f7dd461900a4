import { ensureLocalOwner } from '@kindred/app';
import { describeEachDialect } from '@kindred/store/testing';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { bodyOf, cookieFrom, signedUp, testApp } from './support/test-app.ts';

const json = { 'content-type': 'application/json' };

describeEachDialect('accounts', (getStore, dialect) => {
  it('on a fresh install, the first sign-up is the owner the CLI already uses', async () => {
    // Its own store: "first" means first in the whole database.
    const store = getStore();
    const fresh =
      dialect === 'sqlite'
        ? await (await import('@kindred/store')).openStore({ kind: 'sqlite', file: ':memory:' })
        : null;
    const target = fresh ?? store;
    if (!fresh) await sql`delete from users`.execute(store.db);
    const local = await ensureLocalOwner(target, new Date('2026-03-02T09:00:00Z'));
    const app = testApp(target, { ALLOW_SIGNUP: 'false' });
    expect(await bodyOf(await app.request('/api/setup'))).toEqual({
      needsOwner: true,
      signUpOpen: true,
      emailConfigured: false,
    });

    const response = await app.request('/api/auth/signup', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({
        email: 'Owner@Example.org',
        password: 'a long enough password',
        displayName: 'Ola',
      }),
    });
    expect(response.status).toBe(201);
    const body = await bodyOf(response);
    expect(body.account).toMatchObject({ id: local.id, email: 'owner@example.org', displayName: 'Ola' });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^kindred_session=kss_[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);

    expect(await bodyOf(await app.request('/api/setup'))).toEqual({
      needsOwner: false,
      signUpOpen: false,
      emailConfigured: false,
    });
    const second = await app.request('/api/auth/signup', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({
        email: 'other@example.org',
        password: 'a long enough password',
        displayName: 'Oz',
      }),
    });
    expect(second.status).toBe(403);
    expect((await bodyOf(second)).error.code).toBe('signup_closed');
    // The session is stored only as a hash.
    const rows = await sql<{ token_hash: string }>`select token_hash from sessions`.execute(target.db);
    expect(rows.rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
    expect(cookie).not.toContain(rows.rows[0]?.token_hash);
    await fresh?.close();
  });

  it('marks cookies Secure when served over https', async () => {
    const app = testApp(getStore(), { PUBLIC_URL: 'https://kindred.example.org' });
    const response = await app.request('/api/auth/signup', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({
        email: `s-${Date.now()}@example.org`,
        password: 'a long enough password',
        displayName: 'S',
      }),
    });
    expect(response.headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('signs in and out, refuses a wrong password the same way as an unknown email', async () => {
    const app = testApp(getStore());
    const email = `in-${Date.now()}@example.org`;
    await app.request('/api/auth/signup', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email, password: 'a long enough password', displayName: 'In' }),
    });
    const wrong = await app.request('/api/auth/signin', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email, password: 'not the password' }),
    });
    const unknown = await app.request('/api/auth/signin', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: 'nobody@example.org', password: 'not the password' }),
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await bodyOf(wrong)).toEqual(await bodyOf(unknown));

    const ok = await app.request('/api/auth/signin', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: email.toUpperCase(), password: 'a long enough password' }),
    });
    expect(ok.status).toBe(200);
    const cookie = cookieFrom(ok);
    expect((await app.request('/api/account', { headers: { cookie } })).status).toBe(200);
    const out = await app.request('/api/auth/signout', { method: 'POST', headers: { cookie } });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/kindred_session=;/);
    const after = await app.request('/api/account', { headers: { cookie } });
    expect(after.status).toBe(401);
    expect((await bodyOf(after)).error.code).toBe('unauthenticated');
  });

  it('changes the password, signing out every other session', async () => {
    const app = testApp(getStore());
    const me = await signedUp(app);
    const account = (await me.json('GET', '/api/account')).body;
    const other = await app.request('/api/auth/signin', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: account.email, password: 'a long enough password' }),
    });
    const otherCookie = cookieFrom(other);
    const refused = await me.json('POST', '/api/account/password', {
      currentPassword: 'wrong password',
      newPassword: 'a brand new password',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('password_incorrect');
    expect(refused.body.error.details[0].field).toBe('body.currentPassword');
    // Still signed in: a wrong confirmation is not a lost session.
    expect((await me.call('GET', '/api/account')).status).toBe(200);
    const changed = await me.json('POST', '/api/account/password', {
      currentPassword: 'a long enough password',
      newPassword: 'a brand new password',
    });
    expect(changed.status).toBe(200);
    expect((await me.call('GET', '/api/account')).status).toBe(200);
    expect((await app.request('/api/account', { headers: { cookie: otherCookie } })).status).toBe(401);
    const signIn = (password: string) =>
      app.request('/api/auth/signin', {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ email: account.email, password }),
      });
    expect((await signIn('a long enough password')).status).toBe(401);
    expect((await signIn('a brand new password')).status).toBe(200);
  });

  it('creates, lists and revokes API tokens; the secret works as Bearer until revoked', async () => {
    const app = testApp(getStore());
    const me = await signedUp(app);
    const created = await me.json('POST', '/api/tokens', { name: 'backup script' });
    expect(created.status).toBe(201);
    const { token, secret } = created.body;
    expect(secret).toMatch(/^kdr_/);
    const bearer = { authorization: `Bearer ${secret}` };
    const people = await app.request('/api/people', { headers: bearer });
    expect(people.status).toBe(200);
    const listed = await me.json('GET', '/api/tokens');
    expect(listed.body.items).toEqual([expect.objectContaining({ id: token.id, name: 'backup script' })]);
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    expect(listed.body.items[0].lastUsedOn).not.toBeNull();
    expect((await me.json('DELETE', `/api/tokens/${token.id}`)).status).toBe(200);
    const after = await app.request('/api/people', { headers: bearer });
    expect(after.status).toBe(401);
    expect((await bodyOf(after)).error.message).toMatch(/API token/);
    expect((await app.request('/api/people', { headers: { authorization: 'Basic abc' } })).status).toBe(401);
  });

  it('deletes the account and every row it owns, and nothing of anyone else', async () => {
    const store = getStore();
    const app = testApp(store);
    const me = await signedUp(app, 'Leaving');
    const stays = await signedUp(app, 'Staying');
    for (const client of [me, stays]) {
      const { body } = await client.json('POST', '/api/people', {
        name: 'Sam Lee',
        metWhere: 'Design review',
        tags: ['climbing'],
        interests: ['bouldering'],
        channels: [{ kind: 'email', value: 'sam@example.org' }],
        detail: { text: 'training for a marathon', happensOn: '2026-04-12' },
      });
      await client.json('POST', '/api/interactions', {
        personIds: [body.person.id],
        form: 'coffee',
        topics: ['the migration'],
      });
      await client.json('POST', '/api/events', {
        name: 'DevConf',
        startsOn: '2027-04-02',
        attendees: [{ name: 'Priya Raman' }],
      });
      await client.json('POST', '/api/saved-items', {
        title: 'On-call notes',
        interests: ['site reliability'],
      });
      await client.json('POST', '/api/tokens', { name: 'script' });
      const plan = await client.json('GET', '/api/plan?horizon=week');
      const action = plan.body.actions[0];
      if (action) await client.json('POST', `/api/plan/actions/${action.handle}/dismiss`);
    }
    // A community only the leaving account is in, and one it runs alone as admin.
    const alone = (await me.json('POST', '/api/communities', { name: 'Just me' })).body.id;
    const shared = (await me.json('POST', '/api/communities', { name: 'Shared' })).body.id;
    const invite = await me.json('POST', `/api/communities/${shared}/invites`, {});
    expect((await stays.json('POST', '/api/invites/accept', { token: invite.body.url })).status).toBe(200);
    const tables = (await store.db.introspection.getTables())
      .map((t) => ({ name: t.name, columns: t.columns.map((c) => c.name) }))
      .filter((t) => !t.name.startsWith('kysely_'));
    const ownerColumn = (columns: string[]) =>
      columns.includes('owner_id') ? 'owner_id' : columns.includes('user_id') ? 'user_id' : null;
    const count = async (userId: string) => {
      const counts: Record<string, number> = {};
      for (const t of tables) {
        const column = t.name === 'users' ? 'id' : ownerColumn(t.columns);
        if (!column) continue;
        const r = await sql<{
          n: number | string;
        }>`select count(*) as n from ${sql.table(t.name)} where ${sql.ref(column)} = ${userId}`.execute(
          store.db,
        );
        counts[t.name] = Number(r.rows[0]?.n ?? 0);
      }
      return counts;
    };
    const before = await count(me.userId);
    const othersBefore = await count(stays.userId);
    // Every table that holds a user's rows was exercised above.
    for (const name of [
      'people',
      'details',
      'interactions',
      'interaction_people',
      'events',
      'event_attendees',
      'saved_items',
      'api_tokens',
      'sessions',
      'person_tags',
      'person_interests',
      'person_channels',
      'stage_changes',
      'person_stats',
      'community_members',
    ]) {
      expect(before[name], name).toBeGreaterThan(0);
    }
    expect(Object.keys(before).length).toBeGreaterThanOrEqual(17);

    const refused = await me.json('POST', '/api/account/delete', { password: 'wrong' });
    expect(refused.status).toBe(403);
    expect((await count(me.userId)).people).toBe(before.people);
    const deleted = await me.json('POST', '/api/account/delete', { password: 'a long enough password' });
    expect(deleted.status).toBe(200);
    const after = await count(me.userId);
    expect(Object.values(after).every((n) => n === 0)).toBe(true);
    expect(await count(stays.userId)).toEqual(othersBefore);
    expect((await me.call('GET', '/api/people')).status).toBe(401);
    // The community it was alone in went with it; the shared one has a new admin.
    const left = await sql<{
      id: string;
    }>`select id from communities where id in (${alone}, ${shared})`.execute(store.db);
    expect(left.rows.map((r) => r.id)).toEqual([shared]);
    const kept = await stays.json('GET', `/api/communities/${shared}`);
    expect(kept.body).toMatchObject({ role: 'admin', memberCount: 1 });
    const invites = await sql`select id from community_invites where community_id = ${shared}`.execute(
      store.db,
    );
    expect(invites.rows).toEqual([]);
  });
});
