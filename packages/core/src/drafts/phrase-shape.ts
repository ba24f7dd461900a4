/**
 * Reading the grammatical shape of a fragment someone typed, so a template can embed it
 * in a way that reads well. People note details as gerunds ("training for a half
 * marathon"), past events ("got promoted to staff engineer"), bare verbs ("grab a coffee
 * next week") or nouns ("the board presentation"); each needs a different frame
 * ("you mentioned you were…", "you mentioned that you…", "you mentioned the…").
 * Notes are also written about the person ("her daughter's wedding") while drafts speak
 * to them, so `toSecondPerson` turns the third person into "you"/"your".
 */
import {
  BARE_PARTICIPLES,
  BASE_VERBS,
  COMMON_NOTE_NOUNS,
  DETERMINERS,
  ED_NOUNS,
  ING_NOUNS,
  LEADING_ADVERBS,
  PAST_TO_GERUND,
  PREPOSITIONS,
  VERB_OR_NOUN,
} from './phrase-words.ts';
import { lowerFirst } from './text-clean.ts';

export type PhraseShape = 'gerund' | 'past' | 'verb' | 'noun';

function firstWord(phrase: string): string {
  return (phrase.split(' ')[0] ?? '').toLowerCase().replace(/[^\p{L}'’-]/gu, '');
}

/** What kind of phrase this is, judged by its first word. */
export function shapeOf(phrase: string): PhraseShape {
  const rest = phrase.replace(LEADING_ADVERBS, '');
  const word = firstWord(rest);
  if (word === '') return 'noun';
  if (VERB_OR_NOUN.has(word)) {
    const next = (rest.split(' ')[1] ?? '').toLowerCase();
    return next === '' || PREPOSITIONS.has(next) ? 'noun' : 'verb';
  }
  if (BASE_VERBS.has(word)) return 'verb';
  if (Object.hasOwn(PAST_TO_GERUND, word)) return 'past';
  if (word.endsWith('ing') && word.length >= 5 && !ING_NOUNS.has(word)) return 'gerund';
  if (word.endsWith('ed') && word.length >= 5 && !word.endsWith('eed') && !ED_NOUNS.has(word)) return 'past';
  return 'noun';
}

const SUBJECT =
  /^(?:she|he|they)(?:\s+(?:is|are|will be|will|has been|have been|has|have)(?=\s))?\s+(?=\p{L})/iu;
const SUBJECT_CONTRACTED = /^(she|he|they)(?:'s|’s|'re|’re)\s+/i;

/**
 * Speaks to the person instead of about them: drops a leading "she's"/"he is"/"they
 * will", and turns "her new job" into "your new job". Only possessives followed by a
 * word are changed, because "her" alone may be an object ("meeting her").
 */
export function toSecondPerson(phrase: string): string {
  let out = phrase.replace(SUBJECT_CONTRACTED, '').replace(SUBJECT, '');
  // "was/were" stays (handled as a past form); anything else now starts the phrase.
  out = out
    .replace(/\b(?:his|her|their)\b(?=\s+[\p{L}\p{N}])/giu, (word) =>
      word[0] === word[0]?.toUpperCase() ? 'Your' : 'your',
    )
    .replace(/\b(?:hers|theirs)\b/gi, 'yours')
    .replace(/\b(?:himself|herself|themselves|themself)\b/gi, 'yourself')
    .replace(/\b(?:she|he)(?:'s|’s)\b/gi, "you're")
    .replace(/\b(?:she|he) (?:is)\b/gi, 'you are')
    .replace(/\b(?:she|he) (?:was)\b/gi, 'you were')
    .replace(/\b(?:she|he) (?:has)\b/gi, 'you have')
    .replace(/\b(?:she|he)\b/gi, 'you');
  return lowerWordStart(out);
}

/** Lower-cases the first letter when the first word is a function word someone capitalised at the start of a note. */
function lowerWordStart(phrase: string): string {
  const word = firstWord(phrase);
  const original = phrase.split(' ')[0] ?? '';
  if (!/^[A-Z][a-z'’-]*$/.test(original)) return phrase;
  if (
    shapeOf(phrase) !== 'noun' ||
    DETERMINERS.has(word) ||
    COMMON_NOTE_NOUNS.has(word) ||
    word === 'about' ||
    word === 'to'
  ) {
    return lowerFirst(phrase);
  }
  return phrase;
}

/** The "-ing" form of a base verb, for the common spelling rules. */
export function ingForm(verb: string): string {
  const v = verb.toLowerCase();
  const irregular: Record<string, string> = {
    be: 'being',
    see: 'seeing',
    lie: 'lying',
    die: 'dying',
    have: 'having',
  };
  if (irregular[v]) return irregular[v];
  if (/(?:^|[^aeiou])(?:run|get|put|sit|set|swim|win|plan|shop|chat|stop|begin|jog|drop)$/.test(v)) {
    return `${v}${v.slice(-1)}ing`;
  }
  if (v.endsWith('ie')) return `${v.slice(0, -2)}ying`;
  if (v.endsWith('e') && !v.endsWith('ee') && v.length > 2) return `${v.slice(0, -1)}ing`;
  return `${v}ing`;
}

function replaceFirstWord(phrase: string, word: string): string {
  const space = phrase.indexOf(' ');
  return space === -1 ? word : `${word}${phrase.slice(space)}`;
}

/** A noun phrase gets a determiner when bare ("board presentation" -> "the board presentation"). */
export function withDeterminer(phrase: string): string {
  const words = phrase.split(' ');
  const first = words[0] ?? '';
  const lower = first.toLowerCase();
  if (DETERMINERS.has(lower) || /^\d/.test(first) || /['’]s$/.test(first)) return phrase;
  // A single capitalised word is a name ("Lisbon", "PyCon"); plurals read fine bare too.
  if (words.length === 1 && /^\p{Lu}/u.test(first)) return phrase;
  // A bare plural is theirs: "exams" -> "your exams" ("the exams" sounds like someone else's).
  if (/[^s]s$/.test(lower) && words.length === 1) return `your ${phrase}`;
  return `the ${phrase}`;
}

/** Forms of one noted fragment, each fitting a frame; '' where the shape has no such form. */
export interface PhraseForms {
  shape: PhraseShape;
  /** After "you mentioned" / "I remembered": "you were training…", "that you got…", "the board presentation". */
  mention: string;
  /** After "on"/"about"/"to": "training…", "getting promoted…", "the board presentation". */
  gerundOrNoun: string;
  /** A clause after "I heard": "you got promoted…"; '' for a noun. */
  clause: string;
  /** Stands for the thing in "how did ___ go": the noun itself, else "it". */
  it: string;
}

const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'will', 'has', 'have', 'had', 'does', 'did']);
const PRESENT_SUBJECT = /^(?:she|he|they)\s+([\p{L}'’]+)\b/iu;

/** "loves" -> "love", "goes" -> "go", "has" -> "have": the verb as said to "you". */
function secondPersonVerb(verb: string): string {
  const v = verb.toLowerCase();
  const irregular: Record<string, string> = { has: 'have', is: 'are', does: 'do', was: 'were', says: 'say' };
  if (irregular[v]) return irregular[v];
  if (/[^aeiou]ies$/.test(v)) return `${v.slice(0, -3)}y`;
  if (/(?:sh|ch|x|ss|o)es$/.test(v)) return v.slice(0, -2);
  if (/[^s]s$/.test(v)) return v.slice(0, -1);
  return v;
}

/**
 * A note written as a sentence about them ("she loves climbing") becomes a clause to
 * them ("you love climbing"); null when the note does not start that way.
 */
function clauseFromSentence(raw: string): string | null {
  const match = PRESENT_SUBJECT.exec(raw);
  const verb = match?.[1]?.toLowerCase();
  if (!match || verb === undefined) return null;
  const after = raw.slice(match[0].length).trim();
  // "she is presenting", "he will present": an auxiliary before an action is that action.
  if (AUXILIARIES.has(verb) && after !== '' && shapeOf(after) !== 'noun') return null;
  // "she moved to Lisbon": a past form is handled as a past note.
  if (!AUXILIARIES.has(verb) && shapeOf(verb) !== 'noun' && shapeOf(verb) !== 'verb') return null;
  return `you ${secondPersonVerb(verb)}${after === '' ? '' : ` ${toSecondPerson(after)}`}`;
}

/** "promoted to staff engineer" -> "got promoted to staff engineer"; anything else unchanged. */
function withGot(phrase: string): string {
  const adverb = LEADING_ADVERBS.exec(phrase)?.[0] ?? '';
  const rest = phrase.slice(adverb.length);
  return BARE_PARTICIPLES.has(firstWord(rest)) ? `${adverb}got ${rest}` : phrase;
}

/** Everything a template might want from one fragment about the person. */
export function formsOf(raw: string): PhraseForms {
  const sentence = clauseFromSentence(raw);
  if (sentence !== null)
    return { shape: 'past', mention: `that ${sentence}`, gerundOrNoun: '', clause: sentence, it: 'it' };
  const phrase = withGot(toSecondPerson(raw));
  const shape = shapeOf(phrase);
  // "just got promoted": the adverb rides along in front of whatever form we build.
  const adverb = shape === 'noun' ? '' : (LEADING_ADVERBS.exec(phrase)?.[0] ?? '').toLowerCase();
  const rest = phrase.slice(adverb.length);
  const first = firstWord(rest);
  switch (shape) {
    case 'gerund':
      return {
        shape,
        mention: `you were ${adverb}${rest}`,
        gerundOrNoun: `${adverb}${rest}`,
        clause: `you were ${adverb}${rest}`,
        it: 'it',
      };
    case 'past': {
      const past = first === 'was' ? replaceFirstWord(rest, 'were') : rest;
      const gerund = PAST_TO_GERUND[first];
      return {
        shape,
        mention: `that you ${adverb}${past}`,
        gerundOrNoun: gerund ? `${adverb}${replaceFirstWord(rest, gerund)}` : '',
        clause: `you ${adverb}${past}`,
        it: 'it',
      };
    }
    case 'verb':
      return {
        shape,
        mention: `you were going to ${adverb}${rest}`,
        gerundOrNoun: `${adverb}${replaceFirstWord(rest, ingForm(first))}`,
        clause: `you were going to ${adverb}${rest}`,
        it: 'it',
      };
    case 'noun': {
      const noun = withDeterminer(phrase);
      return { shape, mention: noun, gerundOrNoun: noun, clause: '', it: noun };
    }
  }
}
