/**
 * Summarises one person's history into what the plan needs. Kept by the app after every
 * change to that history, so the plan reads one small row per person.
 */
import { FORM_INFO } from '../energy/forms.ts';
import type { Interaction } from '../people/person.types.ts';
import type { PersonStats } from './plan.types.ts';

const RECENT_KEPT = 8;

export function summariseHistory(
  interactions: readonly Interaction[],
  stageSince: string | null,
): PersonStats {
  const newestFirst = [...interactions].sort(
    (a, b) =>
      b.occurredOn.localeCompare(a.occurredOn) ||
      b.createdAt.localeCompare(a.createdAt) ||
      b.id.localeCompare(a.id),
  );
  return {
    contactCount: newestFirst.length,
    firstContactOn: newestFirst[newestFirst.length - 1]?.occurredOn ?? null,
    lastContactOn: newestFirst[0]?.occurredOn ?? null,
    lastTopics: newestFirst.find((i) => i.topics.length > 0)?.topics ?? [],
    everInPerson: newestFirst.some((i) => FORM_INFO[i.form].mode === 'in_person'),
    recent: newestFirst
      .slice(0, RECENT_KEPT)
      .map((i) => ({ on: i.occurredOn, exchange: i.exchange, outcome: i.outcome })),
    stageSince,
  };
}

export const EMPTY_STATS: PersonStats = {
  contactCount: 0,
  firstContactOn: null,
  lastContactOn: null,
  lastTopics: [],
  everInPerson: false,
  recent: [],
  stageSince: null,
};
