/**
 * Candidates that connect people: an introduction between two people who could help
 * each other (proposed as a double opt-in: you ask each of them first), and sharing a
 * saved link or note with the few people it fits best.
 */
import { costOf } from '../../energy/forms.ts';
import { stageRank } from '../../ladder/stages.ts';
import type { Detail } from '../../people/person.types.ts';
import { normaliseInterests } from '../../taxonomy/index.ts';
import { foldText } from '../../text/fold.ts';
import { addDays } from '../../time/local-date.ts';
import type { PlanInput, PlanPerson } from '../plan.types.ts';
import { asyncFormFor, type Candidate, draftBase } from './candidate.ts';

/** Introductions are only proposed among this many of your closest, most recent ties. */
const INTRO_POOL = 200;
const STOP = new Set([
  'with',
  'about',
  'their',
  'they',
  'them',
  'some',
  'help',
  'need',
  'needs',
  'looking',
  'would',
  'could',
  'from',
  'that',
  'this',
  'into',
  'for',
  'and',
  'the',
]);

/** Taxonomy keys and content words a text is about, for matching a need to an expertise. */
function topicsOf(text: string): Set<string> {
  const words = foldText(text)
    .split(' ')
    .filter((w) => w.length >= 4 && !STOP.has(w));
  const grams: string[] = [];
  for (let i = 0; i < words.length; i++) {
    grams.push(words[i] as string);
    if (i + 1 < words.length) grams.push(`${words[i]} ${words[i + 1]}`);
  }
  const keys = normaliseInterests(grams)
    .filter((k) => !k.custom)
    .map((k) => k.key);
  return new Set([...keys, ...words.map((w) => `word:${w}`)]);
}

function overlap(a: Set<string>, b: Set<string>): string[] {
  return [...a].filter((k) => b.has(k));
}

export function introductions(input: PlanInput, byId: ReadonlyMap<string, PlanPerson>): Candidate[] {
  const since = addDays(input.today, -180);
  const pool = input.people
    .filter(
      (pp) =>
        stageRank(pp.person.stage) >= stageRank('repeat_contact') && (pp.stats.lastContactOn ?? '') >= since,
    )
    .sort(
      (a, b) =>
        stageRank(b.person.stage) - stageRank(a.person.stage) ||
        (b.stats.lastContactOn ?? '').localeCompare(a.stats.lastContactOn ?? '') ||
        a.person.id.localeCompare(b.person.id),
    )
    .slice(0, INTRO_POOL);
  const inPool = new Set(pool.map((pp) => pp.person.id));
  const needs = new Map<string, { detail: Detail; topics: Set<string> }[]>();
  const expertise = new Map<string, Set<string>>();
  for (const d of input.details) {
    if (!inPool.has(d.personId)) continue;
    if (d.kind === 'need') {
      const list = needs.get(d.personId) ?? [];
      list.push({ detail: d, topics: topicsOf(d.text) });
      needs.set(d.personId, list);
    }
    if (d.kind === 'expertise') {
      const set = expertise.get(d.personId) ?? new Set<string>();
      for (const t of topicsOf(d.text)) set.add(t);
      expertise.set(d.personId, set);
    }
  }
  for (const pp of pool) {
    const set = expertise.get(pp.person.id) ?? new Set<string>();
    for (const i of pp.person.interests) if (!i.key.startsWith('custom:')) set.add(i.key);
    expertise.set(pp.person.id, set);
  }
  const out: Candidate[] = [];
  for (const [needyId, list] of needs) {
    for (const { detail, topics } of list) {
      let best: { helperId: string; shared: string[] } | null = null;
      for (const helper of pool) {
        const helperId = helper.person.id;
        if (helperId === needyId) continue;
        const shared = overlap(topics, expertise.get(helperId) ?? new Set());
        const strong = shared.some((k) => !k.startsWith('word:')) || shared.length >= 2;
        if (strong && (!best || shared.length > best.shared.length)) best = { helperId, shared };
      }
      if (!best) continue;
      const a = byId.get(needyId) as PlanPerson;
      const b = byId.get(best.helperId) as PlanPerson;
      const [first, second] = [a.person.id, b.person.id].sort();
      const formA = asyncFormFor(a.person);
      const formB = asyncFormFor(b.person);
      const why = `${a.person.name} is looking for help with “${detail.text}”, and ${b.person.name} knows about it`;
      out.push({
        key: `intro:${first}:${second}:${detail.id}`,
        kind: 'introduce',
        personIds: [a.person.id, b.person.id],
        form: formA,
        energyCost: costOf(formA, input.settings.energyCosts) + costOf(formB, input.settings.energyCosts),
        value: 4 + Math.min(2, best.shared.length * 0.5),
        window: { from: input.today, to: addDays(input.today, 14) },
        detailId: detail.id,
        explain: () => ({
          reason: `${why}. Ask each of them first; share contact details only once both say yes.`,
          draftInputs: [
            {
              personId: a.person.id,
              input: {
                kind: 'introduce_ask',
                ...draftBase(input, a, formA, []),
                other: {
                  person: {
                    name: b.person.name,
                    organisation: b.person.organisation,
                    seniority: b.person.seniority,
                  },
                  reason: `they know about ${detail.text}`,
                },
              },
            },
            {
              personId: b.person.id,
              input: {
                kind: 'introduce_ask',
                ...draftBase(input, b, formB, []),
                other: {
                  person: {
                    name: a.person.name,
                    organisation: a.person.organisation,
                    seniority: a.person.seniority,
                  },
                  reason: `they are looking for help with ${detail.text}`,
                },
              },
            },
          ],
        }),
      });
    }
  }
  return out;
}

