/**
 * How often a tie wants a light touch, by how close it is: closer ties are touched
 * more often. A stranger has no cadence (nothing is owed to someone you have not met).
 */
import type { Stage } from './stages.ts';

export const CADENCE_DAYS: Record<Stage, number | null> = {
  stranger: null,
  first_contact: 60,
  repeat_contact: 45,
  asking: 30,
  sharing: 21,
  close: 14,
  closest: 10,
};

/** Days between touches for a tie, honouring a per-person override. */
export function cadenceFor(stage: Stage, override: number | null | undefined): number | null {
  return override ?? CADENCE_DAYS[stage];
}
