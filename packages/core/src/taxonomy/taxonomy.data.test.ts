import { describe, expect, it } from 'vitest';
import { INTEREST_CATEGORIES } from './categories.data.ts';
import { canonicalForm } from './interest-text.ts';
import { normaliseInterest } from './normalise.ts';
import { TAXONOMY } from './taxonomy.data.ts';

describe('TAXONOMY', () => {
  it('has at least 400 entries with unique kebab-case keys and non-empty labels', () => {
    expect(TAXONOMY.length).toBeGreaterThanOrEqual(400);
    const keys = TAXONOMY.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const entry of TAXONOMY) {
      expect(entry.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(entry.label.trim()).not.toBe('');
    }
  });

  it('puts every entry in a known category and takes its kind from it', () => {
    const categories = new Map(INTEREST_CATEGORIES.map((c) => [c.key, c]));
    expect(categories.size).toBe(INTEREST_CATEGORIES.length);
    for (const entry of TAXONOMY) {
      expect(categories.get(entry.category)?.kind, entry.key).toBe(entry.kind);
    }
    const used = new Set(TAXONOMY.map((e) => e.category));
    for (const category of INTEREST_CATEGORIES) expect(used.has(category.key), category.key).toBe(true);
  });

  it('covers both fun activities and professional topics', () => {
    const activities = TAXONOMY.filter((e) => e.kind === 'activity').length;
    const topics = TAXONOMY.filter((e) => e.kind === 'topic').length;
    expect(activities).toBeGreaterThanOrEqual(150);
    expect(topics).toBeGreaterThanOrEqual(150);
  });

  it('never lets one label, key or alias mean two entries once normalised', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of TAXONOMY) {
      for (const term of [entry.label, entry.key, ...entry.aliases]) {
        const canonical = canonicalForm(term);
        expect(canonical, `${entry.key}: "${term}"`).not.toBe('');
        const previous = owner.get(canonical);
        if (previous !== undefined && previous !== entry.key) {
          clashes.push(`"${term}" (${entry.key}) vs ${previous}`);
        }
        owner.set(canonical, entry.key);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('resolves every label, key and alias back to its own entry', () => {
    const wrong: string[] = [];
    for (const entry of TAXONOMY) {
      for (const term of [entry.label, entry.key, ...entry.aliases]) {
        const resolved = normaliseInterest(term);
        if (resolved?.key !== entry.key) wrong.push(`"${term}" -> ${resolved?.key} (want ${entry.key})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('is frozen, so no caller can change the shared data', () => {
    expect(Object.isFrozen(TAXONOMY)).toBe(true);
    expect(Object.isFrozen(TAXONOMY[0])).toBe(true);
    expect(Object.isFrozen(TAXONOMY[0]?.aliases)).toBe(true);
    expect(Object.isFrozen(INTEREST_CATEGORIES)).toBe(true);
  });
});
