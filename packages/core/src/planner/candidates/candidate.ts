/**
 * A candidate action before scheduling: everything but the day. Drafts are described
 * here and written only for the actions the plan keeps.
 */
import type { DraftChannel, DraftInput } from '../../drafts/draft.types.ts';
import { FORM_INFO, type InteractionForm } from '../../energy/forms.ts';
import type { PlanAction, PlanInput, PlanPerson } from '../plan.types.ts';

export interface Candidate extends Omit<PlanAction, 'day' | 'drafts' | 'handle' | 'title' | 'reason'> {
  /**
   * The words: why, and what to draft. Only the few actions a plan keeps are explained,
   * so a plan over thousands of people does not write thousands of sentences.
   */
  explain: () => { reason: string; draftInputs: { personId: string; input: DraftInput }[] };
  /** Only on these days (e.g. a hello in person on an on-site day). */
  onlyOn?: ReadonlySet<string>;
}

/** The async form that fits how a person likes to be reached. */
export function asyncFormFor(p: PlanPerson['person']): InteractionForm {
  if (p.preferredChannel === 'email') return 'email';
  if (p.preferredChannel === 'chat' || p.preferredChannel === 'phone') return 'message';
  const hasEmail = p.channelKinds.includes('email');
  const hasPhone = p.channelKinds.includes('phone') || p.channelKinds.includes('chat');
  return hasEmail && !hasPhone ? 'email' : 'message';
}

/** A live form respects "prefers async": their boundary turns a coffee into a message. */
export function respectAsync(p: PlanPerson['person'], form: InteractionForm): InteractionForm {
  return p.prefersAsync && FORM_INFO[form].mode !== 'async' ? asyncFormFor(p) : form;
}

export function channelFor(form: InteractionForm): DraftChannel {
  if (form === 'email') return 'email';
  if (FORM_INFO[form].mode === 'in_person' && form === 'greeting') return 'in_person';
  return 'message';
}

/** The shared parts of every draft input for one person. */
export function draftBase(input: PlanInput, pp: PlanPerson, form: InteractionForm, shared: string[]) {
  const p = pp.person;
  return {
    channel: channelFor(form),
    me: { name: input.me.name, pitch: input.me.pitch },
    person: { name: p.name, organisation: p.organisation, seniority: p.seniority },
    sharedInterests: shared,
    lastTopic: pp.stats.lastTopics[0] ?? null,
  };
}

/** Labels of the interests a person shares with you, in their order. */
export function sharedWithMe(input: PlanInput, pp: PlanPerson): string[] {
  const mine = new Set(input.me.interestKeys);
  return pp.person.interests.filter((i) => mine.has(i.key)).map((i) => i.label);
}
