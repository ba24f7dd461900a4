/**
 * The wrong values the bad-input suite sends: every place in a request body (a "slot"),
 * values of the wrong type, length, range or shape for it, and impossible dates.
 */
import fc from 'fast-check';
import {
  deref,
  isDayField,
  type Json,
  type Kind,
  mainBranch,
  type Operation,
  typesOf,
  validObject,
  validValue,
} from './api-fixtures.ts';

/** A place in a request body: a property, a nested property, or a list's item. */
interface Slot {
  path: (string | number)[];
  /** The property it belongs to, which the error must name. */
  name: string;
  schema: Json;
  types: string[];
}

export function slotsOf(doc: Json, schema: Json, path: (string | number)[] = [], depth = 0): Slot[] {
  const s = mainBranch(doc, schema);
  const out: Slot[] = [];
  for (const [key, prop] of Object.entries<Json>(s?.properties ?? {})) {
    const here = [...path, key];
    const resolved = mainBranch(doc, prop);
    const types = typesOf(doc, prop);
    out.push({ path: here, name: key, schema: deref(doc, prop), types });
    if (depth >= 3) continue;
    if (types.includes('object') && resolved?.properties)
      out.push(...slotsOf(doc, resolved, here, depth + 1));
    if (types.includes('array') && resolved?.items) {
      const items = mainBranch(doc, resolved.items);
      const itemTypes = typesOf(doc, items);
      out.push({ path: [...here, 0], name: key, schema: deref(doc, resolved.items), types: itemTypes });
      if (itemTypes.includes('object') && items?.properties) {
        out.push(...slotsOf(doc, items, [...here, 0], depth + 1));
      }
    }
  }
  return out;
}

/** Raw JSON text that JSON.stringify cannot write (1e400), spliced in when sending. */
const RAW = new Map<string, string>();
export function raw(text: string): string {
  const token = `__raw_${RAW.size}__`;
  RAW.set(token, text);
  return token;
}
export function serialise(body: unknown): string {
  let text = JSON.stringify(body);
  for (const [token, value] of RAW) text = text.split(JSON.stringify(token)).join(value);
  return text;
}

