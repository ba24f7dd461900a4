import { describe, expect, it } from 'vitest';
import { interestWords, listPhrase, sharedInterestPhrase } from './interest-words.ts';
import { roleWithArticle, roleWords } from './role-words.ts';

describe('interest labels in a sentence', () => {
  it('lowers sentence-case labels but keeps names and acronyms', () => {
    expect(interestWords('Board games')).toBe('board games');
    expect(interestWords('Python')).toBe('Python');
    expect(interestWords('iOS development')).toBe('iOS development');
    expect(interestWords('API design')).toBe('API design');
    expect(interestWords('Go (board game)')).toBe('Go');
    expect(interestWords('  ')).toBe('');
  });

  it('says one or two shared interests, without repeats', () => {
    expect(sharedInterestPhrase(['Board games', 'Python', 'Climbing'])).toBe('board games and Python');
    expect(sharedInterestPhrase(['Climbing', 'climbing', '', 'Baking'])).toBe('climbing and baking');
    expect(sharedInterestPhrase([])).toBe('');
    expect(listPhrase(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('roles in a sentence', () => {
  it('adds the right article, or none', () => {
    expect(roleWithArticle('Product designer')).toBe('a product designer');
    expect(roleWithArticle('engineer')).toBe('an engineer');
    expect(roleWithArticle('SRE')).toBe('an SRE');
    expect(roleWithArticle('UX researcher')).toBe('a UX researcher');
    expect(roleWithArticle('Head of Data')).toBe('Head of Data');
    expect(roleWithArticle('CTO')).toBe('CTO');
    expect(roleWithArticle('Senior Software Engineer')).toBe('a Senior Software Engineer');
    expect(roleWithArticle('university lecturer')).toBe('a university lecturer');
    expect(roleWithArticle(null)).toBe('');
  });

  it('keeps names at the start of a role', () => {
    expect(roleWords('Python developer')).toBe('Python developer');
  });
});
