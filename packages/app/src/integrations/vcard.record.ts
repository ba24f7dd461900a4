/**
 * Maps the properties of one vCard onto a ContactRecord. Decoding (QP, base64,
 * charsets, escapes) happens per property here, because only the properties we
 * keep are worth decoding — that keeps 50,000-card files fast.
 */

import { normaliseBirthday } from './birthday.normalise.ts';
import { decodeBytes } from './charset.decode.ts';
import { isSystemGroup, labelFromTypes, normaliseLabel } from './contact-label.ts';
import type { ContactRecord, LabelledValue } from './contact-record.ts';
import { decodeQuotedPrintable } from './quoted-printable.ts';
import { splitUnescaped, unescapeText } from './vcard.escape.ts';
import { type ContentLine, firstParam, type Params, parseParams } from './vcard.property.ts';

/** A record before the parser gives it its place in the file. */
export type CardFields = Omit<ContactRecord, 'line' | 'index'>;

/** Properties we read; everything else (ADR, KEY, X-…) is skipped undecoded. */
const KEPT = new Set([
  'VERSION',
  'FN',
  'N',
  'NICKNAME',
  'ORG',
  'TITLE',
  'ROLE',
  'EMAIL',
  'TEL',
  'URL',
  'X-SOCIALPROFILE',
  'IMPP',
  'BDAY',
  'NOTE',
  'CATEGORIES',
  'PHOTO',
  'X-ABLABEL',
  'X-KINDRED-MET-ON',
  'X-KINDRED-MET-HOW',
]);

/** True when the property is one the mapper reads (so the parser can skip the rest cheaply). */
export function isKeptProperty(name: string): boolean {
  return KEPT.has(name);
}

interface Decoded {
  line: ContentLine;
  params: Params;
  /** Decoded from QP/base64 but still backslash-escaped. */
  raw: string;
}

function decode(line: ContentLine): Decoded {
  const params = parseParams(line.rawParams);
  const encoding = firstParam(params, 'ENCODING');
  let raw = line.value;
  if (encoding === 'QUOTED-PRINTABLE') {
    raw = decodeQuotedPrintable(raw, firstParam(params, 'CHARSET'));
  } else if ((encoding === 'B' || encoding === 'BASE64') && line.name !== 'PHOTO') {
    // Some writers base64 a text value (e.g. N;ENCODING=B;CHARSET=UTF-8).
    raw = decodeBytes(Buffer.from(raw, 'base64'), firstParam(params, 'CHARSET'));
  }
  if (raw.indexOf('\r') !== -1) raw = raw.replace(/\r\n?/g, '\n');
  return { line, params, raw };
}

function typesOf(params: Params): readonly string[] {
  return params.get('TYPE') ?? [];
}

/** Builds "Dr. John Philip Stevenson Jr." from N's family;given;additional;prefix;suffix. */
function nameFromN(raw: string, version21: boolean): string {
  const [family = '', given = '', additional = '', prefix = '', suffix = ''] = splitUnescaped(raw, ';');
  // In 3.0/4.0 each component may itself be a comma list (`Philip,Paul`).
  const words = (component: string, joiner: string) => {
    if (component.indexOf(',') === -1) return unescapeText(component, version21).trim();
    return splitUnescaped(component, ',')
      .map((part) => unescapeText(part, version21).trim())
      .filter(Boolean)
      .join(joiner);
  };
  return [
    words(prefix, ' '),
    words(given, ' '),
    words(additional, ' '),
    words(family, ' '),
    words(suffix, ', '),
  ]
    .filter(Boolean)
    .join(' ');
}

function photoFrom(decoded: Decoded): string | undefined {
  const value = decoded.line.value.trim();
  if (value === '') return undefined;
  const encoding = firstParam(decoded.params, 'ENCODING');
  if (encoding === 'B' || encoding === 'BASE64') {
    const type = (decoded.params.get('TYPE')?.[0] ?? 'jpeg').trim().toLowerCase();
    const mediaType = type.includes('/') ? type : `image/${type === 'jpg' ? 'jpeg' : type}`;
    return `data:${mediaType};base64,${value.replace(/\s+/g, '')}`;
  }
  // 4.0 data: URIs and 2.1/3.0/4.0 URLs (VALUE=uri or VALUE=URL) are used as they are.
  return unescapeText(value);
}

function phoneFrom(value: string): string {
  // 4.0 writes TEL as a URI: tel:+1-555-555-5555;ext=5555
  let phone = value.startsWith('tel:') ? value.slice(4) : value;
  phone = phone.replace(/;ext=/i, ' ext. ');
  return phone.trim();
}

/**
 * Maps a card's content lines (in file order) to record fields. `name` is '' when
 * the card has nothing to call the person by; the parser reports that.
 */
