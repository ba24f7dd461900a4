/**
 * Running a pairing round: read the community, run the pairing engine once, propose
 * times from both members' availability, and store the round, its matches and the
 * match emails to send, all in one transaction. The emails go out afterwards, from
 * the queue (match-email.service.ts), so a slow mail server never holds a round open.
 *
 * Exactly once: a scheduled round is taken under the community's lock, checked to be
 * still due, and stored under a key unique per (community, scheduled time); a second
 * server process reaching the same round finds it no longer due, or fails on the key
 * and stores nothing.
 */
import {
  explainGroups,
  type MatchGroup,
  nextRoundAt,
  type PairingRound,
  pairMembers,
  proposeMeetingTimes,
  WEEKDAYS,
} from '@kindred/core';
import type { Repositories, RoundRulesRecord, Store } from '@kindred/store';
import { newId } from '../context.ts';
import { humaneReason, pairingRequestFor, restingReason } from './round-input.ts';
import { DEFAULT_REPEAT_WINDOW_DAYS } from './round-rules.schema.ts';

/** How far ahead proposed times look, how long a chat is, and how many to offer. */
const TIMES = { noticeMs: 86_400_000, days: 14, durationMinutes: 30, count: 3 };
/** How far back the next round reads past matches (older ones barely weigh). */
const HISTORY_DAYS = 400;
const RETRY_FAILED_ROUND_MS = 3_600_000;

export interface RoundOutcome {
  roundId: string;
  scheduledFor: string;
  members: number;
  active: number;
  pairs: number;
  trios: number;
  unmatched: { userId: string; code: string }[];
  resting: number;
  emailsQueued: number;
}

/** The rules a community runs by until an admin changes them: rounds off. */
export function defaultRules(communityId: string, timeZone: string): RoundRulesRecord {
  return {
    communityId,
    cadence: 'off',
    weekday: 0,
    hour: 9,
    timeZone,
    crossTeamOnly: false,
    repeatWindowDays: DEFAULT_REPEAT_WINDOW_DAYS,
    nextRoundAt: null,
    updatedAt: '',
  };
}

/** The next scheduled time after `after` under these rules (ISO), or null when rounds are off. */
export function scheduleAfter(rules: RoundRulesRecord, after: Date, lastRoundAt: Date | null): string | null {
  const next = nextRoundAt(
    {
      cadence: rules.cadence as 'weekly',
      weekday: WEEKDAYS[rules.weekday] ?? 'mon',
      hour: rules.hour,
      timeZone: rules.timeZone,
    },
    after.getTime(),
    lastRoundAt ? lastRoundAt.getTime() : null,
  );
  return next === null ? null : new Date(next).toISOString();
}

/**
 * Pairs the community and stores the round, inside the caller's transaction (which
 * must hold the community's lock). Returns what happened, for logs and the admin.
 */
