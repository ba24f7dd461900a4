/** The `kindred` command line: global options and every command. */
import { Command } from 'commander';
import { registerAdd } from './commands/add.command.ts';
import { registerDetail } from './commands/detail.command.ts';
import { registerDrafts } from './commands/drafts.command.ts';
import { registerEdit } from './commands/edit.command.ts';
import { registerEvent } from './commands/event.command.ts';
import { registerExport } from './commands/export.command.ts';
import { registerImport } from './commands/import.command.ts';
import { registerLog } from './commands/log.command.ts';
import { registerPair } from './commands/pair.command.ts';
import { registerPeople } from './commands/people.command.ts';
import { registerPlan } from './commands/plan.command.ts';
import { registerRemove } from './commands/remove.command.ts';
import { registerSave } from './commands/save.command.ts';
import { registerSeat } from './commands/seat.command.ts';
import { registerSettings } from './commands/settings.command.ts';
import { registerShow } from './commands/show.command.ts';
import { registerStage } from './commands/stage.command.ts';
import { registerStart } from './commands/start.command.ts';

const VERSION = '0.1.0';

export function buildProgram(): Command {
  const program = new Command()
    .name('kindred')
    .description('A quiet companion for a few real professional friendships.')
    .version(VERSION, '-V, --version')
    .option(
      '--data-dir <dir>',
      'where your data lives (default: $KINDRED_DATA_DIR, else your user data folder)',
    )
    .option('--json', 'print machine-readable JSON on stdout')
    .option('--now <datetime>', 'pretend it is this moment (ISO 8601), for reproducible runs')
    .showHelpAfterError('(run `kindred --help` to see every command)')
    .exitOverride();
  for (const register of [
    registerStart,
    registerPlan,
    registerAdd,
    registerPeople,
    registerShow,
    registerEdit,
    registerRemove,
    registerDetail,
    registerLog,
    registerStage,
    registerImport,
    registerExport,
    registerEvent,
    registerSave,
    registerDrafts,
    registerSeat,
    registerPair,
    registerSettings,
  ]) {
    register(program);
  }
  return program;
}
