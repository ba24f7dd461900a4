/**
 * The weekly digest email: the coming week's steps with why each matters, what it
 * costs, and a draft to start from, then the energy the week has left. Written as a
 * note from a friend who keeps your diary, not a newsletter: plain text first, with an
 * HTML copy that says the same thing.
 */
import { weekStart } from '@kindred/core';
import type { PlanView } from '../plan/plan.service.ts';

export interface DigestEmail {
  subject: string;
  text: string;
  html: string;
}

export interface DigestInput {
  displayName: string;
  plan: PlanView;
  /** Where the settings page is, when the server knows its own address. */
  settingsUrl?: string | null;
}

function longDay(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
}

function points(n: number): string {
  return `${n} point${n === 1 ? '' : 's'}`;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);
}

interface Step {
  day: string;
  title: string;
  reason: string;
  energy: number;
  draft: string | null;
}

interface Digest {
  greeting: string;
  intro: string;
  steps: Step[];
  energy: string | null;
  notes: string[];
  stop: string;
  /** The settings page's address, when known and safe to link (http or https only). */
  settingsUrl: string | null;
}

/** Only a web address becomes a link; anything else stays words. */
function linkable(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

const STOP_BEFORE = 'You get this email because the weekly digest is on. To stop it, turn it off';

const countWords = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

function gather(input: DigestInput): Digest {
  const { plan } = input;
  const steps = [...plan.actions]
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))
    .map((a) => ({
      day: a.day,
      title: a.title,
      reason: a.reason,
      energy: a.energyCost,
      draft: a.drafts[0]?.draft.body ?? null,
    }));
  const total = steps.reduce((sum, s) => sum + s.energy, 0);
  const n = countWords[steps.length] ?? String(steps.length);
  const intro =
    steps.length === 0
      ? `Kindred has no steps for you in the seven days from ${longDay(plan.today)}. Enjoy the quiet; it will tell you when someone is due a hello.`
      : `Here is your plan for the seven days from ${longDay(plan.today)}: ${n} small step${steps.length === 1 ? '' : 's'}, ${points(total)} of energy in all. Do what fits and let the rest go.`;
  const thisWeek = plan.energy.find((e) => e.weekStart === weekStart(plan.today));
  const energy = thisWeek
    ? `${Math.max(0, thisWeek.left)} of your ${thisWeek.budget} energy points ${thisWeek.left === 1 ? 'is' : 'are'} left this week${steps.length ? ' after these steps' : ''}.`
    : null;
  const settingsUrl = linkable(input.settingsUrl);
  const where = settingsUrl ? `in your settings (${settingsUrl})` : 'in your Kindred settings';
  return {
    greeting: `Hello ${input.displayName},`,
    intro,
    steps,
    energy,
    notes: plan.notes,
    stop: `${STOP_BEFORE} ${where}.`,
    settingsUrl,
  };
}

function toText(d: Digest): string {
  const lines = [d.greeting, '', d.intro];
  for (const s of d.steps) {
    lines.push('', `${longDay(s.day)}: ${s.title}`, `Why: ${s.reason}`, `Energy: ${points(s.energy)}`);
    if (s.draft) lines.push('A draft to start from:', ...s.draft.split('\n').map((l) => `  ${l}`));
  }
  if (d.energy) lines.push('', d.energy);
  if (d.notes.length) lines.push('', ...d.notes);
  lines.push('', d.stop, '');
  return lines.join('\n');
}

function toHtml(d: Digest, subject: string): string {
  const p = (text: string, style = '') => `<p${style ? ` style="${style}"` : ''}>${escapeHtml(text)}</p>`;
  const steps = d.steps.map(
    (s) =>
      `<li style="margin:0 0 1.25em">` +
      `<strong>${escapeHtml(longDay(s.day))}: ${escapeHtml(s.title)}</strong><br>` +
      `${escapeHtml(s.reason)}<br>` +
      `<span style="color:#555">Energy: ${escapeHtml(points(s.energy))}</span>` +
      (s.draft
        ? `<blockquote style="margin:.5em 0 0;padding:.5em .75em;border-left:3px solid #ccc;white-space:pre-wrap">${escapeHtml(s.draft)}</blockquote>`
        : '') +
      `</li>`,
  );
  return [
    '<!doctype html>',
    `<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family:system-ui,sans-serif;line-height:1.5;color:#222;max-width:40em">',
    p(d.greeting),
    p(d.intro),
    steps.length ? `<ol style="padding-left:1.25em">${steps.join('')}</ol>` : '',
    d.energy ? p(d.energy) : '',
    ...d.notes.map((n) => p(n)),
    d.settingsUrl
      ? `<p style="color:#555;font-size:.9em">${escapeHtml(STOP_BEFORE)} in your <a href="${escapeHtml(d.settingsUrl)}">Kindred settings</a>.</p>`
      : p(d.stop, 'color:#555;font-size:.9em'),
    '</body></html>',
  ]
    .filter(Boolean)
    .join('\n');
}

export function composeDigest(input: DigestInput): DigestEmail {
  const digest = gather(input);
  const subject = `Your Kindred plan for the week from ${longDay(input.plan.today)}`;
  return { subject, text: toText(digest), html: toHtml(digest, subject) };
}
