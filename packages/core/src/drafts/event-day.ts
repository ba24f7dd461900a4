/**
 * Getting through an event on a budget: a graceful line for leaving a conversation (or
 * the event), and a short plan of breaks. Knowing how and when you will leave makes it
 * much easier to go at all; breaks come sooner and the planned exit earlier when the
 * week's energy is low.
 */
import { createRandom } from '../random/prng.ts';

/** Ways to leave a conversation kindly: thanks, a reason that is true for most people, and a door left open. */
export const EXIT_LINES: readonly string[] = [
  "It's been really good talking to you. I'm going to get some air, but I hope we cross paths again later.",
  "I've really enjoyed this. I'll let you meet some other people, but could I send you a note this week?",
  "Thank you, this was a lovely conversation. I'm heading off soon, so I'll say goodbye now.",
  "I'm going to grab a glass of water and have a quiet minute. Really glad we met.",
  "I don't want to keep you to myself. It was lovely to meet you, and I'll be in touch.",
  "I promised myself I'd leave at a sensible time, so I'm off. I'd love to carry on this conversation another time.",
];

/** One exit line, chosen by `seed` so an event's prep shows the same line each time. */
export function exitLine(seed: string): string {
  return createRandom(`${seed}:exit`).pick(EXIT_LINES);
}

/** Energy points left in the week (the interaction-cost scale; the default budget is 20). */
const LOW_ENERGY = 2;
const SOME_ENERGY = 6;

/** "45 minutes", "1 hour", "1 hour 30 minutes", "2 hours". */
export function spokenDuration(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  const hours = Math.floor(m / 60);
  const rest = m % 60;
  if (hours === 0) return `${rest} minutes`;
  const h = hours === 1 ? '1 hour' : `${hours} hours`;
  return rest === 0 ? h : `${h} ${rest} minutes`;
}

function roundTo(minutes: number, step: number): number {
  return Math.max(step, Math.round(minutes / step) * step);
}

export interface BreakPlanInput {
  /** How long the event runs; a missing or odd value is read as two hours. */
  durationMinutes: number;
  /** Energy points left in the week after the event (same scale as interaction costs). */
  energyLeft: number;
}

/**
 * A short plan for the event: where to recharge, when to step out, when to leave. With
 * plenty of energy, a five-minute break about every hour; with some, every 45 minutes
 * and leave a little early; when low, every 30 minutes, leave around halfway, and a
 * reminder that going for a short while (or not at all) is fine.
 */
export function breakPlan(input: BreakPlanInput): string[] {
  const duration =
    Number.isFinite(input.durationMinutes) && input.durationMinutes > 0 ? input.durationMinutes : 120;
  const energy = Number.isFinite(input.energyLeft) ? input.energyLeft : SOME_ENERGY + 1;
  const low = energy <= LOW_ENERGY;
  const some = !low && energy <= SOME_ENERGY;
  const interval = low ? 30 : some ? 45 : 60;
  const plan: string[] = [];

  if (low)
    plan.push(
      "Your energy is low this week, so a short visit counts. It's fine to leave early, or to skip it.",
    );
  plan.push(
    'When you arrive, find a quiet spot you can step out to: a corridor, a courtyard, a café nearby.',
  );

  if (duration <= 45) {
    plan.push("It's short, so no break is needed; step out for a minute if you want one.");
    plan.push('Leave when it ends, and let yourself go straight home.');
    return plan;
  }

  const leaveAt = low
    ? roundTo(Math.min(duration / 2, 90), 15)
    : some
      ? roundTo(duration * 0.75, 15)
      : duration;
  const breaks: number[] = [];
  for (let t = interval; t < leaveAt - 10; t += interval) breaks.push(t);
  if (breaks.length === 0) plan.push('No break needed in that time; step out for a minute if you want one.');
  else if (breaks.length <= 3) {
    const times = breaks.map(spokenDuration);
    const list =
      times.length === 1 ? times[0] : `${times.slice(0, -1).join(', ')} and ${times[times.length - 1]}`;
    plan.push(`Step out for five minutes after about ${list}.`);
  } else {
    plan.push(
      `Step out for five minutes every ${interval === 60 ? 'hour' : spokenDuration(interval)} or so.`,
    );
  }

  if (leaveAt >= duration)
    plan.push('Stay to the end only if you are still enjoying it; leaving earlier is always fine.');
  else plan.push(`Plan to leave after about ${spokenDuration(leaveAt)}, even if it's going well.`);
  plan.push(
    low
      ? 'One or two good conversations are plenty.'
      : 'Keep your exit line ready, and keep the next day light.',
  );
  return plan;
}
