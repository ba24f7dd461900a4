/**
 * One conversation starter per match, written by us and filled from what the two people
 * share. Starters are questions, because a question gives the quieter person something
 * to answer rather than something to perform; several templates per situation keep a
 * community from receiving the same line twenty times, and the choice is seeded so that
 * a round is reproducible.
 */
import { createRandom } from '../random/prng.ts';

// No template says "you both": a trio gets the same starters as a pair.
const ONE_ACTIVITY = [
  'What got you into {a}, and what keeps you coming back to it?',
  'How did you first get into {a}? Is there a moment from it you still think about?',
  'If you had a free Saturday just for {a}, what would the day look like?',
  'What is something about {a} that people who have never tried it tend to get wrong?',
  'Is there a place, a group or a person that made {a} click for you?',
  'What is the next thing you would like to try, or get better at, in {a}?',
] as const;

const ONE_TOPIC = [
  'What is one thing about {a} you have changed your mind on lately?',
  'What is a question about {a} you would happily talk through for an hour?',
  'Who or what taught you the most about {a}?',
  'What do you wish you had known about {a} when you started?',
  'What is something in {a} that you think deserves more attention than it gets?',
] as const;

const TWO = [
  'Between {a} and {b}, which came first for you, and do the two ever meet?',
  'Between {a} and {b}, which one has been taking more of your time lately?',
  'What is a recent highlight from {a} or {b}?',
  'If you could only keep one of {a} and {b} for a year, which would it be, and why?',
] as const;

const MENTORING = [
  'What is a question you would ask someone a few steps ahead of you, or wish someone had asked you?',
  'What is one thing that made the biggest difference in your work over the last few years?',
  'What are you hoping to learn or figure out in the next few months?',
] as const;

const NOTHING_SHARED = [
  'You come from different corners of the community. What does a good week look like for you?',
  'What is something you have been curious about lately, at work or outside it?',
  'What are you looking forward to this month?',
  'What is a small thing that made your week better recently?',
] as const;

export interface StarterInput {
  /** The ids of the group, so each match gets its own draw. */
  ids: readonly string[];
  seed: string | number;
  /** Shared interests as phrases for a sentence, heaviest first, with whether each is an activity. */
  shared: readonly { phrase: string; activity: boolean }[];
  mentoring: boolean;
}

function fill(template: string, a = '', b = ''): string {
  // Functions, not strings, as replacements: a label may contain `$&` and the like.
  return template.replace('{a}', () => a).replace('{b}', () => b);
}

/** A conversation starter for one match, chosen deterministically from the seed and the ids. */
export function conversationStarter(input: StarterInput): string {
  const random = createRandom(`${input.seed}|starter|${input.ids.join('|')}`);
  const [first, second] = input.shared;
  if (first && second && random.next() < 0.5) return fill(random.pick(TWO), first.phrase, second.phrase);
  if (first) return fill(random.pick(first.activity ? ONE_ACTIVITY : ONE_TOPIC), first.phrase);
  if (input.mentoring) return random.pick(MENTORING);
  return random.pick(NOTHING_SHARED);
}

/** Every template, for tests that check each one reads well once filled. */
export const STARTER_TEMPLATES = { ONE_ACTIVITY, ONE_TOPIC, TWO, MENTORING, NOTHING_SHARED } as const;
