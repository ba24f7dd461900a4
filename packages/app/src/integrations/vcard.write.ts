/**
 * Writes contacts as vCard 3.0, the version every address book still imports
 * (iOS/macOS, Google, Android, Outlook), with CRLF line ends, 75-octet folding and
 * escaped text, so a Kindred export can be opened anywhere and read back by
 * parseVCards without loss.
 */

import type { ContactRecord, LabelledValue } from './contact-record.ts';
import { escapeText, escapeUri } from './vcard.escape.ts';
import { foldLine } from './vcard.fold.ts';

/** A contact to write: a record without its place in a source file. */
export type WritableContact = Omit<ContactRecord, 'line' | 'index'>;

/** Labels vCard 3.0 has a TYPE for (RFC 2426 §3.3); others go into an Apple X-ABLabel. */
const PHONE_TYPES: Readonly<Record<string, string>> = {
  mobile: 'CELL',
  work: 'WORK',
  home: 'HOME',
  fax: 'FAX',
  pager: 'PAGER',
};
const EMAIL_TYPES: Readonly<Record<string, string>> = { work: 'WORK', home: 'HOME' };
const URL_TYPES: Readonly<Record<string, string>> = { work: 'WORK', home: 'HOME' };

/** Splits a display name into N's family and given parts: the last word is the family name. */
function structuredName(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const family = words.length > 1 ? (words.pop() as string) : '';
  return `${escapeText(family)};${escapeText(words.join(' '))};;;`;
}

function photoLine(photo: string): string {
  const data = /^data:image\/([a-z0-9.+-]+);base64,(.*)$/is.exec(photo);
  if (data) {
    const subtype = (data[1] as string).toUpperCase();
    return `PHOTO;ENCODING=b;TYPE=${subtype === 'JPG' ? 'JPEG' : subtype}:${(data[2] as string).replace(/\s+/g, '')}`;
  }
  return `PHOTO;VALUE=uri:${escapeUri(photo)}`;
}

/** Writes one card's lines (unfolded) into `out`. */
function cardLines(contact: WritableContact, out: string[]): void {
  let group = 0;
  // A label with no TYPE goes on an `itemN.` group with X-ABLabel, as iOS writes it.
  const channel = (
    name: string,
    types: Readonly<Record<string, string>>,
    base: string[],
    item: LabelledValue,
  ) => {
    const value = escapeUri(item.value);
    const standard = item.label === undefined ? undefined : types[item.label];
    const allTypes = standard ? [...base, standard] : base;
    const params = allTypes.length > 0 ? `;TYPE=${allTypes.join(',')}` : '';
    if (item.label === undefined || standard) {
      out.push(`${name}${params}:${value}`);
      return;
    }
    group++;
    out.push(`item${group}.${name}${params}:${value}`, `item${group}.X-ABLabel:${escapeText(item.label)}`);
  };

  out.push(
    'BEGIN:VCARD',
    'VERSION:3.0',
    `FN:${escapeText(contact.name)}`,
    `N:${structuredName(contact.name)}`,
  );
  if (contact.organisation || contact.team) {
    const team = contact.team ? `;${escapeText(contact.team)}` : '';
    out.push(`ORG:${escapeText(contact.organisation ?? '')}${team}`);
  }
  if (contact.role) out.push(`TITLE:${escapeText(contact.role)}`);
  for (const email of contact.emails) channel('EMAIL', EMAIL_TYPES, ['INTERNET'], email);
  for (const phone of contact.phones) channel('TEL', PHONE_TYPES, [], phone);
  for (const link of contact.links) channel('URL', URL_TYPES, [], link);
  // A year-less birthday is written as ISO 8601's truncated `--MM-DD`, which vCard 3.0
  // allows: it is how Google Contacts itself exports one, and Android and iOS read it.
  // Apple's own `BDAY;X-APPLE-OMIT-YEAR=1604:1604-MM-DD` is not used: readers that
  // ignore the parameter would show the person as born in 1604.
  if (contact.birthday) out.push(`BDAY:${contact.birthday}`);
  if (contact.notes) out.push(`NOTE:${escapeText(contact.notes)}`);
  if (contact.tags.length > 0) out.push(`CATEGORIES:${contact.tags.map(escapeText).join(',')}`);
  if (contact.photo) out.push(photoLine(contact.photo));
  // vCard has no property for how and when you met; these extensions let a Kindred
  // export be imported back without losing them (other readers ignore X- names).
  if (contact.metOn) out.push(`X-KINDRED-MET-ON:${contact.metOn}`);
  if (contact.metHow) out.push(`X-KINDRED-MET-HOW:${escapeText(contact.metHow)}`);
  out.push('END:VCARD');
}

/**
 * Writes contacts as one vCard 3.0 file: CRLF line ends (also after the last
 * line), folded at 75 octets. `metOn` and `metHow` go into X-KINDRED-MET-ON and
 * X-KINDRED-MET-HOW, which parseVCards reads back.
 */
export function writeVCards(contacts: readonly WritableContact[]): string {
  const lines: string[] = [];
  for (const contact of contacts) cardLines(contact, lines);
  return lines.length === 0 ? '' : `${lines.map(foldLine).join('\r\n')}\r\n`;
}
