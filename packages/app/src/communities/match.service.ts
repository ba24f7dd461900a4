/**
 * A member's side of a match: see it, answer it (accept, decline, postpone: no reason
 * asked, and nobody is told why), say afterwards whether you met and would meet again,
 * and add the match to your own companion in one step. Only members of the match reach
 * it; anyone else, admins included, is told it does not exist.
 *
 * Contact details follow consent: a partner's email shows only once everyone in the
 * match has accepted.
 */
import type { MatchRecord, Repositories } from '@kindred/store';
import { today, type UseCaseContext } from '../context.ts';
import { AppError } from '../errors/app-error.ts';
import { recordInteraction } from '../interactions/log-interaction.service.ts';
import { savePerson } from '../people/add-person.service.ts';
import { buildPerson } from '../people/build-person.ts';
import { newPersonSchema, parseInput } from '../people/person-input.schema.ts';
import { type SharedProfile, shareProfile } from './profile.present.ts';
import { openMatchesOf } from './profile.service.ts';
import {
  type MatchFeedbackInput,
  type MatchResponseInput,
  matchFeedbackSchema,
  matchResponseSchema,
} from './round-rules.schema.ts';

export interface MatchPartner {
  userId: string;
  displayName: string;
  /** Only once everyone in the match has accepted. */
  email: string | null;
  response: MatchRecord['myResponse'];
  profile: SharedProfile;
}

export interface Match {
  id: string;
  communityId: string;
  communityName: string;
  roundId: string;
  roundOn: string;
  reason: string;
  starter: string;
  shared: { key: string; label: string }[];
  times: { start: string; end: string }[];
  myResponse: MatchRecord['myResponse'];
  feedback: { met: boolean | null; meetAgain: boolean | null };
  /** The person this match became in your companion, once you added them. */
  personId: string | null;
  /** The others in the match; empty when they have left the community. */
  partners: MatchPartner[];
}

const matchNotFound = (id: string) =>
  new AppError(
    'match_not_found',
    `You have no match with the id ${id}. It may belong to someone else, or the community it was in is gone.`,
    [{ field: 'id', message: 'not one of your matches' }],
  );

async function present(
  repos: Repositories,
  userId: string,
  records: MatchRecord[],
  now: Date,
): Promise<Match[]> {
  const profiles = new Map<string, SharedProfile>();
  const byCommunity = new Map<string, string[]>();
  for (const r of records) {
    byCommunity.set(r.communityId, [
      ...(byCommunity.get(r.communityId) ?? []),
      ...r.partners.map((p) => p.userId),
    ]);
  }
  for (const [communityId, ids] of byCommunity) {
    const open = await openMatchesOf(repos, userId, communityId, now);
    for (const profile of await repos.communityProfiles.getMany(userId, communityId, [...new Set(ids)])) {
      const relation = open.has(profile.userId) ? 'match' : 'member';
      profiles.set(`${communityId}:${profile.userId}`, shareProfile(profile, relation));
    }
  }
  return records.map((r) => {
    const everyoneAccepted =
      r.myResponse === 'accepted' && r.partners.every((p) => p.response === 'accepted');
    return {
      id: r.id,
      communityId: r.communityId,
      communityName: r.communityName,
      roundId: r.roundId,
      roundOn: r.ranAt,
      reason: r.reason,
      starter: r.starter,
      shared: r.shared,
      times: r.times,
      myResponse: r.myResponse,
      feedback: { met: r.met, meetAgain: r.meetAgain },
      personId: r.personId,
      partners: r.partners.map((p) => ({
        userId: p.userId,
        displayName: p.displayName,
        email: everyoneAccepted ? p.email : null,
        // Only a yes shows: a no or a "later" reads as not answered yet, so nobody learns who declined.
        response: p.response === 'accepted' ? 'accepted' : 'pending',
        profile: profiles.get(`${r.communityId}:${p.userId}`) ?? {},
      })),
    };
  });
}

export async function listMyMatches(
  ctx: UseCaseContext,
  page: { limit: number; before?: string | undefined; communityId?: string | undefined },
): Promise<Match[]> {
  return ctx.store.transaction(async (repos) =>
    present(repos, ctx.ownerId, await repos.communityMatches.forMember(ctx.ownerId, page), ctx.now),
  );
}

async function mine(repos: Repositories, userId: string, matchId: string): Promise<MatchRecord> {
  const record = await repos.communityMatches.get(userId, matchId);
  if (!record) throw matchNotFound(matchId);
  return record;
}

/**
 * A member's "no" (declining the match, or "not again" after it) keeps them apart from
 * the others in it in every later round, even if either leaves the community and comes
 * back; changing the answer takes that reason back.
 */
