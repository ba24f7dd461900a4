/**
 * Drafts: the words Kindred suggests. Messages for planned actions, your own pitch,
 * openers and an exit line for events, and a break plan. All text is ours, all choice
 * is seeded, and nothing here does I/O or reads the clock.
 */
export type { Draft, DraftChannel, DraftInput, DraftKind, DraftPerson } from './draft.types.ts';
export { DRAFT_KINDS } from './draft.types.ts';
export { draftMessage } from './draft-message.ts';
export { type BreakPlanInput, breakPlan, EXIT_LINES, exitLine } from './event-day.ts';
export { firstNameOf, fullNameOf } from './first-name.ts';
export { draftOpeners, type OpenersInput } from './openers.ts';
export { draftPitch, type PitchProfile } from './pitch.ts';
