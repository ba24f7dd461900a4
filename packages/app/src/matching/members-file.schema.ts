/**
 * members.json, the community file `kindred pair` reads: an array of members. Validated
 * member by member so that every problem names the member (index and id) and the field in
 * words a community admin can act on, e.g.
 * `members[12] (id "m-12"): "interests" must be a list of strings`.
 */
import { OPEN_TO, type PairingMember } from '@kindred/core';
import { z } from 'zod';
import type { FileProblem } from './file-problem.ts';

/** Named seniority levels accepted besides numbers; higher is more senior. */
export const SENIORITY_LEVELS: Readonly<Record<string, number>> = Object.freeze({
  intern: 0,
  junior: 1,
  mid: 2,
  senior: 3,
  lead: 4,
  staff: 4,
  principal: 5,
  director: 6,
  executive: 7,
});

const seniority = z.union([
  z.number().finite(),
  z
    .string()
    .transform((text) => text.trim().toLowerCase())
    .refine((text) => text in SENIORITY_LEVELS)
    .transform((text) => SENIORITY_LEVELS[text] as number),
]);

const memberSchema = z.object({
  id: z.string().trim().min(1).max(200),
  interests: z.array(z.string().max(200)).max(200),
  team: z.string().max(200),
  seniority: seniority.nullable().optional(),
  openTo: z.array(z.enum(OPEN_TO)).optional(),
  paused: z.boolean().optional(),
  blocked: z.array(z.string().min(1)).optional(),
});

/** What each field must be, in plain words; used whatever zod found wrong with it. */
const FIELD_RULES: Record<string, string> = {
  id: 'must be a non-empty string',
  interests: 'must be a list of strings',
  team: 'must be a string (the member’s team or department)',
  seniority: `must be a number (higher is more senior) or one of ${Object.keys(SENIORITY_LEVELS).join(', ')}`,
  openTo: `must be a list of ${OPEN_TO.map((o) => `"${o}"`).join(', ')}`,
  paused: 'must be true or false',
  blocked: 'must be a list of member ids',
};

function describeMember(index: number, raw: unknown): string {
  const id = raw !== null && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.trim() !== '' ? `members[${index}] (id "${id}")` : `members[${index}]`;
}

/**
 * Parses the members array. Returns the members, or every problem found (each naming the
 * member and the field), never a half-checked list.
 */
export function parseMembers(data: unknown): { members: PairingMember[] } | { problems: FileProblem[] } {
  if (!Array.isArray(data)) {
    return {
      problems: [
        {
          field: 'members',
          message:
            'the file must hold a JSON array of members, e.g. [{ "id": "m-1", "interests": ["hiking"], "team": "Design" }]',
        },
      ],
    };
  }
  const problems: FileProblem[] = [];
  const members: PairingMember[] = [];
  const firstIndexOf = new Map<string, number>();
  data.forEach((raw, index) => {
    const who = describeMember(index, raw);
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
      problems.push({
        field: `members[${index}]`,
        record: index + 1,
        message: `${who}: must be an object with "id", "interests" and "team"`,
      });
      return;
    }
    const result = memberSchema.safeParse(raw);
    if (!result.success) {
      const fields = new Set(result.error.issues.map((issue) => String(issue.path[0] ?? '')));
      for (const field of fields) {
        const missing = (raw as Record<string, unknown>)[field] === undefined;
        const rule = FIELD_RULES[field] ?? 'is not valid';
        problems.push({
          field: `members[${index}].${field}`,
          record: index + 1,
          message: `${who}: "${field}" ${missing ? `is missing; it ${rule}` : rule}`,
        });
      }
      return;
    }
    const member = result.data;
    const earlier = firstIndexOf.get(member.id);
    if (earlier !== undefined) {
      problems.push({
        field: `members[${index}].id`,
        record: index + 1,
        message: `${who}: "id" repeats members[${earlier}]; ids must be unique`,
      });
      return;
    }
    firstIndexOf.set(member.id, index);
    members.push({
      id: member.id,
      interests: member.interests,
      team: member.team,
      ...(member.seniority === undefined || member.seniority === null ? {} : { seniority: member.seniority }),
      ...(member.openTo ? { openTo: member.openTo } : {}),
      ...(member.paused ? { paused: true } : {}),
      ...(member.blocked ? { blocked: member.blocked } : {}),
    });
  });
  return problems.length > 0 ? { problems } : { members };
}
