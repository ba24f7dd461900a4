/** `kindred show`: one person's page — ladder, details, timeline, balance. */
import { type PersonOverview, personOverview, resolvePerson } from '@kindred/app';
import { FORM_INFO, stageLabel } from '@kindred/core';
import type { Command } from 'commander';
import { prettyDay } from '../output/format.ts';
import { run } from '../runtime.ts';

function render(o: PersonOverview): string[] {
  const p = o.person;
  const lines = [p.name];
  const work = [p.role, p.organisation, p.team && `${p.team} team`].filter(Boolean).join(' · ');
  if (work) lines.push(`  ${work}`);
  lines.push(`  Stage: ${o.stageLabel}${p.stageSetBy === 'manual' ? ' (set by you)' : ''}`);
  if (o.proposedStage !== p.stage) lines.push(`  Your history together suggests: ${o.proposedStageLabel}`);
  const met = [p.metHow, p.metWhere && `at ${p.metWhere}`, p.metOn && `on ${prettyDay(p.metOn)}`].filter(
    Boolean,
  );
  if (met.length) lines.push(`  Met: ${met.join(' ')}`);
  for (const c of p.channels) lines.push(`  ${c.kind}${c.label ? ` (${c.label})` : ''}: ${c.value}`);
  if (p.birthday) lines.push(`  Birthday: ${prettyDay(p.birthday)}`);
  if (p.interests.length) lines.push(`  Interests: ${p.interests.map((i) => i.label).join(', ')}`);
  if (p.tags.length) lines.push(`  Tags: ${p.tags.join(', ')}`);
  const bounds = [
    p.prefersAsync && 'prefers async',
    p.preferredChannel && `prefers ${p.preferredChannel}`,
    p.doNotContactUntil && `not before ${prettyDay(p.doNotContactUntil)}`,
    p.cadenceDays && `every ${p.cadenceDays} days`,
  ].filter(Boolean);
  if (bounds.length) lines.push(`  Boundaries: ${bounds.join(', ')}`);
  if (p.notes) lines.push('', ...p.notes.split('\n').map((l) => `  ${l}`));
  if (o.details.length) {
    lines.push('', 'What they told you:');
    for (const d of o.details) {
      const when = [
        d.happensOn && prettyDay(d.happensOn),
        d.followUpOn && !d.followedUpAt && `ask on ${prettyDay(d.followUpOn)}`,
      ]
        .filter(Boolean)
        .join(', ');
      lines.push(`  • ${d.text}${d.kind !== 'fact' ? ` [${d.kind}]` : ''}${when ? ` (${when})` : ''}`);
    }
  }
  lines.push('', o.lastContactOn ? `Last contact: ${prettyDay(o.lastContactOn)}` : 'No contact logged yet.');
  for (const i of o.interactions.slice(0, 10)) {
    const what = [
      FORM_INFO[i.form].label,
      i.exchange !== 'neither' && `${i.exchange}: ${i.exchangeKind ?? ''}`.trim(),
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(
      `  ${i.occurredOn}  ${what}${i.topics.length ? ` — ${i.topics.join(', ')}` : ''}${i.note ? ` (${i.note})` : ''}  [${i.id}]`,
    );
  }
  if (o.interactions.length > 10) lines.push(`  …and ${o.interactions.length - 10} earlier`);
  lines.push(`Give/ask over six months: ${o.balance.gives} given, ${o.balance.asks} asked`);
  if (o.stageHistory.length > 1) {
    lines.push(
      `Ladder: ${o.stageHistory.map((s) => `${stageLabel(s.stage, p.seniority)} (${prettyDay(s.changedOn)})`).join(' → ')}`,
    );
  }
  lines.push(`id: ${p.id}`);
  return lines;
}

export function registerShow(program: Command): void {
  program
    .command('show')
    .description('everything about one person: stage, details, timeline')
    .argument('<person>', 'a name, part of a name, or an id')
    .action(async (ref: string, _options: unknown, cmd: Command) => {
      await run(cmd, async ({ ctx, out }) => {
        const overview = await personOverview(ctx, await resolvePerson(ctx, ref));
        out.result(overview, render);
      });
    });
}
