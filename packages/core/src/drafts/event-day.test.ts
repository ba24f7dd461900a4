import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakPlan, EXIT_LINES, exitLine, spokenDuration } from './event-day.ts';
import { styleProblems } from './style-rules.ts';

describe('exit lines', () => {
  it('are kind, plain and in house style', () => {
    expect(EXIT_LINES.length).toBeGreaterThanOrEqual(4);
    for (const line of EXIT_LINES) expect(styleProblems(line), line).toEqual([]);
  });

  it('are chosen by the seed, reproducibly, and vary across seeds', () => {
    expect(exitLine('event-1')).toBe(exitLine('event-1'));
    const seen = new Set(Array.from({ length: 40 }, (_, i) => exitLine(`e${i}`)));
    expect(seen.size).toBeGreaterThan(1);
    for (const line of seen) expect(EXIT_LINES).toContain(line);
  });
});

describe('breakPlan', () => {
  it('plans a break about every hour and staying to the end when energy is plentiful', () => {
    const plan = breakPlan({ durationMinutes: 150, energyLeft: 12 });
    expect(plan.join(' ')).toContain('after about 1 hour and 2 hours');
    expect(plan.join(' ')).toMatch(/Stay to the end only if/);
  });

  it('plans breaks sooner and an earlier exit when energy is low', () => {
    const plan = breakPlan({ durationMinutes: 150, energyLeft: 1 });
    const text = plan.join(' ');
    expect(text).toContain('after about 30 minutes and 1 hour');
    expect(text).toContain('leave after about 1 hour 15 minutes');
    expect(text).toMatch(/fine to leave early, or to skip it/);
  });

  it('sits in between with some energy left', () => {
    const text = breakPlan({ durationMinutes: 120, energyLeft: 5 }).join(' ');
    expect(text).toContain('after about 45 minutes');
    expect(text).toContain('leave after about 1 hour 30 minutes');
  });

  it('keeps long days to a rhythm rather than a list of times', () => {
    expect(breakPlan({ durationMinutes: 420, energyLeft: 15 }).join(' ')).toContain('every hour or so');
  });

  it('needs no breaks for a short event', () => {
    expect(breakPlan({ durationMinutes: 30, energyLeft: 10 }).join(' ')).toMatch(/no break is needed/);
  });

  it('is short, sayable and in house style for any duration and energy', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: -60, max: 900 }), fc.constant(Number.NaN)),
        fc.double({ min: -5, max: 40, noNaN: false }),
        (durationMinutes, energyLeft) => {
          const plan = breakPlan({ durationMinutes, energyLeft });
          expect(plan.length).toBeGreaterThanOrEqual(3);
          expect(plan.length).toBeLessThanOrEqual(5);
          for (const line of plan) expect(styleProblems(line), line).toEqual([]);
        },
      ),
    );
  });
});

describe('spokenDuration', () => {
  it('says durations the way people do', () => {
    expect([30, 60, 90, 120, 135].map(spokenDuration)).toEqual([
      '30 minutes',
      '1 hour',
      '1 hour 30 minutes',
      '2 hours',
      '2 hours 15 minutes',
    ]);
  });
});
