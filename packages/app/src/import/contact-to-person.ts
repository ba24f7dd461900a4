/** A parsed contact record as a Person candidate, ready for duplicate checks. */
import type { Channel, Person } from '@kindred/core';
import type { ContactRecord } from '../integrations/contact-record.ts';
import { buildPerson } from '../people/build-person.ts';

export function contactToPerson(record: ContactRecord, at: string): Person {
  const channels: Channel[] = [
    ...record.emails.map((e) => ({ kind: 'email' as const, value: e.value, label: e.label ?? null })),
    ...record.phones.map((p) => ({ kind: 'phone' as const, value: p.value, label: p.label ?? null })),
    ...record.links.map((l) => ({ kind: 'link' as const, value: l.value, label: l.label ?? null })),
  ];
  return buildPerson(
    {
      name: record.name,
      organisation: record.organisation ?? null,
      team: record.team ?? null,
      role: record.role ?? null,
      channels,
      tags: record.tags,
      notes: record.notes ?? null,
      birthday: record.birthday ?? null,
      photo: record.photo ?? null,
      metOn: record.metOn ?? null,
      metHow: record.metHow ?? null,
    },
    at,
  );
}
