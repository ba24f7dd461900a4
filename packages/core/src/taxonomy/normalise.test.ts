import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseInterest, normaliseInterests } from './normalise.ts';

const keyOf = (text: string) => normaliseInterest(text)?.key;

describe('normaliseInterest', () => {
  it('returns null for blank input and text with no letters or digits', () => {
    for (const text of ['', '   ', '\t\n', '!!!', '🎸', '--'])
      expect(normaliseInterest(text), text).toBeNull();
  });

  it('maps a label in any case, spacing or hyphenation to its entry', () => {
    expect(normaliseInterest('  Rock-Climbing ')).toEqual({
      key: 'rock-climbing',
      label: 'Rock climbing',
      category: 'outdoors',
      custom: false,
    });
    expect(keyOf('rock climbing')).toBe('rock-climbing');
    expect(keyOf('ROCK   CLIMBING')).toBe('rock-climbing');
    expect(keyOf('snow boarding')).toBe('snowboarding');
    expect(keyOf('e-sports')).toBe('esports');
  });

  it('understands aliases, abbreviations and British/American spellings', () => {
    expect(keyOf('ML')).toBe('machine-learning');
    expect(keyOf('UX')).toBe('ux-design');
    expect(keyOf('soccer')).toBe('football');
    expect(keyOf('Color theory')).toBe('colour-theory');
    expect(keyOf('colour')).toBe('colour-theory');
    expect(keyOf('watercolor')).toBe('watercolour');
    expect(keyOf('theater')).toBe('theatre');
    expect(keyOf('k8s')).toBe('kubernetes');
  });

  it('folds accents and treats & as and', () => {
    expect(keyOf('petanque')).toBe('petanque');
    expect(keyOf('Arts & Crafts')).toBe('arts-and-crafts');
    expect(keyOf('D&D')).toBe('tabletop-rpgs');
  });

  it('tells C, C++ and C# apart', () => {
    expect(keyOf('C')).toBe('c-language');
    expect(keyOf('c++')).toBe('cpp');
    expect(keyOf('C#')).toBe('csharp');
    expect(keyOf('.NET')).toBe('csharp');
  });

  it('accepts simple plurals', () => {
    expect(keyOf('board game')).toBe('board-games');
    expect(keyOf('Movies')).toBe('film');
    expect(keyOf('marathon')).toBe('marathons');
    expect(keyOf('puppy')).toBe('dogs');
  });

  it('corrects small typos in longer words when one entry is nearest', () => {
    expect(keyOf('runing')).toBe('running');
    expect(keyOf('kniting')).toBe('knitting');
    expect(keyOf('photografy')).toBe('photography');
    expect(keyOf('machne lerning')).toBe('machine-learning');
    expect(keyOf('Trail Runnng')).toBe('trail-running');
  });

  it('allows two edits only from nine characters', () => {
    expect(keyOf('gardenng')).toBe('gardening'); // 8 letters, one edit
    expect(keyOf('kntng')).toBe('custom:kntng'); // 5 letters, two edits
    expect(keyOf('woodwrkng')).toBe('woodworking'); // 9 letters, two edits
  });

  it('never corrects short words, nor guesses between two equally near entries', () => {
    expect(keyOf('yogo')).toBe('custom:yogo');
    expect(keyOf('chees')).toBe('custom:chees'); // chess or cheese?
    expect(keyOf('potery')).toBe('custom:potery'); // pottery or poetry?
  });

  it('does not turn one real word into another by changing its first letter', () => {
    expect(keyOf('mowing')).toBe('custom:mowing'); // not rowing
    expect(keyOf('lottery')).toBe('custom:lottery'); // not pottery
    expect(keyOf('hpotography')).toBe('photography'); // a swap of the first two letters is a typo
  });

  it('keeps unknown interests as custom ones with a tidy label', () => {
    expect(normaliseInterest('  sourdough   baking! ')).toEqual({
      key: 'custom:sourdough-baking',
      label: 'Sourdough baking',
      category: null,
      custom: true,
    });
    expect(normaliseInterest('SOURDOUGH BAKING')?.label).toBe('Sourdough baking');
    expect(normaliseInterest('ASMR videos')?.label).toBe('ASMR videos');
    expect(normaliseInterest('iPhone photography')?.label).toBe('iPhone photography');
    expect(normaliseInterest('Café culture')).toMatchObject({
      key: 'custom:cafe-culture',
      label: 'Café culture',
    });
  });

  it('reads a stored custom key back as the same interest, or as the entry the taxonomy now has', () => {
    expect(normaliseInterest('custom:sourdough-baking')).toEqual({
      key: 'custom:sourdough-baking',
      label: 'Sourdough baking',
      category: null,
      custom: true,
    });
    expect(keyOf('custom:machine-learning')).toBe('machine-learning');
    expect(normaliseInterest('custom:')).toBeNull();
  });

  it('hands out a fresh object each time', () => {
    const first = normaliseInterest('Hiking');
    if (first === null) throw new Error('expected an entry');
    first.label = 'changed';
    expect(normaliseInterest('Hiking')?.label).toBe('Hiking');
  });

  it('is idempotent on its own keys and labels', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 24 }), (text) => {
        const first = normaliseInterest(text);
        if (first === null) return;
        expect(first.key).not.toBe('');
        expect(normaliseInterest(first.key)?.key).toBe(first.key);
        expect(normaliseInterest(first.label)?.key).toBe(first.key);
        expect(first.custom).toBe(first.category === null);
      }),
      { numRuns: 500 },
    );
  });

  it('treats a word of filler around a known interest as the same interest', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Hiking', 'Board games', 'Machine learning', 'Rock climbing'),
        fc.constantFrom(' ', '  ', '\t', '!', '.', '#', '(', '"'),
        fc.boolean(),
        (label, filler, upper) => {
          const text = `${filler}${upper ? label.toUpperCase() : label}${filler}`;
          expect(normaliseInterest(text)?.label).toBe(label);
        },
      ),
    );
  });
});

describe('normaliseInterests', () => {
  it('normalises, drops blanks and de-duplicates by key, keeping input order', () => {
    const result = normaliseInterests([
      'Hiking',
      ' ',
      'Sourdough baking',
      'hikes',
      'ML',
      'machine learning',
      'SOURDOUGH baking',
    ]);
    expect(result.map((i) => i.key)).toEqual(['hiking', 'custom:sourdough-baking', 'machine-learning']);
  });

  it('returns an empty list for no input', () => {
    expect(normaliseInterests([])).toEqual([]);
  });
});
