/**
 * Communities and membership on both dialects: roles, invites (link and email, over a
 * real SMTP server on loopback), expiry on a pinned clock, the rule that a community
 * always keeps an admin, and that a non-member is told "not found" by every use case.
 */
import { describeEachDialect } from '@kindred/store/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  changeRole,
  createCommunity,
  createInvite,
  deleteCommunity,
  getCommunity,
  joinByInvite,
  leaveCommunity,
  listInvites,
  listMembers,
  listMyCommunities,
  revokeInvite,
} from '../src/communities/index.ts';
import type { UseCaseContext } from '../src/context.ts';
import { AppError } from '../src/errors/app-error.ts';
import { createMailer, type Mailer } from '../src/integrations/smtp.mailer.ts';
import { contextFor } from './app-context.ts';
import { readMail, startSmtpServer, type TestSmtpServer } from './support/smtp-test-server.ts';

const NOW = '2026-03-02T09:00:00.000Z';
const PAGE = { limit: 100 };

async function failure(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describeEachDialect('communities', (getStore) => {
  let smtp: TestSmtpServer;
  let mailer: Mailer;
  const user = async () => (await contextFor(getStore(), NOW)).ctx;
  const at = (ctx: UseCaseContext, iso: string): UseCaseContext => ({ ...ctx, now: new Date(iso) });
  const secretOf = (path: string) => path.split('/').pop() ?? '';

  beforeAll(async () => {
    smtp = await startSmtpServer();
    mailer = createMailer(smtp.url);
  });
  afterAll(async () => {
    mailer.close();
    await smtp.close();
  });

  it('makes the creator the first admin, and lists only the communities one is in', async () => {
    const ana = await user();
    const bo = await user();
    const made = await createCommunity(ana, { name: '  Lisbon office ', description: 'Coffee and walks' });
    expect(made).toMatchObject({
      name: 'Lisbon office',
      description: 'Coffee and walks',
      role: 'admin',
      memberCount: 1,
    });
    expect(await getCommunity(ana, made.id)).toEqual(made);
    expect((await listMyCommunities(ana, PAGE)).map((c) => c.id)).toEqual([made.id]);
    expect(await listMyCommunities(bo, PAGE)).toEqual([]);
    const invalid = await failure(createCommunity(ana, { name: ' ' }));
    expect(invalid.code).toBe('invalid_input');
    expect(invalid.details[0]?.field).toBe('name');
  });

  it('answers a non-member "not found" from every use case, as for an id never made', async () => {
    const ana = await user();
    const stranger = await user();
    const { id } = await createCommunity(ana, { name: 'Book club' });
    const { invite } = await createInvite(ana, id, {});
    const calls: [string, () => Promise<unknown>][] = [
      ['get', () => getCommunity(stranger, id)],
      ['members', () => listMembers(stranger, id, PAGE)],
      ['role', () => changeRole(stranger, id, stranger.ownerId, { role: 'admin' })],
      ['leave', () => leaveCommunity(stranger, id)],
      ['delete', () => deleteCommunity(stranger, id)],
      ['invite', () => createInvite(stranger, id, {})],
      ['invites', () => listInvites(stranger, id, PAGE)],
      ['revoke', () => revokeInvite(stranger, id, invite.id)],
    ];
    for (const [what, call] of calls) {
      const error = await failure(call());
      expect(error.code, what).toBe('community_not_found');
      expect(error.message.replace(id, '<id>'), what).toBe(
        (await failure(getCommunity(stranger, 'never-made'))).message.replace('never-made', '<id>'),
      );
    }
    expect((await getCommunity(ana, id)).memberCount).toBe(1);
  });

  it('joins by a single-use link; members see names and roles, and admins alone manage', async () => {
    const ana = await user();
    const bo = await user();
    const cy = await user();
    const { id } = await createCommunity(ana, { name: 'Climbers' });
    const made = await createInvite(ana, id, {});
    expect(made.path).toMatch(/^\/join\/kinv_[\w-]{40,}$/);
    expect(made.invite).toMatchObject({
      role: 'member',
      status: 'open',
      email: null,
      expiresAt: '2026-03-09T09:00:00.000Z',
    });
    // The whole link works as well as the secret alone.
    const joined = await joinByInvite(bo, { token: `https://kindred.example.org${made.path}` });
    expect(joined).toMatchObject({ joined: true, community: { id, role: 'member', memberCount: 2 } });
    expect((await joinByInvite(bo, { token: secretOf(made.path) })).joined).toBe(false);
    const used = await failure(joinByInvite(cy, { token: secretOf(made.path) }));
    expect(used.code).toBe('invite_used');
    expect(used.message).toMatch(/Climbers has already been used/);

    const members = await listMembers(bo, id, PAGE);
    expect(members).toHaveLength(2);
    // A name, a role and the profile fields each shares (none yet): nothing else.
    for (const member of members) {
      expect(Object.keys(member).sort()).toEqual(['displayName', 'profile', 'role', 'userId']);
      expect(member.profile).toEqual({});
    }
    expect(members.find((m) => m.userId === ana.ownerId)?.role).toBe('admin');

    for (const call of [
      () => createInvite(bo, id, {}),
      () => listInvites(bo, id, PAGE),
      () => changeRole(bo, id, bo.ownerId, { role: 'admin' }),
      () => deleteCommunity(bo, id),
    ]) {
      const error = await failure(call());
      expect(error.code).toBe('community_admin_only');
      expect(error.message).toMatch(/^Only an admin of Climbers can /);
    }
    expect((await listInvites(ana, id, PAGE)).map((i) => i.status)).toEqual(['used']);
    const withdraw = await failure(revokeInvite(ana, id, made.invite.id));
    expect(withdraw.code).toBe('invite_used');
    expect((await failure(joinByInvite(cy, { token: 'kinv_not-a-real-one' }))).code).toBe('invite_not_found');
    expect((await failure(revokeInvite(ana, id, 'no-such-invite'))).code).toBe('invite_not_found');
  });

  it('says clearly when a link has expired (on a pinned clock) or was withdrawn', async () => {
    const ana = await user();
    const bo = await user();
    const { id } = await createCommunity(ana, { name: 'Night owls' });
    const short = await createInvite(ana, id, { expiresInDays: 2 });
    const still = await joinByInvite(at(bo, '2026-03-04T08:59:59.000Z'), { token: secretOf(short.path) });
    expect(still.joined).toBe(true);
    await leaveCommunity(bo, id);

    const later = await createInvite(ana, id, { expiresInDays: 2 });
    const expired = await failure(
      joinByInvite(at(bo, '2026-03-04T09:00:00.000Z'), { token: secretOf(later.path) }),
    );
    expect(expired.code).toBe('invite_expired');
    expect(expired.message).toBe(
      'This invite to Night owls expired on 4 March 2026. Ask one of its admins for a new link.',
    );
    expect((await listInvites(at(ana, '2026-03-05T00:00:00.000Z'), id, PAGE)).map((i) => i.status)).toEqual([
      'used',
      'expired',
    ]);

    const withdrawn = await createInvite(ana, id, { role: 'admin', expiresInDays: 30 });
    expect(withdrawn.invite.expiresAt).toBe('2026-04-01T09:00:00.000Z');
    expect((await revokeInvite(ana, id, withdrawn.invite.id)).status).toBe('revoked');
    expect((await revokeInvite(ana, id, withdrawn.invite.id)).status).toBe('revoked');
    const revoked = await failure(joinByInvite(bo, { token: secretOf(withdrawn.path) }));
    expect(revoked.code).toBe('invite_revoked');
    expect(revoked.message).toMatch(/withdrawn by one of its admins/);

    for (const days of [0, 31, 2.5]) {
      const error = await failure(createInvite(ana, id, { expiresInDays: days }));
      expect(error.code).toBe('invalid_input');
      expect(error.details[0]?.field).toBe('expiresInDays');
    }
  });

  it('keeps an admin: the last one can neither step down nor leave while others remain', async () => {
    const ana = await user();
    const bo = await user();
    const { id } = await createCommunity(ana, { name: 'Runners' });
    await joinByInvite(bo, { token: secretOf((await createInvite(ana, id, {})).path) });

    const stepDown = await failure(changeRole(ana, id, ana.ownerId, { role: 'member' }));
    expect(stepDown.code).toBe('community_last_admin');
    expect(stepDown.message).toMatch(/^You are the only admin of Runners/);
    const leave = await failure(leaveCommunity(ana, id));
    expect(leave.code).toBe('community_last_admin');
    expect(leave.message).toMatch(/cannot leave it yet: 1 other member relies on it having one/);
    expect((await failure(changeRole(ana, id, 'not-a-member', { role: 'admin' }))).code).toBe(
      'member_not_found',
    );

    expect(await changeRole(ana, id, bo.ownerId, { role: 'admin' })).toEqual({
      userId: bo.ownerId,
      role: 'admin',
    });
    expect(await changeRole(ana, id, ana.ownerId, { role: 'member' })).toEqual({
      userId: ana.ownerId,
      role: 'member',
    });
    expect(await leaveCommunity(ana, id)).toEqual({ left: true, communityDeleted: false });
    expect((await failure(getCommunity(ana, id))).code).toBe('community_not_found');
    // The last member leaving ends the community.
    expect(await leaveCommunity(bo, id)).toEqual({ left: true, communityDeleted: true });
    expect(await getStore().db.selectFrom('communities').select('id').where('id', '=', id).execute()).toEqual(
      [],
    );
  });

  it('deletes a community with its memberships and invites (admins only)', async () => {
    const ana = await user();
    const bo = await user();
    const { id } = await createCommunity(ana, { name: 'Chess' });
    await joinByInvite(bo, { token: secretOf((await createInvite(ana, id, {})).path) });
    const open = await createInvite(ana, id, {});
    await deleteCommunity(ana, id);
    expect(await listMyCommunities(bo, PAGE)).toEqual([]);
    expect((await failure(joinByInvite(bo, { token: secretOf(open.path) }))).code).toBe('invite_not_found');
  });

  it('emails an invite with its link, warmly and once; without email set up it says so', async () => {
    const ana = await user();
    await getStore()
      .db.updateTable('users')
      .set({ display_name: 'Ana Sousa' })
      .where('id', '=', ana.ownerId)
      .execute();
    const { id } = await createCommunity(ana, { name: 'Lisbon office', description: 'Lunch once a month' });
    const mail = { mailer, from: 'Kindred <kindred@example.org>', publicUrl: 'https://kindred.example.org' };
    const made = await createInvite(ana, id, { email: 'Ben@Example.org' }, mail);
    expect(made.emailedTo).toBe('ben@example.org');
    const received = smtp.to('ben@example.org');
    expect(received).toHaveLength(1);
    const message = readMail(received[0]?.raw ?? '');
    expect(message.subject).toBe('Ana Sousa invited you to Lisbon office on Kindred');
    expect(message.text).toContain(`https://kindred.example.org${made.path}`);
    expect(message.text).toContain('Lunch once a month');
    expect(message.text).toContain('until 9 March 2026');
    expect((await listInvites(ana, id, PAGE))[0]).toMatchObject({ email: 'ben@example.org', status: 'open' });

    const noMail = await failure(createInvite(ana, id, { email: 'cy@example.org' }));
    expect(noMail.code).toBe('smtp_not_configured');
    expect(noMail.details[0]?.field).toBe('body.email');
    expect(await listInvites(ana, id, PAGE)).toHaveLength(1);
  });
});
