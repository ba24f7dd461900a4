/**
 * What a community may see of a member, over every community operation the OpenAPI
 * document lists (so routes added later are covered without touching this file).
 * Ana keeps a full companion (people, notes, details, interactions, an event) marked
 * with a word nobody else uses, and a community profile with one field for everyone,
 * one for her matches and one for nobody. Then:
 * - a fellow member reads every community GET: Ana's shared fields show; the matches-only
 *   field shows only once they are matched; the nobody field and her companion never;
 * - a non-member reads the same: every answer is a 404, and none carries anything of Ana's.
 */
import { describeEachDialect } from '@kindred/store/testing';
import { beforeAll, expect, it } from 'vitest';
import { fillPath, type Operation, readApi } from './support/api-fixtures.ts';
import { type Client, signedUp, type TestApp, testApp } from './support/test-app.ts';

const COMPANION = 'Vexwolde';
const FOR_MEMBERS = 'Lighthouse keepers';
const FOR_MATCHES = 'Unit 9 at Quorvale Yard';
const FOR_NOBODY = 'Zantheric Ops';

describeEachDialect('what a community sees of a member', (getStore) => {
  let app: TestApp;
  let ana: Client;
  let cy: Client;
  let dee: Client;
  let communityId: string;
  let operations: Operation[];

  async function ok(client: Client, method: string, path: string, body?: unknown) {
    const answer = await client.json(method, path, body);
    if (answer.status >= 300)
      throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  beforeAll(async () => {
    app = testApp(getStore());
    ana = await signedUp(app, 'Ana Admin');
    cy = await signedUp(app, 'Cy Member');
    dee = await signedUp(app, 'Dee Outsider');

    // Ana's companion: everything in it carries the marker.
    const { person } = await ok(ana, 'POST', '/api/people', {
      name: `Rosa ${COMPANION}`,
      notes: `Met at the ${COMPANION} retreat`,
      tags: [`${COMPANION} circle`],
      interests: [`${COMPANION} gardening`],
    });
    await ok(ana, 'POST', `/api/people/${person.id}/details`, { text: `Moving to ${COMPANION} in spring` });
    await ok(ana, 'POST', '/api/interactions', {
      personIds: [person.id],
      form: 'coffee',
      topics: [`${COMPANION} plans`],
      note: `${COMPANION} coffee`,
    });
    await ok(ana, 'POST', '/api/events', {
      name: `${COMPANION} summit`,
      kind: 'conference',
      startsOn: '2027-02-01',
    });

    const community = await ok(ana, 'POST', '/api/communities', { name: 'Harbour guild' });
    communityId = community.id;
    const invite = await ok(ana, 'POST', `/api/communities/${communityId}/invites`, {});
    await ok(cy, 'POST', '/api/invites/accept', { token: invite.url });
    await ok(ana, 'PATCH', `/api/communities/${communityId}/profile`, {
      intro: FOR_MEMBERS,
      location: FOR_MATCHES,
      team: FOR_NOBODY,
      visibility: { intro: 'members', location: 'matches', team: 'nobody' },
    });
    await ok(cy, 'PATCH', `/api/communities/${communityId}/profile`, { interests: ['chess'] });
    operations = (await readApi(app)).operations.filter(
      (op) => op.method === 'get' && /^\/api\/(communities|matches|invites)/.test(op.path),
    );
  });

  /** Every community GET as `client`, with Ana's community and Ana's id in the path. */
  async function readEverything(client: Client): Promise<{ label: string; status: number; text: string }[]> {
    const matches = await client.json('GET', '/api/matches?limit=50');
    const matchId = matches.body?.items?.[0]?.id ?? 'none';
    const out = [];
    for (const op of operations) {
      const url = fillPath(op.path, {
        id: op.path.startsWith('/api/matches') ? matchId : communityId,
        userId: ana.userId,
      });
      const response = await client.call('GET', url);
      out.push({ label: op.label, status: response.status, text: await response.text() });
    }
    return out;
  }

  it('reads more than a handful of operations (a real control)', () => {
    expect(operations.map((o) => o.label)).toEqual(
      expect.arrayContaining([
        'GET /api/communities/{id}/members',
        'GET /api/communities/{id}/members/{userId}/profile',
        'GET /api/matches',
      ]),
    );
  });

  it('shows a fellow member only what Ana shares, and nothing of her companion', async () => {
    const answers = await readEverything(cy);
    const all = answers.map((a) => a.text).join('\n');
    expect(all).toContain(FOR_MEMBERS);
    for (const answer of answers) {
      expect(answer.status, answer.label).toBeLessThan(500);
      expect(answer.text, answer.label).not.toContain(COMPANION);
      expect(answer.text, answer.label).not.toContain(FOR_NOBODY);
      expect(answer.text, answer.label).not.toContain(FOR_MATCHES);
    }

    // Once matched, the matches-only field opens to Cy; the nobody field never does.
    const round = await ana.json('POST', `/api/communities/${communityId}/rounds`);
    expect(round.status).toBe(201);
    expect(round.body.pairs).toBe(1);
    const after = await readEverything(cy);
    expect(after.map((a) => a.text).join('\n')).toContain(FOR_MATCHES);
    for (const answer of after) {
      expect(answer.text, answer.label).not.toContain(COMPANION);
      expect(answer.text, answer.label).not.toContain(FOR_NOBODY);
    }
  });

  it('shows a non-member nothing at all', async () => {
    for (const answer of await readEverything(dee)) {
      if (answer.label === 'GET /api/communities' || answer.label === 'GET /api/matches') {
        expect(JSON.parse(answer.text).items, answer.label).toEqual([]);
        continue;
      }
      expect(answer.status, answer.label).toBe(404);
      for (const word of ['Harbour guild', 'Ana Admin', FOR_MEMBERS, FOR_MATCHES, FOR_NOBODY, COMPANION]) {
        expect(answer.text, answer.label).not.toContain(word);
      }
    }
  });
});