export function cardToFields(lines: readonly ContentLine[]): CardFields {
  const version21 = lines.some((line) => line.name === 'VERSION' && line.value.trim() === '2.1');

  // Apple's grouped labels (`item1.X-ABLabel:Work`) may come before or after the
  // property they label, so collect them first.
  const groupLabels = new Map<string, string>();
  for (const line of lines) {
    if (line.name === 'X-ABLABEL' && line.group !== undefined) {
      const label = normaliseLabel(unescapeText(decode(line).raw, version21));
      if (label) groupLabels.set(line.group, label);
    }
  }

  let fn: string | undefined;
  // N and NICKNAME only matter when FN is missing, so they are kept raw until then.
  let nRaw: string | undefined;
  let nicknameRaw: string | undefined;
  let organisation: string | undefined;
  let team: string | undefined;
  let title: string | undefined;
  let role: string | undefined;
  let birthday: string | undefined;
  let photo: string | undefined;
  let metOn: string | undefined;
  let metHow: string | undefined;
  const notes: string[] = [];
  const tags = new Set<string>();
  const emails: LabelledValue[] = [];
  const phones: LabelledValue[] = [];
  const links: LabelledValue[] = [];

  const labelled = (decoded: Decoded, value: string, explicit?: string): LabelledValue => {
    const { group } = decoded.line;
    const label =
      (group !== undefined ? groupLabels.get(group) : undefined) ??
      explicit ??
      labelFromTypes(typesOf(decoded.params));
    return label === undefined ? { value } : { value, label };
  };
  const text = (decoded: Decoded) => unescapeText(decoded.raw, version21).trim();

  for (const line of lines) {
    if (line.name === 'VERSION' || line.name === 'X-ABLABEL') continue;
    const decoded = decode(line);
    switch (line.name) {
      case 'FN':
        if (!fn) fn = text(decoded);
        break;
      case 'N':
        nRaw ??= decoded.raw;
        break;
      case 'NICKNAME':
        nicknameRaw ??= decoded.raw;
        break;
      case 'ORG': {
        if (organisation !== undefined || team !== undefined) break;
        const [org = '', ...units] = splitUnescaped(decoded.raw, ';').map((part) =>
          unescapeText(part, version21).trim(),
        );
        if (org) organisation = org;
        const unit = units.filter(Boolean).join(', ');
        if (unit) team = unit;
        break;
      }
      case 'TITLE':
        if (!title) title = text(decoded);
        break;
      case 'ROLE':
        if (!role) role = text(decoded);
        break;
      case 'EMAIL': {
        const value = text(decoded).replace(/^mailto:/i, '');
        if (value) emails.push(labelled(decoded, value));
        break;
      }
      case 'TEL': {
        const value = phoneFrom(text(decoded));
        if (value) phones.push(labelled(decoded, value));
        break;
      }
      case 'URL': {
        const value = text(decoded);
        if (value) links.push(labelled(decoded, value));
        break;
      }
      case 'X-SOCIALPROFILE': {
        // iOS: X-SOCIALPROFILE;type=linkedin;x-user=jdoe:http://www.linkedin.com/in/jdoe
        const value = text(decoded) || decoded.params.get('X-USER')?.[0]?.trim() || '';
        if (value) links.push(labelled(decoded, value));
        break;
      }
      case 'IMPP': {
        const value = text(decoded);
        const service = decoded.params.get('X-SERVICE-TYPE')?.[0];
        if (value) links.push(labelled(decoded, value, normaliseLabel(service)));
        break;
      }
      case 'BDAY':
        if (!birthday)
          birthday = normaliseBirthday(text(decoded), decoded.params.get('X-APPLE-OMIT-YEAR')?.[0]);
        break;
      case 'NOTE': {
        const note = text(decoded);
        if (note) notes.push(note);
        break;
      }
      case 'CATEGORIES':
        for (const part of splitUnescaped(decoded.raw, ',;')) {
          const tag = unescapeText(part, version21).trim();
          if (tag && !isSystemGroup(tag)) tags.add(tag);
        }
        break;
      case 'PHOTO':
        if (!photo) photo = photoFrom(decoded);
        break;
      case 'X-KINDRED-MET-ON': {
        // Written by our own writeVCards; only a full date is accepted.
        const value = text(decoded);
        if (!metOn && /^\d{4}-\d{2}-\d{2}$/.test(value)) metOn = value;
        break;
      }
      case 'X-KINDRED-MET-HOW':
        if (!metHow) metHow = text(decoded);
        break;
    }
  }

  const fields: CardFields = {
    name:
      fn ||
      (nRaw === undefined ? '' : nameFromN(nRaw, version21)) ||
      (nicknameRaw === undefined
        ? ''
        : unescapeText(splitUnescaped(nicknameRaw, ',')[0] ?? '', version21).trim()) ||
      organisation ||
      emails[0]?.value ||
      '',
    emails,
    phones,
    links,
    tags: [...tags],
  };
  if (organisation) fields.organisation = organisation;
  if (team) fields.team = team;
  if (title || role) fields.role = title || role;
  if (birthday) fields.birthday = birthday;
  if (notes.length > 0) fields.notes = notes.join('\n\n');
  if (photo) fields.photo = photo;
  if (metOn) fields.metOn = metOn;
  if (metHow) fields.metHow = metHow;
  return fields;
}
