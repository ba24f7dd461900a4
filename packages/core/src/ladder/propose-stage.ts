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

/** A proposed stage and, in plain words, the evidence that put it there. */
export interface StageProposal {
  stage: Stage;
  /** Completes "because …", e.g. "you have been in touch on 3 days and asked for their advice". */
  reason: string;
}

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
const onDays = (n: number) => (n === 1 ? 'on one day' : `on ${n} different days`);
const over = (days: number) =>
  days >= 60
    ? `${Math.round(days / 30)} months`
    : days >= 14
      ? `${Math.round(days / 7)} weeks`
      : `${days} days`;

/**
 * The highest stage the history supports, with the evidence in words: the same rules
 * decide both, so the reason shown is exactly why.
 * @param metOn the day you met, if known: meeting is itself a first contact.
 */
export function proposeStageWithReason(
  history: readonly Evidence[],
  metOn: string | null = null,
): StageProposal {
  if (history.length === 0) {
    return metOn
      ? { stage: 'first_contact', reason: 'you have met, and nothing has been logged since' }
      : { stage: 'stranger', reason: 'nothing has happened between you yet' };
  }
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
    return {
      stage: 'close',
      reason: `you have been in touch ${onDays(meetings)} over ${over(span)}, ${oneToOne.length} of them one-to-one, they reached out ${times(theyReachedOut)}, and help has gone both ways`,
    };
  }
  if (meetings >= 5 && span >= 60 && oneToOne.length >= 1 && asked && gave) {
    return {
      stage: 'sharing',
      reason: `you have been in touch ${onDays(meetings)} over ${over(span)}, met one-to-one, and both asked for and gave help`,
    };
  }
  if (meetings >= 2 && asked) {
    return {
      stage: 'asking',
      reason: `you have been in touch ${onDays(meetings)} and asked for their input`,
    };
  }
  if (meetings >= 2) return { stage: 'repeat_contact', reason: `you have been in touch ${onDays(meetings)}` };
  return { stage: 'first_contact', reason: 'you have been in touch on one day so far' };
}

/** The highest stage the history supports (see proposeStageWithReason). */
export function proposeStage(history: readonly Evidence[], metOn: string | null = null): Stage {
  return proposeStageWithReason(history, metOn).stage;
}

/**
 * The stage to record after new evidence: history may raise a stage, never lower one,
 * and it never overrides a stage the person set by hand unless it goes above it.
 */
export function nextStage(current: Stage, proposed: Stage): Stage {
  return stageRank(proposed) > stageRank(current) ? proposed : current;
}
