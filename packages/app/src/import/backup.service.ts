/**
 * Full backup and restore. A restore goes into an empty data directory only: merging a
 * whole history into existing data could not be done without guessing, and a restore
 * that guesses is not a restore.
 */
import { newId, type UseCaseContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import { refreshStats } from '../plan/refresh-stats.ts';
import { readSettings } from '../settings/settings.schema.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, backupSchema } from './backup.schema.ts';
import type { ImportOptions } from './import-contacts.service.ts';
import type { ImportReport } from './import-report.ts';

export async function exportBackup(ctx: UseCaseContext): Promise<Backup> {
  const { repos } = ctx.store;
  const owner = await repos.users.get(ctx.ownerId);
  if (!owner) throw new AppError('invalid_input', 'This account no longer exists.');
  const [people, details, interactions, stageChanges, events, savedItems, actionStates] = await Promise.all([
    repos.people.list(ctx.ownerId),
    repos.details.listAll(ctx.ownerId),
    repos.interactions.list(ctx.ownerId),
    repos.stages.listAll(ctx.ownerId),
    repos.events.list(ctx.ownerId),
    repos.savedItems.listSince(ctx.ownerId, '0000-01-01'),
    repos.actionStates.list(ctx.ownerId),
  ]);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: ctx.now.toISOString(),
    profile: {
      displayName: owner.displayName,
      timeZone: owner.timeZone,
      settings: readSettings(owner.settings),
    },
    people,
    details,
    interactions,
    stageChanges,
    events,
    savedItems: [...savedItems].sort(
      (a, b) => a.createdOn.localeCompare(b.createdOn) || a.id.localeCompare(b.id),
    ),
    actionStates: [...actionStates].sort((a, b) => a.key.localeCompare(b.key)),
  };
}

/** Checks a parsed JSON value is a backup, naming the first problems by their path. */
export function parseBackup(value: unknown): Backup {
  const result = backupSchema.safeParse(value);
  if (result.success) {
    checkReferences(result.data);
    return result.data;
  }
  const details = result.error.issues.slice(0, 20).map((issue) => ({
    field: issue.path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .replace(/^\./, ''),
    message: issue.message,
  }));
  throw new AppError(
    'import_invalid_rows',
    `Nothing was imported: this is not a valid Kindred backup (${details
      .slice(0, 5)
      .map((d) => `${d.field || 'file'}: ${d.message}`)
      .join('; ')}). Restore a file written by \`kindred export --format json\`.`,
    details,
  );
}

function checkReferences(backup: Backup): void {
  const ids = new Set(backup.people.map((p) => p.id));
  const problems: { field: string; message: string }[] = [];
  if (ids.size !== backup.people.length)
    problems.push({ field: 'people', message: 'two people share an id' });
  backup.details.forEach((d, i) => {
    if (!ids.has(d.personId))
      problems.push({ field: `details[${i}].personId`, message: `no person has id ${d.personId}` });
  });
  backup.interactions.forEach((x, i) => {
    for (const p of x.personIds) {
      if (!ids.has(p))
        problems.push({ field: `interactions[${i}].personIds`, message: `no person has id ${p}` });
    }
  });
  backup.stageChanges.forEach((s, i) => {
    if (!ids.has(s.personId))
      problems.push({ field: `stageChanges[${i}].personId`, message: `no person has id ${s.personId}` });
  });
  backup.events.forEach((e, i) => {
    e.attendees.forEach((a, j) => {
      if (a.personId && !ids.has(a.personId)) {
        problems.push({
          field: `events[${i}].attendees[${j}].personId`,
          message: `no person has id ${a.personId}`,
        });
      }
    });
  });
  if (problems.length > 0) {
    throw new AppError(
      'import_invalid_rows',
      `Nothing was imported: the backup refers to people it does not contain (${problems
        .slice(0, 5)
        .map((p) => `${p.field}: ${p.message}`)
        .join('; ')}).`,
      problems,
    );
  }
}

/**
 * The backup with fresh ids throughout (references kept), for when its ids are already
 * used in this database: e.g. a second account on a shared server restoring the same file.
 */
