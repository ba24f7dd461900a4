/**
 * Community seating events on both dialects: an admin plans a rotation for members and
 * extra guests; the plan is stored with its seed (opening it again shows the same plan,
 * a re-plan draws a new seed); errors name the field; members read only their own
 * schedule; a non-member is told "not found" as for an id never made; a member who
 * leaves drops out and the stored plan reads as needing a re-plan; deleting the
 * community deletes its seating events.
 */
import type { Store } from '@kindred/store';
import { describeEachDialect } from '@kindred/store/testing';
import { expect, it } from 'vitest';
import {
  createCommunity,
  createInvite,
  createSeatingEvent,
  deleteCommunity,
  deleteSeatingEvent,
  getMySeatingSchedule,
  getSeatingEvent,
  joinByInvite,
  leaveCommunity,
  listSeatingEvents,
  renderSeatingPlaceCards,
  replanSeatingEvent,
  type SeatingEventInput,
  updateSeatingEvent,
} from '../src/communities/index.ts';
import { newId, type UseCaseContext } from '../src/context.ts';
import { AppError } from '../src/errors/app-error.ts';

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

async function person(store: Store, displayName: string): Promise<UseCaseContext> {
  const id = newId();
  await store.repos.users.insert({
    id,
    displayName,
    email: null,
    timeZone: 'Europe/London',
    settings: {},
    createdAt: NOW,
    updatedAt: NOW,
  });
  return { store, ownerId: id, now: new Date(NOW), timeZone: 'Europe/London' };
}

/** A community run by Ana with `names.length` more members, each by an invite link. */
async function community(store: Store, names: string[]) {
  const admin = await person(store, 'Ana Admin');
  const { id } = await createCommunity(admin, { name: 'Supper club' });
  const members: UseCaseContext[] = [];
  for (const name of names) {
    const member = await person(store, name);
    const { path } = await createInvite(admin, id, {});
    await joinByInvite(member, { token: path });
    members.push(member);
  }
  return { admin, id, members };
}

