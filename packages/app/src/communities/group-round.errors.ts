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

/** "Tue 8 Dec at 09:12", on the reader's clock, to the minute. */
function dayAndTime(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('weekday')} ${get('day')} ${get('month')} at ${get('hour')}:${get('minute')}`;
}

function ago(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return minutes === 1 ? '1 minute ago' : `${minutes} minutes ago`;
  const hours = Math.floor(minutes / 60);
  return hours === 1 ? 'an hour ago' : `${hours} hours ago`;
}

/**
 * A group round started here less than `gapMs` ago. Nothing in the request is at fault
 * (any title or sizes would be refused alike), so no field is named. Times are on the
 * reader's clock; the first moment a new round may start is rounded up to the minute,
 * so starting at the time shown always works.
 */
export function groupRoundTooSoon(
  lastStartedAt: string,
  now: Date,
  timeZone: string,
  gapMs: number,
): AppError {
  const last = new Date(lastStartedAt);
  const next = new Date(Math.ceil((last.getTime() + gapMs) / 60_000) * 60_000);
  const since = now.getTime() - last.getTime();
  // A clock behind the stored round (another server's) gives no "ago", only the time.
  const when = `${since >= 0 ? `${ago(since)}, ` : ''}on ${dayAndTime(last, timeZone)}`;
  return new AppError(
    'group_round_too_soon',
    `The last group round in this community started ${when} (${timeZone} time). A community has at most one group round a day, so nobody is placed in a new group and emailed about it more often than that. Nothing was started and nobody was emailed. A new group round can start here from ${dayAndTime(next, timeZone)} (${timeZone} time).`,
  );
}
