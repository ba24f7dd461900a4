/**
 * What quick capture saves: finding the person a line names, adding to someone known
 * (filling only their empty fields) or creating someone new, through the API.
 */
import type { QuickCapture as Reading } from '@kindred/core/people/quick-capture.ts';
import { foldText } from '@kindred/core/text/fold.ts';
import { api } from '../api/client.ts';
import type { Detail, Person } from '../api/types.ts';

export type Candidate = Pick<Person, 'id' | 'name' | 'organisation' | 'metWhere' | 'role'>;

export type PersonFields = 'organisation' | 'metWhere' | 'metHow';

/** What a capture changed, so it can be said and undone. */
export interface Saved {
  person: { id: string; name: string };
  detail: Detail | null;
  /** A new entry (undo removes the person), not an addition to someone known. */
  created: boolean;
  /** Empty fields of a known person that the capture filled (undo clears them again). */
  filled: PersonFields[];
  /** Kindred will suggest a note after the meeting (a new person met today). */
  followUp: boolean;
  undone?: boolean;
}

export interface Choosing {
  reading: Reading;
  candidates: Candidate[];
}

/** People whose name is the one written: exactly, or else containing all its words. */
export function peopleNamed(name: string, people: Candidate[]): Candidate[] {
  const wanted = foldText(name);
  const exact = people.filter((p) => foldText(p.name) === wanted);
  if (exact.length > 0) return exact;
  const words = wanted.split(' ').filter(Boolean);
  return people.filter((p) => {
    const theirs = foldText(p.name).split(' ');
    return words.length > 0 && words.every((w) => theirs.includes(w));
  });
}

/** Whether a known person plainly is someone else: the line names another organisation. */
export function otherOrganisation(reading: Reading, person: Candidate): boolean {
  return Boolean(
    reading.organisation &&
      person.organisation &&
      foldText(reading.organisation) !== foldText(person.organisation),
  );
}

export function describe(person: Candidate): string {
  const parts = [person.role, person.organisation, person.metWhere ? `met at ${person.metWhere}` : null];
  return parts.filter(Boolean).join(' · ');
}

export async function addToKnown(person: Candidate & Partial<Person>, reading: Reading): Promise<Saved> {
  const changes: Partial<Record<PersonFields, string>> = {};
  if (reading.organisation && !person.organisation) changes.organisation = reading.organisation;
  if (reading.metAt && !person.metWhere) changes.metWhere = reading.metAt;
  if (reading.metHow && !person.metHow) changes.metHow = reading.metHow;
  const filled = Object.keys(changes) as PersonFields[];
  if (filled.length > 0) await api.patch<Person>(`/people/${person.id}`, changes);
  const detail = reading.detail
    ? await api.post<Detail>(`/people/${person.id}/details`, { text: reading.detail })
    : null;
  return { person: { id: person.id, name: person.name }, detail, created: false, filled, followUp: false };
}

export async function createPerson(reading: Reading): Promise<Saved> {
  const result = await api.post<{ person: Person; mergedInto: boolean; detail: Detail | null }>('/people', {
    name: reading.name,
    ...(reading.organisation ? { organisation: reading.organisation } : {}),
    ...(reading.metAt ? { metWhere: reading.metAt } : {}),
    ...(reading.metHow ? { metHow: reading.metHow } : {}),
    ...(reading.detail ? { detail: { text: reading.detail } } : {}),
  });
  return {
    person: { id: result.person.id, name: result.person.name },
    detail: result.detail,
    created: !result.mergedInto,
    filled: [],
    followUp: !result.mergedInto && Boolean(reading.metAt || reading.metHow),
  };
}
