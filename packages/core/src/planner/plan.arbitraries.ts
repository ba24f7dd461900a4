/**
 * Generators of plausible plan inputs for property tests: people at every stage with
 * boundaries, histories, dated details, spent energy, events and saved items.
 */
import fc from 'fast-check';
import { SENIORITIES, STAGES } from '../ladder/stages.ts';
import { DETAIL_KINDS, EXCHANGES } from '../people/person.types.ts';
import { addDays, WEEKDAYS, weekStart } from '../time/local-date.ts';
import type { PlanInput, PlanPerson } from './plan.types.ts';

const INTERESTS = [
  { key: 'trail-running', label: 'Trail running' },
  { key: 'chess', label: 'Chess' },
  { key: 'machine-learning', label: 'Machine learning' },
  { key: 'gardening', label: 'Gardening' },
  { key: 'product-management', label: 'Product management' },
];
const ORGS = ['Acme', 'Globex', 'Initech', null];

const TODAYS = ['2026-03-02', '2026-03-26', '2026-10-23', '2026-11-29', '2026-12-31'];

const dayNear = (today: string, from: number, to: number) =>
  fc.integer({ min: from, max: to }).map((n) => addDays(today, n));

function personArb(today: string, index: number): fc.Arbitrary<PlanPerson> {
  return fc
    .record({
      stage: fc.constantFrom(...STAGES),
      seniority: fc.option(fc.constantFrom(...SENIORITIES), { nil: null }),
      organisation: fc.constantFrom(...ORGS),
      prefersAsync: fc.boolean(),
      dnc: fc.option(dayNear(today, -3, 9), { nil: null }),
      cadence: fc.option(fc.integer({ min: 3, max: 60 }), { nil: null }),
      metOn: fc.option(dayNear(today, -200, 0), { nil: null }),
      email: fc.boolean(),
      interests: fc.subarray(INTERESTS),
      contactCount: fc.integer({ min: 0, max: 15 }),
      lastAgo: fc.integer({ min: 0, max: 150 }),
      recent: fc.array(
        fc.record({
          ago: fc.integer({ min: 0, max: 200 }),
          exchange: fc.constantFrom(...EXCHANGES),
          awkward: fc.boolean(),
        }),
        { maxLength: 8 },
      ),
      stageAgo: fc.integer({ min: 0, max: 200 }),
      everInPerson: fc.boolean(),
      topic: fc.option(fc.constantFrom('the migration', 'hiring', 'chess openings'), { nil: null }),
    })
    .map((r) => ({
      person: {
        id: `p${index}`,
        name: `Person ${index}`,
        organisation: r.organisation,
        team: null,
        seniority: r.seniority,
        stage: r.stage,
        channelKinds: r.email ? ['email' as const] : [],
        interests: r.interests,
        preferredChannel: null,
        prefersAsync: r.prefersAsync,
        doNotContactUntil: r.dnc,
        cadenceDays: r.cadence,
        metOn: r.metOn,
        metWhere: r.metOn ? 'the spring meetup' : null,
        createdAt: `${r.metOn ?? addDays(today, -300)}T12:00:00.000Z`,
      },
      stats: {
        contactCount: r.contactCount,
        firstContactOn: r.contactCount ? addDays(today, -r.lastAgo - 30) : null,
        lastContactOn: r.contactCount ? addDays(today, -r.lastAgo) : null,
        lastTopics: r.topic ? [r.topic] : [],
        everInPerson: r.everInPerson,
        recent: r.recent
          .map((x) => ({
            on: addDays(today, -x.ago),
            exchange: x.exchange,
            outcome: x.awkward ? ('awkward' as const) : null,
          }))
          .sort((a, b) => b.on.localeCompare(a.on)),
        stageSince: addDays(today, -r.stageAgo),
      },
    }));
}

