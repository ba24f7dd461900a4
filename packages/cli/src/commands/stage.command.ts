/** `kindred stage`: see or set where a tie stands on the ladder. */
import { personOverview, resolvePerson, setStageByWord } from '@kindred/app';
import { stageDescription, stageLabel, stageWords } from '@kindred/core';
import type { Command } from 'commander';
import { prettyDay } from '../output/format.ts';
import { run } from '../runtime.ts';

export function registerStage(program: Command): void {
  program
    .command('stage')
    .description('see where a tie stands on the ladder, or set it by hand')
    .argument('<person>', 'a name, part of a name, or an id')
    .argument('[stage]', `the stage to set (${stageWords().join(', ')})`)
    .option('-n, --note <text>', 'why, for your own record')
    .action(async (ref: string, stageText: string | undefined, options: { note?: string }, cmd: Command) => {
      await run(cmd, async ({ ctx, out }) => {
        const person = await resolvePerson(ctx, ref);
        if (stageText) {
          const updated = await setStageByWord(ctx, person, stageText, options.note ?? null);
          out.result(
            updated,
            (p) => `${p.name} is now at “${stageLabel(p.stage, p.seniority)}”: ${stageDescription(p.stage)}`,
          );
          return;
        }
        const o = await personOverview(ctx, person);
        out.result(
          { stage: person.stage, label: o.stageLabel, proposed: o.proposedStage, history: o.stageHistory },
          (v) => [
            `${person.name}: ${v.label} — ${stageDescription(person.stage)}`,
            ...(v.proposed !== person.stage
              ? [`Your history together suggests: ${o.proposedStageLabel}`]
              : []),
            ...v.history.map(
              (h) =>
                `  ${prettyDay(h.changedOn)}  ${stageLabel(h.stage, person.seniority)} (${h.source})${h.note ? ` — ${h.note}` : ''}`,
            ),
          ],
        );
      });
    });
}
