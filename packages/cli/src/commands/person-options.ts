/**
 * The options that describe a person, shared by `add` and `edit`, and their reading
 * into the app's input shape (dates typed as words become days here).
 */
import { AppError, parseDay } from '@kindred/app';
import { CHANNEL_KINDS, SENIORITIES } from '@kindred/core';
import { type Command, Option } from 'commander';

export const collect = (value: string, previous: string[] = []) => [...previous, value];
/** "chess, trail running" and repeated flags both become a list. */
export const splitList = (values: string[] | undefined) =>
  (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

export interface PersonOptions {
  org?: string;
  team?: string;
  role?: string;
  seniority?: string;
  email?: string[];
  phone?: string[];
  link?: string[];
  tag?: string[];
  interest?: string[];
  metHow?: string;
  metAt?: string;
  metOn?: string;
  note?: string;
  birthday?: string;
  preferredChannel?: string;
  async?: boolean;
  cadence?: string;
  notBefore?: string;
}

export function addPersonOptions(command: Command): Command {
  return command
    .option('-o, --org <organisation>', 'organisation they work at')
    .option('--team <team>', 'their team or department')
    .option('--role <role>', 'their role or title')
    .addOption(new Option('--seniority <level>', 'relative to you').choices(SENIORITIES))
    .option('-e, --email <address>', 'an email address (repeatable)', collect)
    .option('-p, --phone <number>', 'a phone number (repeatable)', collect)
    .option('-l, --link <url>', 'a profile or website (repeatable)', collect)
    .option('-t, --tag <tags>', 'tags, comma-separated or repeated', collect)
    .option('-i, --interest <interests>', 'interests, comma-separated or repeated', collect)
    .option('--met-how <how>', 'how you met ("intro from Priya")')
    .option('--met-at <where>', 'where you met (an event or place)')
    .option('--met-on <day>', 'when you met (2026-03-14, "last tuesday")')
    .option('-n, --note <text>', 'free notes')
    .option('--birthday <day>', 'YYYY-MM-DD, or --MM-DD without the year')
    .addOption(new Option('--preferred-channel <kind>', 'how they like to be reached').choices(CHANNEL_KINDS))
    .option('--async', 'they prefer async contact (messages over calls)')
    .option('--cadence <days>', 'touch base every N days (overrides the stage’s cadence)')
    .option('--not-before <day>', 'do not contact them before this day (a boundary)');
}

function cadence(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 730) {
    throw new AppError(
      'invalid_input',
      `--cadence: "${text}" must be a whole number of days from 1 to 730.`,
      [{ field: '--cadence', message: 'not a number of days' }],
    );
  }
  return n;
}

/** The fields the options set; absent options are left out (so `edit` keeps them). */
export function personFields(o: PersonOptions, today: string) {
  const fields: Record<string, unknown> = {};
  if (o.org !== undefined) fields.organisation = o.org;
  if (o.team !== undefined) fields.team = o.team;
  if (o.role !== undefined) fields.role = o.role;
  if (o.seniority !== undefined) fields.seniority = o.seniority;
  if (o.metHow !== undefined) fields.metHow = o.metHow;
  if (o.metAt !== undefined) fields.metWhere = o.metAt;
  if (o.metOn !== undefined) fields.metOn = parseDay(o.metOn, today, '--met-on', 'past');
  if (o.note !== undefined) fields.notes = o.note;
  if (o.birthday !== undefined) fields.birthday = o.birthday;
  if (o.preferredChannel !== undefined) fields.preferredChannel = o.preferredChannel;
  if (o.async !== undefined) fields.prefersAsync = o.async;
  if (o.cadence !== undefined) fields.cadenceDays = cadence(o.cadence);
  if (o.notBefore !== undefined) fields.doNotContactUntil = parseDay(o.notBefore, today, '--not-before');
  return fields;
}

export function channelsFrom(o: PersonOptions) {
  return [
    ...(o.email ?? []).map((value) => ({ kind: 'email' as const, value, label: null })),
    ...(o.phone ?? []).map((value) => ({ kind: 'phone' as const, value, label: null })),
    ...(o.link ?? []).map((value) => ({ kind: 'link' as const, value, label: null })),
  ];
}
