/**
 * History for bench/pairing: the community's earlier rounds, produced by the engine itself
 * (a round every four weeks), so that the repeat penalty bites exactly where it matters —
 * on the pairs the engine likes best.
 */
import { type PairingMember, type PastMatch, pairMembers } from '../../packages/core/src/matching/index.ts';

const DAY_MS = 86_400_000;

function dayBefore(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
}

/** `rounds` earlier rounds, `gapDays` apart, the last one `gapDays` before `today`. */
export function previousRounds(
  members: readonly PairingMember[],
  today: string,
  rounds = 2,
  gapDays = 28,
): PastMatch[] {
  const history: PastMatch[] = [];
  for (let r = rounds; r >= 1; r--) {
    const date = dayBefore(today, r * gapDays);
    const round = pairMembers({ members, history, today: date, seed: `history:${date}` });
    for (const group of round.groups) {
      const [a, b, c] = group.members as [string, string, string | undefined];
      history.push({ a, b, date });
      if (c !== undefined) history.push({ a, b: c, date }, { a: b, b: c, date });
    }
  }
  return history;
}
