/**
 * One user can never reach another's data, over every operation the OpenAPI document
 * describes (so a route added later is covered without touching this file). User A gets
 * a full companion; user B then calls every operation, with A's ids in paths and bodies
 * and A's names in searches and new records. Every call that names one of A's records
 * must answer 404 exactly as for an id that never existed; no answer B gets may carry
 * A's ids or words (unless B itself sent them); and A's data must come out byte-equal.
 */
import { randomUUID } from 'node:crypto';
import { describeEachDialect } from '@kindred/store/testing';
import { beforeAll, expect, it } from 'vitest';
import {
  type Answer,
  type ApiDoc,
  type Companion,
  clock,
  describeAnswer,
  fieldIdKind,
  fillPath,
  isErrorBody,
  type Json,
  type Kind,
  mainBranch,
  type Operation,
  readApi,
  type Sent,
  seedCompanion,
  send,
  signIn,
  signUpUser,
  snapshot,
  typesOf,
  validObject,
  validValue,
} from './support/api-fixtures.ts';
import { type Client, type TestApp, testApp } from './support/test-app.ts';

const MARK = 'qzxvk';
const CAP = 'Qzxvk';
/** Calls that end B's session or account: made last, each on a fresh session of B's. */
const ACCOUNT_DESTRUCTIVE = /\/(signout|logout|password|delete)$/;

