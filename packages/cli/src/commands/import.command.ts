/** `kindred import`: bring in contacts from vCard, LinkedIn or Google, or restore a backup. */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError, IMPORT_FORMATS, type ImportFormat, type ImportReport, importFile } from '@kindred/app';
import { type Command, Option } from 'commander';
import { plural } from '../output/format.ts';
import { createProgress } from '../output/progress.ts';
import { run } from '../runtime.ts';

interface ImportOptions {
  format?: ImportFormat;
  dryRun?: boolean;
  skipInvalid?: boolean;
}

function render(r: ImportReport): string[] {
  const would = r.dryRun ? 'Would import' : 'Imported';
  const lines = [
    `${r.dryRun ? 'Dry run — nothing was written. ' : ''}${would} ${plural(r.records, 'record')} from a ${r.format} file:`,
    `  ${r.created.length} new, ${r.merged.length} merged into people you already had, ${r.skipped.length} skipped.`,
  ];
  if (r.merged.length) {
    lines.push('Merged:');
    for (const m of r.merged.slice(0, 20)) {
      lines.push(`  line ${m.line}: ${m.name} → ${m.intoName} (${m.reason})`);
    }
    if (r.merged.length > 20) lines.push(`  …and ${r.merged.length - 20} more (see --json for all)`);
  }
  if (r.skipped.length) {
    lines.push('Skipped:');
    for (const s of r.skipped) lines.push(`  line ${s.line}${s.label ? ` (${s.label})` : ''}: ${s.reason}`);
  }
  return lines;
}

export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import contacts (vCard 2.1/3.0/4.0, LinkedIn or Google CSV) or restore a JSON backup')
    .argument('<file>', 'the file to import')
    .addOption(new Option('--format <format>', 'the file format, if not detected').choices(IMPORT_FORMATS))
    .option('--dry-run', 'show what would happen and write nothing')
    .option('--skip-invalid', 'import the valid records and list the ones skipped')
    .action(async (file: string, options: ImportOptions, cmd: Command) => {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        throw new AppError('file_not_found', `I could not read ${file}: ${(error as Error).message}.`, [
          { field: 'file', message: 'cannot be read' },
        ]);
      }
      await run(cmd, async ({ ctx, out }) => {
        const progress = createProgress('Importing', !out.json);
        try {
          const report = await importFile(
            ctx,
            { fileName: basename(file), text, format: options.format },
            {
              dryRun: options.dryRun,
              skipInvalid: options.skipInvalid,
              onProgress: (done, total) => {
                if (total >= 200 && (done % 100 === 0 || done === total)) progress.update(done, total);
              },
            },
          );
          progress.stop();
          out.result(report, render);
        } finally {
          progress.stop();
        }
      });
    });
}
