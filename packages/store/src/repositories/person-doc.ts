/**
 * A person's stored JSON document (`people.list_doc`): the text of the person exactly as
 * reading them back returns them. Built from the value being written, not read back, so
 * it must apply every normalisation the rows do: tags deduplicated and in code-unit
 * order, interests deduplicated by key, channels in their order, missing values as null.
 * The list sends these documents to clients as they are.
 */
import type { ChannelKind, Person, Stage } from '@kindred/core';
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

/**
 * A person as a list reads them: their stored JSON document, the fields the rhythm of
 * the tie is worked out from (it depends on today, so it is never stored), and the day
 * of the last contact.
 */
export interface ListedDoc {
  id: string;
  nameKey: string;
  /** The person as JSON text, exactly as `get` returns them; '' when not stored yet. */
  doc: string;
  stage: Stage;
  cadenceDays: number | null;
  metOn: string | null;
  doNotContactUntil: string | null;
  lastContactOn: string | null;
}

/** A row of `listedSelection`: its JSON array of fields, U+0001, then the document. */
export function unpackListed(packed: string): ListedDoc {
  const cut = packed.indexOf('\u0001');
  const [id, nameKey, stage, cadenceDays, metOn, doNotContactUntil, lastContactOn] = JSON.parse(
    packed.slice(0, cut),
  ) as [string, string, Stage, number | null, string | null, string | null, string | null];
  return {
    id,
    nameKey,
    doc: packed.slice(cut + 1),
    stage,
    cadenceDays: cadenceDays === null ? null : Number(cadenceDays),
    metOn,
    doNotContactUntil,
    lastContactOn,
  };
}
