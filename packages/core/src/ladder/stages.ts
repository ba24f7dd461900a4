/**
 * The relationship ladder. Stages are stored by key; what a person sees depends on the
 * tie's seniority: the upper rungs are friend/close friend with a peer, mentor/sponsor
 * with someone senior, and mentee/protégé with someone junior to you.
 */

export const STAGES = [
  'stranger',
  'first_contact',
  'repeat_contact',
  'asking',
  'sharing',
  'close',
  'closest',
] as const;
export type Stage = (typeof STAGES)[number];

export const SENIORITIES = ['junior', 'peer', 'senior'] as const;
export type Seniority = (typeof SENIORITIES)[number];

const BASE_LABELS: Record<Exclude<Stage, 'close' | 'closest'>, string> = {
  stranger: 'Stranger',
  first_contact: 'First contact',
  repeat_contact: 'Hi again',
  asking: 'Asking their input',
  sharing: 'Sharing your path',
};

const UPPER_LABELS: Record<Seniority, { close: string; closest: string }> = {
  peer: { close: 'Friend', closest: 'Close friend' },
  senior: { close: 'Mentor', closest: 'Sponsor' },
  junior: { close: 'Mentee', closest: 'Protégé' },
};

const DESCRIPTIONS: Record<Stage, string> = {
  stranger: 'You know of each other but have not really spoken.',
  first_contact: 'You have met or spoken once.',
  repeat_contact: 'You have been in touch more than once; they would recognise you.',
  asking: 'You ask for their input, advice, story or involvement.',
  sharing: 'You share your goals, progress and struggles with each other.',
  close: 'A tie you both rely on.',
  closest: 'One of the few people who would go out of their way for you, and you for them.',
};

/** The position of a stage on the ladder, 0 for stranger. */
export function stageRank(stage: Stage): number {
  return STAGES.indexOf(stage);
}

/** What a person sees for a stage, in the wording that fits the tie's seniority. */
export function stageLabel(stage: Stage, seniority: Seniority | null | undefined = 'peer'): string {
  if (stage === 'close' || stage === 'closest') return UPPER_LABELS[seniority ?? 'peer'][stage];
  return BASE_LABELS[stage];
}

export function stageDescription(stage: Stage): string {
  return DESCRIPTIONS[stage];
}

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();

const STAGE_WORDS = new Map<string, Stage>();
for (const stage of STAGES) {
  STAGE_WORDS.set(fold(stage), stage);
  STAGE_WORDS.set(fold(stageLabel(stage, 'peer')), stage);
}
for (const labels of Object.values(UPPER_LABELS)) {
  STAGE_WORDS.set(fold(labels.close), 'close');
  STAGE_WORDS.set(fold(labels.closest), 'closest');
}
for (const [word, stage] of [
  ['first', 'first_contact'],
  ['met', 'first_contact'],
  ['repeat', 'repeat_contact'],
  ['ask', 'asking'],
  ['input', 'asking'],
  ['advice', 'asking'],
  ['share', 'sharing'],
  ['protege', 'closest'],
] as const) {
  STAGE_WORDS.set(word, stage);
}

/** Reads a stage from a key or any of its wordings ("friend", "mentor", "hi again"). */
export function parseStage(text: string): Stage | null {
  return STAGE_WORDS.get(fold(text)) ?? null;
}

/** Every word `parseStage` accepts, for help text and error messages. */
export function stageWords(): string[] {
  return [...STAGES.map((s) => s.replace(/_/g, '-')), 'friend', 'close-friend', 'mentor', 'sponsor'];
}

/** The seniority a stage word implies ("mentor" is someone senior), if it implies one. */
export function seniorityImpliedBy(text: string): Seniority | null {
  const word = fold(text);
  if (word === 'mentor' || word === 'sponsor') return 'senior';
  if (word === 'mentee' || word === 'protege') return 'junior';
  return null;
}
