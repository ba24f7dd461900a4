/**
 * history.json: earlier matches, `[{ "a": id, "b": id, "date": ISO }]`, which the round
 * holds back with a decaying penalty. Matches naming people not in members.json are fine
 * (they left, or paused) and are simply ignored by the engine.
 */
import { isIsoDay, type PastMatch } from '@kindred/core';
import { z } from 'zod';
import type { FileProblem } from './file-problem.ts';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** A day (YYYY-MM-DD) or an ISO 8601 date-time with a zone. */
export function isIsoDate(text: string): boolean {
  if (isIsoDay(text)) return true;
  return ISO_DATE_TIME.test(text) && isIsoDay(text.slice(0, 10)) && !Number.isNaN(Date.parse(text));
}

const matchSchema = z.object({
  a: z.string().trim().min(1),
  b: z.string().trim().min(1),
  date: z.string().refine(isIsoDate),
});

const FIELD_RULES: Record<string, string> = {
  a: 'must be a member id (a string)',
  b: 'must be a member id (a string)',
  date: 'must be a date written YYYY-MM-DD or an ISO date-time such as 2026-03-02T09:00:00Z',
};

/** Parses the history array, or returns every problem found (each naming the match and field). */
export function parseHistory(data: unknown): { history: PastMatch[] } | { problems: FileProblem[] } {
  if (!Array.isArray(data)) {
    return {
      problems: [
        {
          field: 'history',
          message:
            'the file must hold a JSON array of matches, e.g. [{ "a": "m-1", "b": "m-2", "date": "2026-02-23" }]',
        },
      ],
    };
  }
  const problems: FileProblem[] = [];
  const history: PastMatch[] = [];
  data.forEach((raw, index) => {
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      problems.push({
        field: `history[${index}]`,
        record: index + 1,
        message: `history[${index}]: must be an object with "a", "b" and "date"`,
      });
      return;
    }
    const result = matchSchema.safeParse(raw);
    if (!result.success) {
      for (const field of new Set(result.error.issues.map((issue) => String(issue.path[0] ?? '')))) {
        const missing = (raw as Record<string, unknown>)[field] === undefined;
        problems.push({
          field: `history[${index}].${field}`,
          record: index + 1,
          message: `history[${index}]: "${field}" ${missing ? 'is missing; it ' : ''}${FIELD_RULES[field] ?? 'is not valid'}`,
        });
      }
      return;
    }
    history.push(result.data);
  });
  return problems.length > 0 ? { problems } : { history };
}
