/**
 * Checks every validated request input once more, in one place, for what schemas alone
 * do not catch:
 * - fields nobody asked for, at any depth (zod drops unknown keys inside nested objects
 *   silently; a caller who misspells `lable` deserves to hear about it);
 * - the NUL character, which PostgreSQL cannot store in text and which has no business
 *   in a name or an id: refused on both databases alike, so they behave the same.
 */
import type { ErrorDetail } from '@kindred/app';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keys present in what was sent but not in what the schema kept, with their paths. */
export function unknownFields(sent: unknown, kept: unknown, path: string[] = []): string[] {
  if (Array.isArray(sent) && Array.isArray(kept)) {
    return sent.flatMap((item, i) => unknownFields(item, kept[i], [...path, String(i)]));
  }
  if (!isRecord(sent) || !isRecord(kept)) return [];
  return Object.keys(sent).flatMap((key) =>
    key in kept ? unknownFields(sent[key], kept[key], [...path, key]) : [[...path, key].join('.')],
  );
}

/** Paths of strings (or keys) holding a NUL character. */
export function nulFields(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path.join('.')] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => nulFields(item, [...path, String(i)]));
  if (!isRecord(value)) return [];
  return Object.entries(value).flatMap(([key, item]) =>
    key.includes('\u0000') ? [[...path, key].join('.')] : nulFields(item, [...path, key]),
  );
}

export function guardDetails(where: string, sent: unknown, kept: unknown): ErrorDetail[] {
  const at = (field: string) => (field ? `${where}.${field}` : where);
  return [
    ...unknownFields(sent, kept).map((field) => ({
      field: at(field),
      message: 'not a field this accepts; remove it',
    })),
    ...nulFields(kept).map((field) => ({
      field: at(field),
      message: 'contains a NUL character (\\u0000); remove it',
    })),
  ];
}
