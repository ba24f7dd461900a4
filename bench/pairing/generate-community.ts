/**
 * Generated communities for bench/pairing, shaped like real ones rather than uniform noise:
 * - interests follow a long tail (a Zipf law over the shipped taxonomy, so a handful are
 *   held by half the members and most by a few), typed the way people type them (aliases,
 *   odd casing), with a sprinkling of custom interests nobody else has heard of;
 * - teams differ in size, and members of a team share some professional topics, so that
 *   the most similar person is often a teammate and the cross-team bonus has work to do;
 * - seniority levels, a minority open to mentoring or to being mentored, a few paused
 *   members and a few blocks.
 * Everything comes from the seeded PRNG, so a size and a seed always give the same community.
 */
// Imported by path, not through '@kindred/core': the bench measures the engine's own modules.
import type { OpenTo, PairingMember } from '../../packages/core/src/matching/index.ts';
import { createRandom, type Random } from '../../packages/core/src/random/prng.ts';
import { TAXONOMY } from '../../packages/core/src/taxonomy/index.ts';

export interface CommunityOptions {
  size: number;
  seed?: string | number;
  /** Zipf exponent of interest popularity (1 = classic long tail). */
  zipf?: number;
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tu',
  'vo',
  'sha',
  'pel',
  'dri',
  'an',
  'gor',
  'bex',
  'ul',
  'fen',
  'qui',
  'zo',
];

/** Cumulative weights for a Zipf law over `count` ranks. */
function zipfTable(count: number, exponent: number): Float64Array {
  const table = new Float64Array(count);
  let sum = 0;
  for (let r = 0; r < count; r++) {
    sum += 1 / (r + 1) ** exponent;
    table[r] = sum;
  }
  for (let r = 0; r < count; r++) table[r] = (table[r] as number) / sum;
  return table;
}

function drawRank(table: Float64Array, random: Random): number {
  const x = random.next();
  let lo = 0;
  let hi = table.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((table[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How a person might type an interest: the label, an alias, or the label in lower case. */
function typed(entry: (typeof TAXONOMY)[number], random: Random): string {
  const roll = random.next();
  if (roll < 0.15 && entry.aliases.length > 0) return random.pick(entry.aliases);
  if (roll < 0.35) return entry.label.toLowerCase();
  return entry.label;
}

/** A made-up hobby: two or three syllables, then a kind of activity. */
function customInterest(random: Random): string {
  const word = Array.from({ length: 2 + random.int(2) }, () => random.pick(SYLLABLES)).join('');
  return `${word} ${random.pick(['club', 'making', 'spotting', 'racing', 'collecting'])}`;
}

/** A community of `size` members. */
export function generateCommunity(options: CommunityOptions): PairingMember[] {
  const random = createRandom(options.seed ?? 'bench-community');
  const entries = random.shuffle(TAXONOMY);
  const popularity = zipfTable(entries.length, options.zipf ?? 1);
  const topics = entries.filter((e) => e.kind === 'topic');
  // Interests the taxonomy does not know: a long tail of their own, mostly written by one
  // or two people each (about one custom interest per 20 members in the pool).
  const customs = Array.from({ length: Math.max(50, Math.round(options.size / 20)) }, () =>
    customInterest(random),
  );
  const customPopularity = zipfTable(customs.length, 0.8);

  const teamCount = Math.max(2, Math.round(options.size / 25));
  const teamSizes = zipfTable(teamCount, 0.6);
  const teamFocus = Array.from({ length: teamCount }, () =>
    Array.from({ length: 3 }, () => random.pick(topics)),
  );

  const members: PairingMember[] = [];
  for (let m = 0; m < options.size; m++) {
    const team = drawRank(teamSizes, random);
    const chosen = new Map<string, string>();
    const target = 3 + random.int(5) + random.int(5);
    const focus = teamFocus[team] as (typeof TAXONOMY)[number][];
    for (const entry of focus) if (random.next() < 0.45) chosen.set(entry.key, typed(entry, random));
    let guard = 0;
    while (chosen.size < target && guard++ < 100) {
      if (random.next() < 0.06) {
        const text = customs[drawRank(customPopularity, random)] as string;
        chosen.set(text, text);
        continue;
      }
      const entry = entries[drawRank(popularity, random)] as (typeof TAXONOMY)[number];
      if (!chosen.has(entry.key)) chosen.set(entry.key, typed(entry, random));
    }
    const seniority = 1 + Math.min(5, Math.floor(-Math.log(1 - random.next()) * 1.6));
    const openTo: OpenTo[] = ['peer'];
    if (seniority >= 4 && random.next() < 0.35) openTo.push('mentor');
    if (seniority <= 2 && random.next() < 0.3) openTo.push('mentee');
    members.push({
      id: `m-${m}`,
      interests: [...chosen.values()],
      team: `team-${team}`,
      seniority,
      openTo,
      paused: random.next() < 0.03,
      blocked: random.next() < 0.005 ? [`m-${random.int(options.size)}`] : [],
    });
  }
  return members;
}
