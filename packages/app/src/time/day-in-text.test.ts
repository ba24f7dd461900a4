import { describe, expect, it } from 'vitest';
import { dayMentioned } from './day-in-text.ts';

// Monday 30 November 2026.
const today = '2026-11-30';

describe('dayMentioned', () => {
  it.each([
    ['presenting at the board on 14 March', '2027-03-14'],
    ['back from leave tomorrow', '2026-12-01'],
    ['had surgery last Friday', '2026-11-27'],
    ['her daughter starts school on Thursday', '2026-12-03'],
    ['launch is next week', '2026-12-07'],
    ['in 2 weeks he starts the new role', '2026-12-14'],
    ['ran a half marathon on 22 November', '2026-11-22'],
  ])('reads "%s" as %s', (text, day) => {
    expect(dayMentioned(text, today)).toBe(day);
  });

  it.each([
    'training for a marathon',
    'ran the marathon in 3:40',
    'moving to Lisbon in May',
    'loves 80s music',
    'kids are 5 and 7',
  ])('finds no day in "%s"', (text) => {
    expect(dayMentioned(text, today)).toBeNull();
  });

  it('reads a bare weekday as the nearer one', () => {
    // Sunday 29 November: "Monday" is tomorrow, not six days ago.
    expect(dayMentioned('starts school Monday', '2026-11-29')).toBe('2026-11-30');
    // Thursday 3 December: "Monday" is three days ago, not four days ahead.
    expect(dayMentioned('started school Monday', '2026-12-03')).toBe('2026-11-30');
  });
});
