/**
 * A person's stored JSON document (`people.list_doc`): the text of the person exactly as
 * reading them back returns them. Built from the value being written, not read back, so
 * it must apply every normalisation the rows do: tags deduplicated and in code-unit
 * order, interests deduplicated by key, channels in their order, missing values as null.
 * The list sends these documents to clients as they are.
 */
import type { ChannelKind, Person } from '@kindred/core';
import { childRows, personRow, toPerson } from './person.mapper.ts';

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The person `get` returns after `person` is written. */
export function storedPerson(ownerId: string, person: Person): Person {
  const { channels, tags, interests } = childRows(ownerId, person);
  return toPerson(
    personRow(ownerId, person),
    channels.map((c) => ({ kind: c.kind as ChannelKind, value: c.value, label: c.label ?? null })),
    tags.map((t) => t.tag).sort(byCodeUnit),
    interests.map((i) => ({ key: i.interest_key, label: i.label })),
  );
}

// A column left undefined is stored as NULL and read back as null, so the text says null.
const nullForMissing = (_key: string, value: unknown) => (value === undefined ? null : value);

/** The document of a person as read back (from `get`, or `storedPerson`). */
export function docOf(person: Person): string {
  return JSON.stringify(person, nullForMissing);
}

/** The document to store with a person being written. */
export function personDoc(ownerId: string, person: Person): string {
  return docOf(storedPerson(ownerId, person));
}
