/**
 * Brings contact records (from vCard, LinkedIn or Google files) into the user's people.
 * Duplicates, against existing people or earlier in the same file, are merged and
 * reported, never dropped. Invalid records stop the whole import (nothing is written)
 * unless the user asked to skip them. Everything is written in one transaction.
 */
import type { Person } from '@kindred/core';
import { channelKey, EMPTY_STATS, foldText, mergePerson } from '@kindred/core';
import { newId, today, type UseCaseContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import type { ContactRecord, RecordProblem } from '../integrations/contact-record.ts';
import { newPersonSchema } from '../people/person-input.schema.ts';
import { contactToPerson } from './contact-to-person.ts';
import type { ImportReport, ProgressListener, SkippedRecord } from './import-report.ts';

export interface ImportOptions {
  dryRun?: boolean;
  skipInvalid?: boolean;
  onProgress?: ProgressListener;
}

const nameKey = (p: Pick<Person, 'name' | 'organisation'>) =>
  `${foldText(p.name)}|${p.organisation ? foldText(p.organisation) : ''}`;

/** Rejects the whole import, listing every bad record with its line. */
export function rejectProblems(problems: SkippedRecord[], format: string): never {
  // Parser messages usually say where already ("Card 5 (line 24) …"); add the line only when not.
  const shown = problems
    .slice(0, 20)
    .map((p) => (/\bline \d+/.test(p.reason) ? p.reason : `line ${p.line}: ${p.reason}`));
  const more = problems.length > 20 ? ` …and ${problems.length - 20} more` : '';
  throw new AppError(
    'import_invalid_rows',
    `Nothing was imported: ${problems.length} record(s) in this ${format} file could not be read (${shown.join('; ')}${more}). Fix them, or run again with --skip-invalid to import the rest.`,
    problems.map((p) => ({ line: p.line, record: p.record, message: p.reason })),
  );
}

export async function importContacts(
  ctx: UseCaseContext,
  format: string,
  parsed: { records: ContactRecord[]; problems: RecordProblem[] },
  options: ImportOptions = {},
): Promise<ImportReport> {
  const at = ctx.now.toISOString();
  const total = parsed.records.length + parsed.problems.length;
  const report: ImportReport = {
    format,
    dryRun: Boolean(options.dryRun),
    records: total,
    created: [],
    merged: [],
    skipped: parsed.problems.map((p) => ({
      line: p.line,
      record: p.index,
      label: p.label ?? null,
      reason: p.message,
    })),
  };

  // Validate every record first, so a bad file is rejected before anything is planned.
  const candidates: { record: ContactRecord; person: Person }[] = [];
  for (const record of parsed.records) {
    const person = contactToPerson(record, at);
    const check = newPersonSchema.safeParse({ ...person, interests: [] });
    if (check.success) {
      candidates.push({ record, person });
    } else {
      const issue = check.error.issues[0];
      report.skipped.push({
        line: record.line,
        record: record.index,
        label: record.name || null,
        reason: `${issue?.path.join('.') || 'record'} ${issue?.message ?? 'is not valid'}`,
      });
    }
  }
  report.skipped.sort((a, b) => a.line - b.line);
  if (report.skipped.length > 0 && !options.skipInvalid) rejectProblems(report.skipped, format);

  // Duplicates are looked up and written in one transaction, so a concurrent edit or
  // import cannot slip between the check and the write.
  return ctx.store.transaction(async (repos) => {
    const { people } = repos;
    const keys = await people.identityKeys(ctx.ownerId);
    const byEmail = new Map(keys.emails.map((e) => [e.key, e.personId]));
    const byName = new Map(keys.names.map((n) => [`${n.nameKey}|${n.organisationKey ?? ''}`, n.personId]));

    const created = new Map<string, Person>();
    const merged = new Map<string, Person>();
    let done = 0;
    for (const { record, person } of candidates) {
      const emailKeys = person.channels
        .filter((c) => c.kind === 'email')
        .map((c) => channelKey('email', c.value));
      const emailMatch = emailKeys.map((k) => byEmail.get(k)).find(Boolean);
      const matchId = emailMatch ?? byName.get(nameKey(person));
      const reason = emailMatch ? 'same email' : 'same name and organisation';
      if (matchId) {
        const target =
          created.get(matchId) ?? merged.get(matchId) ?? (await people.get(ctx.ownerId, matchId));
        if (!target) throw new Error(`duplicate index points at missing person ${matchId}`);
        const result = mergePerson(target, person, at);
        if (created.has(matchId)) created.set(matchId, result);
        else merged.set(matchId, result);
        report.merged.push({
          line: record.line,
          record: record.index,
          name: person.name,
          personId: matchId,
          intoName: target.name,
          reason,
        });
        for (const k of emailKeys) if (!byEmail.has(k)) byEmail.set(k, matchId);
      } else {
        created.set(person.id, person);
        report.created.push({
          line: record.line,
          record: record.index,
          name: person.name,
          personId: person.id,
        });
        for (const k of emailKeys) byEmail.set(k, person.id);
        byName.set(nameKey(person), person.id);
      }
      options.onProgress?.(++done, candidates.length);
    }

    if (options.dryRun) return report;
    const day = today(ctx);
    const fresh = [...created.values()];
    await repos.people.insertMany(ctx.ownerId, fresh);
    await repos.stages.insertMany(
      ctx.ownerId,
      fresh.map((p) => ({
        id: newId(),
        personId: p.id,
        stage: p.stage,
        changedOn: p.metOn ?? day,
        source: 'import' as const,
        note: `Imported from ${format}`,
        createdAt: at,
      })),
    );
    await repos.stats.upsertMany(
      ctx.ownerId,
      fresh.map((p) => ({ personId: p.id, stats: { ...EMPTY_STATS, stageSince: p.metOn ?? day } })),
    );
    for (const person of merged.values()) await repos.people.update(ctx.ownerId, person);
    return report;
  });
}
