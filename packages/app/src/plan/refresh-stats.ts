/**
 * Keeps each person's history summary true. Called inside the same transaction as the
 * change to their history (a log, a stage change, a restore), so the plan never reads a
 * summary that disagrees with the records.
 */
import type { Interaction } from '@kindred/core';
import { summariseHistory } from '@kindred/core';
import type { Repositories } from '@kindred/store';

export async function refreshStats(
  repos: Repositories,
  ownerId: string,
  personIds: readonly string[],
  /** Histories the caller has just read in this transaction, so they are not read twice. */
  known: ReadonlyMap<string, Interaction[]> = new Map(),
): Promise<void> {
  if (personIds.length === 0) return;
  const unique = [...new Set(personIds)];
  const byPerson = new Map<string, Interaction[]>();
  if (unique.length > 50) {
    // Many people at once (a restore): one pass over everything beats a query each.
    for (const i of await repos.interactions.list(ownerId)) {
      for (const id of i.personIds) {
        const list = byPerson.get(id);
        if (list) list.push(i);
        else byPerson.set(id, [i]);
      }
    }
  } else {
    for (const id of unique) {
      byPerson.set(id, known.get(id) ?? (await repos.interactions.listForPerson(ownerId, id)));
    }
  }
  const stageSince = new Map<string, string>();
  for (const change of unique.length > 50 ? await repos.stages.listAll(ownerId) : []) {
    stageSince.set(change.personId, change.changedOn);
  }
  const rows = [];
  for (const id of unique) {
    let since = stageSince.get(id) ?? null;
    if (unique.length <= 50) {
      const history = await repos.stages.listForPerson(ownerId, id);
      since = history[history.length - 1]?.changedOn ?? null;
    }
    rows.push({ personId: id, stats: summariseHistory(byPerson.get(id) ?? [], since) });
  }
  await repos.stats.upsertMany(ownerId, rows);
}
