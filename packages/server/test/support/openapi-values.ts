/**
 * The OpenAPI document as test data: its operations, the kind of record each id names,
 * and a generator of values its request schemas accept (examples first, then enums, then
 * the plainest value within the bounds; field-name hints where a schema cannot say). The
 * dates are pinned, so every answer is repeatable.
 */
import { expect } from 'vitest';
import type { TestApp } from './test-app.ts';

/** A Monday morning; pinned so that every export and plan is byte-for-byte repeatable. */
export const NOW = '2026-03-02T09:00:00.000Z';
export const clock = () => new Date(NOW);
/** Days relative to NOW, for fields that must lie in the past or the future. */
export const PAST_DAY = '2026-02-27';
export const FUTURE_DAY = '2026-03-20';

// biome-ignore lint/suspicious/noExplicitAny: JSON Schema and JSON bodies are walked loosely
export type Json = any;

export const WRITE_METHODS = ['post', 'put', 'patch', 'delete'] as const;

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: Json;
}

export interface Operation {
  method: string;
  /** The OpenAPI path, e.g. `/api/people/{id}`. */
  path: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  /** The JSON request body's schema (references resolved on use), or null. */
  body: Json | null;
  bodyRequired: boolean;
  /** Whether the operation declares that it needs a signed-in caller. */
  secured: boolean;
  label: string;
}

export interface ApiDoc {
  doc: Json;
  operations: Operation[];
}

/** Reads the served OpenAPI document and lists every path x method in it. */
export async function readApi(app: TestApp): Promise<ApiDoc> {
  const response = await app.request('/api/openapi.json');
  expect(response.status).toBe(200);
  const doc: Json = await response.json();
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries<Json>(doc.paths)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const op = item[method];
      if (!op) continue;
      const params: Parameter[] = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: Json) =>
        deref(doc, p),
      );
      const body = op.requestBody ? deref(doc, op.requestBody) : null;
      const json = body?.content?.['application/json']?.schema ?? null;
      operations.push({
        method,
        path,
        pathParams: params.filter((p) => p.in === 'path'),
        queryParams: params.filter((p) => p.in === 'query'),
        body: json,
        bodyRequired: Boolean(body?.required),
        secured: Array.isArray(op.security ?? doc.security) && (op.security ?? doc.security).length > 0,
        label: `${method.toUpperCase()} ${path}`,
      });
    }
  }
  return { doc, operations };
}

/** Follows a local `$ref` (once per level; callers deref again as they descend). */
export function deref(doc: Json, schema: Json): Json {
  let current = schema;
  for (let i = 0; current && typeof current === 'object' && typeof current.$ref === 'string' && i < 20; i++) {
    const parts = current.$ref.replace(/^#\//, '').split('/');
    current = parts.reduce(
      (node: Json, part: string) => node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')],
      doc,
    );
  }
  return current;
}

/** The JSON types a schema allows (an `anyOf`/`oneOf` contributes each branch's types). */
export function typesOf(doc: Json, schema: Json): string[] {
  const s = deref(doc, schema);
  if (!s || typeof s !== 'object') return [];
  const branches = s.anyOf ?? s.oneOf;
  if (Array.isArray(branches)) return [...new Set(branches.flatMap((b: Json) => typesOf(doc, b)))];
  if (Array.isArray(s.type)) return s.type;
  if (typeof s.type === 'string') return [s.type];
  if (Array.isArray(s.enum))
    return [...new Set<string>(s.enum.map((v: unknown) => (v === null ? 'null' : typeof v)))];
  if (s.properties) return ['object'];
  return [];
}

/** The first branch of a schema that is not just `null`. */
export function mainBranch(doc: Json, schema: Json): Json {
  const s = deref(doc, schema);
  const branches = s?.anyOf ?? s?.oneOf;
  if (Array.isArray(branches)) {
    const found = branches
      .map((b: Json) => deref(doc, b))
      .find((b: Json) => typesOf(doc, b).some((t) => t !== 'null'));
    return found ?? s;
  }
  return s;
}

/** Strings whose schema says nothing of dates but whose name does (`metOn`, `until`, …). */
export function isDayField(name: string): boolean {
  return /(On|Until|Days)$|^(until|birthday|day|date)$/.test(name);
}

/** Record kinds, for matching an id to a path parameter or body field. */
export type Kind =
  | 'person'
  | 'detail'
  | 'interaction'
  | 'stageChange'
  | 'event'
  | 'attendee'
  | 'savedItem'
  | 'token'
  | 'action'
  | 'user'
  | 'community'
  | 'invite'
  | 'ask'
  | 'introduction'
  | 'seatingEvent'
  | 'match'
  | 'groupRound'
  | 'group';

const KIND_WORDS: [RegExp, Kind][] = [
  [/^(people|persons?|personIds?|person)$/i, 'person'],
  [/^(details?|detailIds?)$/i, 'detail'],
  [/^(interactions?|interactionIds?)$/i, 'interaction'],
  [/^(stages?|stageChanges?|stageChangeIds?)$/i, 'stageChange'],
  [/^(events?|eventIds?)$/i, 'event'],
  [/^(attendees?|attendeeIds?)$/i, 'attendee'],
  [/^(saved-items|savedItems?|items?|itemIds?|savedItemIds?)$/i, 'savedItem'],
  [/^(tokens?|tokenIds?)$/i, 'token'],
  [/^(actions?|actionIds?|refs?|keys?)$/i, 'action'],
  [/^(users?|accounts?|userIds?|ownerIds?)$/i, 'user'],
  [/^(communit(y|ies)|communityIds?)$/i, 'community'],
  [/^(invites?|inviteIds?)$/i, 'invite'],
  [/^(asks?|askIds?)$/i, 'ask'],
  [/^(introductions?|introductionIds?)$/i, 'introduction'],
  [/^(seating-events|seatingEvents?|seatingEventIds?)$/i, 'seatingEvent'],
  [/^(matches|match|matchIds?)$/i, 'match'],
  [/^(group-rounds|groupRounds?|groupRoundIds?)$/i, 'groupRound'],
  [/^(groups|group|groupIds?)$/i, 'group'],
];

function kindOfWord(word: string): Kind | null {
  for (const [pattern, kind] of KIND_WORDS) if (pattern.test(word)) return kind;
  return null;
}

/** The kind of record a path parameter names: by its own name, else the segment before it. */
export function pathParamKind(path: string, param: string): Kind | null {
  const own = param === 'id' || param === 'ref' ? null : kindOfWord(param);
  if (own) return own;
  const segments = path.split('/');
  const at = segments.indexOf(`{${param}}`);
  return at > 0 ? kindOfWord(segments[at - 1] ?? '') : null;
}

/** The kind a body field holds, if its name says it holds ids. */
export function fieldIdKind(name: string): Kind | 'unknown' | null {
  if (!/(^id$|Id$|Ids$)/.test(name)) return null;
  return kindOfWord(name) ?? 'unknown';
}

export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? 'x'));
}

