import { describe, expect, it } from 'vitest';
import { cleanInterestText, customKeyFor, labelFromSlug, tidyCustomLabel } from './custom-interest.ts';

describe('cleanInterestText', () => {
  it('collapses whitespace and strips surrounding punctuation and emoji', () => {
    expect(cleanInterestText('  sourdough \t baking!! ')).toBe('sourdough baking');
    expect(cleanInterestText('"#hiking"')).toBe('hiking');
    expect(cleanInterestText('🎸 guitar 🎸')).toBe('guitar');
    expect(cleanInterestText('?!')).toBe('');
  });

  it('keeps symbols that belong to a name', () => {
    expect(cleanInterestText('C++!')).toBe('C++');
    expect(cleanInterestText('(F#)')).toBe('F#');
    expect(cleanInterestText('.NET')).toBe('.NET');
    expect(cleanInterestText('hiking#')).toBe('hiking');
    expect(cleanInterestText('go C++')).toBe('go C++');
  });
});

describe('tidyCustomLabel', () => {
  it('capitalises the first letter and keeps deliberate capitals', () => {
    expect(tidyCustomLabel('sourdough baking')).toBe('Sourdough baking');
    expect(tidyCustomLabel('ASMR videos')).toBe('ASMR videos');
    expect(tidyCustomLabel('iPhone photography')).toBe('iPhone photography');
    expect(tidyCustomLabel('élan vital')).toBe('Élan vital');
  });

  it('calms text typed entirely in capitals, but not a short acronym', () => {
    expect(tidyCustomLabel('SOURDOUGH BAKING')).toBe('Sourdough baking');
    expect(tidyCustomLabel('NFT')).toBe('NFT');
  });
});

describe('custom keys', () => {
  it('slugs the cleaned text and reads back a readable label', () => {
    expect(customKeyFor('Sourdough Baking')).toBe('custom:sourdough-baking');
    expect(customKeyFor('Crème brûlée')).toBe('custom:creme-brulee');
    expect(customKeyFor('!!!')).toBeUndefined();
    expect(labelFromSlug('sourdough-baking')).toBe('Sourdough baking');
    expect(labelFromSlug('--a--b--')).toBe('A b');
  });
});
