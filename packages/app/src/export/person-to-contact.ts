/** A Person as a contact record, for the vCard and CSV exports. */
import type { Person } from '@kindred/core';
import type { WritableContact } from '../integrations/vcard.write.ts';

export function personToContact(p: Person): WritableContact {
  const of = (kind: string) =>
    p.channels
      .filter((c) => c.kind === kind)
      .map((c) => (c.label ? { value: c.value, label: c.label } : { value: c.value }));
  const contact: WritableContact = {
    name: p.name,
    emails: of('email'),
    phones: of('phone'),
    links: of('link'),
    tags: p.tags,
  };
  if (p.organisation) contact.organisation = p.organisation;
  if (p.team) contact.team = p.team;
  if (p.role) contact.role = p.role;
  if (p.birthday) contact.birthday = p.birthday;
  if (p.notes) contact.notes = p.notes;
  if (p.photo) contact.photo = p.photo;
  if (p.metOn) contact.metOn = p.metOn;
  if (p.metHow) contact.metHow = p.metHow;
  return contact;
}