export function isJsonObject(text: string): boolean {
  try {
    const value = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Dates that look right and are not: the 30th of February, month 13, day 0. */
const impossibleDay = fc.oneof(
  fc
    .record({ y: fc.integer({ min: 1000, max: 9999 }), m: fc.integer({ min: 1, max: 12 }) })
    .chain(({ y, m }) =>
      fc.integer({ min: daysIn(y, m) + 1, max: 99 }).map((d) => `${y}-${pad(m)}-${pad(d)}`),
    ),
  fc
    .record({
      y: fc.integer({ min: 1000, max: 9999 }),
      m: fc.integer({ min: 13, max: 99 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`),
  fc.integer({ min: 1000, max: 9999 }).map((y) => `${y}-01-00`),
);

function isTimeZone(text: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: text });
    return true;
  } catch {
    return false;
  }
}

export const has = (slot: Slot, type: string) => slot.types.includes(type);
const isNumeric = (slot: Slot) => has(slot, 'number') || has(slot, 'integer');

/** Values a slot must refuse, one of each kind of mistake: the deterministic half. */
export function wrongValues(slot: Slot, doc: Json): unknown[] {
  const s = mainBranch(doc, slot.schema) ?? {};
  const out: unknown[] = [];
  if (!has(slot, 'string')) out.push('zz-wrong-type');
  if (!isNumeric(slot)) out.push(12345);
  if (!has(slot, 'boolean')) out.push(true);
  if (!has(slot, 'array')) out.push(['zz']);
  if (!has(slot, 'object')) out.push({ zz: 1 });
  if (!has(slot, 'null')) out.push(null);
  if (isNumeric(slot)) {
    if (!has(slot, 'number')) out.push(1.5);
    if (typeof s.minimum === 'number') out.push(s.minimum - 1);
    if (typeof s.maximum === 'number') out.push(s.maximum + 1);
    out.push(raw('1e400'));
  }
  if (has(slot, 'string')) {
    if (Array.isArray(s.enum)) out.push('zz-not-an-option');
    else {
      if (typeof s.maxLength === 'number' && s.maxLength < 300_000) out.push('x'.repeat(s.maxLength + 1));
      if ((s.minLength ?? 0) >= 1) out.push('');
      if (s.format === 'email') out.push('not-an-email');
      if (s.format === 'uri' || s.format === 'url') out.push('not a url');
      // 2026-13-03 has a month 13; it must not be read as the 13th of March.
      if (isDayField(slot.name)) out.push('2026-02-30', '2026-13-01', '2026-13-03', '2026-04-31');
      if (/timeZone$/i.test(slot.name)) out.push('Mars/Olympus_Mons');
    }
  }
  if (has(slot, 'array')) {
    const item = validValue(doc, s.items ?? {}, slot.name);
    if (typeof s.maxItems === 'number' && s.maxItems <= 5000) out.push(Array(s.maxItems + 1).fill(item));
    if ((s.minItems ?? 0) >= 1) out.push([]);
  }
  return out;
}

/** Generated values a slot must refuse: the fast-check half. */
export function wrongValueArbitrary(slot: Slot, doc: Json): fc.Arbitrary<unknown> {
  const s = mainBranch(doc, slot.schema) ?? {};
  const arbs: fc.Arbitrary<unknown>[] = [];
  if (!has(slot, 'string')) arbs.push(fc.string());
  if (!isNumeric(slot)) arbs.push(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
  if (!has(slot, 'boolean')) arbs.push(fc.boolean());
  if (!has(slot, 'array')) arbs.push(fc.array(fc.jsonValue(), { maxLength: 4 }));
  if (!has(slot, 'object')) arbs.push(fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 4 }));
  if (isNumeric(slot)) {
    if (!has(slot, 'number')) {
      arbs.push(fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !Number.isInteger(x)));
    }
    if (typeof s.minimum === 'number') arbs.push(fc.integer({ min: -1e9, max: s.minimum - 1 }));
    if (typeof s.maximum === 'number') arbs.push(fc.integer({ min: s.maximum + 1, max: 1e12 }));
  }
  if (has(slot, 'string')) {
    if (Array.isArray(s.enum)) arbs.push(fc.string().filter((x) => !s.enum.includes(x)));
    else {
      if (typeof s.maxLength === 'number' && s.maxLength < 300_000) {
        arbs.push(fc.string({ maxLength: 20 }).map((x) => x + 'x'.repeat(s.maxLength + 1)));
      }
      if ((s.minLength ?? 0) > 1) arbs.push(fc.string({ maxLength: s.minLength - 1 }));
      if ((s.minLength ?? 0) === 1) arbs.push(fc.constant(''));
      if (s.format === 'email') arbs.push(fc.string().filter((x) => !x.includes('@')));
      if (isDayField(slot.name)) arbs.push(impossibleDay);
      if (/timeZone$/i.test(slot.name)) arbs.push(fc.string().filter((x) => !isTimeZone(x)));
    }
  }
  if (has(slot, 'array') && (s.minItems ?? 0) >= 1) arbs.push(fc.constant([]));
  return arbs.length > 0 ? fc.oneof(...arbs) : fc.constant(Symbol('nothing-is-wrong'));
}

/** The body with one slot set to `value`, creating valid parents on the way. */
export function withValue(
  doc: Json,
  op: Operation,
  base: Json,
  slot: Slot,
  value: unknown,
  idFor: IdFor,
): Json {
  const body = structuredClone(base);
  let node: Json = body;
  let schema: Json = mainBranch(doc, op.body);
  const options = { idFor, path: op.path };
  for (let i = 0; i < slot.path.length - 1; i++) {
    const seg = slot.path[i] as string | number;
    const child = mainBranch(doc, typeof seg === 'number' ? schema.items : schema.properties?.[seg]);
    const nextIsItem = typeof slot.path[i + 1] === 'number';
    if (node[seg] === undefined || node[seg] === null || typeof node[seg] !== 'object') {
      node[seg] = nextIsItem ? [] : validObject(doc, child, options);
    }
    if (nextIsItem && node[seg].length === 0)
      node[seg].push(validValue(doc, child.items ?? {}, String(seg), options));
    node = node[seg];
    schema = child;
  }
  node[slot.path[slot.path.length - 1] as string | number] = value;
  return body;
}

export type IdFor = (kind: Kind | 'unknown') => string;
