import { describe, expect, it } from 'vitest';
import { fillTemplate, parseTemplate, slotNames } from './fill.ts';

const slots = { a: 'apples', b: '', c: 'cherries' };

describe('fillTemplate', () => {
  it('fills values and capitalises on request', () => {
    expect(fillTemplate('I like {a}. {^c} too.', slots)).toBe('I like apples. Cherries too.');
  });

  it('refuses a template whose required value is missing', () => {
    expect(fillTemplate('I like {b}.', slots)).toBeNull();
  });

  it('drops an optional part whose value is missing', () => {
    expect(fillTemplate('I like {a}[ and {b}].', slots)).toBe('I like apples.');
    expect(fillTemplate('I like {a}[ and {c}].', slots)).toBe('I like apples and cherries.');
  });

  it('takes the first alternative that can be filled', () => {
    expect(fillTemplate('[{b}|{c}|nothing]', slots)).toBe('cherries');
    expect(fillTemplate('[{b}|nothing]', slots)).toBe('nothing');
    expect(fillTemplate('x[{b}]y', slots)).toBe('xy');
  });

  it('nests optional parts', () => {
    expect(fillTemplate('[I like {a}[ and {b}]|none].', slots)).toBe('I like apples.');
  });

  it('inserts values literally, never reading them as template syntax', () => {
    expect(fillTemplate('{a}', { a: '[{x}]' })).toBe('[{x}]');
  });

  it('throws on a value name no caller provides, and on malformed templates', () => {
    expect(() => fillTemplate('{nope}', slots)).toThrow(/unknown value/);
    expect(() => parseTemplate('[unclosed')).toThrow(/unclosed/);
    expect(() => parseTemplate('stray]')).toThrow(/stray/);
    expect(() => parseTemplate('{bad name}')).toThrow(/bad value name/);
  });

  it('lists every value a template mentions', () => {
    expect(slotNames('{a}[ {b}|{^c}]').sort()).toEqual(['a', 'b', 'c']);
  });
});
