/** `kindred settings`: your name, time zone, weekly energy, quiet days and costs. */
import {
  AppError,
  getSettings,
  type ProfileAndSettings,
  parseDay,
  type SettingsChanges,
  updateSettings,
} from '@kindred/app';
import { FORM_INFO, INTERACTION_FORMS, parseInteractionForm, WEEKDAYS } from '@kindred/core';
import type { Command } from 'commander';
import { run } from '../runtime.ts';
import { collect, splitList } from './person-options.ts';

interface SettingsOptions {
  onSite?: string;
  onSiteDay?: string[];
  maxPerDay?: string;
  role?: string;
  org?: string;
  team?: string;
  work?: string;
  enjoys?: string[];
  lookingFor?: string;
  name?: string;
  timeZone?: string;
  budget?: string;
  quietDays?: string;
  cost?: string[];
  pitch?: string;
}

function wholeNumber(text: string, field: string): number {
  const n = Number(text);
  if (!Number.isInteger(n)) {
    throw new AppError('invalid_input', `${field}: "${text}" must be a whole number.`, [
      { field, message: 'not a whole number' },
    ]);
  }
  return n;
}

function weekdays(text: string, field: string) {
  const typed = text.trim().toLowerCase() === 'none' ? [] : splitList([text]);
  const days = typed.map((d) => d.slice(0, 3).toLowerCase());
  const wrong = typed.filter((_, i) => !(WEEKDAYS as readonly string[]).includes(days[i] as string));
  if (wrong.length) {
    throw new AppError(
      'invalid_input',
      `${field}: ${wrong.join(', ')} is not a weekday. Use e.g. "sat,sun", or "none".`,
      [{ field, message: 'unknown weekday' }],
    );
  }
  return days as (typeof WEEKDAYS)[number][];
}

function changesFrom(o: SettingsOptions, current: ProfileAndSettings, today: string): SettingsChanges {
  const changes: SettingsChanges = {};
  if (o.onSite !== undefined) changes.onSiteWeekdays = weekdays(o.onSite, '--on-site');
  if (o.onSiteDay) {
    const days = splitList(o.onSiteDay).map((d) => parseDay(d, today, '--on-site-day'));
    changes.onSiteDays = [
      ...new Set([...current.settings.onSiteDays.filter((d) => d >= today), ...days]),
    ].sort();
  }
  if (o.maxPerDay !== undefined) changes.maxActionsPerDay = wholeNumber(o.maxPerDay, '--max-per-day');
  const profile = { ...current.settings.profile };
  let profileChanged = false;
  for (const [key, value] of [
    ['role', o.role],
    ['organisation', o.org],
    ['team', o.team],
    ['work', o.work],
    ['lookingFor', o.lookingFor],
  ] as const) {
    if (value !== undefined) {
      profile[key] = value || null;
      profileChanged = true;
    }
  }
  if (o.enjoys) {
    profile.interests = splitList(o.enjoys);
    profileChanged = true;
  }
  if (profileChanged) changes.profile = profile;
  if (o.name !== undefined) changes.displayName = o.name;
  if (o.timeZone !== undefined) changes.timeZone = o.timeZone;
  if (o.budget !== undefined) changes.weeklyBudget = wholeNumber(o.budget, '--budget');
  if (o.pitch !== undefined) changes.pitch = o.pitch || null;
  if (o.quietDays !== undefined) changes.quietDays = weekdays(o.quietDays, '--quiet-days');
  if (o.cost) {
    const costs: Record<string, number> = {};
    for (const pair of splitList(o.cost)) {
      const [formText = '', value = ''] = pair.split('=');
      const form = parseInteractionForm(formText);
      if (!form) {
        throw new AppError(
          'invalid_input',
          `--cost: "${formText}" is not a form. Use one of: ${INTERACTION_FORMS.join(', ')}.`,
          [{ field: '--cost', message: 'unknown form' }],
        );
      }
      costs[form] = wholeNumber(value, `--cost ${form}`);
    }
    changes.energyCosts = costs;
  }
  return changes;
}

function render(s: ProfileAndSettings): string[] {
  return [
    `Name: ${s.displayName}`,
    `Time zone: ${s.timeZone}`,
    `Weekly energy budget: ${s.settings.weeklyBudget} points`,
    `Quiet days: ${s.settings.quietDays.length ? s.settings.quietDays.join(', ') : 'none'}`,
    `Your pitch: ${s.settings.pitch ?? '(not written yet — draft one with kindred pitch)'}`,
    `On site: ${[...s.settings.onSiteWeekdays, ...s.settings.onSiteDays].join(', ') || 'not set'}`,
    `At most ${s.settings.maxActionsPerDay} steps a day`,
    `About you: ${[s.settings.profile.role, s.settings.profile.organisation, s.settings.profile.team].filter(Boolean).join(', ') || 'not set'}${s.settings.profile.interests.length ? `; enjoys ${s.settings.profile.interests.join(', ')}` : ''}`,
    'Energy per form:',
    ...INTERACTION_FORMS.map(
      (f) =>
        `  ${f.padEnd(12)} ${String(s.effectiveCosts[f]).padStart(2)}${s.settings.energyCosts[f] !== undefined ? ' (yours)' : ''}  ${FORM_INFO[f].label}`,
    ),
  ];
}

export function registerSettings(program: Command): void {
  program
    .command('settings')
    .description('see or change your name, time zone, weekly energy budget, quiet days and costs')
    .option('--name <name>', 'what Kindred calls you (and signs drafts with)')
    .option('--time-zone <zone>', 'your IANA time zone, e.g. Europe/London')
    .option('--budget <points>', 'energy points a week holds')
    .option('--quiet-days <days>', 'days with no social plans, e.g. "sat,sun" (or "none")')
    .option('--cost <form=points>', 'tune a form’s energy cost, e.g. coffee=5 (repeatable)', collect)
    .option('--pitch <text>', 'a short introduction of yourself, used in openers')
    .option('--on-site <days>', 'weekdays you are usually on site, e.g. "tue,thu" (or "none")')
    .option('--on-site-day <day>', 'a particular day you will be on site (repeatable)', collect)
    .option('--max-per-day <n>', 'at most this many steps on one day')
    .option('--role <role>', 'your role, for your pitch')
    .option('--org <organisation>', 'where you work (a hello in person fits colleagues on site)')
    .option('--team <team>', 'your team')
    .option('--work <text>', 'what you work on, for your pitch')
    .option(
      '--enjoys <interests>',
      'what you enjoy, comma-separated (matches you with people and events)',
      collect,
    )
    .option('--looking-for <text>', 'what you hope to find in people and events')
    .action(async (options: SettingsOptions, cmd: Command) => {
      await run(cmd, async ({ ctx, out, today }) => {
        const changes = changesFrom(options, await getSettings(ctx), today);
        const result = Object.keys(changes).length
          ? await updateSettings(ctx, changes)
          : await getSettings(ctx);
        out.result(result, render);
      });
    });
}
