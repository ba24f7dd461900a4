/**
 * Conversation openers for someone you hope to meet at an event. A question about
 * something you share beats small talk, and a purpose ("I'm hoping to learn about…")
 * makes the conversation easy to start and to end. Openers go from the most specific
 * (a shared interest) to warm, generic ones, and never repeat.
 */
import { createRandom } from '../random/prng.ts';
import type { DraftPerson } from './draft.types.ts';
import { fillTemplate } from './fill.ts';
import { sharedInterestPhrase } from './interest-words.ts';
import { shapeOf } from './phrase-shape.ts';
import { roleWithArticle, roleWords } from './role-words.ts';
import { cleanValue, tidy } from './text-clean.ts';

export interface OpenersInput {
  person: DraftPerson;
  /** Labels of interests you share, most telling first. */
  sharedInterests: string[];
  theirRole: string | null;
  /** What you hope to get from the event: "learn about data engineering", "a new role in product". */
  myGoal: string | null;
  eventName: string;
}

/** Each group is one angle; one line per group is used, most specific group first. */
const GROUPS: Record<string, readonly string[]> = {
  interest: [
    "I saw you're into {interest} too. How did you get into it?",
    "I noticed we're both into {interest}. Do you get much time for it these days?",
    'I think we share a soft spot for {interest}. What got you started?',
  ],
  goal: [
    '{goal} What would you tell someone in my position?',
    '{goal}[ As {role}, how| How] would you go about it?',
    "{goal} I'd love to hear how you see it[ as {role}].",
  ],
  role: [
    'What does a typical week look like for you as {role}?',
    'How did you end up working as {role}[ at {org}]?',
    "What's the most interesting part of being {role} at the moment?",
  ],
  org: [
    'What are you working on at {org} at the moment?',
    'How long have you been at {org}? I would love to hear what it is like.',
  ],
  event: [
    'What brought you to {event}?',
    'Have you been to {event} before?',
    "What's been the best part of {event} for you so far?",
  ],
};

/** Always usable, for when little is known or more openers are asked for. */
const GENERIC: readonly string[] = [
  "Hi, I don't think we've met yet. What brings you here?",
  "Mind if I join you? I don't know many people here yet.",
  "How's your day going so far?",
  'Is this your first time at one of these?',
  "What's keeping you busy at the moment?",
  'How did you hear about this one?',
];

/** My goal as a first-person sentence, shaped by how it was written. */
function goalSentence(goal: string | null): string {
  const text = roleWords(
    cleanValue(goal).replace(/^(?:to|i want to|i'd like to|i am hoping to|i'm hoping to)\s+/i, ''),
  );
  if (text === '') return '';
  switch (shapeOf(text)) {
    case 'verb':
      return `I'm hoping to ${text}.`;
    case 'gerund':
      return `I'm thinking about ${text}.`;
    default:
      return `I'm looking for ${text}.`;
  }
}

/**
 * Up to `count` distinct openers (three by default), specific ones first: a shared
 * interest, your goal, their role, their organisation, the event, then warm generic
 * lines (at least six are always available). `seed` picks the wording within each angle.
 */
export function draftOpeners(input: OpenersInput, seed: string, count = 3): string[] {
  const random = createRandom(`${seed}:openers`);
  const slots = {
    interest: sharedInterestPhrase(input.sharedInterests ?? [], 1),
    goal: goalSentence(input.myGoal),
    role: roleWithArticle(input.theirRole),
    org: cleanValue(input.person?.organisation),
    event: cleanValue(input.eventName),
  };
  const out: string[] = [];
  const add = (line: string | null) => {
    const text = line === null ? '' : tidy(line);
    if (text !== '' && !out.includes(text)) out.push(text);
  };
  for (const lines of Object.values(GROUPS)) {
    const usable = lines.map((l) => fillTemplate(l, slots)).filter((l): l is string => l !== null);
    if (usable.length > 0) add(random.pick(usable));
  }
  for (const line of random.shuffle(GENERIC)) add(line);
  return out.slice(0, Math.max(0, Math.floor(count)));
}