type User = Client & { email: string; password: string };

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The same shape of id, but one that never existed (to compare B's answers against). */
function fakeLike(id: string): string {
  const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
  if (uuid.test(id)) return id.replace(uuid, () => randomUUID());
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(id, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join('');
}

/**
 * Watches everything B reads. An id of A's may appear only in an answer to a request
 * that carried it (an error echoing the id B asked for); a string of A's only once B
 * itself has sent it (B may have stored a record with the same name).
 */
class LeakWatch {
  readonly problems: string[] = [];
  private readonly known = new Set<string>();
  calls = 0;
  constructor(
    private readonly ids: string[],
    private readonly strings: string[],
  ) {}

  /** Problems found since the last call (each test reports its own). */
  take(): string[] {
    return this.problems.splice(0);
  }

  check(label: string, sent: Sent, answer: Answer): void {
    this.calls += 1;
    const url = new URL(sent.url, 'http://kindred.test');
    const body = typeof sent.body === 'string' ? sent.body : new TextDecoder().decode(sent.body);
    const sentText = [safeDecode(sent.url), sent.url, ...url.searchParams.values(), body]
      .join(' ')
      .toLowerCase();
    for (const s of this.strings) if (sentText.includes(s.toLowerCase())) this.known.add(s);
    const headers = [...answer.headers.entries()]
      .filter(([name]) => name !== 'set-cookie')
      .map(([name, value]) => `${name}: ${value}`)
      .join('\n');
    const seen = `${answer.text}\n${headers}`;
    const lower = seen.toLowerCase();
    const leaked = [
      ...this.ids.filter((id) => seen.includes(id) && !sentText.includes(id.toLowerCase())),
      ...this.strings.filter((s) => lower.includes(s.toLowerCase()) && !this.known.has(s)),
    ];
    if (leaked.length > 0) {
      this.problems.push(`${label}: leaks ${leaked.slice(0, 5).join(', ')} in ${describeAnswer(answer)}`);
    }
    if (answer.status >= 500) this.problems.push(`${label}: server error ${describeAnswer(answer)}`);
  }
}

describeEachDialect('isolation between users over every API operation', (getStore, dialect) => {
  let app: TestApp;
  let api: ApiDoc;
  let a: User;
  let aData: Companion;
  let b: User;
  let bData: Companion;
  let before: Record<string, string>;
  let watch: LeakWatch;
  /** Every id of A's, and A's plan step handles (short, so only used as path values). */
  let aIds: string[];
  let aRefs: string[];
  const counts = { operations: 0, pathCalls: 0, bodyCalls: 0, plainCalls: 0, tokenCalls: 0 };

  const idOf = (data: Companion) => (kind: Kind | 'unknown') => {
    const list = kind === 'unknown' ? data.ids.person : data.ids[kind];
    return list[0] ?? data.ids.person[0] ?? 'none';
  };

  async function asB(label: string, sent: Sent, cookie = b.cookie): Promise<Answer> {
    const request = { ...sent, headers: { cookie, ...sent.headers } };
    const answer = await send(app, request);
    watch.check(label, request, answer);
    return answer;
  }

  function jsonRequest(method: string, url: string, body: unknown): Sent {
    return body === undefined
      ? { method, url }
      : { method, url, body: JSON.stringify(body), headers: { 'content-type': 'application/json' } };
  }

  /** The smallest valid query for an operation: its required parameters only. */
  function requiredQuery(op: Operation): URLSearchParams {
    const query = new URLSearchParams();
    for (const p of op.queryParams) {
      if (p.required) query.set(p.name, String(validValue(api.doc, p.schema, p.name)));
    }
    return query;
  }

  function urlOf(path: string, query: URLSearchParams): string {
    const q = query.toString();
    return q ? `${path}?${q}` : path;
  }

  beforeAll(async () => {
    app = testApp(getStore(), {}, clock);
    api = await readApi(app);
    a = await signUpUser(app, { email: `${MARK}-owner-${dialect}@example.org`, displayName: `${CAP} Owner` });
    // A fellow member of A's community, so that A has a match to aim at.
    const partner = await signUpUser(app, {
      email: `partner-${dialect}@example.org`,
      displayName: 'Pat Partner',
    });
    aData = await seedCompanion(a, MARK, partner);
    b = await signUpUser(app, {
      email: `bystander-${dialect}@example.org`,
      displayName: 'Bea Bystander',
      password: 'not the password A has',
    });
    bData = await seedCompanion(b, 'beaby');
    // A's token is used once now, so its "last used" day is already set in the snapshot.
    const viaToken = await send(app, {
      method: 'GET',
      url: '/api/account',
      headers: { authorization: `Bearer ${aData.liveToken}` },
    });
    expect(viaToken.json?.id).toBe(a.userId);
    before = await snapshot(a, aData.publicPaths);
    const aSession = a.cookie.split('=')[1] ?? '';
    aIds = [...new Set(Object.values(aData.ids).flat())];
    aRefs = aIds;
    watch = new LeakWatch(
      [...aIds.filter((id) => id.length >= 12), ...aData.secrets, aSession],
      [...aData.strings, MARK],
    );
    counts.operations = api.operations.length;
  }, 120_000);

  it('covers a document with the companion routes in it', () => {
    const labels = api.operations.map((op) => op.label);
    expect(labels).toContain('GET /api/people/{id}');
    expect(labels).toContain('POST /api/plan/actions/{ref}/done');
    expect(labels).toContain('GET /api/communities/{id}/members');
    expect(aData.ids.community).toHaveLength(1);
    expect(labels).toContain('GET /api/matches/{id}');
    expect(aData.ids.match).toHaveLength(1);
    expect(aData.openActions.length).toBeGreaterThan(0);
    expect(aData.ids.person.length).toBeGreaterThanOrEqual(5);
    if (labels.includes('POST /api/calendar-feed')) expect(aData.publicPaths).toHaveLength(1);
  });

  it("is a real control: A's ids open A's records, and the watch flags A's data in A's own answers", async () => {
    expect((await a.json('GET', `/api/people/${aData.ids.person[0]}`)).status).toBe(200);
    expect((await a.json('GET', `/api/events/${aData.ids.event[0]}`)).status).toBe(200);
    expect((await a.json('GET', `/api/matches/${aData.ids.match[0]}`)).status).toBe(200);
    const control = new LeakWatch(
      [...aIds.filter((id) => id.length >= 12), ...aData.secrets],
      [...aData.strings, MARK],
    );
    for (const url of ['/api/people', '/api/tokens', ...aData.publicPaths]) {
      const sent = { method: 'GET', url, headers: { cookie: a.cookie } };
      control.check(url, sent, await send(app, sent));
    }
    expect(control.take()).toHaveLength(2 + aData.publicPaths.length);
  });

  it('gives B none of A in any operation that takes no id, nor in searches for A', async () => {
    for (const op of api.operations) {
      if (op.pathParams.length > 0 || ACCOUNT_DESTRUCTIVE.test(op.path)) continue;
      const body = op.body ? validObject(api.doc, op.body, { idFor: idOf(bData), path: op.path }) : undefined;
      // Every value of every enum parameter (plan horizons, export formats), else the plain call.
      const variants: URLSearchParams[] = [requiredQuery(op)];
      for (const p of op.queryParams) {
        const schema = mainBranch(api.doc, p.schema);
        for (const value of schema?.enum ?? []) {
          if (value === null) continue;
          const query = requiredQuery(op);
          query.set(p.name, String(value));
          variants.push(query);
        }
      }
      for (const query of variants) {
        counts.plainCalls += 1;
        await asB(`${op.label} ?${query}`, jsonRequest(op.method, urlOf(op.path, query), body));
      }
    }
    // Searches, filters and cursors carrying A's ids and words.
    const probes = [
      ...aData.ids.person.slice(0, 3),
      aData.ids.event[0] ?? '',
      `Zephyrine ${CAP}feather`,
      `${CAP} Analytics`,
      `${MARK}-orchid`,
      `${MARK} bookbinding`,
      `${MARK}-fern`,
      MARK,
    ];
    for (const op of api.operations) {
      if (op.method !== 'get' || op.pathParams.length > 0) continue;
      for (const p of op.queryParams) {
        const types = typesOf(api.doc, p.schema);
        if (!types.includes('string') || mainBranch(api.doc, p.schema)?.enum) continue;
        for (const probe of probes) {
          const query = requiredQuery(op);
          query.set(p.name, probe);
          counts.plainCalls += 1;
          await asB(`${op.label} ?${p.name}=${probe}`, { method: 'get', url: urlOf(op.path, query) });
        }
      }
    }
    expect(watch.take()).toEqual([]);
  }, 120_000);

  it("answers 404 to every operation whose path names one of A's records, as for an id never made", async () => {
    const problems: string[] = [];
    for (const op of api.operations) {
      if (op.pathParams.length === 0) continue;
      for (const id of aRefs) {
        const fake = fakeLike(id);
        const call = async (value: string) => {
          const values = Object.fromEntries(op.pathParams.map((p) => [p.name, value]));
          const body = op.body
            ? validObject(api.doc, op.body, { idFor: idOf(aData), path: op.path })
            : undefined;
          return asB(
            `${op.label} [${value}]`,
            jsonRequest(op.method, urlOf(fillPath(op.path, values), requiredQuery(op)), body),
          );
        };
        const answer = await call(id);
        counts.pathCalls += 1;
        const fits = op.pathParams.every((p) => {
          const s = mainBranch(api.doc, p.schema) ?? {};
          return id.length <= (s.maxLength ?? Infinity) && id.length >= (s.minLength ?? 0);
        });
        const label = `${op.label} with A's ${id}`;
        if (answer.status >= 200 && answer.status < 300) {
          problems.push(`${label}: B got ${describeAnswer(answer)}`);
          continue;
        }
        if (!isErrorBody(answer)) problems.push(`${label}: not the error body: ${describeAnswer(answer)}`);
        if (!fits) {
          if (answer.status < 400 || answer.status >= 500)
            problems.push(`${label}: ${describeAnswer(answer)}`);
          continue;
        }
        if (answer.status !== 404 || answer.json?.error?.code === 'route_not_found') {
          problems.push(`${label}: expected a 404 of the record, got ${describeAnswer(answer)}`);
          continue;
        }
        // An id of A's must look exactly like one that never existed: no existence oracle.
        const never = await call(fake);
        const same = (x: Answer, value: string) =>
          JSON.stringify({ status: x.status, body: x.json }).split(value).join('<id>');
        if (same(answer, id) !== same(never, fake)) {
          problems.push(
            `${label}: answers differently than for an unknown id: ${describeAnswer(answer)} vs ${describeAnswer(never)}`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
    expect(watch.take()).toEqual([]);
  }, 300_000);

  it("refuses bodies that name A's records, even mixed with B's own", async () => {
    const problems: string[] = [];
    for (const op of api.operations) {
      if (!op.body || op.pathParams.length > 0 || ACCOUNT_DESTRUCTIVE.test(op.path)) continue;
      const schema = mainBranch(api.doc, op.body);
      for (const [field, prop] of Object.entries<Json>(schema?.properties ?? {})) {
        const kind = fieldIdKind(field);
        if (!kind) continue;
        const isArray = typesOf(api.doc, prop).includes('array');
        const candidates = kind === 'unknown' ? aIds : aData.ids[kind];
        for (const id of candidates) {
          const values: unknown[] = isArray ? [[id], [idOf(bData)(kind), id]] : [id];
          for (const value of values) {
            const body = {
              ...validObject(api.doc, op.body, { idFor: idOf(bData), path: op.path }),
              [field]: value,
            };
            counts.bodyCalls += 1;
            const answer = await asB(
              `${op.label} ${field}=${JSON.stringify(value)}`,
              jsonRequest(op.method, op.path, body),
            );
            if (answer.status < 400 || answer.status >= 500 || !isErrorBody(answer)) {
              problems.push(`${op.label} with ${field}=${JSON.stringify(value)}: ${describeAnswer(answer)}`);
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(watch.take()).toEqual([]);
  }, 120_000);

  it("keeps B's records apart from A's when B uses A's names and addresses", async () => {
    const [zephyrine, analytics, email] = [
      `Zephyrine ${CAP}feather`,
      `${CAP} Analytics`,
      `zephyrine.${MARK}@quorvex.example`,
    ];
    const hints: Record<string, unknown> = {
      name: zephyrine,
      organisation: analytics,
      email: a.email,
      password: b.password,
      title: `${CAP} chess openings`,
      channels: [{ kind: 'email', value: email }],
      attendees: [{ name: zephyrine, organisation: analytics }],
      interests: ['chess'],
      '/api/import#text': `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${zephyrine}\r\nEMAIL:${email}\r\nORG:${analytics}\r\nEND:VCARD\r\n`,
    };
    // The person B adds under A's person's name and address is B's own, new person.
    const added = await asB(
      "POST /api/people (A's person)",
      jsonRequest('post', '/api/people', {
        name: zephyrine,
        organisation: analytics,
        channels: [{ kind: 'email', value: email }],
      }),
    );
    expect(added.status).toBe(201);
    expect(added.json.mergedInto).toBe(false);
    expect(aData.ids.person).not.toContain(added.json.person.id);
    for (const op of api.operations) {
      if (op.method === 'get' || op.pathParams.length > 0 || !op.body || ACCOUNT_DESTRUCTIVE.test(op.path))
        continue;
      const body = validObject(api.doc, op.body, { idFor: idOf(bData), full: true, hints, path: op.path });
      counts.plainCalls += 1;
      await asB(`${op.label} (A's names)`, jsonRequest(op.method, op.path, body));
    }
    expect(watch.take()).toEqual([]);
  }, 120_000);

  it('lets an API token act only as its own user; a revoked, garbage or malformed one gets 401', async () => {
    const problems: string[] = [];
    const bad: [string, Record<string, string>][] = [
      ['no credentials', {}],
      ['a garbage token', { authorization: 'Bearer kdr_thisisnotatokenatall0000000000000000000' }],
      ["A's revoked token", { authorization: `Bearer ${aData.revokedToken}` }],
      [
        "A's revoked token beside B's cookie",
        { authorization: `Bearer ${aData.revokedToken}`, cookie: b.cookie },
      ],
      ['a malformed header', { authorization: 'Bearer' }],
      ['another scheme', { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }],
    ];
    for (const op of api.operations) {
      if (!op.secured) continue;
      const values = Object.fromEntries(op.pathParams.map((p) => [p.name, aData.ids.person[0] ?? 'x']));
      const body = op.body ? validObject(api.doc, op.body, { idFor: idOf(aData), path: op.path }) : undefined;
      for (const [what, headers] of bad) {
        const sent = jsonRequest(op.method, urlOf(fillPath(op.path, values), requiredQuery(op)), body);
        const answer = await send(app, { ...sent, headers: { ...sent.headers, ...headers } });
        counts.tokenCalls += 1;
        if (answer.status !== 401 || !isErrorBody(answer))
          problems.push(`${op.label} with ${what}: ${describeAnswer(answer)}`);
      }
    }
    expect(problems).toEqual([]);
    // A live token names its own user, whatever cookie comes with it.
    const mixed = await send(app, {
      method: 'GET',
      url: '/api/account',
      headers: { cookie: b.cookie, authorization: `Bearer ${aData.liveToken}` },
    });
    expect(mixed.json?.id).toBe(a.userId);
    const bToken = await asB('GET /api/account (B token)', {
      method: 'GET',
      url: '/api/account',
      headers: { authorization: `Bearer ${bData.liveToken}` },
    });
    expect(bToken.json?.id).toBe(b.userId);
    for (const id of aData.ids.person) {
      const answer = await asB(`GET /api/people/${id} (B token)`, {
        method: 'GET',
        url: `/api/people/${id}`,
        headers: { authorization: `Bearer ${bData.liveToken}` },
      });
      expect(answer.status).toBe(404);
    }
    expect(watch.take()).toEqual([]);
  }, 120_000);

  it('ends with the account-destructive calls, which touch only B', async () => {
    // Every list once more, now that B holds records named like A's.
    for (const op of api.operations) {
      if (op.method !== 'get' || op.pathParams.length > 0) continue;
      counts.plainCalls += 1;
      await asB(`${op.label} (again)`, { method: 'get', url: urlOf(op.path, requiredQuery(op)) });
    }
    const last = api.operations
      .filter((op) => op.pathParams.length === 0 && op.method !== 'get' && ACCOUNT_DESTRUCTIVE.test(op.path))
      .sort((x, y) => Number(/delete$/.test(x.path)) - Number(/delete$/.test(y.path)));
    let password = b.password;
    for (const op of last) {
      const cookie = await signIn(app, b.email, password);
      expect(cookie, `B can sign in before ${op.label}`).toBeTruthy();
      const next = 'a brand new long password';
      const hints = { password, currentPassword: password, newPassword: next };
      const body = op.body ? validObject(api.doc, op.body, { full: true, hints, path: op.path }) : undefined;
      counts.plainCalls += 1;
      const answer = await asB(op.label, jsonRequest(op.method, op.path, body), cookie ?? '');
      expect(answer.status, `${op.label}: ${describeAnswer(answer)}`).toBeLessThan(300);
      if (/password$/.test(op.path)) password = next;
      // A is still signed in and still there.
      expect((await a.json('GET', '/api/account')).body.id).toBe(a.userId);
    }
    expect(watch.take()).toEqual([]);
  }, 120_000);

  it("leaves A's data byte-for-byte unchanged, and A's token working", async () => {
    const after = await snapshot(a, aData.publicPaths);
    for (const key of Object.keys(before)) expect(after[key], key).toBe(before[key]);
    const viaToken = await send(app, {
      method: 'GET',
      url: '/api/account',
      headers: { authorization: `Bearer ${aData.liveToken}` },
    });
    expect(viaToken.json?.id).toBe(a.userId);
    console.log(
      `isolation [${dialect}]: ${counts.operations} operations; ${watch.calls} calls as B checked for leaks ` +
        `(${counts.pathCalls} with one of A's ${aRefs.length} ids in the path, ${counts.bodyCalls} with A's ids in the body, ` +
        `${counts.plainCalls} without); ${counts.tokenCalls} calls with missing, revoked or garbage credentials`,
    );
  });
});
