/** `kindred settings`: your name, time zone, weekly energy, quiet days and costs. */
import {
  AppError,
  getSettings,
  type ProfileAndSettings,
  type SettingsChanges,
  updateSettings,
} from '@kindred/app';
import { FORM_INFO, INTERACTION_FORMS, parseInteractionForm, WEEKDAYS } from '@kindred/core';
import type { Command } from 'commander';
import { run } from '../runtime.ts';
import { collect, splitList } from './person-options.ts';

interface SettingsOptions {
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

function changesFrom(o: SettingsOptions): SettingsChanges {
  const changes: SettingsChanges = {};
  if (o.name !== undefined) changes.displayName = o.name;
  if (o.timeZone !== undefined) changes.timeZone = o.timeZone;
  if (o.budget !== undefined) changes.weeklyBudget = wholeNumber(o.budget, '--budget');
  if (o.pitch !== undefined) changes.pitch = o.pitch || null;
  if (o.quietDays !== undefined) {
    const days =
      o.quietDays.trim().toLowerCase() === 'none'
        ? []
        : splitList([o.quietDays]).map((d) => d.slice(0, 3).toLowerCase());
    const wrong = days.filter((d) => !(WEEKDAYS as readonly string[]).includes(d));
    if (wrong.length) {
      throw new AppError(
        'invalid_input',
        `--quiet-days: ${wrong.join(', ')} is not a weekday. Use e.g. "sat,sun", or "none".`,
        [{ field: '--quiet-days', message: 'unknown weekday' }],
      );
    }
    changes.quietDays = days as SettingsChanges['quietDays'];
  }
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
    `Your pitch: ${s.settings.pitch ?? '(not written yet — set it with --pitch)'}`,
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
    .action(async (options: SettingsOptions, cmd: Command) => {
      await run(cmd, async ({ ctx, out }) => {
        const changes = changesFrom(options);
        const result = Object.keys(changes).length
          ? await updateSettings(ctx, changes)
          : await getSettings(ctx);
        out.result(result, render);
      });
    });
}
