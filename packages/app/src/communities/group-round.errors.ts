/** The expected failures of activity groups, worded once: what was wrong and what to do. */
import { AppError } from '../errors/app-error.ts';
import { GROUP_SIZE } from './group-round.schema.ts';

export const groupRoundNotFound = (id: string) =>
  new AppError(
    'group_round_not_found',
    `No group round you can see has the id ${id}. Admins see every round; a member sees only rounds they started.`,
    [{ field: 'groupRoundId', message: 'not found among the rounds you can see' }],
  );

export const groupNotFound = (id: string) =>
  new AppError(
    'group_not_found',
    `You are in no group with the id ${id}. It may be someone else's group, or its community is gone.`,
    [{ field: 'groupId', message: 'not one of your groups' }],
  );

const membersHave = (n: number) => (n === 1 ? '1 member has' : `${n} members have`);

/**
 * Too few members asked for groups to fill even one. Groups are opt-in, so the fix is
 * members choosing them; a smaller smallest group helps only when enough have (sizes
 * below the lowest allowed are refused anyway), and only then is `minSize` named.
 */
export function tooFewChoseGroups(chose: number, minSize: number): AppError {
  const who =
    chose === 0
      ? 'nobody here has chosen small-group activities in their profile yet'
      : `only ${membersHave(chose)} chosen small-group activities in their profile`;
  const smaller = chose >= GROUP_SIZE.min;
  return new AppError(
    'group_round_no_groups',
    `No groups could be formed: ${who}, fewer than the smallest group (${minSize}). Nothing was started and nobody was emailed. Group rounds place only members who asked for groups: ${
      smaller ? `choose a smallest group of ${chose} or fewer, or ask` : 'ask'
    } members who would like one to add “Small-group activity” to the formats in their profile here, then start the round again.`,
    smaller
      ? [{ field: 'minSize', message: `more than the ${chose} members who chose small-group activities` }]
      : [],
  );
}

/**
 * Enough members chose groups, but no group could form around what they listed. Counts
 * only: naming who listed what would show hidden interests. The field named is the one
 * worth changing: the activities on offer, else a smallest group above the lowest.
 */
export function noGroupsFormed(
  what: { takingPart: number; minSize: number; offered: boolean },
  reasons: Record<string, number>,
): AppError {
  const none = reasons['no-activities']
    ? ` (${reasons['no-activities']} listed ${what.offered ? 'none of the activities on offer' : 'no interests'})`
    : '';
  const shared = what.offered ? 'one of the activities on offer' : 'an interest';
  const details = what.offered
    ? [{ field: 'activities', message: `no ${what.minSize} of the members taking part listed one of these` }]
    : what.minSize > GROUP_SIZE.min
      ? [{ field: 'minSize', message: `no ${what.minSize} of the members taking part share an interest` }]
      : [];
  const tries = [
    ...(what.minSize > GROUP_SIZE.min ? ['try smaller groups'] : []),
    ...(what.offered ? ['offer more activities (or any shared interest)'] : []),
    'ask members to add the activities they enjoy to their profile',
  ];
  const last = tries.pop();
  return new AppError(
    'group_round_no_groups',
    `No groups could be formed: ${membersHave(what.takingPart)} chosen small-group activities in their profile, but no ${what.minSize} of them share ${shared}${none}. Nothing was started and nobody was emailed. To form groups, ${
      tries.length > 0 ? `${tries.join(', ')} or ${last}` : last
    }; more members choosing “Small-group activity” helps too.`,
    details,
  );
}
