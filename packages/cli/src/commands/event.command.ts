/** `kindred event add|list|prep|debrief`: choose, prepare for, and follow up on events. */
import { readFile } from 'node:fs/promises';
import {
  AppError,
  addEvent,
  debriefEvent,
  listEvents,
  parseAttendeesCsv,
  parseDay,
  prepEvent,
  resolveEvent,
} from '@kindred/app';
import { EVENT_KINDS, type EventPrep, type KindredEvent } from '@kindred/core';
import { type Command, Option } from 'commander';
import { plural, prettyDay } from '../output/format.ts';
import { run } from '../runtime.ts';
import { collect } from './person-options.ts';

/** "Name|Organisation|interest; interest" or "Name (Organisation)". */
function attendeeFrom(text: string): {
  name: string;
  organisation: string | null;
  role: string | null;
  interests: string[];
} {
  const [name = '', organisation = '', interests = ''] = text.split('|').map((s) => s.trim());
  const paren = /^(.*?)\s*\(([^)]+)\)$/.exec(name);
  return {
    name: paren ? (paren[1] as string) : name,
    organisation: organisation || (paren ? (paren[2] as string) : null),
    role: null,
    interests: interests
      .split(/[;,]/)
      .map((s) => s.trim())
      .filter(Boolean),
  };
}

/** "Name: what they told you" or "Name (Organisation): detail". */
function metFrom(text: string) {
  const at = text.indexOf(':');
  const who = (at >= 0 ? text.slice(0, at) : text).trim();
  const detail = at >= 0 ? text.slice(at + 1).trim() : null;
  const paren = /^(.*?)\s*\(([^)]+)\)$/.exec(who);
  return {
    name: paren ? (paren[1] as string) : who,
    organisation: paren ? (paren[2] as string) : null,
    detail: detail || null,
  };
}

function renderEvent(e: KindredEvent): string {
  return `${prettyDay(e.startsOn)}  ${e.name} (${e.kind}, ${e.energyCost} energy${e.attendees.length ? `, ${plural(e.attendees.length, 'expected attendee')}` : ''})${e.debriefedAt ? ' — debriefed' : ''}  ${e.id}`;
}

function renderPrep(p: EventPrep): string[] {
  const lines = [
    `${p.event.name} — ${prettyDay(p.event.startsOn)}${p.event.location ? `, ${p.event.location}` : ''}`,
    '',
    `Your goal: ${p.goal}`,
    `Energy: it takes ${p.energy.cost} points; ${p.energy.leftAfter >= 0 ? `${p.energy.leftAfter} left in that week after it.` : `that is ${-p.energy.leftAfter} more than the week has left — consider a shorter visit.`}`,
    '',
  ];
  if (p.targets.length === 0)
    lines.push('No expected attendees stand out yet: add some with --attendee or --attendees FILE.');
  else lines.push('Whom to look for:');
  p.targets.forEach((t, i) => {
    const who = [t.attendee.role, t.attendee.organisation].filter(Boolean).join(', ');
    lines.push(`  ${i + 1}. ${t.attendee.name}${who ? ` — ${who}` : ''}`, `     Why: ${t.why}`);
    for (const o of t.openers) lines.push(`     · “${o}”`);
  });
  lines.push(
    '',
    'Breaks:',
    ...p.breaks.map((b) => `  · ${b}`),
    '',
    `A graceful exit: “${p.exitLine}”`,
    '',
    p.afterwards,
  );
  return lines;
}

