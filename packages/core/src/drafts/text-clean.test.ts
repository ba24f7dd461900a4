import { describe, expect, it } from 'vitest';
import { cleanSentence, cleanValue, tidy } from './text-clean.ts';

describe('cleanValue', () => {
  it('turns "nothing" into the empty string', () => {
    for (const v of [null, undefined, '', '   ', 'undefined', 'null', 'N/A', '...', '""', '( )']) {
      expect(cleanValue(v)).toBe('');
    }
  });

  it('trims, single-spaces and drops trailing punctuation and wrapping quotes', () => {
    expect(cleanValue('  Moving   to Lisbon. ')).toBe('Moving to Lisbon');
    expect(cleanValue('“The board presentation”')).toBe('The board presentation');
    expect(cleanValue('- a bullet point;')).toBe('a bullet point');
  });

  it('repairs punctuation inside a value', () => {
    expect(cleanValue('wait , what ?! now')).toBe('wait, what? now');
    expect(cleanValue('so.. then')).toBe('so… then');
  });
});

describe('cleanSentence', () => {
  it('makes a fragment a sentence, keeping a question', () => {
    expect(cleanSentence('good chapter on queues')).toBe('Good chapter on queues.');
    expect(cleanSentence('is it any good?')).toBe('Is it any good?');
    expect(cleanSentence('  ')).toBe('');
  });
});

describe('tidy', () => {
  it('repairs what dropped optional parts leave behind', () => {
    expect(tidy('Hello  there , how are you ?')).toBe('Hello there, how are you?');
    expect(tidy('Thanks,. See you.')).toBe('Thanks. See you.');
    expect(tidy('Done.. ok')).toBe('Done. ok');
    expect(tidy('one\n\n\n\ntwo')).toBe('One\n\nTwo');
  });

  it('capitalises each line but leaves links alone', () => {
    expect(tidy('how are you?\nhttps://example.com/A')).toBe('How are you?\nhttps://example.com/A');
  });

  it('keeps at most one exclamation mark', () => {
    expect(tidy('Great! Well done! Really!')).toBe('Great! Well done. Really.');
    expect(tidy('Wow!!')).toBe('Wow!');
  });
});
