/** Counting in words, the same way on every page. */

/** "1 interaction", "3 interactions"; "1 person", "2 people" with the plural given. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "1 point", "4 points": energy, as the settings and the first run count it. */
export const points = (n: number) => plural(n, 'point');