async function keepApart(
  repos: Repositories,
  ctx: UseCaseContext,
  record: MatchRecord,
  reason: 'declined' | 'not_again',
  apart: boolean,
): Promise<void> {
  for (const partner of record.partners) {
    const [a, b] = [ctx.ownerId, partner.userId].sort() as [string, string];
    if (apart)
      await repos.communityRounds.block(record.communityId, a, b, reason, ctx.ownerId, ctx.now.toISOString());
    else await repos.communityRounds.unblock(record.communityId, a, b, reason, ctx.ownerId);
  }
}

export async function getMatch(ctx: UseCaseContext, matchId: string): Promise<Match> {
  return ctx.store.transaction(async (repos) => {
    const [match] = await present(repos, ctx.ownerId, [await mine(repos, ctx.ownerId, matchId)], ctx.now);
    return match as Match;
  });
}

/** Accept, decline or postpone; changing your mind later is fine. */
export async function respondToMatch(
  ctx: UseCaseContext,
  matchId: string,
  input: MatchResponseInput,
): Promise<Match> {
  const { response } = parseInput(matchResponseSchema, input, 'answer');
  return ctx.store.transaction(async (repos) => {
    const record = await mine(repos, ctx.ownerId, matchId);
    await repos.communityMatches.respond(ctx.ownerId, matchId, response, ctx.now.toISOString());
    await keepApart(repos, ctx, record, 'declined', response === 'declined');
    const [match] = await present(repos, ctx.ownerId, [await mine(repos, ctx.ownerId, matchId)], ctx.now);
    return match as Match;
  });
}

/** "Did you meet?" and "would you meet again?": a "no" to the second keeps you two apart from now on. */
export async function giveMatchFeedback(
  ctx: UseCaseContext,
  matchId: string,
  input: MatchFeedbackInput,
): Promise<Match> {
  const { met, meetAgain } = parseInput(matchFeedbackSchema, input, 'feedback');
  return ctx.store.transaction(async (repos) => {
    const record = await mine(repos, ctx.ownerId, matchId);
    await repos.communityMatches.feedback(
      ctx.ownerId,
      matchId,
      met,
      meetAgain ?? null,
      ctx.now.toISOString(),
    );
    await keepApart(repos, ctx, record, 'not_again', meetAgain === false);
    const [match] = await present(repos, ctx.ownerId, [await mine(repos, ctx.ownerId, matchId)], ctx.now);
    return match as Match;
  });
}

/** Interaction forms for the formats members choose, for logging the meeting. */
const FORM_OF_FORMAT = {
  coffee: 'coffee',
  walk: 'walk',
  lunch: 'lunch',
  'video-call': 'video_call',
  'group-activity': 'group_event',
} as const;

/**
 * Adds the match's partners to your companion as people, with the interests you share
 * and where you met, and logs the meeting unless you said you did not meet. Doing it
 * again gives back the same people rather than new copies.
 */
export async function addMatchToCompanion(
  ctx: UseCaseContext,
  matchId: string,
): Promise<{ personIds: string[]; loggedMeeting: boolean }> {
  const day = today(ctx);
  return ctx.store.transaction(async (repos) => {
    const [match] = (await present(
      repos,
      ctx.ownerId,
      [await mine(repos, ctx.ownerId, matchId)],
      ctx.now,
    )) as [Match];
    if (match.partners.length === 0) {
      throw new AppError(
        'match_partner_left',
        'The person you were matched with has left the community, so there is nobody to add.',
      );
    }
    const metOn = match.roundOn.slice(0, 10) <= day ? match.roundOn.slice(0, 10) : day;
    const personIds: string[] = [];
    for (const partner of match.partners) {
      const input = parseInput(
        newPersonSchema,
        {
          name: partner.displayName,
          interests: match.shared.map((s) => s.label),
          metHow: `Matched in ${match.communityName}`,
          metOn,
          team: partner.profile.team ?? null,
          ...(partner.email ? { channels: [{ kind: 'email', value: partner.email, label: null }] } : {}),
        },
        'person',
      );
      // An existing person with the same name (or email) is merged into, not copied.
      const saved = await savePerson(repos, ctx, buildPerson(input, ctx.now.toISOString()), metOn, null);
      personIds.push(saved.person.id);
    }
    const loggedMeeting = match.personId === null && match.feedback.met !== false;
    await repos.communityMatches.setPerson(ctx.ownerId, matchId, personIds[0] as string);
    if (loggedMeeting) {
      const format = match.partners[0]?.profile.formats?.[0];
      await recordInteraction(repos, ctx, {
        personIds,
        form: format ? FORM_OF_FORMAT[format] : 'coffee',
        topics: match.shared.map((s) => s.label).slice(0, 5),
        note: `Matched in ${match.communityName}: ${match.reason}`,
      });
    }
    return { personIds, loggedMeeting };
  });
}
