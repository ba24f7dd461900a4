import { describe, expect, it } from 'vitest';
import { DRAFT_KINDS } from '../draft.types.ts';
import { fillTemplate, slotNames } from '../fill.ts';
import { buildSlots } from '../slots.ts';
import { stepAskLines } from '../step-up.asks.ts';
import { bannedPhrasesIn } from '../style-rules.ts';
import { TEMPLATES } from './index.ts';

const KNOWN = new Set(
  Object.keys(
    buildSlots({
      kind: 'check_in',
      channel: 'message',
      me: { name: '', pitch: null },
      person: { name: '', organisation: null, seniority: null },
      sharedInterests: [],
      lastTopic: null,
    }),
  ),
);

const FULL = Object.fromEntries([...KNOWN].map((k) => [k, 'x']));
const EMPTY = Object.fromEntries([...KNOWN].map((k) => [k, '']));

/** Every piece of template text, labelled for failure messages. */
function allTemplates(): [string, string][] {
  const out: [string, string][] = [];
  for (const kind of DRAFT_KINDS) {
    const t = TEMPLATES[kind];
    const lists = [
      ['message', t.message],
      ['in_person', t.in_person],
      ['fallback message', t.fallback?.message ?? []],
      ['fallback in_person', t.fallback?.in_person ?? []],
    ] as const;
    for (const [where, list] of lists) {
      for (const [i, text] of list.entries()) out.push([`${kind} ${where} ${i}`, text]);
    }
    for (const [where, list] of [
      ['email', t.email],
      ['fallback email', t.fallback?.email ?? []],
    ] as const) {
      for (const [i, e] of list.entries()) {
        out.push([`${kind} ${where} ${i} subject`, e.subject]);
        out.push([`${kind} ${where} ${i} body`, e.body]);
      }
    }
    if (t.greeting) out.push([`${kind} greeting`, t.greeting]);
  }
  for (const kind of ['input', 'advice', 'story', 'involvement', 'goals', 'progress', 'struggle'] as const) {
    for (const who of ['junior', 'peer', 'senior'] as const) {
      for (const [i, text] of stepAskLines(kind, who, false).entries())
        out.push([`ask ${kind} ${who} ${i}`, text]);
      for (const [i, text] of stepAskLines(kind, who, true).entries())
        out.push([`ask action ${who} ${i}`, text]);
    }
  }
  return out;
}

describe('templates', () => {
  it('cover every kind with at least three variants per channel', () => {
    for (const kind of DRAFT_KINDS) {
      const t = TEMPLATES[kind];
      expect(t.message.length, kind).toBeGreaterThanOrEqual(3);
      expect(t.email.length, kind).toBeGreaterThanOrEqual(3);
      expect(t.in_person.length, kind).toBeGreaterThanOrEqual(3);
    }
  });

  it('parse, and use only values the drafts provide', () => {
    for (const [where, text] of allTemplates()) {
      for (const name of slotNames(text)) expect(KNOWN.has(name), `${where} uses {${name}}`).toBe(true);
    }
  });

  it('keep the house style in their own words', () => {
    for (const [where, text] of allTemplates()) {
      expect(bannedPhrasesIn(text), where).toEqual([]);
      // Alternatives may each carry one; what matters is any single filling.
      for (const filled of [fillTemplate(text, FULL), fillTemplate(text, EMPTY)]) {
        if (filled !== null) expect((filled.match(/!/g) ?? []).length, where).toBeLessThanOrEqual(1);
      }
      expect(text, where).not.toMatch(/ {2}|\p{Extended_Pictographic}/u);
    }
  });

  it('give messages no greeting and emails no greeting of their own (it is added once)', () => {
    for (const kind of DRAFT_KINDS) {
      for (const text of [...TEMPLATES[kind].message, ...(TEMPLATES[kind].fallback?.message ?? [])]) {
        expect(text, kind).not.toMatch(/^(?:Hi|Hello|Dear)\b/);
      }
      for (const e of TEMPLATES[kind].email) expect(e.body, kind).not.toMatch(/^(?:Hi|Hello|Dear)\b/);
    }
  });
});