function withFreshIds(backup: Backup): Backup {
  const ids = new Map<string, string>();
  const fresh = (id: string) => {
    let next = ids.get(id);
    if (!next) {
      next = newId();
      ids.set(id, next);
    }
    return next;
  };
  return {
    ...backup,
    people: backup.people.map((p) => ({ ...p, id: fresh(p.id) })),
    details: backup.details.map((d) => ({ ...d, id: fresh(d.id), personId: fresh(d.personId) })),
    interactions: backup.interactions.map((i) => ({
      ...i,
      id: fresh(i.id),
      personIds: i.personIds.map(fresh),
    })),
    stageChanges: backup.stageChanges.map((s) => ({ ...s, id: fresh(s.id), personId: fresh(s.personId) })),
    events: backup.events.map((e) => ({
      ...e,
      id: fresh(e.id),
      attendees: e.attendees.map((a) => ({
        ...a,
        id: fresh(a.id),
        personId: a.personId ? fresh(a.personId) : null,
      })),
    })),
    savedItems: backup.savedItems.map((item) => ({ ...item, id: fresh(item.id) })),
    // Suggestion keys name the people, details and items they are about.
    actionStates: backup.actionStates.map((a) => ({
      ...a,
      key: a.key
        .split(':')
        .map((part) => ids.get(part) ?? part)
        .join(':'),
    })),
  };
}

async function idsTaken(ctx: UseCaseContext, backup: Backup): Promise<boolean> {
  const { ids } = ctx.store.repos;
  const checks = await Promise.all([
    ids.taken(
      'people',
      backup.people.map((p) => p.id),
    ),
    ids.taken(
      'details',
      backup.details.map((d) => d.id),
    ),
    ids.taken(
      'interactions',
      backup.interactions.map((i) => i.id),
    ),
    ids.taken(
      'stage_changes',
      backup.stageChanges.map((s) => s.id),
    ),
  ]);
  return checks.some((taken) => taken.length > 0);
}

export async function restoreBackup(
  ctx: UseCaseContext,
  backup: Backup,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const report: ImportReport = {
    format: 'json',
    dryRun: Boolean(options.dryRun),
    records: backup.people.length,
    created: backup.people.map((p, i) => ({ line: 0, record: i + 1, name: p.name, personId: p.id })),
    merged: [],
    skipped: [],
  };
  const existing = await ctx.store.repos.people.count(ctx.ownerId);
  if (existing > 0) {
    throw new AppError(
      'import_not_empty',
      `A backup restores only where there are no people yet, and this account already has ${existing}. Restore it into a new, empty account (with the kindred command: a new --data-dir), or import contacts (vCard, LinkedIn or Google CSV) to merge them in.`,
    );
  }
  if (options.dryRun) return report;
  const restorable = (await idsTaken(ctx, backup)) ? withFreshIds(backup) : backup;
  report.created = restorable.people.map((p, i) => ({
    line: 0,
    record: i + 1,
    name: p.name,
    personId: p.id,
  }));
  await ctx.store.transaction(async (repos) => {
    const owner = await repos.users.get(ctx.ownerId);
    if (owner) {
      await repos.users.update({
        ...owner,
        displayName: backup.profile.displayName,
        timeZone: backup.profile.timeZone,
        settings: readSettings(backup.profile.settings),
        updatedAt: ctx.now.toISOString(),
      });
    }
    await repos.people.insertMany(ctx.ownerId, restorable.people);
    options.onProgress?.(restorable.people.length, restorable.people.length);
    await repos.details.insertMany(ctx.ownerId, restorable.details);
    await repos.interactions.insertMany(ctx.ownerId, restorable.interactions);
    await repos.stages.insertMany(ctx.ownerId, restorable.stageChanges);
    for (const event of restorable.events) await repos.events.insert(ctx.ownerId, event);
    for (const item of restorable.savedItems) {
      await repos.savedItems.insert(ctx.ownerId, item, ctx.now.toISOString());
    }
    for (const state of restorable.actionStates)
      await repos.actionStates.set(ctx.ownerId, state, ctx.now.toISOString());
    await refreshStats(
      repos,
      ctx.ownerId,
      restorable.people.map((p) => p.id),
    );
  });
  return report;
}
