/** Dated details a person shared, with their follow-up dates. */
import type { Detail, DetailKind } from '@kindred/core';
import type { DetailsTable } from '../schema/database.types.ts';
import { chunk, type Executor } from './executor.ts';

const toDetail = (r: DetailsTable): Detail => ({
  id: r.id,
  personId: r.person_id,
  text: r.text,
  kind: r.kind as DetailKind,
  happensOn: r.happens_on,
  followUpOn: r.follow_up_on,
  followedUpAt: r.followed_up_at,
  createdAt: r.created_at,
});

const toRow = (ownerId: string, d: Detail): DetailsTable => ({
  id: d.id,
  owner_id: ownerId,
  person_id: d.personId,
  text: d.text,
  kind: d.kind,
  happens_on: d.happensOn,
  follow_up_on: d.followUpOn,
  followed_up_at: d.followedUpAt,
  created_at: d.createdAt,
});

export function createDetailRepository(db: Executor) {
  return {
    async insertMany(ownerId: string, details: Detail[]): Promise<void> {
      for (const part of chunk(details)) {
        await db
          .insertInto('details')
          .values(part.map((d) => toRow(ownerId, d)))
          .execute();
      }
    },

    async insert(ownerId: string, detail: Detail): Promise<void> {
      await this.insertMany(ownerId, [detail]);
    },

    async update(ownerId: string, detail: Detail): Promise<void> {
      const { id, owner_id: _o, ...row } = toRow(ownerId, detail);
      await db.updateTable('details').set(row).where('owner_id', '=', ownerId).where('id', '=', id).execute();
    },

    async get(ownerId: string, id: string): Promise<Detail | undefined> {
      const row = await db
        .selectFrom('details')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row && toDetail(row);
    },

    /** A person's details, newest first. */
    async listForPerson(ownerId: string, personId: string): Promise<Detail[]> {
      const rows = await db
        .selectFrom('details')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .where('person_id', '=', personId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toDetail);
    },

    /** Every detail the owner has, oldest first (backups, planning). */
    async listAll(ownerId: string): Promise<Detail[]> {
      const rows = await db
        .selectFrom('details')
        .selectAll()
        .where('owner_id', '=', ownerId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toDetail);
    },

    /**
     * Details the plan may act on: open follow-ups due in a range, and wins not yet
     * congratulated that were recorded or happened since `from`.
     */
    async listActionable(ownerId: string, from: string, to: string): Promise<Detail[]> {
      // Two index-friendly reads rather than one OR that would scan every detail.
      const [followUps, wins] = await Promise.all([
        db
          .selectFrom('details')
          .selectAll()
          .where('owner_id', '=', ownerId)
          .where('follow_up_on', '>=', from)
          .where('follow_up_on', '<=', to)
          .where('followed_up_at', 'is', null)
          .execute(),
        db
          .selectFrom('details')
          .selectAll()
          .where('owner_id', '=', ownerId)
          .where('kind', '=', 'win')
          .where('followed_up_at', 'is', null)
          .where((eb) => eb.or([eb('happens_on', '>=', from), eb('created_at', '>=', from)]))
          .execute(),
      ]);
      const byId = new Map([...followUps, ...wins].map((r) => [r.id, r]));
      return [...byId.values()]
        .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id))
        .map(toDetail);
    },

    async delete(ownerId: string, id: string): Promise<boolean> {
      const r = await db
        .deleteFrom('details')
        .where('owner_id', '=', ownerId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },

    /** Moves details from one person to another (merging duplicates). */
    async reassign(ownerId: string, fromPersonId: string, toPersonId: string): Promise<void> {
      await db
        .updateTable('details')
        .set({ person_id: toPersonId })
        .where('owner_id', '=', ownerId)
        .where('person_id', '=', fromPersonId)
        .execute();
    },
  };
}

export type DetailRepository = ReturnType<typeof createDetailRepository>;
