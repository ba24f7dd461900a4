export { FOLLOW_UP_WINDOW_DAYS, WIN_WINDOW_DAYS } from './candidates/detail.candidates.ts';
export { EMPTY_STATS, summariseHistory } from './person-stats.ts';
export { actionHandle, candidateActions, plan } from './plan.ts';
export * from './plan.types.ts';
export { NOTHING_DUE_NOTE } from './plan-notes.ts';
export { dayRules } from './schedule.ts';
