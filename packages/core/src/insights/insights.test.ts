import { describe, expect, it } from 'vitest';
import {
  balanceInsight,
  calendarInsight,
  energyInsight,
  insightWindows,
  monthsEnding,
  spreadInsight,
  stagesInsight,
} from './insights.ts';
import type { DayTotal, TieRow } from './insights.types.ts';

const day = (d: string, count: number, spent = count, gives = 0, asks = 0): DayTotal => ({
  day: d,
  count,
  spent,
  gives,
  asks,
});

describe('insightWindows', () => {
  it('ends every part on the given day and asks the store for one range', () => {
    const w = insightWindows('2026-03-04', 4);
    expect(w.calendar).toEqual({ from: '2025-03-05', to: '2026-03-04' });
    expect(w.weeksFrom).toBe('2026-02-09');
    expect(w.months).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(w.from).toBe('2025-03-05');
    expect(insightWindows('2026-03-04', 52)).toMatchObject({ weeksFrom: '2025-03-10', from: '2025-03-05' });
  });

  it('counts months back across a year end', () => {
    expect(monthsEnding('2026-01-31', 3)).toEqual(['2025-11', '2025-12', '2026-01']);
  });
});

describe('calendarInsight', () => {
  it('keeps only days in the period, sorted, and counts days and weeks', () => {
    const c = calendarInsight(
      [day('2026-03-02', 2), day('2025-01-01', 9), day('2026-02-24', 1), day('2026-02-23', 1)],
      '2025-03-05',
      '2026-03-04',
    );
    expect(c.days).toEqual([
      { day: '2026-02-23', count: 1 },
      { day: '2026-02-24', count: 1 },
      { day: '2026-03-02', count: 2 },
    ]);
    expect(c).toMatchObject({ total: 4, activeDays: 3, activeWeeks: 2, weeks: 53 });
  });
});

describe('energyInsight', () => {
  it('sums each ISO week and compares it with the budget', () => {
    const e = energyInsight(
      [day('2026-02-22', 1, 9), day('2026-02-23', 1, 4), day('2026-03-01', 2, 8), day('2026-03-04', 1, 3)],
      '2026-02-23',
      2,
      10,
    );
    expect(e.weeks).toEqual([
      { week: '2026-W09', start: '2026-02-23', spent: 12, interactions: 3 },
      { week: '2026-W10', start: '2026-03-02', spent: 3, interactions: 1 },
    ]);
    expect(e.overBudgetWeeks).toBe(1);
    expect(e.averageSpent).toBe(7.5);
  });
});

describe('stagesInsight', () => {
  const people: TieRow[] = [
    { id: 'a', name: 'A', stage: 'repeat_contact', organisationKey: null, team: null },
    { id: 'b', name: 'B', stage: 'first_contact', organisationKey: null, team: null },
    { id: 'c', name: 'C', stage: 'stranger', organisationKey: null, team: null },
  ];

  it('counts people per stage now and moves per month; a first stage is an addition', () => {
    const s = stagesInsight(
      people,
      [
        { personId: 'a', stage: 'first_contact', changedOn: '2025-12-30' },
        { personId: 'a', stage: 'repeat_contact', changedOn: '2026-01-05' },
        { personId: 'b', stage: 'stranger', changedOn: '2026-01-10' },
        { personId: 'b', stage: 'sharing', changedOn: '2026-02-01' },
        { personId: 'b', stage: 'first_contact', changedOn: '2026-02-02' },
        { personId: 'c', stage: 'stranger', changedOn: '2026-02-03' },
      ],
      ['2026-01', '2026-02'],
    );
    expect(s.now.find((n) => n.stage === 'repeat_contact')?.count).toBe(1);
    expect(s.now.map((n) => n.stage)[0]).toBe('stranger');
    expect(s.ties).toBe(2);
    expect(s.months).toEqual([
      { month: '2026-01', up: 1, down: 0, added: 1 },
      { month: '2026-02', up: 1, down: 1, added: 1 },
    ]);
  });
});

describe('balanceInsight', () => {
  it('totals gives and asks per month and names the people most tilted to asks', () => {
    const b = balanceInsight(
      [day('2026-01-03', 3, 3, 1, 2), day('2026-02-10', 1, 1, 1, 0), day('2025-01-01', 5, 5, 0, 5)],
      [
        { personId: 'p1', gives: 0, asks: 3 },
        { personId: 'p2', gives: 2, asks: 1 },
        { personId: 'p3', gives: 1, asks: 2 },
        { personId: 'gone', gives: 0, asks: 9 },
      ],
      new Map([
        ['p1', 'Ana'],
        ['p2', 'Ben'],
        ['p3', 'Cy'],
      ]),
      ['2026-01', '2026-02'],
      '2026-02-20',
    );
    expect(b).toMatchObject({ from: '2026-01-01', gives: 2, asks: 2 });
    expect(b.months).toEqual([
      { month: '2026-01', gives: 1, asks: 2 },
      { month: '2026-02', gives: 1, asks: 0 },
    ]);
    expect(b.tilted.map((t) => t.name)).toEqual(['Ana', 'Cy']);
  });
});

describe('spreadInsight', () => {
  const tie = (id: string, organisationKey: string | null, team: string | null): TieRow => ({
    id,
    name: id,
    stage: 'first_contact',
    organisationKey,
    team,
  });

  it('places each tie against your organisation and team', () => {
    const s = spreadInsight(
      [
        tie('a', 'acme', 'Platform'),
        tie('b', 'acme', 'design'),
        tie('c', 'globex', null),
        tie('d', null, null),
        tie('e', 'acme', null),
        { ...tie('f', 'globex', null), stage: 'stranger' },
      ],
      { organisation: 'ACME', team: 'platform ' },
    );
    expect(s).toMatchObject({
      ties: 5,
      sameTeam: 1,
      otherTeam: 1,
      otherOrganisation: 1,
      unknown: 1,
      sameOrganisation: 1,
      outside: 2,
      inside: 2,
      nudge: null,
    });
  });

  it('nudges towards ties across groups when every placed tie is local', () => {
    const s = spreadInsight([tie('a', 'acme', 'Platform'), tie('d', null, null)], {
      organisation: 'Acme',
      team: 'Platform',
    });
    expect(s.outside).toBe(0);
    expect(s.nudge).toContain('inside Platform at Acme');
    expect(s.nudge).toContain('another team');
  });

  it('asks for your organisation when it is not in your profile, and says nothing with no ties', () => {
    expect(spreadInsight([tie('a', 'acme', null)], { organisation: null, team: null }).nudge).toContain(
      'Settings',
    );
    expect(spreadInsight([], { organisation: 'Acme', team: null }).nudge).toBeNull();
  });
});
