/**
 * Quick capture: one line, typed the way people jot things down after meeting someone,
 * read into a name and what goes with it.
 *
 *   "met Sam at the design review, training for a marathon"
 *   "Sam Lee from Acme — moving to Lisbon in May"
 *   "coffee with Priya: her daughter starts school Monday"
 *   "Jo (design review) loves bouldering"
 *
 * Only what can be read reliably is taken apart: an opening "met …" / "coffee with …",
 * the name, "from <organisation>", "works at <organisation>", "at <where you met>" and
 * a parenthesis right after the name. Everything else is the detail, kept word for word:
 * no word the person typed is dropped, apart from the little connecting words
 * ("met", "with", "from", "at") whose meaning the fields carry.
 */

export interface QuickCapture {
  /** Never empty for text with anything in it; the whole line when no name stands out. */
  name: string;
  /** Where you met ("the design review"). */
  metAt?: string;
  /** How you met, when the line opens with it ("coffee", "lunch", "video call"). */
  metHow?: string;
  /** "from Acme", "works at Acme". */
  organisation?: string;
  /** What they told you, as typed. */
  detail?: string;
}

/** The words a capture may consume without keeping them: their meaning is in the fields. */
export const QUICK_CAPTURE_CONNECTORS: ReadonlySet<string> = new Set([
  'i',
  'just',
  'had',
  'a',
  'an',
  'met',
  'up',
  'with',
  'ran',
  'bumped',
  'into',
  'talked',
  'spoke',
  'chatted',
  'caught',
  'to',
  'from',
  'at',
  'who',
  'works',
  'work',
  'for',
]);

const ACTIVITIES = [
  'video call',
  'coffee',
  'tea',
  'lunch',
  'dinner',
  'breakfast',
  'drinks',
  'a drink',
  'a walk',
  'walk',
  'call',
  'chat',
  'meeting',
];

/** An opening that says how you met, then the name. */
const OPENING = new RegExp(
  String.raw`^(?:i\s+)?(?:just\s+)?(?:` +
    String.raw`(?:met(?:\s+up)?\s+with|met|ran\s+into|bumped\s+into|caught\s+up\s+with|(?:talked|spoke|chatted)\s+(?:to|with))` +
    String.raw`|(?:had\s+(?:an?\s+)?)?(${ACTIVITIES.join('|')})\s+with` +
    String.raw`)\s+`,
  'i',
);

/** Lowercase words that belong inside a name ("Ana de Souza", "Jan van der Berg"). */
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'da',
  'das',
  'dos',
  'del',
  'della',
  'di',
  'du',
  'la',
  'le',
  'ter',
  'bin',
  'al',
]);