export const planInputArb: fc.Arbitrary<PlanInput> = fc
  .record({
    today: fc.constantFrom(...TODAYS),
    horizon: fc.constantFrom('day' as const, 'week' as const),
    n: fc.integer({ min: 0, max: 25 }),
  })
  .chain(({ today, horizon, n }) =>
    fc
      .record({
        people: fc.tuple(...Array.from({ length: n }, (_, i) => personArb(today, i))),
        details: fc.array(
          fc.record({
            person: fc.integer({ min: 0, max: Math.max(0, n - 1) }),
            kind: fc.constantFrom(...DETAIL_KINDS),
            followUp: fc.option(dayNear(today, -45, 10), { nil: null }),
            happened: fc.option(dayNear(today, -30, 10), { nil: null }),
            text: fc.constantFrom(
              'presenting at the board',
              'looking for help with machine learning',
              'knows chess coaching',
              'got promoted',
            ),
          }),
          { maxLength: n ? 15 : 0 },
        ),
        budget: fc.integer({ min: 0, max: 30 }),
        quietDays: fc.subarray([...WEEKDAYS]),
        onSiteWeekdays: fc.subarray([...WEEKDAYS], { maxLength: 2 }),
        maxPerDay: fc.integer({ min: 1, max: 5 }),
        spent: fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 15, maxLength: 15 }),
        draining: fc.subarray(Array.from({ length: 10 }, (_, i) => i - 2)),
        costly: fc.subarray(Array.from({ length: 10 }, (_, i) => i - 2)),
        events: fc.array(
          fc.record({ at: fc.integer({ min: -1, max: 8 }), cost: fc.integer({ min: 1, max: 10 }) }),
          { maxLength: 2 },
        ),
        seed: fc.string({ maxLength: 6 }),
        followedUp: fc.array(
          fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
          { minLength: 15, maxLength: 15 },
        ),
        myInterests: fc.subarray(INTERESTS.map((i) => i.key)),
        items: fc.array(
          fc.subarray(
            INTERESTS.map((i) => i.key),
            { minLength: 1 },
          ),
          { maxLength: 2 },
        ),
        costs: fc.option(
          fc.record({ message: fc.integer({ min: 0, max: 6 }), coffee: fc.integer({ min: 0, max: 8 }) }),
          { nil: undefined },
        ),
      })
      .map((g): PlanInput => {
        const start = addDays(weekStart(today), -1);
        return {
          today,
          horizon,
          seed: g.seed,
          me: { name: 'Jo', pitch: null, organisation: 'Acme', interestKeys: g.myInterests },
          settings: {
            weeklyBudget: g.budget,
            quietDays: g.quietDays,
            energyCosts: g.costs ?? {},
            onSiteDays: [],
            onSiteWeekdays: g.onSiteWeekdays,
            maxActionsPerDay: g.maxPerDay,
          },
          people: g.people,
          details: n
            ? g.details.map((d, i) => ({
                id: `d${i}`,
                personId: `p${d.person}`,
                text: d.text,
                kind: d.kind,
                happensOn: d.happened,
                followUpOn: d.followUp,
                followedUpAt: g.followedUp[i] ? `${today}T08:00:00.000Z` : null,
                createdAt: `${addDays(today, -5)}T10:00:00.000Z`,
              }))
            : [],
          spentByDay: Object.fromEntries(g.spent.map((s, i) => [addDays(start, i), s])),
          drainingDays: g.draining.map((d) => addDays(today, d)),
          costlyDays: g.costly.map((d) => addDays(today, d)),
          events: g.events.map((e, i) => ({
            id: `e${i}`,
            name: `Event ${i}`,
            on: addDays(today, e.at),
            energyCost: e.cost,
          })),
          items: g.items.map((keys, i) => ({
            id: `i${i}`,
            title: `Article ${i}`,
            url: null,
            note: null,
            interestKeys: keys,
            createdOn: addDays(today, -3),
          })),
          states: [],
        };
      }),
  );
