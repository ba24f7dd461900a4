/**
 * Output that is either for a person (text on stdout, progress and notes on stderr) or
 * for a program (`--json`: exactly one JSON document on stdout, nothing else there).
 */

export interface Printer {
  readonly json: boolean;
  /** Human lines; ignored in --json mode. */
  line(text?: string): void;
  /** The result: printed as JSON in --json mode, else rendered by `human`. */
  result<T>(value: T, human: (value: T) => string | string[]): void;
  /** Notes for a person that must not pollute stdout (warnings, hints). */
  note(text: string): void;
}

export function createPrinter(
  json: boolean,
  out: NodeJS.WritableStream = process.stdout,
  err = process.stderr,
): Printer {
  return {
    json,
    line(text = '') {
      if (!json) out.write(`${text}\n`);
    },
    result(value, human) {
      if (json) {
        out.write(`${JSON.stringify(value, null, 2)}\n`);
        return;
      }
      const text = human(value);
      const lines = Array.isArray(text) ? text : [text];
      if (lines.length > 0) out.write(`${lines.join('\n')}\n`);
    },
    note(text) {
      if (!json) err.write(`${text}\n`);
    },
  };
}
