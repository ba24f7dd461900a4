import { describe, expect, it } from 'vitest';
import { interestPhrase, listPhrase } from './interest-phrase.ts';
import { conversationStarter, STARTER_TEMPLATES } from './starters.ts';

describe('conversationStarter', () => {
  const shared = [
    { phrase: 'bookbinding', activity: true },
    { phrase: 'Rust', activity: false },
  ];

  it('fills every template completely, as a question', () => {
    for (const templates of Object.values(STARTER_TEMPLATES)) {
      for (const template of templates) {
        const text = template.replace('{a}', 'chess').replace('{b}', 'jazz');
        expect(text).not.toMatch(/[{}]/);
        expect(text.endsWith('?')).toBe(true);
        // A trio gets the same starters, so none may assume two people.
        expect(text).not.toMatch(/\bboth\b/i);
      }
    }
  });

  it('is chosen from the seed and the ids, and the same input gives the same line', () => {
    const input = { ids: ['a', 'b'], seed: 7, shared, mentoring: false };
    expect(conversationStarter(input)).toBe(conversationStarter(input));
    const lines = new Set(Array.from({ length: 40 }, (_, s) => conversationStarter({ ...input, seed: s })));
    expect(lines.size).toBeGreaterThan(3);
  });

  it('names what is shared, and falls back to mentoring or a general question', () => {
    const one = conversationStarter({
      ids: ['a', 'b'],
      seed: 1,
      shared: shared.slice(0, 1),
      mentoring: false,
    });
    expect(one).toContain('bookbinding');
    const topic = conversationStarter({
      ids: ['a', 'b'],
      seed: 1,
      shared: [{ phrase: 'Rust', activity: false }],
      mentoring: false,
    });
    expect(STARTER_TEMPLATES.ONE_TOPIC.map((t) => t.replace('{a}', 'Rust'))).toContain(topic);
    const mentoring = conversationStarter({ ids: ['a', 'b'], seed: 1, shared: [], mentoring: true });
    expect(STARTER_TEMPLATES.MENTORING as readonly string[]).toContain(mentoring);
    const nothing = conversationStarter({ ids: ['a', 'b'], seed: 1, shared: [], mentoring: false });
    expect(STARTER_TEMPLATES.NOTHING_SHARED as readonly string[]).toContain(nothing);
  });

  it('keeps labels with special characters intact', () => {
    const text = conversationStarter({
      ids: ['a', 'b'],
      seed: 2,
      shared: [{ phrase: 'C$& friends', activity: true }],
      mentoring: false,
    });
    expect(text).toContain('C$& friends');
  });
});

describe('interestPhrase', () => {
  it('lowers the first letter of ordinary labels and keeps names', () => {
    expect(interestPhrase('board-games', 'Board games')).toBe('board games');
    expect(interestPhrase('rust', 'Rust')).toBe('Rust');
    expect(interestPhrase('spanish', 'Spanish')).toBe('Spanish');
    expect(interestPhrase('lego', 'LEGO')).toBe('LEGO');
    expect(interestPhrase('custom:sourdough-baking', 'Sourdough baking')).toBe('sourdough baking');
  });

  it('joins lists the way people write them', () => {
    expect(listPhrase(['a'])).toBe('a');
    expect(listPhrase(['a', 'b'])).toBe('a and b');
    expect(listPhrase(['a', 'b', 'c'])).toBe('a, b and c');
    expect(listPhrase([])).toBe('');
  });
});
