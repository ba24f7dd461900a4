import { describe, expect, it } from 'vitest';
import { formsOf, ingForm, shapeOf, toSecondPerson, withDeterminer } from './phrase-shape.ts';

describe('shapeOf', () => {
  it.each([
    ['presenting at the board on 14 March', 'gerund'],
    ['training for a half marathon', 'gerund'],
    ['got promoted to staff engineer', 'past'],
    ['delivered the keynote', 'past'],
    ['just got promoted', 'past'],
    ['grab a coffee next week', 'verb'],
    ['review your CV', 'verb'],
    ['the board presentation', 'noun'],
    ['wedding in June', 'noun'],
    ['talk at PyCon', 'noun'],
    ['move to Lisbon', 'noun'],
    ['need for speed', 'noun'],
  ] as const)('%s is a %s', (phrase, shape) => {
    expect(shapeOf(phrase)).toBe(shape);
  });
});

describe('toSecondPerson', () => {
  it('speaks to the person, not about them', () => {
    expect(toSecondPerson("her daughter's wedding")).toBe("your daughter's wedding");
    expect(toSecondPerson('She is running the London marathon')).toBe('running the London marathon');
    expect(toSecondPerson("she's moving to Berlin")).toBe('moving to Berlin');
    expect(toSecondPerson('Finished his PhD')).toBe('finished your PhD');
    expect(toSecondPerson('meeting her')).toBe('meeting her');
  });
});

describe('formsOf', () => {
  it('frames a gerund, a past event and a noun so each reads well', () => {
    expect(formsOf('presenting at the board on 14 March')).toMatchObject({
      mention: 'you were presenting at the board on 14 March',
      gerundOrNoun: 'presenting at the board on 14 March',
      it: 'it',
    });
    expect(formsOf('got promoted to staff engineer')).toMatchObject({
      mention: 'that you got promoted to staff engineer',
      gerundOrNoun: 'getting promoted to staff engineer',
      clause: 'you got promoted to staff engineer',
    });
    expect(formsOf('Board presentation')).toMatchObject({
      mention: 'the board presentation',
      it: 'the board presentation',
    });
    expect(formsOf('moving to Lisbon').mention).toBe('you were moving to Lisbon');
  });

  it('reads a bare participle as something that happened to them', () => {
    expect(formsOf('promoted to staff engineer')).toMatchObject({
      clause: 'you got promoted to staff engineer',
      gerundOrNoun: 'getting promoted to staff engineer',
    });
    expect(formsOf('just engaged').gerundOrNoun).toBe('just getting engaged');
    expect(formsOf('published a book').clause).toBe('you published a book');
  });

  it('turns a sentence about them into a clause to them', () => {
    expect(formsOf('she loves climbing').clause).toBe('you love climbing');
    expect(formsOf('they have a new puppy').mention).toBe('that you have a new puppy');
    expect(formsOf('he was promoted').mention).toBe('that you were promoted');
  });

  it('has no gerund for a past form it does not know, rather than a wrong one', () => {
    expect(formsOf('pivoted the company').gerundOrNoun).toBe('');
  });
});

describe('helpers', () => {
  it('spells -ing forms', () => {
    expect(['run', 'speak', 'move', 'see', 'lie', 'chat'].map(ingForm)).toEqual([
      'running',
      'speaking',
      'moving',
      'seeing',
      'lying',
      'chatting',
    ]);
  });

  it('adds "the" only where a noun needs it', () => {
    expect(withDeterminer('board presentation')).toBe('the board presentation');
    expect(withDeterminer('Lisbon')).toBe('Lisbon');
    expect(withDeterminer("Anna's wedding")).toBe("Anna's wedding");
    expect(withDeterminer('your new job')).toBe('your new job');
    expect(withDeterminer('exams')).toBe('your exams');
  });
});