/** The people a saved item fits best: most shared interests, closest ties first. */
export function shareItems(input: PlanInput, perItem = 3): Candidate[] {
  const since = addDays(input.today, -60);
  const byInterest = new Map<string, PlanPerson[]>();
  for (const pp of input.people) {
    if (pp.person.stage === 'stranger') continue;
    for (const i of pp.person.interests) {
      const list = byInterest.get(i.key);
      if (list) list.push(pp);
      else byInterest.set(i.key, [pp]);
    }
  }
  const out: Candidate[] = [];
  for (const item of input.items) {
    if (item.createdOn < since) continue;
    const scores = new Map<string, { pp: PlanPerson; shared: string[] }>();
    for (const key of item.interestKeys) {
      for (const pp of byInterest.get(key) ?? []) {
        const entry = scores.get(pp.person.id) ?? { pp, shared: [] };
        entry.shared.push(pp.person.interests.find((i) => i.key === key)?.label ?? key);
        scores.set(pp.person.id, entry);
      }
    }
    const ranked = [...scores.values()]
      .sort(
        (a, b) =>
          b.shared.length - a.shared.length ||
          stageRank(b.pp.person.stage) - stageRank(a.pp.person.stage) ||
          a.pp.person.id.localeCompare(b.pp.person.id),
      )
      .slice(0, perItem);
    for (const { pp, shared } of ranked) {
      const form = asyncFormFor(pp.person);
      out.push({
        key: `share:${item.id}:${pp.person.id}`,
        kind: 'share_item',
        personIds: [pp.person.id],
        form,
        energyCost: costOf(form, input.settings.energyCosts),
        value: 2.5 + Math.min(1.5, shared.length * 0.5),
        window: { from: input.today, to: addDays(item.createdOn, 60) },
        itemId: item.id,
        explain: () => ({
          reason: `“${item.title}” fits ${pp.person.name}'s interest in ${shared.slice(0, 2).join(' and ').toLowerCase()}: sharing it is a give that costs you little.`,

          draftInputs: [
            {
              personId: pp.person.id,
              input: {
                kind: 'share_item',
                ...draftBase(input, pp, form, shared),
                item: { title: item.title, url: item.url, note: item.note },
              },
            },
          ],
        }),
      });
    }
  }
  return out;
}