/** A capitalised word that can be part of a name: "Sam", "O'Brien", "Jean-Luc", "J.". */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const LOWER_WORD = /^[\p{Ll}\p{Lo}][\p{L}\p{M}'’.-]*$/u;
/** Punctuation that ends the name when it closes a word ("Priya:", "Sam Lee,", "Sam."; not "J."). */
const CLOSING = /(?:[,:;!?]+|(?<=\p{L}{2})\.)$/u;
/** Words after which the name is over, whatever their case. */
const AFTER_NAME = new Set(['from', 'at', 'who', 'works', 'work']);
const MAX_NAME_WORDS = 5;
/** A place or organisation is short; a longer run after "at" is a detail in its own right. */
const MAX_FIELD_WORDS = 6;

const SEPARATOR = /^(?:[,;:.]|[—–]|-(?=\s))\s*/;
/** Where a place or organisation ends; a full stop only after a word ("the offsite.", not "St."). */
const FIELD_END = /\s*(?:[,;:(]|(?<=\p{L}{3})\.(?=\s|$)|\s[—–-]\s|[—–])/u;

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(/\S+/g)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** Where the name ends in `rest` (an index into it), or 0 when no name stands out. */
function nameEnd(rest: string): number {
  const words = tokens(rest);
  const first = words[0];
  if (!first) return 0;
  const bare = (t: Token) => t.text.replace(CLOSING, '');
  const closes = (t: Token) => CLOSING.test(t.text);

  if (NAME_WORD.test(bare(first)) && !AFTER_NAME.has(bare(first).toLowerCase())) {
    let end = 0;
    for (let i = 0; i < words.length && i < MAX_NAME_WORDS; i++) {
      const word = words[i] as Token;
      const core = bare(word);
      const isName = NAME_WORD.test(core) && (i === 0 || !AFTER_NAME.has(core.toLowerCase()));
      const next = words[i + 1];
      const isParticle =
        i > 0 && PARTICLES.has(core) && !closes(word) && next !== undefined && NAME_WORD.test(bare(next));
      if (!isName && !isParticle) break;
      end = closes(word) ? word.start + core.length : word.end;
      if (closes(word)) break;
    }
    return end;
  }

  // All lowercase ("met sam at the review"): the name runs to the first separator or
  // connecting word when that comes within three words; otherwise it is the first word.
  if (!LOWER_WORD.test(bare(first))) return 0;
  for (let i = 0; i < words.length && i < 3; i++) {
    const word = words[i] as Token;
    const core = bare(word);
    if (i > 0 && (AFTER_NAME.has(core.toLowerCase()) || word.text.startsWith('('))) {
      return (words[i - 1] as Token).end;
    }
    if (!LOWER_WORD.test(core) && !NAME_WORD.test(core)) return i === 0 ? 0 : (words[i - 1] as Token).end;
    if (closes(word)) return word.start + core.length;
  }
  if (words.length <= 2) return (words[words.length - 1] as Token).end;
  return first.end;
}

/** The text up to the end of a short field (a place, an organisation). */
function fieldText(s: string): { value: string; rest: string } | null {
  const stop = FIELD_END.exec(s);
  const at = /\s+at\s+/i.exec(s);
  const from = /\s+(?:from|who\s+works?\s+(?:at|for)|works?\s+(?:at|for))\s+/i.exec(s);
  const ends = [stop?.index, at?.index, from?.index].filter((i): i is number => i !== undefined);
  const end = ends.length > 0 ? Math.min(...ends) : s.length;
  const value = s.slice(0, end).trim();
  if (!value || value.split(/\s+/).length > MAX_FIELD_WORDS) return null;
  return { value, rest: s.slice(end) };
}

/** The text trimmed, or nothing when it holds no letter or digit (a stray "." or "—"). */
function clean(text: string | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed && /[\p{L}\p{N}]/u.test(trimmed) ? trimmed : undefined;
}

/** Reads one line of quick capture. Pure and total: any string gives an answer. */
export function parseQuickCapture(text: string): QuickCapture {
  const line = text.replace(/\s+/g, ' ').trim();
  if (!line) return { name: '' };

  const opening = OPENING.exec(line);
  const metHow = opening?.[1]?.toLowerCase().replace(/^an?\s+/, '');
  const afterOpening = opening ? line.slice(opening[0].length) : line;
  const end = nameEnd(afterOpening);
  const name = afterOpening.slice(0, end).trim();
  if (!name) return { name: line };

  let metAt: string | undefined;
  let organisation: string | undefined;
  const details: string[] = [];
  let rest = afterOpening.slice(end);

  while (rest.trim()) {
    let s = rest.trimStart();
    const separator = SEPARATOR.exec(s);
    if (separator) {
      s = s.slice(separator[0].length);
      // A colon introduces what they said: nothing after it is read as a field.
      if (separator[0].startsWith(':')) {
        details.push(s);
        break;
      }
      rest = s;
      continue;
    }
    if (s.startsWith('(')) {
      const close = s.indexOf(')');
      const inside = close === -1 ? s.slice(1) : s.slice(1, close);
      if (!metAt && clean(inside)) metAt = clean(inside);
      else if (clean(inside)) details.push(inside);
      rest = close === -1 ? '' : s.slice(close + 1);
      continue;
    }
    const from = /^(?:from|(?:who\s+)?works?\s+(?:at|for))\s+/i.exec(s);
    if (from && !organisation) {
      const field = fieldText(s.slice(from[0].length));
      if (field) {
        organisation = field.value;
        rest = field.rest;
        continue;
      }
    }
    const at = /^at\s+/i.exec(s);
    if (at && !metAt) {
      const field = fieldText(s.slice(at[0].length));
      if (field) {
        metAt = field.value;
        rest = field.rest;
        continue;
      }
    }
    details.push(s);
    break;
  }

  const detail = clean(details.map((d) => d.trim()).join('; '));
  return {
    name,
    ...(metAt ? { metAt } : {}),
    ...(metHow ? { metHow } : {}),
    ...(organisation ? { organisation } : {}),
    ...(detail ? { detail } : {}),
  };
}
