/**
 * A small seeded pseudo-random source. The core never calls Math.random: every engine
 * that needs chance takes one of these, so a seed reproduces a plan, a pairing or a
 * seating exactly (tests, `--seed` on the CLI).
 */

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** A new array with the items in random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** One item, chosen uniformly; throws on an empty list (a caller's bug). */
  pick<T>(items: readonly T[]): T;
  /** An independent stream derived from this one, for sub-tasks that must not disturb it. */
  fork(label: string): Random;
}

/** Turns any string or number into a 32-bit seed (FNV-1a over the text form). */
export function seedFrom(value: string | number): number {
  const text = String(value);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** sfc32, seeded through splitmix32: fast, small state, good statistical quality. */
export function createRandom(seed: string | number = 1): Random {
  let s = seedFrom(seed);
  const splitmix = () => {
    s = (s + 0x9e3779b9) | 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const base = seedFrom(seed);

  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Warm up so that nearby seeds diverge at once.
  for (let i = 0; i < 12; i++) next();

  const random: Random = {
    next,
    int: (n) => Math.floor(next() * n),
    shuffle(items) {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = out[i] as (typeof out)[number];
        out[i] = out[j] as (typeof out)[number];
        out[j] = tmp;
      }
      return out;
    },
    pick(items) {
      if (items.length === 0) throw new Error('pick() from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    fork: (label) => createRandom(`${base}:${label}`),
  };
  return random;
}
