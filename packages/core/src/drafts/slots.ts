/**
 * Everything Kindred knows about a draft, turned into the named values templates use.
 * This is where raw notes are shaped to read well ("her new job" -> "your new job",
 * "got promoted" -> "getting promoted" after "congratulations on"), so templates stay
 * plain sentences. A value that is not known is '' and the template drops around it.
 */
import type { DraftInput, DraftPerson } from './draft.types.ts';
import { firstNameOf, fullNameOf } from './first-name.ts';
import { sharedInterestPhrase } from './interest-words.ts';
import { formsOf, ingForm, shapeOf, toSecondPerson } from './phrase-shape.ts';
import { cleanSentence, cleanValue, lowerFirst } from './text-clean.ts';

/** The first name to greet a draft person by: theirs if given, else read from the full name. */
export function greetingName(person: DraftPerson | undefined): string {
  if (!person) return '';
  return cleanValue(person.firstName) || firstNameOf(cleanValue(person.name));
}

/** Activities that want "a" before them when proposed bare ("call on Monday" -> "a call on Monday"). */
const COUNTABLE_PLANS = new Set([
  'call',
  'chat',
  'walk',
  'catch-up',
  'catchup',
  'drink',
  'meal',
  'video',
  'phone',
]);

function proposal(text: string): { noun: string; verb: string } {
  const value = toSecondPerson(cleanValue(text).replace(/^(?:maybe|perhaps|instead)\s+/i, ''));
  if (value === '') return { noun: '', verb: '' };
  const shape = shapeOf(value);
  if (shape === 'verb') return { noun: '', verb: value };
  const first = (value.split(' ')[0] ?? '').toLowerCase();
  return { noun: COUNTABLE_PLANS.has(first) ? `a ${value}` : value, verb: '' };
}

function offerForms(offer: string | null | undefined): { noun: string; verb: string } {
  const value = toSecondPerson(cleanValue(offer).replace(/^(?:to|offer to|offering to)\s+/i, ''));
  if (value === '') return { noun: '', verb: '' };
  return shapeOf(value) === 'verb' ? { noun: '', verb: value } : { noun: value, verb: '' };
}

/** What is being declined, fit to follow "say no to" / "pass on": nouns as they are, verbs as "-ing". */
function declinedThing(what: string | undefined): string {
  const value = toSecondPerson(
    cleanValue(what).replace(/^(?:to|the invitation to|your invitation to)\s+/i, ''),
  );
  if (value === '') return '';
  if (shapeOf(value) !== 'verb') return value;
  const [verb = '', ...rest] = value.split(' ');
  return [ingForm(verb), ...rest].join(' ');
}

/** Reasons are written by the planner or the user as a clause or a phrase; we only use them as their own sentence. */
function reasonText(reason: string | undefined): string {
  const value = cleanValue(reason);
  return /^(?:You|They|We|Both|The|A|An)\b/.test(value) ? lowerFirst(value) : value;
}

/** A reason about "they" is clear when said to one person, ambiguous when said to both. */
function reasonForBoth(reason: string): string {
  return /^(?:they|them|their|he|she|his|her)\b/i.test(reason) ? '' : reason;
}

/** The item to share as lines: title, then link. */
function itemBlock(title: string, url: string): string {
  return [title, url].filter((line) => line !== '').join('\n');
}

/** Steps written as an action ("ask how you approached the migration") versus as a topic ("the migration"). */
function stepForms(topic: string | null | undefined): { topic: string; action: string } {
  const value = toSecondPerson(cleanValue(topic).replace(/^(?:could i|to)\s+/i, ''));
  if (value === '') return { topic: '', action: '' };
  return shapeOf(value) === 'verb' ? { topic: '', action: lowerFirst(value) } : { topic: value, action: '' };
}

/** Builds every value a template may use; '' where unknown. `stepAsk` is filled in by the caller. */
export function buildSlots(input: DraftInput): Record<string, string> {
  const detail = cleanValue(input.detail?.text);
  const forms = detail === '' ? null : formsOf(detail);
  const offer = offerForms(input.offer);
  const alternative = proposal(input.decline?.alternative ?? '');
  const step = stepForms(input.step?.topic);
  const other = input.other?.person;
  const url = (input.item?.url ?? '').trim().split(/\s+/)[0] ?? '';
  const interests = input.sharedInterests ?? [];
  const reason = reasonText(input.other?.reason);
  const title = cleanValue(input.item?.title);
  // Only something that looks like a link is shown as one.
  const looksLikeLink = /^(?:https?:\/\/|www\.)[^\s{}]+$|^[^\s{}@/]+\.[a-z]{2,}(?:\/[^\s{}]*)?$/i.test(url);
  const link = !looksLikeLink ? '' : /^(?:https?:\/\/|www\.)/i.test(url) ? url : `https://${url}`;
  return {
    first: greetingName(input.person),
    name: fullNameOf(cleanValue(input.person?.name)) || greetingName(input.person),
    me: fullNameOf(cleanValue(input.me?.name)),
    meFirst: firstNameOf(cleanValue(input.me?.name)),
    org: cleanValue(input.person?.organisation),
    interests: sharedInterestPhrase(interests),
    interest: sharedInterestPhrase(interests, 1),
    lastTopic: toSecondPerson(cleanValue(input.lastTopic)),
    pitch: cleanSentence(input.me?.pitch),
    metAt: cleanValue(input.metAt).replace(/^(?:at|in)\s+/i, ''),
    detailMention: forms?.mention ?? '',
    detailOn: forms?.gerundOrNoun ?? '',
    detailClause: forms?.clause ?? '',
    detailIt: forms?.it ?? '',
    detailThing: forms?.shape === 'noun' ? forms.it : '',
    otherName: other ? fullNameOf(cleanValue(other.name)) || greetingName(other) : '',
    otherFirst: greetingName(other),
    otherOrg: cleanValue(other?.organisation),
    reason,
    reasonBoth: reasonForBoth(reason),
    itemTitle: title,
    itemUrl: link,
    itemBlock: itemBlock(title, link),
    itemNote: cleanSentence(input.item?.note),
    offerNoun: offer.noun,
    offerVerb: offer.verb,
    declineWhat: declinedThing(input.decline?.what),
    altNoun: alternative.noun,
    altVerb: alternative.verb,
    stepTopic: step.topic,
    stepAction: step.action,
    stepAsk: '',
  };
}
