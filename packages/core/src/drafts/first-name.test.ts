import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstNameOf, fullNameOf } from './first-name.ts';

describe('firstNameOf', () => {
  it.each([
    ['Dr. Ana Silva', 'Ana'],
    ['Silva, Ana', 'Ana'],
    ['Silva, Dr. Ana', 'Ana'],
    ['van der Berg, Jan', 'Jan'],
    ['Ana Silva, PhD', 'Ana'],
    ['Ana', 'Ana'],
    ['  Ana   Silva  ', 'Ana'],
    ['ANA SILVA', 'Ana'],
    ['ana silva', 'Ana'],
    ['DJ Smith', 'DJ'],
    ['Robert "Bob" Smith', 'Bob'],
    ['Robert (Bob) Smith', 'Bob'],
    ['Ana Silva (Acme)', 'Ana'],
    ["D'Arcy O'Neil", "D'Arcy"],
    ['J. Robert Smith', 'Robert'],
    ['J. Smith', 'J. Smith'],
    ['Prof. Dr. Hans Müller', 'Hans'],
    ['Jean-Luc Picard', 'Jean-Luc'],
    ['Dr.', ''],
    ['', ''],
    ['?Ana!', 'Ana'],
  ])('%j -> %j', (name, first) => {
    expect(firstNameOf(name)).toBe(first);
  });

  it('returns a trimmed single-spaced word or nothing, for any input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (name) => {
        const first = firstNameOf(name);
        expect(first).toBe(first.trim());
        expect(first).not.toMatch(/ {2}|^[,.]|[,]$/);
      }),
    );
  });
});

describe('fullNameOf', () => {
  it('shows a name the way it reads in a sentence', () => {
    expect(fullNameOf('Silva, Ana')).toBe('Ana Silva');
    expect(fullNameOf('BEN ORTIZ')).toBe('Ben Ortiz');
    expect(fullNameOf('Ana Silva (Acme)')).toBe('Ana Silva');
    expect(fullNameOf('Dr. Ana Silva')).toBe('Dr. Ana Silva');
    expect(fullNameOf('Ana Silva, PhD')).toBe('Ana Silva');
    expect(fullNameOf('  ')).toBe('');
    expect(fullNameOf('Dr.')).toBe('');
  });
});
