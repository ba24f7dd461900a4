/**
 * Activity groups: any member starts a group round, at most one a day per community (a
 * round emails everyone it places, so the gap is what keeps anyone from being mailed over
 * and over, whoever starts them); the seating engine's group formation proposes small
 * groups around one shared activity; each placed member sees their group and says yes or
 * "not this time". Admins see every round's figures; a member sees those of the rounds
 * they started. All in one transaction per use case.
 *
 * Who takes part: active (not paused) members who chose group activities among their
 * formats, and nobody else: a group round emails everyone it places, so only those who
 * asked for groups are ever placed.
 */

import { labelForKey, normaliseInterests, planActivityGroups, SeatingError } from '@kindred/core';
import type { GroupRecord, Repositories, RoundMemberRecord } from '@kindred/store';
import { newId, type UseCaseContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import type { Mailer } from '../integrations/smtp.mailer.ts';
import { parseInput } from '../people/person-input.schema.ts';
import { membershipOf } from './community.service.ts';
import { outboxRows, sendQueuedNow } from './community-outbox.service.ts';
import { composeGroupEmail } from './group-round.email.ts';
import {
  groupNotFound,
  groupRoundNotFound,
  groupRoundTooSoon,
  noGroupsFormed,
  tooFewChoseGroups,
} from './group-round.errors.ts';
import {
  type Group,
  type GroupRoundSummary,
  presentGroup,
  presentGroupRound,
} from './group-round.present.ts';
import {
  GROUP_ROUND_TITLE,
  GROUP_SIZE,
  type GroupResponseInput,
  type GroupRoundInput,
  groupResponseSchema,
  groupRoundInputSchema,
} from './group-round.schema.ts';
import { visibilityOf } from './profile.present.ts';
import { sharedProfilesOf } from './profile.service.ts';
import { restingReason } from './round-input.ts';

/**
 * The least time between two group rounds in one community, whoever starts them (admins
 * too): everyone a round places is emailed, so a day between rounds means nobody hears of
 * a new group more than once a day, even if members start rounds one after another.
 */
const GROUP_ROUND_GAP_MS = 24 * 3_600_000;

/** Where group emails go out from, when the server has SMTP; without a mailer none are sent. */
export interface GroupMail {
  mailer: Mailer | null;
  from: string;
  /** The community page, where a member answers. */
  urlFor: (communityId: string) => string;
}

/** Who takes part in a group round: active members who chose group activities, only. */
export function groupRoundParticipants(
  members: readonly RoundMemberRecord[],
  now: Date,
): RoundMemberRecord[] {
  // With no last match given, only pausing rests a member: frequency is about one-to-one rounds.
  return members.filter(
    (m) => restingReason(m, undefined, now) === null && m.profile?.formats.includes('group-activity'),
  );
}

function reasonFor(label: string, size: number, offered: boolean): string {
  return `All ${size} of you listed ${label}${offered ? ', one of the activities on offer' : ''}, so this group is built around it. Small enough to agree on a first time in one message.`;
}

/**
 * Starts a group round: forms the groups and stores them. Any member may, unless one
 * started in the community less than a day ago (group_round_too_soon). With a mailer,
 * each placed member with an address hears of their group: the emails are queued in the
 * round's own transaction and sent right after it commits; a mail server that is down
 * undoes nothing, and the server's job sends them later (community-outbox.service.ts).
 */
export async function startGroupRound(
  ctx: UseCaseContext,
  communityId: string,
  input: GroupRoundInput,
  mail?: GroupMail,
): Promise<GroupRoundSummary> {
  const valid = parseInput(groupRoundInputSchema, input ?? {}, 'group round');
  const minSize = valid.minSize ?? GROUP_SIZE.defaultMin;
  const maxSize = valid.maxSize ?? Math.max(minSize, GROUP_SIZE.defaultMax);
  const offered =
    valid.activities && valid.activities.length > 0
      ? [...new Set(normaliseInterests(valid.activities).map((i) => i.key))]
      : null;
  const title = valid.title ?? GROUP_ROUND_TITLE;
  const started = await ctx.store.transaction(async (repos) => {
    const community = await membershipOf(repos, ctx.ownerId, communityId);
    // The lock comes before the check, so two starts at once cannot both pass it: the
    // second waits, then sees the first one's round.
    await repos.communities.lock(communityId);
    const lastStartedAt = await repos.communityGroups.lastStartedAt(ctx.ownerId, communityId);
    if (lastStartedAt && ctx.now.getTime() - Date.parse(lastStartedAt) < GROUP_ROUND_GAP_MS) {
      throw groupRoundTooSoon(lastStartedAt, ctx.now, ctx.timeZone, GROUP_ROUND_GAP_MS);
    }
    const everyone = await repos.communityProfiles.forRound(communityId);
    const members = groupRoundParticipants(everyone, ctx.now);
    if (members.length < minSize) throw tooFewChoseGroups(members.length, minSize);
    const wanted = offered ? new Set(offered) : null;
    const roundId = newId();
    const seed = `${communityId}:${roundId}`;
    let plan: ReturnType<typeof planActivityGroups>;
    try {
      plan = planActivityGroups({
        members: members.map((m) => ({
          id: m.userId,
          // Groups form around what members show: an interest kept to "nobody" would be named
          // to the whole group as its activity, so it plays no part here.
          interests: (m.profile && visibilityOf(m.profile).interests !== 'nobody'
            ? m.profile.interests
            : []
          ).filter((key) => !wanted || wanted.has(key)),
        })),
        min: minSize,
        max: maxSize,
        seed,
        label: labelForKey,
      });
    } catch (error) {
      if (error instanceof SeatingError) throw new AppError('invalid_input', error.message);
      throw error;
    }
    if (plan.groups.length === 0) {
      const reasons: Record<string, number> = {};
      for (const u of plan.unplaced) reasons[u.reason] = (reasons[u.reason] ?? 0) + 1;
      throw noGroupsFormed({ takingPart: members.length, minSize, offered: offered !== null }, reasons);
    }
    await repos.communityGroups.insertRound({
      id: roundId,
      communityId,
      title,
      activities: offered,
      minSize,
      maxSize,
      seed,
      stats: {
        members: everyone.length,
        basis: 'chose-group-activity',
        takingPart: members.length,
        placed: plan.stats.placed,
        unplaced: plan.stats.unplaced,
        groups: plan.stats.groups,
      },
      createdBy: ctx.ownerId,
      createdAt: ctx.now.toISOString(),
      groups: plan.groups.map((g) => ({
        id: newId(),
        position: g.group,
        activity: g.activity,
        label: g.label,
        reason: reasonFor(g.label, g.members.length, offered !== null),
        members: g.members,
      })),
    });
    const stored = await repos.communityGroups.round(ctx.ownerId, communityId, roundId);
    // Without a mailer nothing is queued: email is off on this Kindred, not just delayed.
    let queued: string[] = [];
    if (mail?.mailer) {
      const byId = new Map(everyone.map((m) => [m.userId, m]));
      const rows = outboxRows(
        'group',
        plan.groups.flatMap((g) =>
          g.members.flatMap((id) => {
            const me = byId.get(id);
            if (!me?.email) return [];
            const others = g.members
              .filter((o) => o !== id)
              .map((o) => byId.get(o)?.displayName ?? 'a member');
            const message = composeGroupEmail({
              recipientName: me.displayName,
              activityLabel: g.label,
              others,
              communityName: community.name,
              roundTitle: title,
              url: mail.urlFor(communityId),
            });
            return [{ communityId, userId: id, to: me.email, ...message }];
          }),
        ),
        ctx.now,
      );
      await repos.communityOutbox.enqueue(rows);
      queued = rows.map((r) => r.id);
    }
    return { summary: presentGroupRound(stored as NonNullable<typeof stored>), queued };
  });
  if (mail?.mailer)
    await sendQueuedNow(ctx.store, { mailer: mail.mailer, from: mail.from }, started.queued, ctx.now);
  return started.summary;
}

/** Group rounds with anonymous figures, newest first: every one for admins, your own for members. */
export async function listGroupRounds(
  ctx: UseCaseContext,
  communityId: string,
  page: { limit: number; before?: string | undefined },
): Promise<GroupRoundSummary[]> {
  return ctx.store.transaction(async (repos) => {
    const community = await membershipOf(repos, ctx.ownerId, communityId);
    const rows = await repos.communityGroups.rounds(ctx.ownerId, communityId, {
      ...page,
      ...(community.role === 'admin' ? {} : { startedBy: ctx.ownerId }),
    });
    return rows.map(presentGroupRound);
  });
}

/** One round's figures, for an admin or whoever started it. */
export async function getGroupRound(
  ctx: UseCaseContext,
  communityId: string,
  roundId: string,
): Promise<GroupRoundSummary> {
  return ctx.store.transaction(async (repos) => {
    const community = await membershipOf(repos, ctx.ownerId, communityId);
    const round = await repos.communityGroups.round(ctx.ownerId, communityId, roundId);
    if (!round || (community.role !== 'admin' && !round.startedByMe)) throw groupRoundNotFound(roundId);
    return presentGroupRound(round);
  });
}

async function present(
  repos: Repositories,
  userId: string,
  communityId: string,
  records: GroupRecord[],
  now: Date,
): Promise<Group[]> {
  const others = [...new Set(records.flatMap((r) => r.members.map((m) => m.userId)))].filter(
    (id) => id !== userId,
  );
  const profiles = await sharedProfilesOf(repos, userId, communityId, others, now);
  return records.map((r) => presentGroup(r, userId, profiles));
}

/** The groups you are placed in, in this community, newest first. */
export async function listMyGroups(
  ctx: UseCaseContext,
  communityId: string,
  page: { limit: number; before?: string | undefined },
): Promise<Group[]> {
  return ctx.store.transaction(async (repos) => {
    await membershipOf(repos, ctx.ownerId, communityId);
    const records = await repos.communityGroups.forMember(ctx.ownerId, communityId, page);
    return present(repos, ctx.ownerId, communityId, records, ctx.now);
  });
}

async function mine(repos: Repositories, userId: string, communityId: string, groupId: string) {
  await membershipOf(repos, userId, communityId);
  const record = await repos.communityGroups.get(userId, communityId, groupId);
  if (!record) throw groupNotFound(groupId);
  return record;
}

export async function getMyGroup(ctx: UseCaseContext, communityId: string, groupId: string): Promise<Group> {
  return ctx.store.transaction(async (repos) => {
    const record = await mine(repos, ctx.ownerId, communityId, groupId);
    const [group] = await present(repos, ctx.ownerId, communityId, [record], ctx.now);
    return group as Group;
  });
}

/** Yes, or "not this time": no reason asked, and the others only see how many are in. */
export async function respondToGroup(
  ctx: UseCaseContext,
  communityId: string,
  groupId: string,
  input: GroupResponseInput,
): Promise<Group> {
  const { response } = parseInput(groupResponseSchema, input, 'answer');
  return ctx.store.transaction(async (repos) => {
    await mine(repos, ctx.ownerId, communityId, groupId);
    await repos.communityGroups.respond(ctx.ownerId, communityId, groupId, response, ctx.now.toISOString());
    const [group] = await present(
      repos,
      ctx.ownerId,
      communityId,
      [await mine(repos, ctx.ownerId, communityId, groupId)],
      ctx.now,
    );
    return group as Group;
  });
}
