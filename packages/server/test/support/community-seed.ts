/**
 * The community part of a seeded user (see seedCompanion in api-fixtures.ts): a community
 * they run with invites (one withdrawn), their full profile there, a seating event and an
 * ask; with a `partner`, the partner joins and a round pairs the two (the match answered,
 * with feedback), two more members join and a group round puts the four in one group, and
 * an introduction of the user and the partner is accepted by both. Every free-text value
 * carries the marker, so a leak is easy to spot.
 */
import { FUTURE_DAY, type Kind } from './openapi-values.ts';
import { seedCall as ok } from './seed-call.ts';
import { type Client, cookieFrom, PASSWORD } from './test-app.ts';

export interface SeededCommunity {
  communityId: string;
  ids: Partial<Record<Kind, string[]>>;
  /** The user's own reads of it, for collecting the strings a leak would show. */
  readPaths: string[];
}

/** `secrets` collects the invite links' secrets, which must never show up elsewhere. */
export async function seedCommunity(
  client: Client,
  marker: string,
  secrets: string[],
  partner?: Client,
): Promise<SeededCommunity> {
  const M = marker;
  const cap = M.charAt(0).toUpperCase() + M.slice(1);
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

  // An ask of the user's on the community's board; with a partner, an introduction of the
  // two that answers it (the user proposed it, so their side is a yes) and both accepted,
  // made before the round (two members a round matched are not introduced as well).
  const ask = await ok(client, 'POST', `/api/communities/${community.id}/asks`, {
    interests: [`${M} juggling`],
    note: `Someone to juggle ${M} clubs with`,
  });
  const introductionIds: string[] = [];
  const matchIds: string[] = [];
  const groupRoundIds: string[] = [];
  const groupIds: string[] = [];
  if (partner) {
    const link = await ok(client, 'POST', `/api/communities/${community.id}/invites`, {});
    secrets.push(String(link.url).split('/').pop() ?? link.url);
    await ok(partner, 'POST', '/api/invites/accept', { token: link.url });
    await ok(partner, 'PATCH', `/api/communities/${community.id}/profile`, { interests: ['bouldering'] });
    const intro = await ok(client, 'POST', `/api/communities/${community.id}/introductions`, {
      userIds: [client.userId, partner.userId],
      note: `${cap} juggling together?`,
      askId: ask.id,
    });
    await ok(partner, 'POST', `/api/communities/${community.id}/introductions/${intro.id}/respond`, {
      answer: 'accepted',
    });
    introductionIds.push(intro.id);
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
    // Two more climbers join (after the round, so the match above stays one pair), all four
    // choose group activities (only those who do take part), and a group round the user
    // starts (a community has one a day: this is its only one) puts them in one bouldering
    // group, which the user joins.
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
      await asClimber('PATCH', `/api/communities/${community.id}/profile`, {
        interests: ['bouldering'],
        formats: ['group-activity'],
      });
    }
    await ok(partner, 'PATCH', `/api/communities/${community.id}/profile`, { formats: ['group-activity'] });
    await ok(client, 'PATCH', `/api/communities/${community.id}/profile`, {
      formats: ['walk', 'group-activity'],
    });
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

  const base = `/api/communities/${community.id}`;
  return {
    communityId: community.id,
    ids: {
      community: [community.id],
      invite: [invited.invite.id, withdrawn.invite.id],
      seatingEvent: [seating.id],
      ask: [ask.id],
      introduction: introductionIds,
      match: matchIds,
      groupRound: groupRoundIds,
      group: groupIds,
    },
    readPaths: [
      '/api/communities',
      `${base}/profile`,
      `${base}/asks`,
      `${base}/introductions`,
      `${base}/group-rounds`,
      `${base}/groups`,
      `${base}/seating-events/${seating.id}`,
    ],
  };
}
