import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchTaxonomy } from './search.ts';
import { TAXONOMY } from './taxonomy.data.ts';

const labels = (query: string, limit?: number) => searchTaxonomy(query, limit).map((e) => e.label);

describe('searchTaxonomy', () => {
  it('returns nothing for a blank query or a limit below one', () => {
    expect(searchTaxonomy('')).toEqual([]);
    expect(searchTaxonomy('   ')).toEqual([]);
    expect(searchTaxonomy('hiking', 0)).toEqual([]);
  });

  it('puts an exact label or alias match first', () => {
    expect(labels('ML')[0]).toBe('Machine learning');
    expect(labels('soccer')[0]).toBe('Football');
    expect(labels('Board games')[0]).toBe('Board games');
    expect(labels('ux')[0]).toBe('UX design');
  });

  it('ranks label prefixes before word prefixes, and both before alias matches', () => {
    const results = labels('run', 20);
    expect(results[0]).toBe('Running');
    expect(results.indexOf('Trail running')).toBeLessThan(results.indexOf('Facilitation'));
  });

  it('matches every typed word against the start of a word', () => {
    expect(labels('mach lea')[0]).toBe('Machine learning');
    expect(labels('learn mach')[0]).toBe('Machine learning');
  });

  it('finds entries by alias prefix and by substring', () => {
    expect(labels('sql')).toContain('Databases');
    expect(labels('jog')).toContain('Running');
    expect(labels('climbing')).toEqual(expect.arrayContaining(['Rock climbing', 'Mountaineering']));
  });

  it('ignores case and accents in the query', () => {
    expect(labels('PÉTANQUE')[0]).toBe('Pétanque');
  });

  it('falls back to a typo correction', () => {
    expect(labels('photografy')).toEqual(['Photography']);
  });

  it('honours the limit and never repeats an entry', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z ]{1,6}$/), fc.integer({ min: 1, max: 15 }), (query, limit) => {
        const results = searchTaxonomy(query, limit);
        expect(results.length).toBeLessThanOrEqual(limit);
        expect(new Set(results).size).toBe(results.length);
      }),
      { numRuns: 200 },
    );
  });

  it('finds every entry by its own label', () => {
    for (const entry of TAXONOMY) expect(searchTaxonomy(entry.label, 1)[0]?.key, entry.label).toBe(entry.key);
  });
});
