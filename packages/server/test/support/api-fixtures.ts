/**
 * Helpers for suites driven by the OpenAPI document itself: the list of operations, a
 * generator of valid values from the request schemas, a companion with some of
 * everything (seeded through the API), and the snapshot that says whether a user's data
 * changed. Routes added later are picked up without touching these helpers; where a
 * schema alone cannot say what a valid value is, a field-name hint fills the gap.
 */
import { expect } from 'vitest';
import { type Client, clientFor, cookieFrom, type TestApp } from './test-app.ts';

/** A Monday morning; pinned so that every export and plan is byte-for-byte repeatable. */
export const NOW = '2026-03-02T09:00:00.000Z';
export const clock = () => new Date(NOW);
/** Days relative to NOW, for fields that must lie in the past or the future. */
export const PAST_DAY = '2026-02-27';
export const FUTURE_DAY = '2026-03-20';
export const PASSWORD = 'a long enough password';

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

// ---------------------------------------------------------------------------
// Calling the app

export interface Sent {
  method: string;
  url: string;
  body?: string | Uint8Array;
  headers?: Record<string, string>;
}

export interface Answer {
  status: number;
  text: string;
  headers: Headers;
  json: Json;
}

export async function send(app: TestApp, request: Sent): Promise<Answer> {
  const response = await app.request(request.url, {
    method: request.method.toUpperCase(),
    headers: request.headers ?? {},
    ...(request.body === undefined ? {} : { body: request.body }),
  });
  const text = await response.text();
  let json: Json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = undefined;
  }
  return { status: response.status, text, headers: response.headers, json };
}

export function jsonHeaders(cookie: string): Record<string, string> {
  return { cookie, 'content-type': 'application/json' };
}

/** Whether an answer is a client error with the one error body every failure has. */
export function isErrorBody(answer: Answer): boolean {
  const e = answer.json?.error;
  return (
    (answer.headers.get('content-type') ?? '').startsWith('application/json') &&
    typeof e === 'object' &&
    e !== null &&
    typeof e.code === 'string' &&
    typeof e.message === 'string' &&
    Array.isArray(e.details)
  );
}

export function describeAnswer(answer: Answer): string {
  return `${answer.status} ${answer.text.slice(0, 300)}`;
}

// ---------------------------------------------------------------------------
// Users and their companions

export async function signUpUser(
  app: TestApp,
  who: { email: string; displayName: string; password?: string },
): Promise<Client & { email: string; password: string }> {
  const password = who.password ?? PASSWORD;
  const response = await app.request('/api/auth/signup', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: who.email,
      password,
      displayName: who.displayName,
      timeZone: 'Europe/London',
    }),
  });
  if (response.status !== 201) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  const signed = (await response.json()) as { account: { id: string } };
  return { ...clientFor(app, signed.account.id, cookieFrom(response)), email: who.email, password };
}

