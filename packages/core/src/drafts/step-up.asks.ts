/**
 * The heart of a step up the ladder: one or two sentences that ask for (or offer) the
 * next rung. The flavour depends on who the person is to you. With someone senior the
 * step is advice, their story, mentoring; with a peer it is ideas and doing things
 * together; with someone junior it is offering perspective and bringing them in.
 * Each line works in a message, an email or said aloud, with or without a topic.
 */
import type { Seniority } from '../ladder/stages.ts';
import type { DraftInput } from './draft.types.ts';

export type StepKind = NonNullable<DraftInput['step']>['kind'];

type AskTable = Record<StepKind, readonly string[]>;

const SENIOR: AskTable = {
  input: [
    "Could I get your view[ on {stepTopic}]? You've seen far more of this than I have, and I'd really value it.",
    "I'd be grateful for your perspective[ on {stepTopic}]. Would you have twenty minutes in the next few weeks?",
    "I'm thinking something through[ around {stepTopic}] and yours is the view I'd most like to hear. Could I ask you a few questions when it suits you?",
  ],
  advice: [
    'Could I ask your advice[ on {stepTopic}]? Twenty minutes would be plenty, whenever suits you.',
    "I'm weighing up a decision[ about {stepTopic}] and would really value your advice. Would you be up for a short call or a coffee?",
    "If you ever have a spare half hour, I'd love your advice[ on {stepTopic}].",
  ],
  story: [
    "I've often wondered how you got to where you are[, especially with {stepTopic}]. Would you be up for telling me the story over a coffee sometime?",
    "Could I ask how you approached [{stepTopic}|the early part of your career]? I think I'd learn a lot from it.",
    "I'd love to hear how you found your way into [{stepTopic}|this work]. Would you have time for a coffee at some point?",
  ],
  involvement: [
    'Would you be open to being an occasional sounding board[ for {stepTopic}]? Nothing formal, just a chat every month or two.',
    "I'd love to have you involved[ in {stepTopic}], even just as someone I check ideas with now and then. Is that something you'd consider?",
    "Would you consider mentoring me a little[ on {stepTopic}]? I'd keep it light and fit around your time.",
  ],
  goals: [
    "I've been thinking about where I want to go next[ with {stepTopic}], and yours is a view I trust. Could I share my thinking and hear what you'd do in my place?",
    "Could I tell you what I'm aiming for over the next year[ with {stepTopic}]? Your honest reaction would help a lot.",
    "I'm trying to set a clearer direction[ for {stepTopic}] and would value your perspective. Would you have time for a short conversation?",
  ],
  progress: [
    "I'd like to tell you how things are going[ with {stepTopic}] and hear whether you think I'm on the right track.",
    "Things have moved on[ with {stepTopic}] and I'd love to tell you where they've got to. Would you have a few minutes sometime?",
    'Could I share a short progress update[ on {stepTopic}] with you? Your view on what to do next would help.',
  ],
  struggle: [
    "I've hit a rough patch[ with {stepTopic}] and I think your perspective would really help. Could I talk it through with you?",
    "I'm finding [{stepTopic}|something at work] harder than I expected. Would you have time for a short conversation about it?",
    "Could I be honest about something I'm stuck on[ with {stepTopic}]? I'd value hearing how you would think about it.",
  ],
};

const PEER: AskTable = {
  input: [
    "I'd love your ideas[ on {stepTopic}]. Could I bounce a few things off you?",
    "Could I get your take[ on {stepTopic}]? I think you'd see it from an angle I'm missing.",
    "I'm working something out[ around {stepTopic}] and you'd have a good angle on it. Fancy comparing notes?",
  ],
  advice: [
    'Could I ask your advice[ on {stepTopic}]? You always seem to have a sensible take.',
    "I'm stuck on a decision[ about {stepTopic}] and would value a second opinion. Do you have time for a quick chat this week or next?",
    "I'd love your honest opinion on something[ to do with {stepTopic}]. Would you have a moment this week or next?",
  ],
  story: [
    "How did you get into [{stepTopic}|what you do now]? I'd love to hear the story sometime.",
    "I've been meaning to ask how you approached [{stepTopic}|your current role]. Would you tell me the story over a coffee?",
    "I'd love to hear more about your path[ into {stepTopic}]. Coffee sometime?",
  ],
  involvement: [
    'Would you like to work on [{stepTopic}|something] together? I think we would make a good team.',
    "I'm starting something[ around {stepTopic}] and it would be more fun with you involved. Would you be interested?",
    'Would you be up for teaming up[ on {stepTopic}]? Even a small experiment would be fun.',
  ],
  goals: [
    "I've been thinking about what I want next[ with {stepTopic}]. Would you be up for swapping notes on where we're each heading?",
    "Could I tell you what I'm aiming for this year[ with {stepTopic}]? I'd love to hear yours too.",
    "I'd like your reaction to a plan I'm forming[ around {stepTopic}]. Coffee and a proper chat sometime?",
  ],
  progress: [
    "Things have moved on[ with {stepTopic}] and I'd love to tell you how. How are things on your side?",
    "I wanted to tell you how [{stepTopic}|my plans are] going, and hear how you're getting on too.",
    "I'd love to catch up properly and tell you how things are going[ with {stepTopic}].",
  ],
  struggle: [
    "I'm finding [{stepTopic}|things at work] harder than expected. Would you have time to talk it through?",
    "[I've been struggling with {stepTopic} lately.|I've been struggling a bit lately.] Could I talk it over with you sometime?",
    "Could I be honest about something I'm stuck on[ with {stepTopic}]? You'd be a good person to think it through with.",
  ],
};