export function registerEvent(program: Command): void {
  const event = program.command('event').description('events: add one, prepare for it, debrief afterwards');

  event
    .command('add')
    .description('add an event you plan to go to')
    .argument('<name>', 'what it is called')
    .requiredOption('--on <day>', 'when ("next thursday", 2026-03-14)')
    .addOption(new Option('--kind <kind>', 'what kind of event').choices(EVENT_KINDS).default('meetup'))
    .option('--where <place>', 'where it is')
    .option('--cost <points>', 'the energy it will take (defaults by kind)')
    .option('--goal <text>', 'what you hope to get from it ("two meaningful conversations")')
    .option(
      '--attendee <who>',
      'an expected attendee: "Name|Organisation|interest; interest" (repeatable)',
      collect,
    )
    .option('--attendees <file>', 'a CSV of expected attendees (name, organisation, role, interests)')
    .action(async (name: string, o: Record<string, string | string[] | undefined>, cmd: Command) => {
      const attendees = ((o.attendee as string[] | undefined) ?? []).map(attendeeFrom);
      if (o.attendees) {
        let text: string;
        try {
          text = await readFile(o.attendees as string, 'utf8');
        } catch (error) {
          throw new AppError(
            'file_not_found',
            `I could not read ${o.attendees}: ${(error as Error).message}.`,
          );
        }
        const parsed = parseAttendeesCsv(text);
        if (parsed.problems.length) {
          throw new AppError(
            'import_invalid_rows',
            `Nothing was added: ${parsed.problems.map((p) => p.message).join(' ')}`,
            parsed.problems.map((p) => ({ line: p.line, message: p.message })),
          );
        }
        attendees.push(...parsed.rows);
      }
      const cost = o.cost === undefined ? undefined : Number(o.cost);
      if (cost !== undefined && (!Number.isInteger(cost) || cost < 0)) {
        throw new AppError('invalid_input', `--cost: "${o.cost}" must be a whole number of points.`, [
          { field: '--cost', message: 'not a number' },
        ]);
      }
      await run(cmd, async ({ ctx, out, today }) => {
        const created = await addEvent(ctx, {
          name,
          kind: o.kind as (typeof EVENT_KINDS)[number],
          startsOn: parseDay(o.on as string, today, '--on'),
          location: (o.where as string | undefined) ?? null,
          energyCost: cost,
          goal: (o.goal as string | undefined) ?? null,
          attendees,
        });
        out.result(created, (e) => [
          `Added ${e.name}.`,
          `  ${renderEvent(e)}`,
          `Prepare with: kindred event prep "${e.name}"`,
        ]);
      });
    });

  event
    .command('list')
    .description('your events, soonest first (upcoming only, unless --all)')
    .option('--all', 'include past events')
    .action(async (o: { all?: boolean }, cmd: Command) => {
      await run(cmd, async ({ ctx, out, today }) => {
        const events = await listEvents(ctx, o.all ? {} : { from: today });
        out.result(events, (list) =>
          list.length ? list.map(renderEvent) : 'No upcoming events. Add one with `kindred event add`.',
        );
      });
    });

  event
    .command('prep')
    .description('a prep sheet: whom to look for, openers, a goal, breaks and an exit line')
    .argument('<event>', 'the event id or part of its name')
    .option('--seed <seed>', 'vary the openers')
    .action(async (ref: string, o: { seed?: string }, cmd: Command) => {
      await run(cmd, async ({ ctx, out }) => {
        const prep = await prepEvent(ctx, await resolveEvent(ctx, ref), o.seed);
        out.result(prep, renderPrep);
      });
    });

  event
    .command('debrief')
    .description('note who you met, with one detail each; follow-ups enter your plan')
    .argument('<event>', 'the event id or part of its name')
    .option(
      '--met <who>',
      '"Name: what they told you" or "Name (Organisation): detail" (repeatable)',
      collect,
    )
    .action(async (ref: string, o: { met?: string[] }, cmd: Command) => {
      await run(cmd, async ({ ctx, out }) => {
        const result = await debriefEvent(ctx, await resolveEvent(ctx, ref), (o.met ?? []).map(metFrom));
        out.result(result, (r) => [
          `Noted ${plural(r.people.length, 'person', 'people')} from ${r.event.name}:`,
          ...r.people.map((p) => `  ${p.name}${p.mergedInto ? ' (already known: details added)' : ''}`),
          'Your plan will suggest a short follow-up to each within two days.',
        ]);
      });
    });
}