export interface ValueOptions {
  /** Ids to put into id fields (`personId`, `personIds`, …), by kind. */
  idFor?: (kind: Kind | 'unknown', field: string) => string;
  /** Include optional properties too (default: required ones and id fields only). */
  full?: boolean;
  /** Values by field name (or `path#field`), which win over what the schema suggests. */
  hints?: Record<string, unknown>;
  /** The OpenAPI path, for `path#field` hints. */
  path?: string;
}

/**
 * A value the schema accepts, as plain as possible: examples first, then enums,
 * then the smallest string, number or list that satisfies the bounds.
 */
export function validValue(doc: Json, schema: Json, name: string, options: ValueOptions = {}): unknown {
  const hints = { ...DEFAULT_HINTS, ...options.hints };
  const hinted =
    options.path && `${options.path}#${name}` in hints ? hints[`${options.path}#${name}`] : hints[name];
  const s = mainBranch(doc, schema);
  const types = typesOf(doc, s).filter((t) => t !== 'null');
  // A hint is by name, so it applies only where its type fits (`email` the address, not a cost).
  if (hinted !== undefined && (types.length === 0 || fitsTypes(hinted, types))) {
    return structuredClone(hinted);
  }
  if (!s || typeof s !== 'object') return 'value';
  const idKind = fieldIdKind(name);
  if (idKind && options.idFor) {
    if (types.includes('array')) {
      // As many as the schema asks for (a pair, say), else one.
      const count = Math.max(s.minItems ?? 1, 1);
      return Array.from({ length: count }, () => options.idFor?.(idKind, name));
    }
    if (types.includes('string')) return options.idFor(idKind, name);
  }
  if (Array.isArray(s.enum)) return s.enum.find((v: unknown) => v !== null);
  if (s.const !== undefined) return s.const;
  const type = types[0];
  switch (type) {
    case 'string': {
      if (typeof s.example === 'string') return s.example;
      if (s.format === 'email') return 'someone@example.org';
      if (s.format === 'uri' || s.format === 'url') return 'https://example.org/a';
      if (s.format === 'date') return PAST_DAY;
      if (s.format === 'date-time') return NOW;
      if (isDayField(name)) return /until/i.test(name) ? FUTURE_DAY : PAST_DAY;
      const min = s.minLength ?? 1;
      const max = s.maxLength ?? 200;
      return 'value'.padEnd(Math.max(min, 5), 'e').slice(0, Math.max(max, 1));
    }
    case 'integer':
    case 'number': {
      const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
      const max = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - 1 : min + 10);
      return Math.min(Math.max(min, 1), max);
    }
    case 'boolean':
      return false;
    case 'array': {
      const count = Math.max(s.minItems ?? 0, 0);
      const itemName = name.replace(/s$/, '');
      return Array.from({ length: count }, () =>
        validValue(doc, s.items ?? {}, itemName, { ...options, hints: {} }),
      );
    }
    case 'object':
      return validObject(doc, s, options);
    default:
      return 'value';
  }
}

function fitsTypes(value: unknown, types: string[]): boolean {
  if (Array.isArray(value)) return types.includes('array');
  if (typeof value === 'number')
    return types.includes('number') || (Number.isInteger(value) && types.includes('integer'));
  return types.includes(value === null ? 'null' : typeof value);
}

export function validObject(doc: Json, schema: Json, options: ValueOptions = {}): Record<string, unknown> {
  const s = mainBranch(doc, schema);
  const required = new Set<string>(s?.required ?? []);
  const out: Record<string, unknown> = {};
  for (const [key, prop] of Object.entries<Json>(s?.properties ?? {})) {
    const wanted = required.has(key) || options.full || (fieldIdKind(key) !== null && options.idFor);
    if (wanted) out[key] = validValue(doc, prop, key, options);
  }
  return out;
}

/** What the schema alone cannot tell: a real import file, a real password, a real time zone. */
export const DEFAULT_HINTS: Record<string, unknown> = {
  timeZone: 'Europe/London',
  '/api/import#text': 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Plain Importee\r\nEND:VCARD\r\n',
  '/api/import#fileName': 'contacts.vcf',
};
