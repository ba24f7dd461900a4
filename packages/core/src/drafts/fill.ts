/**
 * The tiny template language our draft text is written in. Writers should see sentences,
 * not code, and missing data must never leave a hole ("about .", "undefined"), so:
 *
 *   {name}        a value; at the top level it is required, and a template whose
 *                 required value is missing is not used at all
 *   {^name}       the same value with a capital first letter (for the start of a sentence)
 *   [ … ]         an optional part, dropped when any value directly inside it is missing
 *   [ a | b | c ] the first alternative whose values are all present, else nothing
 *
 * Optional parts nest. The output goes through `tidy` in the caller, which repairs the
 * spacing and punctuation where parts fell away.
 */
import { upperFirst } from './text-clean.ts';

/** Values by name; '' means "not known". Every name a template uses must be a key. */
export type Slots = Readonly<Record<string, string>>;

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'slot'; name: string; capital: boolean }
  | { kind: 'optional'; alternatives: Node[][] };

const cache = new Map<string, Node[]>();

/** Parses a template; malformed templates are our bug, so they throw with the template text. */
export function parseTemplate(template: string): Node[] {
  const cached = cache.get(template);
  if (cached) return cached;
  let pos = 0;
  const fail = (why: string): never => {
    throw new Error(`Draft template ${why} at ${pos}: ${template}`);
  };

  // Reads a sequence until one of the stop characters (or the end at the top level).
  const sequence = (inside: boolean): Node[][] => {
    const alternatives: Node[][] = [[]];
    let text = '';
    const current = () => alternatives[alternatives.length - 1] as Node[];
    const flush = () => {
      if (text !== '') current().push({ kind: 'text', text });
      text = '';
    };
    while (pos < template.length) {
      const ch = template[pos] as string;
      if (ch === '{') {
        flush();
        const end = template.indexOf('}', pos);
        if (end === -1) fail('has an unclosed {');
        let name = template.slice(pos + 1, end);
        const capital = name.startsWith('^');
        if (capital) name = name.slice(1);
        if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) fail(`has a bad value name "${name}"`);
        current().push({ kind: 'slot', name, capital });
        pos = end + 1;
      } else if (ch === '[') {
        flush();
        pos++;
        const inner = sequence(true);
        current().push({ kind: 'optional', alternatives: inner });
      } else if (ch === ']') {
        if (!inside) fail('has a stray ]');
        flush();
        pos++;
        return alternatives;
      } else if (ch === '|' && inside) {
        flush();
        alternatives.push([]);
        pos++;
      } else if (ch === '}') {
        fail('has a stray }');
      } else {
        text += ch;
        pos++;
      }
    }
    if (inside) fail('has an unclosed [');
    flush();
    return alternatives;
  };

  const nodes = sequence(false)[0] as Node[];
  cache.set(template, nodes);
  return nodes;
}

function slotValue(slots: Slots, name: string): string {
  const value = slots[name];
  if (value === undefined) throw new Error(`Draft template uses an unknown value {${name}}`);
  return value;
}

function render(nodes: readonly Node[], slots: Slots): string | null {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.text;
    else if (node.kind === 'slot') {
      const value = slotValue(slots, node.name);
      if (value === '') return null;
      out += node.capital ? upperFirst(value) : value;
    } else {
      for (const alternative of node.alternatives) {
        const part = render(alternative, slots);
        if (part !== null) {
          out += part;
          break;
        }
      }
    }
  }
  return out;
}

/** Fills a template, or returns null when a required value is missing. */
export function fillTemplate(template: string, slots: Slots): string | null {
  return render(parseTemplate(template), slots);
}

/** Every value name a template mentions, required or optional (for checking templates in tests). */
export function slotNames(template: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      if (node.kind === 'slot') names.add(node.name);
      else if (node.kind === 'optional') for (const alternative of node.alternatives) walk(alternative);
    }
  };
  walk(parseTemplate(template));
  return [...names];
}
