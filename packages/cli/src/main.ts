/** Entry point: run the command line and turn any failure into a message and exit code. */
import { CommanderError } from 'commander';
import { toFailure } from './errors/exit-codes.ts';
import { buildProgram } from './program.ts';

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  try {
    await buildProgram().parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed help or the usage problem to stderr; a script
      // asking for --json still gets one JSON document on stdout.
      if (error.exitCode === 0) return 0;
      if (json) {
        const message = error.message.replace(/^error: /, '');
        process.stdout.write(
          `${JSON.stringify({ error: { code: 'invalid_input', message, details: [] } }, null, 2)}\n`,
        );
      }
      return 2;
    }
    const failure = toFailure(error);
    if (json) {
      process.stdout.write(
        `${JSON.stringify({ error: { code: failure.code, message: failure.message, details: failure.details, ...failure.extra } }, null, 2)}\n`,
      );
    } else {
      process.stderr.write(`${failure.message}\n`);
    }
    if (failure.code === 'internal' && process.env.KINDRED_DEBUG) console.error(error);
    return failure.exitCode;
  }
}

process.exitCode = await main(process.argv);
