/**
 * Sends the match emails a round queued. Each process claims a batch (queued → sending
 * in one UPDATE, so no two processes send the same email), writes each one from what
 * the recipient may see of their match (shared profile fields only; no email address
 * until both accept), and records the outcome. A failed send goes back to the queue
 * and is tried again on later runs, up to MAX_ATTEMPTS.
 */
import type { Store } from '@kindred/store';
import type { Mailer } from '../integrations/smtp.mailer.ts';
import { MAX_ATTEMPTS, STALE_CLAIM_MS } from './email-queue.ts';
import { composeMatchEmail, MATCH_INVITE_ATTACHMENT } from './match.email.ts';
import { shareProfile } from './profile.present.ts';

export interface MatchEmailOptions {
  store: Store;
  mailer: Mailer;
  from: string;
  publicUrl: string;
  now: Date;
  /** Emails per run (default 200): a large round drains over several runs. */
  batch?: number;
}

/** The address in a From header such as `Kindred <kindred@example.org>`. */
function addressOf(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from;
}

export async function sendQueuedMatchEmails(
  options: MatchEmailOptions,
): Promise<{ sent: number; failed: { id: string; error: string }[] }> {
  const { store, mailer } = options;
  const now = options.now.getTime();
  const ids = await store.transaction((repos) =>
    repos.communityMatches.claimEmails(
      options.batch ?? 200,
      options.now.toISOString(),
      new Date(now - STALE_CLAIM_MS).toISOString(),
    ),
  );
  if (ids.length === 0) return { sent: 0, failed: [] };
  const queued = await store.transaction((repos) => repos.communityMatches.claimedEmails(ids));
  let sent = 0;
  const failed: { id: string; error: string }[] = [];
  for (const item of queued) {
    const { match } = item;
    const profiles = await store.transaction((repos) =>
      repos.communityProfiles.getMany(item.userId, match.communityId, [
        item.userId,
        ...match.partners.map((p) => p.userId),
      ]),
    );
    const profileOf = (userId: string) => profiles.find((p) => p.userId === userId);
    // Only what a partner shares with their matches goes into the email.
    const shown = (userId: string) => shareProfile(profileOf(userId), 'match');
    try {
      if (!item.email) throw new Error('the member has no email address');
      const email = composeMatchEmail({
        communityName: match.communityName,
        recipient: {
          name: item.displayName,
          email: item.email,
          timeZone: profileOf(item.userId)?.timeZone ?? item.timeZone,
          formats: profileOf(item.userId)?.formats ?? [],
        },
        partners: match.partners.map((p) => ({
          name: p.displayName,
          email: null,
          intro: shown(p.userId).intro ?? null,
          team: shown(p.userId).team ?? null,
          formats: shown(p.userId).formats ?? [],
        })),
        reason: match.reason,
        starter: match.starter,
        times: match.times,
        matchUrl: `${options.publicUrl}/communities/${match.communityId}#match-${match.id}`,
        matchId: match.id,
        now: options.now,
        organizerEmail: addressOf(options.from),
      });
      await mailer.send({
        from: options.from,
        to: item.email,
        subject: email.subject,
        text: email.text,
        html: email.html,
        ...(email.ics ? { attachments: [{ ...MATCH_INVITE_ATTACHMENT, content: email.ics }] } : {}),
      });
      await store.transaction((repos) =>
        repos.communityMatches.finishEmail(item.id, { sentAt: options.now.toISOString() }),
      );
      sent++;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failed.push({ id: item.id, error: message });
      await store.transaction((repos) =>
        repos.communityMatches.finishEmail(item.id, {
          error: message,
          giveUp: !item.email || item.attempts >= MAX_ATTEMPTS,
        }),
      );
    }
  }
  return { sent, failed };
}
