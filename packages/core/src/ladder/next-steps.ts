/**
 * The concrete next step up from each rung, in the tie's own terms. Asking for input is
 * what a peer does; asking for a story or advice suits someone senior; offering
 * perspective and involvement suits someone junior to you.
 */
import type { Seniority, Stage } from './stages.ts';

export type StepKind = 'input' | 'advice' | 'story' | 'involvement' | 'goals' | 'progress' | 'struggle';

export interface NextStep {
  kind: StepKind;
  /** A short imperative a person can act on. */
  title: string;
  /** Whether the step is best done one-to-one and live (coffee, walk, call). */
  live: boolean;
}

type Rung = Exclude<Stage, 'closest'>;

const STEPS: Record<Rung, Record<Seniority, NextStep>> = {
  stranger: {
    peer: { kind: 'input', title: 'Say hello and ask one question about their work', live: false },
    senior: { kind: 'story', title: 'Introduce yourself and ask one question about their path', live: false },
    junior: {
      kind: 'involvement',
      title: 'Say hello and offer a pointer on something they are working on',
      live: false,
    },
  },
  first_contact: {
    peer: { kind: 'input', title: 'Say hi again and pick up where you left off', live: false },
    senior: { kind: 'story', title: 'Follow up with a thank-you and one question', live: false },
    junior: { kind: 'involvement', title: 'Follow up with a useful pointer', live: false },
  },
  repeat_contact: {
    peer: { kind: 'input', title: 'Ask for their input on something you are working on', live: true },
    senior: { kind: 'advice', title: 'Ask for their advice on a specific question, over coffee', live: true },
    junior: {
      kind: 'involvement',
      title: 'Invite them to help on something they would learn from',
      live: true,
    },
  },
  asking: {
    peer: {
      kind: 'goals',
      title: 'Share what you are aiming for this year and ask about theirs',
      live: true,
    },
    senior: { kind: 'goals', title: 'Share your goals and ask how they would approach them', live: true },
    junior: {
      kind: 'story',
      title: 'Share how you got where you are, and ask where they want to go',
      live: true,
    },
  },
  sharing: {
    peer: { kind: 'progress', title: 'Share progress, and a struggle, and ask for theirs', live: true },
    senior: { kind: 'progress', title: 'Tell them how their advice played out', live: true },
    junior: { kind: 'progress', title: 'Check in on their progress and offer a next stretch', live: true },
  },
  close: {
    peer: { kind: 'struggle', title: 'Be honest about something hard, and listen to theirs', live: true },
    senior: {
      kind: 'involvement',
      title: 'Ask whether they would speak up for you on a concrete opportunity',
      live: true,
    },
    junior: { kind: 'involvement', title: 'Speak up for them on a concrete opportunity', live: true },
  },
};

/** The next step for a tie, or null at the top of the ladder. */
export function nextStep(stage: Stage, seniority: Seniority | null | undefined): NextStep | null {
  if (stage === 'closest') return null;
  return STEPS[stage][seniority ?? 'peer'];
}
