/**
 * Turns the many ways address books name a channel ("CELL", "* Mobile",
 * "_$!<Work>!$_", "X-Book club") into one small lower-case vocabulary, so the
 * same phone is labelled "mobile" whether it came from an iPhone, Android or Google.
 */

/** Labels that say nothing about which channel it is; they are skipped. */
const MEANINGLESS = new Set(['internet', 'pref', 'voice', 'x400', 'msg', 'text', 'uri', 'x-internet']);

/** Synonyms folded onto one label. */
const SYNONYMS: Readonly<Record<string, string>> = {
  cell: 'mobile',
  cellular: 'mobile',
  iphone: 'mobile',
  'mobile phone': 'mobile',
  'work mobile': 'mobile',
  'home page': 'homepage',
  'work fax': 'fax',
  'home fax': 'fax',
  workfax: 'fax',
  homefax: 'fax',
};

/**
 * When a source gives several types (`TEL;TYPE=WORK,CELL`), the most telling one
 * wins: a fax or pager must never be mistaken for a phone to call, and "mobile"
 * says more about how to reach someone than "work".
 */
const PRIORITY = ['fax', 'pager', 'mobile', 'work', 'home', 'other'];

/**
 * Normalises one free label: trims, drops Google's primary marker (`* `), Apple's
 * built-in wrapper (`_$!<…>!$_`) and a vendor `x-` prefix, lower-cases and maps
 * synonyms. Returns undefined for empty or meaningless labels.
 */
export function normaliseLabel(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let label = raw.trim();
  if (label === '*' || label.startsWith('* ')) label = label.slice(1).trim();
  const apple = /^_\$!<(.*)>!\$_$/.exec(label);
  if (apple) label = apple[1] ?? '';
  label = label.toLowerCase();
  if (label.startsWith('x-')) label = label.slice(2);
  label = label.trim();
  if (label === '' || MEANINGLESS.has(label)) return undefined;
  return SYNONYMS[label] ?? label;
}

/** Picks the most telling label from a list of vCard TYPE values (any case, any style). */
export function labelFromTypes(types: readonly string[]): string | undefined {
  let first: string | undefined;
  let best: string | undefined;
  let bestRank = PRIORITY.length;
  for (const type of types) {
    const label = normaliseLabel(type);
    if (label === undefined) continue;
    first ??= label;
    const rank = PRIORITY.indexOf(label);
    if (rank !== -1 && rank < bestRank) {
      best = label;
      bestRank = rank;
    }
  }
  return best ?? first;
}

/**
 * Google's built-in groups (`* myContacts`, `* starred`, or bare in vCard
 * CATEGORIES) say nothing the user chose, so they are not kept as tags.
 */
export function isSystemGroup(tag: string): boolean {
  return /^(?:\*\s*)?(?:mycontacts|my contacts|starred)$/i.test(tag.trim());
}

/**
 * Cleans one group or label name into a tag: drops Google's `* ` system marker;
 * undefined for empty names and Google's built-in groups.
 */
export function tagFromGroup(raw: string): string | undefined {
  const tag = raw.trim();
  if (tag === '' || isSystemGroup(tag)) return undefined;
  const clean = tag.startsWith('* ') ? tag.slice(2).trim() : tag;
  return clean === '' ? undefined : clean;
}
