/**
 * Reading `members.json` for `kindred groups`: members with ids, optional names, and the
 * activity keys they listed. Errors name the member's position and id and the field.
 */

import type { GroupMember } from '@kindred/core';
import { z } from 'zod';
import {
  describeIssues,
  duplicateIdErrors,
  readJson,
  type SeatingFileResult,
} from './seating-file.errors.ts';

const missingOr = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is missing' : `must be ${what}`;
const text = z
  .string({ error: missingOr('text') })
  .trim()
  .min(1, { error: 'must not be empty' });
const id = z
  .union([text, z.number({ error: missingOr('text or a number') })], { error: missingOr('text or a number') })
  .transform((v) => String(v));

const memberSchema = z.strictObject(
  {
    id,
    name: text.optional(),
    interests: z.array(text, { error: missingOr('a list of activities') }),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `has an unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')} (the fields are id, name and interests)`
        : 'must be an object with id, name and interests',
  },
);

const membersFileSchema = z.strictObject(
  { members: z.array(memberSchema, { error: missingOr('a list of members') }) },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `has an unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')} (expected "members")`
        : 'must be an object with a "members" list',
  },
);

/** Parses a members file (or a bare list of members). Duplicate ids are reported here. */
export function parseMembersFile(textContent: string): SeatingFileResult<GroupMember[]> {
  const json = readJson(textContent, 'members file');
  if (!json.ok) return { ok: false, errors: [json.error] };
  const raw = Array.isArray(json.value) ? { members: json.value } : json.value;
  const parsed = membersFileSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, errors: describeIssues(parsed.error.issues, json.value, 'members') };
  const errors = duplicateIdErrors(parsed.data.members, 'members', 'member');
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: parsed.data.members.map((m) => ({
      id: m.id,
      ...(m.name !== undefined ? { name: m.name } : {}),
      interests: m.interests,
    })),
  };
}