export async function signIn(app: TestApp, email: string, password: string): Promise<string | null> {
  const response = await app.request('/api/auth/signin', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return response.status === 200 ? cookieFrom(response) : null;
}

export interface Companion {
  /** Every id of the user's records, by kind. */
  ids: Record<Kind, string[]>;
  /** The secrets of the user's API tokens: the live one, and one already revoked. */
  liveToken: string;
  revokedToken: string;
  /** Plan actions still open (handles), for routes that answer them. */
  openActions: string[];
  /** Strings only this user's data contains (each carries the marker). */
  strings: string[];
  /** Capabilities that must never reach anyone else: token secrets, the calendar link. */
  secrets: string[];
  /** Paths that read this user's data without a session (the calendar feed), if any. */
  publicPaths: string[];
}

async function ok(client: Client, method: string, path: string, body?: unknown) {
  const answer = await client.json(method, path, body);
  if (answer.status >= 300) {
    throw new Error(`seeding ${method} ${path} failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return answer.body;
}

/**
 * A full companion, built through the API as a person would: settings, people with
 * details, tags, interests and channels, interactions, a stage set by hand, events with
 * attendees (one debriefed), a saved item, an import, a community with invites, API
 * tokens and answered plan steps. Every free-text value carries `marker`, so a leak is easy to spot.
 */
/**
 * With a `partner`, they join the user's community and a round pairs the two, so the
 * user has a match (answered, with feedback) for the isolation test to aim at.
 */
export async function seedCompanion(client: Client, marker: string, partner?: Client): Promise<Companion> {
  const M = marker;
  // A phone number of this user's own (no marker fits in one).
  const phone = `+44 7700 9${String([...M].reduce((n, ch) => (n * 31 + ch.charCodeAt(0)) % 100_000, 7)).padStart(5, '0')}`;
  const cap = M.charAt(0).toUpperCase() + M.slice(1);
  await ok(client, 'PATCH', '/api/settings', {
    weeklyBudget: 80,
    maxActionsPerDay: 8,
    pitch: `I build ${M} tools for tide charts`,
    profile: {
      role: `${cap} cartographer`,
      interests: ['chess', `${M} xylography`],
      lookingFor: `${M} mentors`,
    },
  });
  const people: string[] = [];
  const addPerson = async (body: Record<string, unknown>) => {
    const made = await ok(client, 'POST', '/api/people', body);
    people.push(made.person.id);
    return made;
  };
  await addPerson({
    name: `Zephyrine ${cap}feather`,
    organisation: `${cap} Analytics`,
    team: `${cap} Platform`,
    role: `Staff ${M} engineer`,
    seniority: 'senior',
    metHow: `intro via ${M} guild`,
    metWhere: `${cap} Summit`,
    metOn: '2026-02-26',
    channels: [
      { kind: 'email', value: `zephyrine.${M}@quorvex.example`, label: 'work' },
      { kind: 'phone', value: phone },
      { kind: 'link', value: `https://social.example/@${M}zeph` },
    ],
    tags: [`${M}-orchid`, 'climbing'],
    interests: ['chess', `${M} bookbinding`],
    notes: `Allergic to ${M} peanuts`,
    birthday: '--04-17',
    cadenceDays: 30,
    detail: { text: `Moving to ${cap}ville in spring`, kind: 'fact', followUpOn: '2026-03-04' },
  });
  await addPerson({
    name: `Oswin ${cap}ridge`,
    organisation: `${cap} Foundry`,
    metWhere: `${cap} meetup`,
    metOn: '2026-02-24',
    interests: ['chess'],
    channels: [{ kind: 'email', value: `oswin.${M}@foundry.example` }],
  });
  await addPerson({
    name: `Priya ${cap}vale`,
    metOn: '2026-02-20',
    metWhere: `${M} dinner`,
    tags: [`${M}-fern`],
  });
  await addPerson({ name: `Tomasz ${cap}brook`, metOn: '2026-01-10', notes: `${M} likes sourdough` });
  const [p1, p2, p3, p4] = people as [string, string, string, string];
  await ok(client, 'POST', `/api/people/${p2}/details`, {
    text: `Launching ${M} rocket startup`,
    kind: 'win',
    happensOn: '2026-03-05',
  });
  await ok(client, 'POST', `/api/people/${p4}/details`, { text: `Needs a ${M} landlord`, kind: 'need' });
  await ok(client, 'POST', '/api/interactions', {
    personIds: [p1, p2],
    form: 'coffee',
    occurredOn: '2026-02-27',
    give: 'info',
    outcome: 'great',
    topics: [`${M} tides`],
    note: `Talked about ${M} estuaries`,
  });
  await ok(client, 'POST', '/api/interactions', { personIds: [p4], form: 'call', occurredOn: '2026-01-20' });
  await ok(client, 'PUT', `/api/people/${p3}/stage`, { stage: 'friend', note: `${M} known for years` });
  await ok(client, 'PATCH', `/api/people/${p4}`, { role: `${cap} baker`, prefersAsync: true });
  await ok(client, 'POST', '/api/events', {
    name: `${cap} Conf 2026`,
    kind: 'conference',
    startsOn: '2026-03-12',
    location: `${cap} Hall`,
    goal: `meet two ${M} people`,
    notes: `${M} badge at desk 4`,
    attendees: [
      { name: `Zephyrine ${cap}feather`, organisation: `${cap} Analytics` },
      { name: `Ilse ${cap}mont`, organisation: `${cap} Labs`, role: 'CTO', interests: ['chess'] },
    ],
  });
  const past = await ok(client, 'POST', '/api/events', {
    name: `${cap} Breakfast`,
    kind: 'meetup',
    startsOn: '2026-02-25',
    attendees: [{ name: `Rafe ${cap}stone` }],
  });
  await ok(client, 'POST', `/api/events/${past.id}/debrief`, {
    met: [{ name: `Rafe ${cap}stone`, organisation: `${cap} Mills`, detail: `hiring a ${M} data lead` }],
  });
  await ok(client, 'POST', '/api/saved-items', {
    title: `${cap} chess openings`,
    url: `https://example.org/${M}/openings`,
    note: `for ${M} friends`,
    interests: ['chess'],
  });
  await ok(client, 'POST', '/api/import', {
    fileName: 'contacts.vcf',
    text: `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Yannick ${cap}holt\r\nEMAIL:yannick.${M}@holt.example\r\nORG:${cap} Ventures\r\nEND:VCARD\r\n`,
  });
  // The private calendar link, where the server has one (the path's secret is the key).
  const secrets: string[] = [];
  const publicPaths: string[] = [];
  const feed = await client.json('POST', '/api/calendar-feed');
  if (feed.status === 201 && typeof feed.body?.url === 'string') {
    const path = new URL(feed.body.url).pathname;
    publicPaths.push(path);
    secrets.push(
      path
        .split('/')
        .pop()
        ?.replace(/\.ics$/, '') ?? path,
    );
  }
  // A community this user runs, with an open invite and a withdrawn one.
  const community = await ok(client, 'POST', '/api/communities', {
    name: `${cap} Guild`,
    description: `Where ${M} people meet`,
  });
  const invited = await ok(client, 'POST', `/api/communities/${community.id}/invites`, {});
  const withdrawn = await ok(client, 'POST', `/api/communities/${community.id}/invites`, { role: 'admin' });
  await ok(client, 'DELETE', `/api/communities/${community.id}/invites/${withdrawn.invite.id}`);
  for (const made of [invited, withdrawn]) secrets.push(String(made.url).split('/').pop() ?? made.url);
  // Its creator's profile there, every field filled.
  await ok(client, 'PATCH', `/api/communities/${community.id}/profile`, {
    interests: [`${M} juggling`, 'bouldering'],
    team: `${cap} team`,
    seniority: 'senior',
    location: `${cap} office`,
    timeZone: 'Europe/Lisbon',
    availability: [{ day: 'tue', start: '10:00', end: '12:00' }],
    formats: ['walk'],
    openTo: ['peer', 'mentor'],
    intro: `I organise the ${M} evenings`,
  });
  // A seating event there: its creator and three extra guests, two tables of two, three rounds.
  const seating = await ok(client, 'POST', `/api/communities/${community.id}/seating-events`, {
    title: `${cap} supper`,
    date: FUTURE_DAY,
    userIds: [client.userId],
    guests: [`${cap} Speaker`, `Guest ${M} one`, `Guest ${M} two`],
    tables: [{ seats: 2, name: `${cap} oak` }, { seats: 2 }],
    rounds: 3,
    roundNames: [`${cap} starter`],
    keepApart: [{ attendees: [`${cap} Speaker`, client.userId] }],
  });

  const matchIds: string[] = [];
  const groupRoundIds: string[] = [];
  const groupIds: string[] = [];
  if (partner) {
    const link = await ok(client, 'POST', `/api/communities/${community.id}/invites`, {});
    secrets.push(String(link.url).split('/').pop() ?? link.url);
    await ok(partner, 'POST', '/api/invites/accept', { token: link.url });
    await ok(partner, 'PATCH', `/api/communities/${community.id}/profile`, { interests: ['bouldering'] });
    await ok(client, 'PUT', `/api/communities/${community.id}/rounds/rules`, {
      cadence: 'weekly',
      weekday: 'thu',
    });
    const pair = { userIds: [client.userId, partner.userId] };
    await ok(client, 'POST', `/api/communities/${community.id}/exclusions`, pair);
    await ok(client, 'POST', `/api/communities/${community.id}/exclusions/remove`, pair);
    await ok(client, 'POST', `/api/communities/${community.id}/rounds`);
    const matches = await ok(client, 'GET', '/api/matches');
    for (const match of matches.items) {
      matchIds.push(match.id);
      await ok(client, 'POST', `/api/matches/${match.id}/respond`, { response: 'accepted' });
      await ok(client, 'POST', `/api/matches/${match.id}/feedback`, { met: true, meetAgain: true });
    }
    // Two more climbers join (after the round, so the match above stays one pair), and a
    // group round puts the four of them in one bouldering group, which the user joins.
    for (const name of ['Gil Grouper', 'Gwen Grouper']) {
      const joined = await client.call('POST', '/api/auth/signup', {
        email: `grouper-${Math.random().toString(36).slice(2)}@example.org`,
        password: PASSWORD,
        displayName: name,
        timeZone: 'Europe/London',
      });
      if (joined.status !== 201) throw new Error(`seeding a group member failed: ${joined.status}`);
      const cookie = cookieFrom(joined);
      const asClimber = (method: string, path: string, body?: unknown) =>
        client.call(method, path, body, { cookie }).then(async (r) => {
          if (r.status >= 300)
            throw new Error(`seeding ${method} ${path} failed: ${r.status} ${await r.text()}`);
        });
      const invite = await ok(client, 'POST', `/api/communities/${community.id}/invites`, {});
      secrets.push(String(invite.url).split('/').pop() ?? invite.url);
      await asClimber('POST', '/api/invites/accept', { token: invite.url });
      await asClimber('PATCH', `/api/communities/${community.id}/profile`, { interests: ['bouldering'] });
    }
    const groupRound = await ok(client, 'POST', `/api/communities/${community.id}/group-rounds`, {
      title: `${cap} climbing groups`,
      minSize: 4,
      maxSize: 4,
    });
    groupRoundIds.push(groupRound.id);
    for (const group of (await ok(client, 'GET', `/api/communities/${community.id}/groups`)).items) {
      groupIds.push(group.id);
      await ok(client, 'POST', `/api/communities/${community.id}/groups/${group.id}/respond`, {
        response: 'accepted',
      });
    }
    if (groupIds.length !== 1) throw new Error(`seeding: expected one group, got ${groupIds.length}`);
  }

  // An ask of the user's on the community's board; with a partner, an introduction of the
  // two that answers it (the user proposed it, so their side is a yes) and both accepted.
  const ask = await ok(client, 'POST', `/api/communities/${community.id}/asks`, {
    interests: [`${M} juggling`],
    note: `Someone to juggle ${M} clubs with`,
  });
  const introductionIds: string[] = [];
  if (partner) {
    const intro = await ok(client, 'POST', `/api/communities/${community.id}/introductions`, {
      userIds: [client.userId, partner.userId],
      note: `${cap} juggling together?`,
      askId: ask.id,
    });
    await ok(partner, 'POST', `/api/communities/${community.id}/introductions/${intro.id}/respond`, {
      answer: 'accepted',
    });
    introductionIds.push(intro.id);
  }

  const live = await ok(client, 'POST', '/api/tokens', { name: `${M} script` });
  const revoked = await ok(client, 'POST', '/api/tokens', { name: `${M} old laptop` });
  await ok(client, 'DELETE', `/api/tokens/${revoked.token.id}`);

  // Answer three plan steps (done, snooze, dismiss) and keep the rest open.
  const plan = await ok(client, 'GET', '/api/plan?horizon=week');
  const actions: Json[] = plan.actions;
  if (actions.length < 4) throw new Error(`seeding: the plan has only ${actions.length} actions`);
  const answered: Json[] = actions.slice(0, 3);
  await ok(client, 'POST', `/api/plan/actions/${answered[0].handle}/done`, {
    note: `sent a ${M} postcard`,
    topics: [`${M} postcards`],
  });
  await ok(client, 'POST', `/api/plan/actions/${encodeURIComponent(answered[1].key)}/snooze`, {
    until: FUTURE_DAY,
  });
  await ok(client, 'POST', `/api/plan/actions/${answered[2].handle}/dismiss`);
  const after = await ok(client, 'GET', '/api/plan?horizon=week');

  const backup = JSON.parse(await (await client.call('GET', '/api/export?format=json')).text());
  const tokens = await ok(client, 'GET', '/api/tokens');
  const actionRefs = [...actions, ...after.actions].flatMap((a: Json) => [a.key, a.handle]);
  const ids: Record<Kind, string[]> = {
    person: backup.people.map((p: Json) => p.id),
    detail: backup.details.map((d: Json) => d.id),
    interaction: backup.interactions.map((i: Json) => i.id),
    stageChange: backup.stageChanges.map((s: Json) => s.id),
    event: backup.events.map((e: Json) => e.id),
    attendee: backup.events.flatMap((e: Json) => e.attendees.map((a: Json) => a.id)),
    savedItem: backup.savedItems.map((s: Json) => s.id),
    token: [...tokens.items.map((t: Json) => t.id), revoked.token.id],
    action: [...new Set<string>([...actionRefs, ...backup.actionStates.map((s: Json) => s.key)])],
    user: [client.userId],
    community: [community.id],
    invite: [invited.invite.id, withdrawn.invite.id],
    seatingEvent: [seating.id],
    ask: [ask.id],
    introduction: introductionIds,
    match: matchIds,
    groupRound: groupRoundIds,
    group: groupIds,
  };
  for (const [kind, list] of Object.entries(ids)) ids[kind as Kind] = [...new Set(list)];
  const strings = new Set<string>();
  const collect = (value: unknown) => {
    if (typeof value === 'string') {
      if (value.toLowerCase().includes(M.toLowerCase())) strings.add(value);
    } else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(backup);
  collect(tokens);
  collect(await ok(client, 'GET', '/api/account'));
  collect(await ok(client, 'GET', '/api/communities'));
  collect(await ok(client, 'GET', `/api/communities/${community.id}/profile`));
  collect(await ok(client, 'GET', `/api/communities/${community.id}/asks`));
  collect(await ok(client, 'GET', `/api/communities/${community.id}/introductions`));
  collect(await ok(client, 'GET', `/api/communities/${community.id}/group-rounds`));
  collect(await ok(client, 'GET', `/api/communities/${community.id}/groups`));
  collect(await ok(client, 'GET', `/api/communities/${community.id}/seating-events/${seating.id}`));
  strings.add(phone);
  return {
    ids,
    liveToken: live.secret,
    revokedToken: revoked.secret,
    openActions: after.actions.map((a: Json) => a.handle),
    strings: [...strings],
    secrets: [...secrets, live.secret, revoked.secret],
    publicPaths,
  };
}

/**
 * Everything a user can read back about their own data, as text: the JSON backup, the
 * tokens, the account and settings, and the plans. With the clock pinned, two snapshots
 * of unchanged data are byte-equal.
 */
export async function snapshot(client: Client, extraPaths: string[] = []): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const communities = await client.json('GET', '/api/communities?limit=500');
  const communityPaths = (communities.body?.items ?? []).flatMap((c: Json) => [
    `/api/communities/${c.id}`,
    `/api/communities/${c.id}/members?limit=500`,
    `/api/communities/${c.id}/invites?limit=500`,
    `/api/communities/${c.id}/profile`,
    `/api/communities/${c.id}/seating-events?limit=500`,
    `/api/communities/${c.id}/rounds/rules`,
    `/api/communities/${c.id}/rounds?limit=500`,
    `/api/communities/${c.id}/exclusions`,
    `/api/communities/${c.id}/asks?limit=500`,
    `/api/communities/${c.id}/introductions?limit=500`,
    `/api/communities/${c.id}/group-rounds?limit=500`,
    `/api/communities/${c.id}/groups?limit=500`,
  ]);
  for (const path of [
    '/api/communities?limit=500',
    ...communityPaths,
    ...extraPaths,
    '/api/export?format=json',
    '/api/export?format=csv',
    '/api/tokens?limit=500',
    '/api/account',
    '/api/settings',
    '/api/saved-items',
    '/api/plan?horizon=day',
    '/api/plan?horizon=week',
    '/api/calendar-feed',
    '/api/matches?limit=500',
  ]) {
    const response = await client.call('GET', path);
    out[path] = `${response.status} ${await response.text()}`;
  }
  return out;
}
