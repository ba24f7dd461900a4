/** The expected failures of communities, worded once: what was wrong and what to do. */
import { AppError } from '../errors/app-error.ts';

/**
 * The same answer for a community that does not exist and one the caller is not in, so
 * nobody can learn which ids are real.
 */
export const communityNotFound = (id: string) =>
  new AppError(
    'community_not_found',
    `No community you belong to has the id ${id}. Check the link, or ask one of its admins for an invite.`,
    [{ field: 'id', message: 'not found among your communities' }],
  );

export const adminOnly = (communityName: string, what: string) =>
  new AppError(
    'community_admin_only',
    `Only an admin of ${communityName} can ${what}. Ask one of its admins if this needs doing.`,
  );

export const memberNotFound = (communityName: string, userId: string) =>
  new AppError('member_not_found', `Nobody with the id ${userId} is a member of ${communityName}.`, [
    { field: 'userId', message: 'not a member' },
  ]);

export const inviteNotFound = (field: string, communityName?: string) =>
  communityName
    ? new AppError('invite_not_found', `${communityName} has no invite with that id. Nothing was changed.`, [
        { field, message: 'not found' },
      ])
    : new AppError(
        'invite_not_found',
        'This invite link is not one Kindred knows. Check that you copied the whole link; if it still does not work, ask whoever invited you for a new one.',
        [{ field, message: 'not a known invite' }],
      );
