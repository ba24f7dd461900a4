/**
 * The name a person is greeted by. Names arrive from imports in every shape: "Dr. Ana
 * Silva", "Silva, Ana", "ANA SILVA", 'Robert "Bob" Smith', "Ana Silva (Acme)". A draft
 * that opens "Hi Dr.," or "Hi Silva," is worse than no draft, so this is careful.
 */
import { cleanValue } from './text-clean.ts';

// biome-ignore format: a word list reads better packed
const TITLES = new Set([
  'dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'professor', 'sir', 'dame', 'lady', 'lord',
  'rev', 'revd', 'reverend', 'fr', 'father', 'sr', 'sra', 'srta', 'dra', 'herr', 'frau', 'mme', 'mlle',
  'm', 'capt', 'captain', 'col', 'gen', 'hon', 'rt', 'cllr', 'eng', 'ing',
]);

const SUFFIX = /^(?:phd|md|mba|msc|ma|ba|bsc|jr|sr|ii|iii|iv|obe|mbe|cbe|esq|frs)\.?$/i;
const SURNAME_PARTICLE = /^(?:van|von|de|da|del|della|der|di|du|la|le|dos|das|al|el|bin|ibn|ter|ten)\s/i;

function isTitle(token: string): boolean {
  return TITLES.has(token.toLowerCase().replace(/\.$/, ''));
}

/** "J." or "J" alone: an initial, not something to greet. */
function isInitial(token: string): boolean {
  return /^\p{L}\.?$/u.test(token) || /^(?:\p{L}\.){2,}$/u.test(token);
}

/** Whether a whole name was typed in one case ("ANA SILVA", "ana silva"), so its casing says nothing. */
function typedInOneCase(name: string): boolean {
  const letters = name.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters.toUpperCase() === letters.toLowerCase()) return false;
  return letters === letters.toUpperCase() || letters === letters.toLowerCase();
}

/** "ana" -> "Ana", "mary-jane" -> "Mary-Jane". */
function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[-'’\s])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * The first name to greet someone by. Handles titles ("Dr. Ana Silva" -> "Ana"),
 * "Surname, Given" order, nicknames in quotes or brackets, trailing notes in brackets,
 * initials ("J. Robert Smith" -> "Robert"), and odd spacing. Returns '' for an empty name.
 */
export function firstNameOf(name: string): string {
  // Stray punctuation around a name ("?Ana", "Ana!") would break the greeting line.
  const trimmed = firstNameRaw(name)
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/[^\p{L}\p{N}.]+$/u, '');
  return /\p{L}/u.test(trimmed) ? cleanValue(trimmed).replace(/[^\p{L}\p{N}.]+$/u, '') : '';
}

/** Marks that are never part of a name, only typing slips. */
const NOT_IN_NAMES = /[!?;:…*#{}[\]<>|\\/]+/g;

function firstNameRaw(name: string): string {
  const whole = (name ?? '').replace(NOT_IN_NAMES, ' ').replace(/\s+/g, ' ').trim();
  if (whole === '') return '';
  const naturalCase = typedInOneCase(whole) ? titleCase : (given: string) => given;
  let text = whole;
  // A nickname in quotes is what they go by: 'Robert "Bob" Smith'.
  const nickname = /(?:^|\s)["“'‘]([^"”'’]+)["”'’](?=\s|$)/.exec(text);
  if (nickname?.[1] && /\s/.test(text.replace(nickname[0], '').trim()))
    return naturalCase(nickname[1].trim());
  // A bracket in the middle is a nickname ("Robert (Bob) Smith"); at the end it is a note ("(Acme)").
  const bracket = /\(([^)]*)\)/.exec(text);
  if (bracket) {
    const after = text.slice(bracket.index + bracket[0].length).trim();
    const before = text.slice(0, bracket.index).trim();
    const inner = (bracket[1] ?? '').trim();
    if (after !== '' && before !== '' && inner !== '' && !/\s/.test(inner)) return naturalCase(inner);
    text = `${before} ${after}`.trim();
  }
  // "Silva, Ana" puts the given name after the comma; "Ana Silva, PhD" has a suffix there instead.
  const comma = text.indexOf(',');
  if (comma !== -1) {
    const head = text.slice(0, comma).trim();
    const tail = text.slice(comma + 1).trim();
    const tailTokens = tail.split(/[\s,]+/).filter((t) => t !== '' && !isTitle(t));
    const onlySuffixes = tailTokens.every((t) => SUFFIX.test(t));
    // A one-word head, or one led by a particle ("van der Berg"), is a surname.
    const headIsSurname = !head.includes(' ') || SURNAME_PARTICLE.test(head);
    text = !onlySuffixes && headIsSurname ? tail.replace(/,.*$/, '') : head;
  }
  const tokens = text.split(' ').filter((t) => t !== '' && !isTitle(t));
  // Nothing but a title ("Dr."): greeting "Hi Dr.," would be worse than a general greeting.
  if (tokens.length === 0) return '';
  const given = tokens.find((t, i) => !isInitial(t) || i === tokens.length - 1) ?? tokens[0] ?? '';
  // "J. Smith": only initials before the surname; greet with both rather than "J.".
  const first = tokens[0] ?? '';
  if (isInitial(first) && given === tokens[tokens.length - 1] && tokens.length > 1) {
    return naturalCase(tokens.join(' '));
  }
  return naturalCase(given.replace(/[.,;:]+$/, ''));
}

/**
 * A full name as it should appear in a sentence ("Ben, meet Ana Silva"): "Silva, Ana"
 * is turned round, a trailing note in brackets is dropped, and a name typed all in one
 * case is given capitals. Titles are kept: "Dr. Ana Silva" is how she may wish to be named.
 */
export function fullNameOf(name: string): string {
  let text = (name ?? '').replace(NOT_IN_NAMES, ' ').replace(/\s+/g, ' ').trim();
  if (text === '') return '';
  text = text.replace(/\s*\([^)]*\)\s*$/, '').trim();
  const comma = text.indexOf(',');
  if (comma !== -1) {
    const head = text.slice(0, comma).trim();
    const tail = text.slice(comma + 1).trim();
    const onlySuffixes = tail.split(/[\s,]+/).every((t) => t === '' || SUFFIX.test(t));
    const headIsSurname = !head.includes(' ') || SURNAME_PARTICLE.test(head);
    if (onlySuffixes) text = head;
    else if (headIsSurname) text = `${tail} ${head}`;
  }
  // The same repairs as any value (no space before a full stop, no stray marks at the ends).
  text = cleanValue(text);
  // Nothing but a title ("Dr.") names no one.
  if (text.split(' ').every(isTitle)) return '';
  if (!/\p{L}/u.test(text)) return '';
  return typedInOneCase(text) ? titleCase(text) : text;
}
