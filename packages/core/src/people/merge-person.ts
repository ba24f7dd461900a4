/**
 * Merging two records of the same person (an import meeting an existing entry, or two
 * entries found to be one). Nothing is dropped: empty fields are filled, lists are
 * united, and differing notes are both kept.
 */

import { channelKey } from '../text/fold.ts';
import type { Channel, Person, PersonInterest } from './person.types.ts';

function unite<T>(a: readonly T[], b: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set(a.map(key));
  const out = [...a];
  for (const item of b) {
    const k = key(item);
    if (!seen.has(k)) {
      seen.add(k);
      out.push(item);
    }
  }
  return out;
}

function joinNotes(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b || a.includes(b)) return a;
  if (b.includes(a)) return b;
  return `${a}\n\n${b}`;
}

/**
 * `kept` wins where both have a value; `incoming` fills what `kept` lacks.
 * The result keeps `kept`'s id, stage and creation time.
 */
const CONFLICT_LABELS = {
  organisation: 'organisation',
  team: 'team',
  role: 'role',
  metHow: 'how you met',
  metWhere: 'where you met',
  birthday: 'birthday',
} as const;

/** Values the incoming record had that differ from what is kept: noted, never dropped. */
function conflictNote(kept: Person, incoming: Person): string | null {
  const parts: string[] = [];
  for (const [field, label] of Object.entries(CONFLICT_LABELS) as [keyof typeof CONFLICT_LABELS, string][]) {
    const a = kept[field];
    const b = incoming[field];
    if (a && b && a.trim().toLowerCase() !== b.trim().toLowerCase()) parts.push(`${label} “${b}”`);
  }
  if (kept.name.trim().toLowerCase() !== incoming.name.trim().toLowerCase())
    parts.unshift(`name “${incoming.name}”`);
  return parts.length ? `Also given: ${parts.join(', ')}.` : null;
}

export function mergePerson(kept: Person, incoming: Person, updatedAt: string): Person {
  const pick = <K extends keyof Person>(key: K): Person[K] => kept[key] ?? incoming[key];
  return {
    ...kept,
    metHow: pick('metHow'),
    metWhere: pick('metWhere'),
    // The earlier of two meeting days is when you really met.
    metOn: [kept.metOn, incoming.metOn].filter((d): d is string => d !== null).sort()[0] ?? null,
    organisation: pick('organisation'),
    team: pick('team'),
    role: pick('role'),
    seniority: pick('seniority'),
    birthday: pick('birthday'),
    photo: pick('photo'),
    preferredChannel: pick('preferredChannel'),
    prefersAsync: kept.prefersAsync || incoming.prefersAsync,
    doNotContactUntil: pick('doNotContactUntil'),
    cadenceDays: pick('cadenceDays'),
    channels: unite<Channel>(
      kept.channels,
      incoming.channels,
      (c) => `${c.kind}:${channelKey(c.kind, c.value)}`,
    ),
    tags: unite(kept.tags, incoming.tags, (t) => t.toLowerCase()),
    interests: unite<PersonInterest>(kept.interests, incoming.interests, (i) => i.key),
    notes: joinNotes(joinNotes(kept.notes, incoming.notes), conflictNote(kept, incoming)),
    updatedAt,
  };
}
