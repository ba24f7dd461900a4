/**
 * Community profiles on both dialects: saving a little at a time, interests put onto the
 * taxonomy, pausing, every field's visibility as another member sees it, a non-member
 * told "not found", and leaving a community taking the profile with it. Nothing from
 * the member's companion may reach a fellow member.
 */
import { describeEachDialect } from '@kindred/store/testing';
import { expect, it } from 'vitest';
import {
  createCommunity,
  createInvite,
  getMemberProfile,
  getMyProfile,
  joinByInvite,
  leaveCommunity,
  listMembers,
  saveMyProfile,
} from '../src/communities/index.ts';
import type { UseCaseContext } from '../src/context.ts';
import { AppError } from '../src/errors/app-error.ts';
import { addPerson } from '../src/index.ts';
import { contextFor } from './app-context.ts';

const NOW = '2026-03-02T09:00:00.000Z';

async function failure(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describeEachDialect('community profiles', (getStore) => {
  const user = async () => (await contextFor(getStore(), NOW)).ctx;

  async function communityOf(admin: UseCaseContext, ...members: UseCaseContext[]): Promise<string> {
    const { id } = await createCommunity(admin, { name: 'Climbers' });
    for (const member of members) {
      const { path } = await createInvite(admin, id, {});
      await joinByInvite(member, { token: path });
    }
    return id;
  }

  it('starts from defaults and saves a little at a time', async () => {
    const ana = await user();
    const id = await communityOf(ana);
    const fresh = await getMyProfile(ana, id);
    expect(fresh).toMatchObject({
      filled: false,
      interests: [],
      frequency: 'weekly',
      paused: false,
      openTo: ['peer'],
      updatedAt: null,
      visibility: { interests: 'members', seniority: 'nobody', availability: 'matches' },
    });

    const first = await saveMyProfile(ana, id, {
      interests: ['Bouldering', 'sourdough baking', 'Rust programming'],
      team: ' Platform ',
      availability: [
        { day: 'thu', start: '14:00', end: '16:00' },
        { day: 'mon', start: '09:00', end: '11:30' },
      ],
    });
    expect(first.filled).toBe(true);
    expect(first.team).toBe('Platform');
    expect(first.interests.map((i) => i.label)).toContain('Bouldering');
    expect(first.interests).toHaveLength(3);
    // Windows come back in week order, whatever order they were sent in.
    expect(first.availability.map((w) => w.day)).toEqual(['mon', 'thu']);

    const second = await saveMyProfile(ana, id, {
      intro: 'I look after the build farm.',
      formats: ['walk', 'coffee'],
    });
    // What was not sent is kept.
    expect(second.team).toBe('Platform');
    expect(second.interests).toEqual(first.interests);
    expect(second.intro).toBe('I look after the build farm.');
    expect(await getMyProfile(ana, id)).toEqual(second);
  });

  it('refuses bad input field by field and changes nothing', async () => {
    const ana = await user();
    const id = await communityOf(ana);
    await saveMyProfile(ana, id, { team: 'Data' });
    const bad = await failure(
      saveMyProfile(ana, id, {
        team: 'Ops',
        timeZone: 'Mars/Olympus',
        availability: [{ day: 'mon', start: '12:00', end: '09:00' }],
        visibility: { intro: 'everyone' as never },
      }),
    );
    expect(bad.code).toBe('invalid_input');
    expect(bad.details.map((d) => d.field).sort()).toEqual([
      'availability.0.end',
      'timeZone',
      'visibility.intro',
    ]);
    expect(bad.message).toContain('IANA time zone');
    expect((await getMyProfile(ana, id)).team).toBe('Data');

    const unknown = await failure(saveMyProfile(ana, id, { shoeSize: 44 } as never));
    expect(unknown.code).toBe('invalid_input');
  });

  it('pauses until a day, or until resumed', async () => {
    const ana = await user();
    const id = await communityOf(ana);
    const paused = await saveMyProfile(ana, id, { pausedUntil: '2026-04-01' });
    expect(paused).toMatchObject({ paused: true, pausedUntil: '2026-04-01' });
    // On the day the pause ends it reads as over, as rounds already treat it.
    const onTheDay = { ...ana, now: new Date('2026-04-01T10:00:00Z') };
    expect(await getMyProfile(onTheDay, id)).toMatchObject({ paused: false, pausedUntil: null });
    const resumed = await saveMyProfile(ana, id, { paused: false });
    expect(resumed).toMatchObject({ paused: false, pausedUntil: null });
    const past = await failure(saveMyProfile(ana, id, { pausedUntil: '2026-03-01' }));
    expect(past.details[0]?.field).toBe('pausedUntil');
    expect((await saveMyProfile(ana, id, { paused: true })).pausedUntil).toBeNull();
  });

  it('shows other members only the fields shared with all members', async () => {
    const ana = await user();
    const bo = await user();
    const id = await communityOf(ana, bo);
    await saveMyProfile(ana, id, {
      interests: ['bouldering'],
      team: 'Platform',
      seniority: 'senior',
      location: 'Lisbon office',
      timeZone: 'Europe/Lisbon',
      availability: [{ day: 'tue', start: '10:00', end: '12:00' }],
      intro: 'Build farm, bread, boulders.',
      visibility: { team: 'nobody', intro: 'matches' },
    });
    const seen = await getMemberProfile(bo, id, ana.ownerId);
    expect(seen.matched).toBe(false);
    expect(Object.keys(seen.profile).sort()).toEqual(['formats', 'interests', 'openTo']);
    expect(seen.profile.interests?.[0]?.key).toBeTruthy();

    // The member list carries the same view.
    const listed = await listMembers(bo, id, { limit: 10 });
    expect(listed.find((m) => m.userId === ana.ownerId)?.profile).toEqual(seen.profile);

    // Sharing more is one change away, and shows at once.
    await saveMyProfile(ana, id, { visibility: { team: 'members', location: 'members' } });
    const more = await getMemberProfile(bo, id, ana.ownerId);
    expect(more.profile).toMatchObject({ team: 'Platform', location: 'Lisbon office' });
    expect(more.profile).not.toHaveProperty('seniority');
    expect(more.profile).not.toHaveProperty('intro');
  });

  it('never shows anything from the member’s companion', async () => {
    const ana = await user();
    const bo = await user();
    const id = await communityOf(ana, bo);
    await addPerson(ana, {
      name: 'Zephyrine Quaxley',
      notes: 'Secret companion note',
      interests: ['falconry'],
    });
    await saveMyProfile(ana, id, { interests: ['bouldering'] });
    const views = JSON.stringify([
      await getMemberProfile(bo, id, ana.ownerId),
      await listMembers(bo, id, { limit: 10 }),
    ]);
    expect(views).not.toMatch(/Zephyrine|Quaxley|Secret companion|falconry/i);
  });

  it('tells a non-member "not found", and takes the profile away with a member who leaves', async () => {
    const ana = await user();
    const bo = await user();
    const stranger = await user();
    const id = await communityOf(ana, bo);
    await saveMyProfile(bo, id, { team: 'Data', intro: 'Hello' });
    // One at a time: a refusal must never be left unawaited.
    for (const attempt of [
      () => getMyProfile(stranger, id),
      () => saveMyProfile(stranger, id, { team: 'x' }),
      () => getMemberProfile(stranger, id, bo.ownerId),
    ]) {
      expect((await failure(attempt())).code).toBe('community_not_found');
    }
    expect((await failure(getMemberProfile(ana, id, stranger.ownerId))).code).toBe('member_not_found');

    await leaveCommunity(bo, id);
    expect((await failure(getMemberProfile(ana, id, bo.ownerId))).code).toBe('member_not_found');
    const rows = await getStore()
      .db.selectFrom('community_profiles')
      .selectAll()
      .where('community_id', '=', id)
      .where('user_id', '=', bo.ownerId)
      .execute();
    expect(rows).toEqual([]);
  });
});
