import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalForm, compactForm, interestWords, searchForm, singularise } from './interest-text.ts';

describe('canonicalForm', () => {
  it('ignores case, spacing, hyphens and surrounding punctuation', () => {
    expect(canonicalForm('  Rock-Climbing!! ')).toBe('rock climbing');
    expect(canonicalForm('rock   climbing')).toBe('rock climbing');
    expect(canonicalForm('(#hiking)')).toBe('hiking');
  });

  it('folds accents and ligatures', () => {
    expect(canonicalForm('Pétanque')).toBe('petanque');
    expect(canonicalForm('Crème brûlée')).toBe('creme brulee');
    expect(canonicalForm('Straße')).toBe('strasse');
    expect(canonicalForm('Ærø')).toBe('aero');
  });

  it('treats & and + between words as "and"', () => {
    expect(canonicalForm('Arts & Crafts')).toBe(canonicalForm('arts and crafts'));
    expect(canonicalForm('arts + crafts')).toBe(canonicalForm('arts and crafts'));
    expect(canonicalForm('R&B')).toBe('r and b');
  });

  it('keeps the symbols that tell languages apart', () => {
    expect(canonicalForm('C++')).toBe('c plus plus');
    expect(canonicalForm('C#')).toBe('c sharp');
    expect(canonicalForm('.NET')).toBe('dot net');
    expect(canonicalForm('C')).toBe('c');
    expect(canonicalForm('node.js')).toBe('node js');
    expect(canonicalForm('hiking#')).toBe('hiking');
    expect(canonicalForm('Notepad++')).toBe('notepad');
  });

  it('drops apostrophes inside words', () => {
    expect(canonicalForm("Women's football")).toBe(canonicalForm('womens football'));
    expect(canonicalForm('rock ’n’ roll')).toBe('rock n roll');
  });

  it('makes singular and plural meet', () => {
    const pairs: [string, string][] = [
      ['board games', 'board game'],
      ['hobbies', 'hobby'],
      ['movies', 'movie'],
      ['classes', 'class'],
      ['boxes', 'box'],
      ['matches', 'match'],
      ['toys', 'toy'],
      ['APIs', 'API'],
      ['KPIs', 'KPI'],
    ];
    for (const [plural, singular] of pairs)
      expect(canonicalForm(plural), plural).toBe(canonicalForm(singular));
  });
});

describe('singularise', () => {
  it('leaves short words and words that only look plural alone', () => {
    for (const word of ['chess', 'tennis', 'analysis', 'campus', 'fitness', 'gis', 'aws', 'ios', 'bus']) {
      expect(singularise(word), word).toBe(word);
    }
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,12}$/), (word) => {
        expect(singularise(singularise(word))).toBe(singularise(word));
      }),
    );
  });
});

describe('forms', () => {
  it('builds a spaceless form without small words', () => {
    expect(compactForm(canonicalForm('snow boarding'))).toBe(compactForm(canonicalForm('snowboarding')));
    expect(compactForm(canonicalForm('rock and roll'))).toBe(compactForm(canonicalForm('rock n roll')));
  });

  it('keeps search form unsingularised so a typed prefix stays a prefix', () => {
    expect(searchForm('Board Games')).toBe('board games');
    expect(interestWords('  ')).toEqual([]);
  });

  it('is stable when applied twice', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const once = canonicalForm(text);
        expect(canonicalForm(once)).toBe(once);
      }),
    );
  });
});
