/** `kindred export`: a full JSON backup, or your people as vCard or CSV. */
import { writeFile } from 'node:fs/promises';
import { EXPORT_FORMATS, type ExportFormat, exportData } from '@kindred/app';
import { type Command, Option } from 'commander';
import { plural } from '../output/format.ts';
import { run } from '../runtime.ts';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export everything as a JSON backup, or your people as vCard or CSV')
    .addOption(
      new Option('--format <format>', 'json (full backup), vcard or csv')
        .choices(EXPORT_FORMATS)
        .default('json'),
    )
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (options: { format: ExportFormat; out?: string }, cmd: Command) => {
      await run(cmd, async ({ ctx, out }) => {
        const result = await exportData(ctx, options.format);
        if (!options.out) {
          process.stdout.write(result.text);
          return;
        }
        await writeFile(options.out, result.text, 'utf8');
        out.result(
          { format: result.format, people: result.people, file: options.out },
          (r) => `Wrote ${plural(r.people, 'person', 'people')} to ${r.file} (${r.format}).`,
        );
      });
    });
}