const JUNIOR: AskTable = {
  input: [
    "I'd like to hear your take[ on {stepTopic}]. You see things I might miss.",
    'Could I get your view[ on {stepTopic}]? A fresh pair of eyes would really help.',
    "What do you make of [{stepTopic}|how things are going at the moment]? I'd value your honest view.",
  ],
  advice: [
    "If it would help, I'm happy to share what I've learned[ about {stepTopic}]. Just say.",
    "I've been through [{stepTopic}|something similar] before, so if a second opinion would help, I'm glad to share what worked for me.",
    "Would it be useful to talk through [{stepTopic}|what you're working on] together? I'm glad to share what I've learned.",
  ],
  story: [
    "I'd love to hear how you got into [{stepTopic}|this work]. Coffee sometime?",
    "If it's useful, I'm happy to tell you how I found my way[ into {stepTopic}], mistakes and all.",
    "How did you end up working on [{stepTopic}|what you do now]? I'd like to hear the story.",
  ],
  involvement: [
    "Would you like to be involved[ in {stepTopic}]? I think you'd bring a lot to it.",
    "There's a piece of work[ on {stepTopic}] I think you'd enjoy. Would you like to get involved?",
    "I'd like to bring you into [{stepTopic}|something I'm working on]. Would that interest you?",
  ],
  goals: [
    "I'd be glad to hear where you'd like to go next[ with {stepTopic}], and to help if I can.",
    "What are you hoping to do over the next year or so? If I can help with [{stepTopic}|any of it], I'd like to.",
    "Would it help to talk through your plans[ around {stepTopic}]? I'm happy to share how I'd think about it.",
  ],
  progress: [
    "How is [{stepTopic}|everything] going? I'd like to hear how you're getting on.",
    "I'd love to hear how you're getting on[ with {stepTopic}]. Anything I can help with?",
    'How are you finding [{stepTopic}|things] at the moment? Happy to help if anything is getting in the way.',
  ],
  struggle: [
    "I found [{stepTopic}|some of this] hard when I started too. If it helps to talk it through, I'm around.",
    "If anything[ about {stepTopic}] is proving tricky, I'm happy to be a sounding board.",
    "Everyone finds [{stepTopic}|the early stages] hard at times. I'm glad to talk it through whenever it suits you.",
  ],
};

/** When the planner phrased the step itself ("ask how you approached the migration"). */
const ACTION: Record<Seniority, readonly string[]> = {
  senior: [
    "Could I {stepAction}? I'd really value your experience.",
    'When you have time, could I {stepAction}? Twenty minutes would be plenty.',
    "I'd love to {stepAction}, if you'd be open to it.",
  ],
  peer: [
    "Could I {stepAction}? I think you'd have a good angle on it.",
    "I'd love to {stepAction} sometime, if you're up for it.",
    'When you have a moment, could I {stepAction}?',
  ],
  junior: [
    "Could I {stepAction}? I think you'd have a useful fresh view.",
    "I'd like to {stepAction}, if that would be welcome.",
    'When it suits you, could I {stepAction}?',
  ],
};

const TABLES: Record<Seniority, AskTable> = { senior: SENIOR, peer: PEER, junior: JUNIOR };

/**
 * The ask lines for one step, as templates over {stepTopic}/{stepAction}. An unknown
 * seniority reads as a peer; a missing step kind reads as asking for input.
 */
export function stepAskLines(
  kind: StepKind | undefined,
  seniority: Seniority | null,
  hasAction: boolean,
): readonly string[] {
  const who = seniority ?? 'peer';
  if (hasAction) return ACTION[who];
  return TABLES[who][kind ?? 'input'];
}
