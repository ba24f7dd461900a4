import { describe, expect, it } from 'vitest';
import { channelKey, foldText } from './fold.ts';

describe('foldText', () => {
  it('ignores case, accents, punctuation and spacing', () => {
    expect(foldText('  José   Núñez ')).toBe('jose nunez');
    expect(foldText("O'Brien-Smith")).toBe('o brien smith');
    expect(foldText('ÅSA')).toBe('asa');
  });
});

describe('channelKey', () => {
  it('treats addresses that reach the same person as equal', () => {
    expect(channelKey('email', ' Ana@Example.COM ')).toBe('ana@example.com');
    expect(channelKey('phone', '+44 (0)20 7946-0018')).toBe('+440207946 0018'.replace(' ', ''));
    expect(channelKey('phone', '0044 20 7946 0018')).toBe('+442079460018');
    expect(channelKey('link', 'https://www.linkedin.com/in/ana/')).toBe('linkedin.com/in/ana');
  });
});
