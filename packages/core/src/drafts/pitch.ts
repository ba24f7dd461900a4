/**
 * Your own short introduction: who you are, what you work on, what you enjoy. Used in
 * openers and community profiles, so it is plain, first person, two or three sentences,
 * and has no buzzwords of its own (it only repeats what you wrote). Missing fields are
 * left out rather than papered over.
 */
import { createRandom } from '../random/prng.ts';
import { fillTemplate } from './fill.ts';
import { firstNameOf } from './first-name.ts';
import { interestWords, listPhrase } from './interest-words.ts';
import { shapeOf } from './phrase-shape.ts';
import { roleWithArticle, roleWords } from './role-words.ts';
import { cleanSentence, cleanValue, tidy } from './text-clean.ts';

export interface PitchProfile {
  name: string;
  role: string | null;
  organisation: string | null;
  /** What you work on, in your words: "onboarding for small businesses", "building payment systems". */
  work: string | null;
  /** Interest labels, most telling first; the first three are named. */
  enjoys: string[];
  /** What you are looking for: "a mentor in data engineering", "meet other founders". */
  lookingFor: string | null;
}

const WHO =
  "[I'm {name}[, {role}[ at {org}]|, and I work at {org}].|I'm {role}[ at {org}].|I work at {org}.]";

const TEMPLATES = [
  `${WHO}[ {work}][ Outside work I enjoy {enjoys}, and at the moment {looking}.| Outside work I enjoy {enjoys}.| At the moment {looking}.]`,
  `${WHO}[ {work}][ Away from work I love {enjoys}, and right now {looking}.| Away from work I love {enjoys}.| Right now {looking}.]`,
  `${WHO}[ {work}][ In my spare time I'm into {enjoys}, and these days {looking}.| In my spare time I'm into {enjoys}.| These days {looking}.]`,
];

/** One sentence about your work, shaped by how you phrased it. */
function workSentence(work: string | null): string {
  const text = cleanValue(work);
  if (text === '') return '';
  if (/^(?:I|I'm|I’m|My|We|We're|Our)\b/.test(text)) return cleanSentence(text);
  const words = roleWords(text.replace(/^(?:working on|work on)\s+/i, ''));
  switch (shapeOf(words)) {
    case 'gerund':
      // "building payment systems" and "onboarding for small businesses" (a noun in -ing) both read well here.
      return `Most of my work is ${words}.`;
    case 'verb':
    case 'past':
      return `I ${words}.`;
    case 'noun':
      return `I work on ${words}.`;
  }
}

/** What you are looking for, as the end of "at the moment …". */
function lookingPhrase(lookingFor: string | null): string {
  const text = roleWords(
    cleanValue(lookingFor).replace(/^(?:to|i'd like to|i want to|looking for|i'm looking for)\s+/i, ''),
  );
  if (text === '') return '';
  switch (shapeOf(text)) {
    case 'verb':
      return `I'd like to ${text}`;
    case 'gerund':
      return `I'm interested in ${text}`;
    default:
      return `I'm looking for ${text}`;
  }
}

/**
 * Drafts your pitch from your profile; `seed` picks among a few phrasings. Always
 * returns something sayable, even from an empty profile.
 */
export function draftPitch(profile: PitchProfile, seed: string): string {
  const enjoys = listPhrase(
    (profile.enjoys ?? [])
      .map(interestWords)
      .filter((e, i, all) => e !== '' && all.findIndex((x) => x.toLowerCase() === e.toLowerCase()) === i)
      .slice(0, 3),
  );
  const slots = {
    name: firstNameOf(cleanValue(profile.name)),
    role: roleWithArticle(profile.role),
    org: cleanValue(profile.organisation),
    work: workSentence(profile.work),
    enjoys,
    looking: lookingPhrase(profile.lookingFor),
  };
  const template = createRandom(`${seed}:pitch`).pick(TEMPLATES);
  const text = tidy(fillTemplate(template, slots) ?? '');
  return /\p{L}/u.test(text) ? text : 'Hello, nice to meet you.';
}