describeEachDialect('community seating events', (getStore) => {
  it('plans a rotation for members and extra guests, and opening it again shows the same plan', async () => {
    const { admin, id, members } = await community(getStore(), ['Bo', 'Cy', 'Di', 'Ed', 'Flo']);
    const input: SeatingEventInput = {
      title: 'Spring dinner',
      date: '2026-03-20',
      userIds: [admin.ownerId, ...members.map((m) => m.ownerId)],
      guests: ['Gil Speaker', 'Hana Guest'],
      tables: [{ seats: 4, name: 'Oak' }, { seats: 4 }],
      rounds: 3,
      roundNames: ['Starter', 'Main', 'Dessert'],
      keepApart: [{ attendees: [members[0]?.ownerId ?? '', 'Gil Speaker'] }],
    };
    const made = await createSeatingEvent(admin, id, input);
    expect(made).toMatchObject({ title: 'Spring dinner', date: '2026-03-20', communityId: id });
    expect(made.attendees.map((a) => a.name)).toEqual(
      expect.arrayContaining(['Ana Admin', 'Bo', 'Flo', 'Gil Speaker', 'Hana Guest']),
    );
    expect(made.attendees).toHaveLength(8);
    expect(made.tables.map((t) => t.name)).toEqual(['Oak', 'Table 2']);
    expect(made.plan.rounds.map((r) => r.name)).toEqual(['Starter', 'Main', 'Dessert']);
    expect(made.plan.needsReplan).toBe(false);
    expect(made.plan.stats).toMatchObject({ guests: 8, tables: 2, rounds: 3 });
    expect(made.plan.stats.distinctPairs).toBeGreaterThan(12);
    for (const round of made.plan.rounds) {
      const seated = round.tables.flatMap((t) => t.guests.map((g) => g.ref));
      expect(new Set(seated).size).toBe(8);
      // Bo and the speaker are never at one table.
      for (const table of round.tables) {
        const refs = table.guests.map((g) => g.ref);
        expect(refs.includes(members[0]?.ownerId ?? '') && refs.includes('Gil Speaker')).toBe(false);
      }
    }
    const again = await getSeatingEvent(admin, id, made.id);
    expect(again).toEqual(made);

    // A new name keeps the plan; a change of tables plans again with the same seed.
    const renamed = await updateSeatingEvent(admin, id, made.id, { ...input, title: 'Spring supper' });
    expect(renamed.title).toBe('Spring supper');
    expect(renamed.plan.rounds).toEqual(made.plan.rounds);
    expect(renamed.plan.plannedAt).toBe(made.plan.plannedAt);
    // A guest's name spelled again: same seats, the new spelling everywhere it is shown.
    const respelled = await updateSeatingEvent(admin, id, made.id, {
      ...input,
      title: 'Spring supper',
      guests: ['Gil SPEAKER', 'Hana Guest'],
    });
    const seats = (event: typeof made) =>
      event.plan.rounds.map((r) =>
        r.tables.map((t) => t.guests.map((g) => g.userId ?? g.name.toLowerCase())),
      );
    expect(seats(respelled)).toEqual(seats(made));
    expect(respelled.plan.plannedAt).toBe(made.plan.plannedAt);
    expect(JSON.stringify(respelled.plan.rounds)).toContain('Gil SPEAKER');
    expect(JSON.stringify(respelled.plan.rounds)).not.toContain('Gil Speaker');
    expect(await renderSeatingPlaceCards(admin, id, made.id)).toContain('Gil SPEAKER');
    // More seats change the arrangement's inputs: planned again, with the same seed.
    const bigger = await updateSeatingEvent(admin, id, made.id, {
      ...input,
      title: 'Spring supper',
      tables: [{ seats: 5, name: 'Oak' }, { seats: 5 }],
    });
    expect(bigger.plan.seed).toBe(made.plan.seed);
    expect(bigger.tables.map((t) => t.seats)).toEqual([5, 5]);
    expect(bigger.plan.stats.seats).toBe(10);
    const replanned = await replanSeatingEvent(admin, id, made.id);
    expect(replanned.plan.seed).not.toBe(made.plan.seed);
    expect(replanned.title).toBe('Spring supper');
    expect(replanned.attendees).toHaveLength(8);

    const listed = await listSeatingEvents(admin, id, PAGE);
    expect(listed).toEqual([
      expect.objectContaining({
        id: made.id,
        title: 'Spring supper',
        attendeeCount: 8,
        tableCount: 2,
        rounds: 3,
      }),
    ]);
  });

  it('says what is wrong and where: unknown attendees, too few seats, rules naming nobody', async () => {
    const { admin, id, members } = await community(getStore(), ['Bo', 'Cy']);
    const outsider = await person(getStore(), 'Olga Outsider');
    const base: SeatingEventInput = {
      title: 'Lunch',
      userIds: [admin.ownerId, ...members.map((m) => m.ownerId)],
      tables: [{ seats: 2 }, { seats: 2 }],
      rounds: 2,
    };
    const notMember = await failure(
      createSeatingEvent(admin, id, { ...base, userIds: [outsider.ownerId, admin.ownerId] }),
    );
    expect(notMember.code).toBe('seating_unknown_attendee');
    expect(notMember.details[0]?.field).toBe('userIds.0');
    expect(notMember.message).toMatch(/not in Supper club/);
    expect(notMember.message).not.toMatch(/Olga/);

    const small = await failure(createSeatingEvent(admin, id, { ...base, tables: [{ seats: 2 }] }));
    expect(small.code).toBe('seating_tables_too_small');
    expect(small.message).toMatch(/seat 2 people, but 3 are coming. Add 1 more seat/);
    expect(small.details[0]?.field).toBe('tables');

    const rule = await failure(
      createSeatingEvent(admin, id, {
        ...base,
        keepTogether: [{ attendees: [admin.ownerId, 'Nobody Here'] }],
      }),
    );
    expect(rule.code).toBe('seating_unknown_attendee');
    expect(rule.details[0]?.field).toBe('keepTogether.0.attendees.1');

    const twins = await failure(createSeatingEvent(admin, id, { ...base, guests: ['Sam', ' sam '] }));
    expect(twins.code).toBe('invalid_input');
    expect(twins.details[0]?.field).toBe('guests.1');

    const names = await failure(createSeatingEvent(admin, id, { ...base, roundNames: ['a', 'b', 'c'] }));
    expect(names.details[0]?.field).toBe('roundNames');

    const impossible = await failure(
      createSeatingEvent(admin, id, {
        ...base,
        tables: [{ seats: 3 }],
        keepApart: [{ attendees: [admin.ownerId, members[0]?.ownerId ?? ''] }],
      }),
    );
    expect(impossible.code).toBe('seating_unsatisfiable');
    expect(impossible.message).toMatch(/Keep-apart rule 1 .* add tables/);

    const invalid = await failure(createSeatingEvent(admin, id, { ...base, rounds: 0 }));
    expect(invalid.code).toBe('invalid_input');
    expect(invalid.details[0]?.field).toBe('rounds');
    expect(await listSeatingEvents(admin, id, PAGE)).toEqual([]);
  });

  it('lets an attending member read only their own schedule; others get "not found"', async () => {
    const { admin, id, members } = await community(getStore(), ['Bo', 'Cy', 'Di']);
    const [bo, cy, di] = members as [UseCaseContext, UseCaseContext, UseCaseContext];
    const stranger = await person(getStore(), 'Stranger');
    const made = await createSeatingEvent(admin, id, {
      title: 'Team dinner',
      userIds: [admin.ownerId, bo.ownerId, cy.ownerId],
      guests: ['Zed Guest'],
      tables: [{ seats: 2, name: 'Window' }, { seats: 2 }],
      rounds: 2,
      roundNames: ['Main'],
    });
    const mine = await getMySeatingSchedule(bo, id, made.id);
    expect(mine).toMatchObject({ eventId: made.id, title: 'Team dinner', needsReplan: false });
    expect(mine.rounds.map((r) => r.name)).toEqual(['Main', 'Round 2']);
    for (const round of mine.rounds) {
      const table = made.plan.rounds[round.round - 1]?.tables.find((t) =>
        t.guests.some((g) => g.ref === bo.ownerId),
      );
      expect(round.table).toBe(table?.table);
      expect(round.tableName).toBe(table?.name);
      expect(round.with).toEqual(
        (table?.guests ?? []).filter((g) => g.ref !== bo.ownerId).map((g) => g.name),
      );
    }
    // Bo attends but is no admin: the list shows the event, the whole plan is refused.
    expect((await listSeatingEvents(bo, id, PAGE)).map((e) => [e.id, e.attending])).toEqual([
      [made.id, true],
    ]);
    expect((await failure(getSeatingEvent(bo, id, made.id))).code).toBe('community_admin_only');
    expect((await failure(renderSeatingPlaceCards(bo, id, made.id))).code).toBe('community_admin_only');
    expect(
      (await failure(updateSeatingEvent(bo, id, made.id, { title: 'x', tables: [{ seats: 9 }], rounds: 1 })))
        .code,
    ).toBe('community_admin_only');
    // Di is a member who does not attend: nothing of the event.
    expect(await listSeatingEvents(di, id, PAGE)).toEqual([]);
    const diSees = await failure(getMySeatingSchedule(di, id, made.id));
    expect(diSees.code).toBe('seating_event_not_found');
    expect(diSees.message.replace(made.id, '<id>')).toBe(
      (await failure(getMySeatingSchedule(di, id, 'never-made'))).message.replace('never-made', '<id>'),
    );
    expect((await failure(getSeatingEvent(di, id, made.id))).code).toBe('seating_event_not_found');
    expect((await failure(getMySeatingSchedule(admin, id, 'never-made'))).code).toBe(
      'seating_event_not_found',
    );

    // A stranger: "not found" from every use case, as for a community never made.
    const never = (await failure(getSeatingEvent(stranger, 'never-made', made.id))).message.replace(
      'never-made',
      '<id>',
    );
    const calls: [string, () => Promise<unknown>][] = [
      ['get', () => getSeatingEvent(stranger, id, made.id)],
      ['list', () => listSeatingEvents(stranger, id, PAGE)],
      ['schedule', () => getMySeatingSchedule(stranger, id, made.id)],
      ['cards', () => renderSeatingPlaceCards(stranger, id, made.id)],
      ['replan', () => replanSeatingEvent(stranger, id, made.id)],
      ['delete', () => deleteSeatingEvent(stranger, id, made.id)],
      [
        'create',
        () =>
          createSeatingEvent(stranger, id, {
            title: 'x',
            tables: [{ seats: 2 }],
            rounds: 1,
            guests: ['a', 'b'],
          }),
      ],
      [
        'update',
        () =>
          updateSeatingEvent(stranger, id, made.id, {
            title: 'x',
            tables: [{ seats: 2 }],
            rounds: 1,
            guests: ['a', 'b'],
          }),
      ],
    ];
    for (const [what, call] of calls) {
      const error = await failure(call());
      expect(error.code, what).toBe('community_not_found');
      expect(error.message.replace(id, '<id>'), what).toBe(never);
    }
  });

  it('prints place cards with names escaped, from the stored plan', async () => {
    const { admin, id, members } = await community(getStore(), ['<b>Bo</b>', 'Cy']);
    const made = await createSeatingEvent(admin, id, {
      title: 'Gala & <script>',
      userIds: [admin.ownerId, ...members.map((m) => m.ownerId)],
      guests: ['Dee "Speaker"'],
      tables: [
        { seats: 2, name: 'Oak' },
        { seats: 2, name: 'Elm' },
      ],
      rounds: 2,
      roundNames: ['Starter', 'Main'],
    });
    const html = await renderSeatingPlaceCards(admin, id, made.id);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<title>Gala &amp; &lt;script&gt;</title>');
    expect(html).toContain('&lt;b&gt;Bo&lt;/b&gt;');
    expect(html).not.toContain('<b>Bo</b>');
    expect(html).toContain('Dee &quot;Speaker&quot;');
    expect(html).toContain('Starter');
    expect(html).toContain('Oak');
    expect(html).toContain('Ana Admin');
  });

  it('drops a member who leaves: the stored plan reads as needing a re-plan, and never names them', async () => {
    const { admin, id, members } = await community(getStore(), ['Bo Leaver', 'Cy', 'Di']);
    const [bo, cy] = members as [UseCaseContext, UseCaseContext];
    const made = await createSeatingEvent(admin, id, {
      title: 'Farewell dinner',
      userIds: [admin.ownerId, ...members.map((m) => m.ownerId)],
      tables: [{ seats: 2 }, { seats: 2 }],
      rounds: 3,
      keepTogether: [{ attendees: [bo.ownerId, cy.ownerId], mode: 'first-round' }],
    });
    await leaveCommunity(bo, id);
    const stale = await getSeatingEvent(admin, id, made.id);
    expect(stale.plan.needsReplan).toBe(true);
    expect(stale.plan.departedSincePlanned).toBe(1);
    expect(stale.attendees.map((a) => a.userId)).not.toContain(bo.ownerId);
    expect(JSON.stringify(stale)).not.toContain('Bo Leaver');
    expect(stale.plan.stats.guests).toBe(3);
    // Same seats for everyone else: nothing was reshuffled behind the admin's back.
    const seatOf = (event: typeof made, userId: string) =>
      event.plan.rounds.map((r) => r.tables.find((t) => t.guests.some((g) => g.ref === userId))?.table);
    expect(seatOf(stale, cy.ownerId)).toEqual(seatOf(made, cy.ownerId));
    expect(await renderSeatingPlaceCards(admin, id, made.id)).not.toContain('Bo Leaver');
    expect((await getMySeatingSchedule(cy, id, made.id)).needsReplan).toBe(true);
    expect((await failure(getMySeatingSchedule(bo, id, made.id))).code).toBe('community_not_found');

    const fresh = await replanSeatingEvent(admin, id, made.id);
    expect(fresh.plan.needsReplan).toBe(false);
    expect(fresh.plan.stats.guests).toBe(3);
    expect(fresh.keepTogether).toEqual([]);

    await deleteCommunity(admin, id);
    const rows = await getStore()
      .db.selectFrom('community_seating_events')
      .select('id')
      .where('id', '=', made.id)
      .execute();
    expect(rows).toEqual([]);
    const attendees = await getStore()
      .db.selectFrom('community_seating_attendees')
      .select('user_id')
      .where('event_id', '=', made.id)
      .execute();
    expect(attendees).toEqual([]);
  });

  it('scopes the store itself: a member or a stranger reads and changes nothing through it', async () => {
    const { admin, id, members } = await community(getStore(), ['Bo']);
    const bo = members[0] as UseCaseContext;
    const stranger = await person(getStore(), 'Stranger');
    const made = await createSeatingEvent(admin, id, {
      title: 'Lunch',
      guests: ['A', 'B'],
      tables: [{ seats: 2 }],
      rounds: 1,
    });
    const repo = getStore().repos.communitySeating;
    expect(await repo.get(stranger.ownerId, id, made.id)).toBeUndefined();
    expect(await repo.list(stranger.ownerId, id, PAGE)).toEqual([]);
    expect(await repo.memberNames(stranger.ownerId, id, [admin.ownerId])).toEqual(new Map());
    // Bo is a member, not an admin: he may read the event, not change it.
    expect((await repo.get(bo.ownerId, id, made.id))?.title).toBe('Lunch');
    const stored = (await repo.get(admin.ownerId, id, made.id)) as NonNullable<
      Awaited<ReturnType<typeof repo.get>>
    >;
    for (const who of [bo, stranger]) {
      expect(await repo.update(who.ownerId, id, made.id, { ...stored, title: 'Taken over' })).toBe(false);
      expect(await repo.setAttendees(who.ownerId, id, made.id, [who.ownerId])).toBe(false);
      expect(await repo.delete(who.ownerId, id, made.id)).toBe(false);
      expect(await repo.insert({ ...stored, id: `${made.id}-copy` }, id, who.ownerId)).toBe(false);
    }
    expect((await getSeatingEvent(admin, id, made.id)).title).toBe('Lunch');
  });

  it('deletes an event for admins only', async () => {
    const { admin, id } = await community(getStore(), []);
    const made = await createSeatingEvent(admin, id, {
      title: 'Solo',
      guests: ['A', 'B'],
      tables: [{ seats: 2 }],
      rounds: 1,
    });
    await deleteSeatingEvent(admin, id, made.id);
    expect((await failure(getSeatingEvent(admin, id, made.id))).code).toBe('seating_event_not_found');
    expect((await failure(deleteSeatingEvent(admin, id, made.id))).code).toBe('seating_event_not_found');
  });
});
