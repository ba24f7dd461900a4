/**
 * Sends the weekly digests that are due. Safe to run often and from several server
 * processes at once: each user's week is claimed in the database before sending, so
 * only one run sends it; a failed send gives the claim back so a later run retries.
 */
import { localWeekKey, weeksInPlay } from '@kindred/core';
import type { Store, UserRecord } from '@kindred/store';
import type { UseCaseContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import type { Mailer } from '../integrations/smtp.mailer.ts';
import { planFor } from '../plan/plan.service.ts';
import { readSettings } from '../settings/settings.schema.ts';
import { composeDigest } from './compose-digest.ts';
import { digestDue } from './digest-schedule.ts';

export interface DigestRun {
  store: Store;
  now: Date;
  mailer: Mailer;
  /** The From address, e.g. `Kindred <kindred@example.org>`. */
  from: string;
  /** Where users change their settings, shown in the note on how to stop the digest. */
  settingsUrl?: string | null;
}

export interface DigestRunResult {
  /** Ids of users whose digest went out in this run. */
  sent: string[];
  /** Users whose digest could not be sent; each will be tried again by a later run. */
  failed: { userId: string; error: string }[];
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function sendDueDigests(run: DigestRun): Promise<DigestRunResult> {
  const { store, now } = run;
  // Candidates are those without a digest for a given week; each user's own week is
  // one of the weeks somewhere on Earth now, so ask once for each of those (at most two).
  const byWeek = new Map<string, Promise<Map<string, UserRecord>>>();
  const candidates = (week: string) => {
    let found = byWeek.get(week);
    if (!found) {
      found = store.repos.users.digestCandidates(week).then((users) => new Map(users.map((u) => [u.id, u])));
      byWeek.set(week, found);
    }
    return found;
  };
  const users = new Map<string, UserRecord>();
  for (const week of weeksInPlay(now)) for (const [id, u] of await candidates(week)) users.set(id, u);

  const result: DigestRunResult = { sent: [], failed: [] };
  for (const user of users.values()) {
    if (!user.email) continue;
    const wanted = readSettings(user.settings).emailDigest;
    if (!wanted.enabled) continue;
    let week: string;
    try {
      week = localWeekKey(now, user.timeZone);
      if (!(await candidates(week)).has(user.id) || !digestDue(now, user.timeZone, wanted)) continue;
    } catch (error) {
      result.failed.push({ userId: user.id, error: messageOf(error) });
      continue;
    }
    if (!(await store.repos.users.claimDigest(user.id, week))) continue;
    try {
      const ctx: UseCaseContext = { store, ownerId: user.id, now, timeZone: user.timeZone };
      const email = composeDigest({
        displayName: user.displayName,
        plan: await planFor(ctx, 'week'),
        settingsUrl: run.settingsUrl ?? null,
      });
      await run.mailer.send({ from: run.from, to: user.email, ...email });
      result.sent.push(user.id);
    } catch (error) {
      // The week the claim replaced is not known here; no week at all is just as good,
      // since only "not this week" matters to the next run.
      const released = await store.repos.users.releaseDigest(user.id, week, null).then(
        () => '',
        (e: unknown) =>
          ` (and the claim could not be given back, so it waits for next week: ${messageOf(e)})`,
      );
      result.failed.push({ userId: user.id, error: messageOf(error) + released });
    }
  }
  return result;
}

/** This week's digest as it would be sent to the signed-in user, to preview in settings. */
export async function previewDigest(ctx: UseCaseContext, settingsUrl: string | null = null) {
  const user = await ctx.store.repos.users.get(ctx.ownerId);
  return composeDigest({
    displayName: user?.displayName ?? 'there',
    plan: await planFor(ctx, 'week'),
    settingsUrl,
  });
}

/** Sends this week's digest to the signed-in user now, so they can see it arrives. */
export async function sendDigestNow(
  ctx: UseCaseContext,
  run: { mailer: Mailer | null; from: string; settingsUrl?: string | null },
): Promise<{ sentTo: string }> {
  if (!run.mailer) {
    throw new AppError(
      'smtp_not_configured',
      'This server cannot send email yet: whoever runs it needs to set SMTP_URL. The digest preview still works.',
    );
  }
  const user = await ctx.store.repos.users.get(ctx.ownerId);
  if (!user?.email) {
    throw new AppError('invalid_input', 'Your account has no email address to send the digest to.', [
      { field: 'email', message: 'missing' },
    ]);
  }
  const email = await previewDigest(ctx, run.settingsUrl ?? null);
  await run.mailer.send({ from: run.from, to: user.email, ...email });
  return { sentTo: user.email };
}
