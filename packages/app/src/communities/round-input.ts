/**
 * Turns a community as stored (members, profiles, past matches, kept-apart pairs, rules)
 * into the pairing engine's request. This is where the community's choices become the
 * engine's terms:
 * - a paused member, or one whose frequency says "not yet", sits the round out;
 * - pairs matched within the repeat window, pairs where either declined or would rather
 *   not meet again, and pairs the admin keeps apart are never paired;
 * - older pairings still weigh against a repeat, fading with time (the engine's penalty);
 * - an unknown team counts as a team of one, so "cross-team only" never strands anyone
 *   for not having filled the field in.
 */
import { localDate, type PairingMember, type PairingRequest, type PastMatch } from '@kindred/core';
import type { PastPairRecord, ProfileRecord, RoundMemberRecord } from '@kindred/store';
import { visibilityOf } from './profile.present.ts';
import { SENIORITY_CHOICES } from './profile.schema.ts';

/** Days since the last match before a member is matched again, by their frequency. */
// A little under the period, so a round that runs a day early still counts as the next one.
const FREQUENCY_GAP_DAYS: Record<string, number> = { weekly: 6, fortnightly: 13, monthly: 27 };
const DAY_MS = 86_400_000;
/** Marks the team of one given to a member who named none; never shown (see `humaneReason`). */
const NO_TEAM = '~';

export interface RoundInput {
  members: readonly RoundMemberRecord[];
  history: readonly PastPairRecord[];
  exclusions: readonly (readonly [string, string])[];
  lastMatched: ReadonlyMap<string, string>;
  crossTeamOnly: boolean;
  repeatWindowDays: number;
  now: Date;
  seed: string;
  /**
   * `matching` (the default) uses every field, as members were promised ("nobody" fields
   * still help the pairing); `shown` keeps only what each member lets their matches see,
   * for the words a match is explained in.
   */
  view?: 'matching' | 'shown';
}

/** Why a member sits a round out, in words for the admin's figures. */
export function restingReason(
  member: RoundMemberRecord,
  lastMatched: string | undefined,
  now: Date,
): string | null {
  const profile = member.profile;
  if (!profile) return null;
  if (profile.paused) {
    const zone = profile.timeZone ?? member.accountTimeZone;
    if (profile.pausedUntil === null || profile.pausedUntil > localDate(now, zone)) return 'paused';
  }
  const gap = FREQUENCY_GAP_DAYS[profile.frequency] ?? 0;
  if (gap > 0 && lastMatched && now.getTime() - Date.parse(lastMatched) < gap * DAY_MS) {
    return `asked to be matched ${profile.frequency}`;
  }
  return null;
}

export function pairingRequestFor(input: RoundInput): PairingRequest {
  const windowStart = input.now.getTime() - input.repeatWindowDays * DAY_MS;
  const blocked = new Map<string, string[]>();
  const block = (a: string, b: string) => {
    blocked.set(a, [...(blocked.get(a) ?? []), b]);
  };
  for (const [a, b] of input.exclusions) block(a, b);
  const history: PastMatch[] = [];
  for (const pair of input.history) {
    if (pair.avoid || Date.parse(pair.ranAt) >= windowStart) block(pair.a, pair.b);
    else history.push({ a: pair.a, b: pair.b, date: pair.ranAt });
  }

  // Teams compare without regard to case or spacing, and read as the first member wrote them.
  const teamNames = new Map<string, string>();
  const teamOf = (member: RoundMemberRecord): string => {
    const typed = member.profile?.team?.trim().replace(/\s+/g, ' ');
    if (!typed) return `${NO_TEAM}${member.userId}`;
    const key = typed.toLowerCase();
    if (!teamNames.has(key)) teamNames.set(key, typed);
    return teamNames.get(key) as string;
  };
  const members: PairingMember[] = input.members.map((member) => {
    const profile =
      input.view === 'shown' && member.profile ? shownToMatches(member.profile) : member.profile;
    const level = profile?.seniority ? SENIORITY_CHOICES.indexOf(profile.seniority as never) : -1;
    return {
      id: member.userId,
      interests: profile?.interests ?? [],
      team: teamOf({ ...member, profile }),
      seniority: level >= 0 ? level + 1 : null,
      openTo: (profile?.openTo as PairingMember['openTo']) ?? ['peer'],
      paused: restingReason(member, input.lastMatched.get(member.userId), input.now) !== null,
      blocked: blocked.get(member.userId) ?? [],
    };
  });
  return {
    members,
    history,
    today: input.now.getTime(),
    seed: input.seed,
    crossTeamOnly: input.crossTeamOnly,
  };
}

/**
 * The engine explains a pair in terms of member ids and team names, which suits a file
 * of members; a community's members read names. Ids become display names, and a team
 * nobody named is left out of the sentence rather than shown as a placeholder.
 */
export function humaneReason(reason: string, names: ReadonlyMap<string, string>): string {
  let text = reason.replace(/ \(([^()]*) and ([^()]*)\)/g, (whole, a: string, b: string) =>
    a.startsWith(NO_TEAM) || b.startsWith(NO_TEAM) ? '' : whole,
  );
  for (const [id, name] of names) text = text.split(id).join(name);
  return text;
}

/** The profile as a match may see it: a field kept to "nobody" reads as not given. */
function shownToMatches(profile: ProfileRecord): ProfileRecord {
  const visibility = visibilityOf(profile);
  const hidden = (field: keyof typeof visibility) => visibility[field] === 'nobody';
  return {
    ...profile,
    interests: hidden('interests') ? [] : profile.interests,
    team: hidden('team') ? null : profile.team,
    seniority: hidden('seniority') ? null : profile.seniority,
    openTo: hidden('openTo') ? ['peer'] : profile.openTo,
  };
}
