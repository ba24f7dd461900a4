import { describe, expect, it } from 'vitest';
import { findInterest, labelForKey } from './lookup.ts';
import { normaliseInterest } from './normalise.ts';
import { TAXONOMY } from './taxonomy.data.ts';

describe('findInterest', () => {
  it('finds every entry by its key', () => {
    for (const entry of TAXONOMY) expect(findInterest(entry.key)).toBe(entry);
  });

  it('returns undefined for unknown and custom keys', () => {
    expect(findInterest('no-such-interest')).toBeUndefined();
    expect(findInterest('custom:sourdough-baking')).toBeUndefined();
  });

  it('forgives the casing of a key', () => {
    expect(findInterest('Machine-Learning')?.key).toBe('machine-learning');
  });
});

describe('labelForKey', () => {
  it('gives the taxonomy label for a known key', () => {
    expect(labelForKey('machine-learning')).toBe('Machine learning');
    expect(labelForKey('cpp')).toBe('C++');
  });

  it('recovers a readable label from a custom key', () => {
    expect(labelForKey('custom:sourdough-baking')).toBe('Sourdough baking');
  });

  it('round-trips custom interests through their key', () => {
    for (const text of ['sourdough baking', 'Urban beekeeping on rooftops', 'tiny house living']) {
      const interest = normaliseInterest(text);
      expect(interest?.custom).toBe(true);
      expect(labelForKey(interest?.key ?? '').toLowerCase()).toBe(text.toLowerCase());
    }
  });

  it('still shows something readable for a key it does not know', () => {
    expect(labelForKey('future-interest')).toBe('Future interest');
    expect(labelForKey('custom:')).toBe('custom:');
  });
});
