/** The expected failures of activity groups, worded once: what was wrong and what to do. */
import { AppError } from '../errors/app-error.ts';

export const groupRoundNotFound = (id: string) =>
  new AppError(
    'group_round_not_found',
    `No group round you can see has the id ${id}. Members see the rounds they started; admins see every round.`,
    [{ field: 'groupRoundId', message: 'not found among the rounds you can see' }],
  );

export const groupNotFound = (id: string) =>
  new AppError(
    'group_not_found',
    `You are in no group with the id ${id}. It may be someone else's group, or its community is gone.`,
    [{ field: 'groupId', message: 'not one of your groups' }],
  );

/** Why no group could form, in counts only: naming who listed what would show hidden interests. */
export function noGroupsFormed(
  what: {
    takingPart: number;
    basis: 'chose-group-activity' | 'every-active-member';
    minSize: number;
    offered: boolean;
  },
  reasons: Record<string, number>,
): AppError {
  const who =
    what.basis === 'chose-group-activity'
      ? `${what.takingPart} ${what.takingPart === 1 ? 'member has' : 'members have'} chosen group activities in their profile`
      : `nobody has chosen group activities in their profile, so all ${what.takingPart} active ${what.takingPart === 1 ? 'member takes' : 'members take'} part`;
  const why =
    what.takingPart < what.minSize
      ? `that is fewer than the smallest group (${what.minSize}).`
      : `no ${what.minSize} of them share ${what.offered ? 'one of the activities on offer' : 'an interest'}${
          reasons['no-activities']
            ? ` (${reasons['no-activities']} listed ${what.offered ? 'none of the activities on offer' : 'no interests'})`
            : ''
        }.`;
  return new AppError(
    'group_round_no_groups',
    `No groups could be formed: ${who}, and ${why} Nothing was started. Try smaller groups${
      what.offered ? ', more activities (or any shared interest)' : ''
    }, or ask more members to ${
      what.basis === 'chose-group-activity'
        ? 'choose group activities in their profile'
        : 'add their interests to their profile'
    }.`,
    [{ field: 'minSize', message: 'no group of this size could be formed' }],
  );
}
