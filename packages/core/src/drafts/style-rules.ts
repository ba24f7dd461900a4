/**
 * The house style for every piece of text Kindred writes, as checks the tests run over
 * every template and over generated drafts: no corporate filler, no broken fragments
 * left by missing data, at most one exclamation mark.
 */

/** Phrases we never write: filler, sales talk and buzzwords. Matched case-insensitively. */
export const BANNED_PHRASES: readonly string[] = [
  'touch base',
  'circle back',
  'synergy',
  'synergies',
  'leverage',
  'reach out',
  'reaching out',
  'hope this email finds you well',
  'hope this finds you well',
  'per my last',
  'just checking in',
  'pick your brain',
  'ping you',
  'loop you in',
  'bandwidth',
  'value add',
  'win-win',
  'game changer',
  'game-changer',
  'thought leader',
  'deep dive',
  'low-hanging fruit',
  'move the needle',
  'going forward',
  'passionate about',
  'super excited',
  'rockstar',
  'ninja',
  "don't hesitate",
  'asap',
  'quick win',
  'best-in-class',
  'results-driven',
];

const BANNED_PATTERNS = BANNED_PHRASES.map((phrase) => {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Whole words only: "hoping you" is not "ping you".
  return { phrase, pattern: new RegExp(`(?<!\\p{L})${escaped}(?!\\p{L})`, 'iu') };
});

/** The banned phrases a text uses. */
export function bannedPhrasesIn(text: string): string[] {
  return BANNED_PATTERNS.filter(({ pattern }) => pattern.test(text)).map(({ phrase }) => phrase);
}

/** Every way a text breaks the house style; empty when it is fine. */
export function styleProblems(text: string): string[] {
  const problems: string[] = bannedPhrasesIn(text).map((phrase) => `uses "${phrase}"`);
  const checks: [RegExp, string][] = [
    [/\bundefined\b/i, 'says "undefined"'],
    [/\bnull\b/i, 'says "null"'],
    [/\bNaN\b/, 'says "NaN"'],
    [/[{}]/, 'has a template brace'],
    [/\[|\]/, 'has a template bracket'],
    [/ {2}/, 'has a double space'],
    [/ [.,;:?!]/, 'has a space before punctuation'],
    [/[,;:][.,;:?!]/, 'has piled-up punctuation'],
    [/(?<!\.)\.\.(?!\.)/, 'has a doubled full stop'],
    [/“\s*”|""|''|\(\s*\)/, 'has empty quotes or brackets'],
    [/^\s|\s$/, 'has leading or trailing space'],
    [/[ \t]\n|\n[ \t]/, 'has spaces around a line break'],
    [/\n{3,}/, 'has more than one blank line'],
  ];
  for (const [pattern, why] of checks) if (pattern.test(text)) problems.push(why);
  if ((text.match(/!/g) ?? []).length > 1) problems.push('has more than one exclamation mark');
  if (!/\p{L}/u.test(text)) problems.push('says nothing');
  // Emoji and pictographs: our text is words only.
  if (/\p{Extended_Pictographic}/u.test(text)) problems.push('has an emoji');
  return problems;
}
