/**
 * Helpers for suites driven by the OpenAPI document itself: calling the app, a companion
 * with some of everything (seeded through the API; its community part in
 * community-seed.ts), and the snapshot that says whether a user's data changed. The list
 * of operations and the generator of valid values live in openapi-values.ts and are
 * re-exported here, so suites import one module. Routes added later are picked up
 * without touching these helpers.
 */
import { seedCommunity } from './community-seed.ts';
import { FUTURE_DAY, type Json, type Kind } from './openapi-values.ts';
import { seedCall as ok } from './seed-call.ts';
import { type Client, clientFor, cookieFrom, PASSWORD, type TestApp } from './test-app.ts';

export * from './openapi-values.ts';
export { PASSWORD } from './test-app.ts';

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

/**
 * A full companion, built through the API as a person would: settings, people with
 * details, tags, interests and channels, interactions, a stage set by hand, events with
 * attendees (one debriefed), a saved item, an import, a community (community-seed.ts; with
 * a `partner`, also a match, a group and an introduction), API tokens and answered plan
 * steps. Every free-text value carries `marker`, so a leak is easy to spot.
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
  const seeded = await seedCommunity(client, M, secrets, partner);

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
    community: [],
    invite: [],
    seatingEvent: [],
    ask: [],
    introduction: [],
    match: [],
    groupRound: [],
    group: [],
    ...seeded.ids,
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
  for (const path of seeded.readPaths) collect(await ok(client, 'GET', path));
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