export async function pairAndStore(
  repos: Repositories,
  communityId: string,
  rules: RoundRulesRecord,
  run: { now: Date; scheduledFor: string; trigger: 'schedule' | 'admin' },
): Promise<RoundOutcome> {
  const [members, history, exclusions, lastMatched] = await Promise.all([
    repos.communityProfiles.forRound(communityId),
    repos.communityRounds.history(
      communityId,
      new Date(run.now.getTime() - HISTORY_DAYS * 86_400_000).toISOString(),
    ),
    repos.communityRounds.exclusionsForRound(communityId),
    repos.communityRounds.lastMatched(communityId),
  ]);
  const seed = `${communityId}:${run.scheduledFor}`;
  const roundInput = {
    members,
    history,
    exclusions,
    lastMatched,
    crossTeamOnly: rules.crossTeamOnly,
    repeatWindowDays: rules.repeatWindowDays,
    now: run.now,
    seed,
  };
  const request = pairingRequestFor(roundInput);
  const round: PairingRound = pairMembers(request);
  // The words of each match come only from what its members show each other.
  const explained = explainGroups(
    pairingRequestFor({ ...roundInput, view: 'shown' }),
    round.groups.map((g) => g.members),
  );

  const byId = new Map(members.map((m) => [m.userId, m]));
  const roundId = newId();
  const matches = round.groups.map((group, g) => {
    const words = explained[g] as MatchGroup;
    const names = new Map(group.members.map((id) => [id, byId.get(id)?.displayName ?? 'your match']));
    return {
      id: newId(),
      weight: group.weight,
      reason: humaneReason(words.reason, names),
      starter: humaneReason(words.starter, names),
      shared: words.shared,
      times: proposeMeetingTimes({
        participants: group.members.map((id) => {
          const member = byId.get(id);
          return {
            timeZone: member?.profile?.timeZone ?? member?.accountTimeZone ?? 'UTC',
            windows: member?.profile?.availability ?? [],
          };
        }),
        from: run.now.getTime() + TIMES.noticeMs,
        days: TIMES.days,
        durationMinutes: TIMES.durationMinutes,
        count: TIMES.count,
      }),
      members: group.members,
    };
  });
  const notifications = matches.flatMap((match) =>
    match.members
      .filter((id) => byId.get(id)?.email)
      .map((userId) => ({ id: newId(), matchId: match.id, userId })),
  );
  const resting = members.filter((m) => restingReason(m, lastMatched.get(m.userId), run.now) !== null).length;
  const outcome: RoundOutcome = {
    roundId,
    scheduledFor: run.scheduledFor,
    members: round.stats.members,
    active: round.stats.active,
    pairs: round.stats.pairs,
    trios: round.stats.trios,
    unmatched: round.unmatched
      .filter((u) => u.code !== 'paused')
      .map((u) => ({ userId: u.id, code: u.code })),
    resting,
    emailsQueued: notifications.length,
  };
  await repos.communityRounds.insertRound({
    id: roundId,
    communityId,
    scheduledFor: run.scheduledFor,
    ranAt: run.now.toISOString(),
    trigger: run.trigger,
    seed,
    stats: {
      members: outcome.members,
      active: outcome.active,
      resting: outcome.resting,
      pairs: outcome.pairs,
      trios: outcome.trios,
      unmatched: outcome.unmatched.length,
      method: round.stats.method,
    },
    matches,
    notifications,
  });
  return outcome;
}

/**
 * Runs one community's scheduled round if it is still due; null when another process
 * got there first. Moves the schedule on to the next round either way it runs.
 */
export async function runScheduledRound(
  store: Store,
  communityId: string,
  scheduledFor: string,
  now: Date,
): Promise<RoundOutcome | null> {
  return store.transaction(async (repos) => {
    await repos.communities.lock(communityId);
    const rules = await repos.communityRounds.rulesForRound(communityId);
    if (!rules || rules.nextRoundAt !== scheduledFor) return null;
    const outcome = await pairAndStore(repos, communityId, rules, { now, scheduledFor, trigger: 'schedule' });
    const ranFor = new Date(scheduledFor);
    await repos.communityRounds.saveRules({
      ...rules,
      // Catch up from now, not from a slot long past: a server down for a week runs one round, not seven.
      nextRoundAt: scheduleAfter(rules, now > ranFor ? now : ranFor, ranFor),
    });
    return outcome;
  });
}

/** The job's work: every community whose round is due, each in its own transaction. */
export async function runDueRounds(
  store: Store,
  now: Date,
  onError: (communityId: string, error: unknown) => void,
): Promise<RoundOutcome[]> {
  const due = await store.transaction((repos) => repos.communityRounds.due(now.toISOString(), 50));
  const done: RoundOutcome[] = [];
  for (const { communityId, nextRoundAt: scheduledFor } of due) {
    try {
      const outcome = await runScheduledRound(store, communityId, scheduledFor, now);
      if (outcome) done.push(outcome);
    } catch (error) {
      onError(communityId, error);
      // Tried again in an hour, not on every tick: a community whose round keeps failing
      // must not hold up the others, nor fill the logs.
      const later = new Date(now.getTime() + RETRY_FAILED_ROUND_MS).toISOString();
      await store
        .transaction((repos) => repos.communityRounds.postpone(communityId, scheduledFor, later))
        .catch((again: unknown) => onError(communityId, again));
    }
  }
  return done;
}
