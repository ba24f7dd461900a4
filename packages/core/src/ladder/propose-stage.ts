/**
 * Proposes where a tie stands on the ladder from what actually happened. The proposal
 * only looks at evidence (how often, how long, how personal, who reached out), so it
 * is conservative: the top rung is never inferred, only set by the person.
 */
import { FORM_INFO } from '../energy/forms.ts';
import type { Interaction } from '../people/person.types.ts';
import { type Stage, stageRank } from './stages.ts';

const ASKING_KINDS = new Set(['advice', 'input', 'story', 'involvement']);

type Evidence = Pick<Interaction, 'occurredOn' | 'form' | 'initiatedBy' | 'exchange' | 'exchangeKind'>;

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * The highest stage the history supports.
 * @param metOn the day you met, if known: meeting is itself a first contact.
 */
export function proposeStage(history: readonly Evidence[], metOn: string | null = null): Stage {
  if (history.length === 0) return metOn ? 'first_contact' : 'stranger';
  const days = [...new Set(history.map((i) => i.occurredOn))].sort();
  const first = days[0] as string;
  const last = days[days.length - 1] as string;
  const span = daysBetween(first, last);
  const oneToOne = history.filter((i) => FORM_INFO[i.form].oneToOne && FORM_INFO[i.form].mode !== 'async');
  const theyReachedOut = history.filter((i) => i.initiatedBy === 'them').length;
  const asked = history.some((i) => i.exchange === 'ask' && ASKING_KINDS.has(i.exchangeKind ?? ''));
  const gave = history.some((i) => i.exchange === 'give');
  const meetings = days.length + (metOn && metOn < first ? 1 : 0);

  if (meetings >= 10 && span >= 180 && oneToOne.length >= 3 && theyReachedOut >= 2 && asked && gave) {
    return 'close';
  }
  if (meetings >= 5 && span >= 60 && oneToOne.length >= 1 && asked && gave) return 'sharing';
  if (meetings >= 2 && asked) return 'asking';
  if (meetings >= 2) return 'repeat_contact';
  return 'first_contact';
}

/**
 * The stage to record after new evidence: history may raise a stage, never lower one,
 * and it never overrides a stage the person set by hand unless it goes above it.
 */
export function nextStage(current: Stage, proposed: Stage): Stage {
  return stageRank(proposed) > stageRank(current) ? proposed : current;
}
