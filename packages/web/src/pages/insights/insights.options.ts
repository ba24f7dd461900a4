/**
 * The ECharts options of each Insights chart, built from the numbers and the theme's
 * colours. Text, lines and fills all come from the CSS variables (see chart.tsx).
 */
import type { ThemeTokens } from './chart.tsx';
import type { EChartsCoreOption } from './echarts.setup.ts';
import type { Insights } from './insights.api.ts';
import { formatDay, formatMonth, formatShortDay, plural, STAGE_NAMES } from './insights.format.ts';

/**
 * The heat map's cells grow with the room they have, down to a size a finger and an eye
 * can still tell apart; below that (a phone) the year scrolls sideways instead.
 */
export function heatCell(room: number): number {
  return Math.max(13, Math.min(22, Math.floor((room - 70) / 54)));
}
export const heatWidth = (cell: number) => 54 * cell + 70;
export const heatHeight = (cell: number) => 7 * cell + 95;

function base(t: ThemeTokens, tooltip: object = {}): EChartsCoreOption {
  return {
    backgroundColor: 'transparent',
    textStyle: { color: t.text, fontFamily: t.font },
    tooltip: {
      backgroundColor: t.surface,
      borderColor: t.border,
      textStyle: { color: t.text, fontFamily: t.font },
      confine: true,
      ...tooltip,
    },
  };
}

/** A count along an axis: whole numbers, with dashed guide lines. */
function countAxis(t: ThemeTokens) {
  return {
    type: 'value',
    minInterval: 1,
    axisLabel: { color: t.muted },
    splitLine: { lineStyle: { color: t.border, type: 'dashed' } },
  };
}

function categoryAxis(t: ThemeTokens, categories: string[], axisLabel: object) {
  return {
    type: 'category',
    data: categories,
    axisLine: { lineStyle: { color: t.border } },
    axisTick: { show: false },
    axisLabel,
  };
}

const GRID = { left: 8, right: 12, top: 36, bottom: 8, containLabel: true };

/** Series over time (weeks or months) along the bottom, with a legend above. */
function overTime(t: ThemeTokens, categories: string[], series: object[]): EChartsCoreOption {
  return {
    ...base(t, { trigger: 'axis' }),
    legend: { top: 0, left: 0, textStyle: { color: t.text }, itemGap: 16 },
    grid: GRID,
    xAxis: categoryAxis(t, categories, { color: t.muted, hideOverlap: true }),
    yAxis: countAxis(t),
    series,
  };
}

/** One series of bars lying down, a named row each, with its count at the end. */
function lyingBars(t: ThemeTokens, name: string, categories: string[], data: unknown[]): EChartsCoreOption {
  return {
    ...base(t, { trigger: 'axis', axisPointer: { type: 'shadow' } }),
    grid: { ...GRID, top: 8, right: 28 },
    xAxis: countAxis(t),
    yAxis: categoryAxis(t, categories, { color: t.text }),
    series: [
      {
        name,
        type: 'bar',
        data,
        itemStyle: { color: t.accent, borderRadius: [0, 3, 3, 0] },
        label: { show: true, position: 'right', color: t.text },
        barMaxWidth: 22,
      },
    ],
  };
}

export function heatmapOption(data: Insights['calendar'], t: ThemeTokens, cell: number): EChartsCoreOption {
  return {
    ...base(t, {
      formatter: (p: { value: [string, number] }) =>
        `${formatDay(p.value[0])}: ${plural(p.value[1], 'interaction')}`,
    }),
    visualMap: {
      type: 'piecewise',
      orient: 'horizontal',
      // At the right, by the latest weeks: where a phone's scroll starts.
      right: 16,
      bottom: 8,
      itemWidth: 12,
      itemHeight: 12,
      textStyle: { color: t.muted },
      pieces: [
        { min: 1, max: 1, label: '1', color: mix(t.accentSoft, t.accent, 0.3) },
        { min: 2, max: 2, label: '2', color: mix(t.accentSoft, t.accent, 0.65) },
        { min: 3, max: 4, label: '3–4', color: t.accent },
        { min: 5, label: '5 or more', color: t.warm },
      ],
      text: ['', 'Per day:'],
      showLabel: true,
    },
    calendar: {
      top: 28,
      left: 40,
      cellSize: [cell, cell],
      range: [data.from, data.to],
      orient: 'horizontal',
      splitLine: { show: false },
      itemStyle: { color: t.surfaceMuted, borderColor: t.surface, borderWidth: 2 },
      dayLabel: { firstDay: 1, nameMap: ['S', 'M', 'T', 'W', 'T', 'F', 'S'], color: t.muted, fontSize: 10 },
      monthLabel: { color: t.muted, nameMap: 'EN', fontSize: 11 },
      yearLabel: { show: false },
    },
    series: [
      {
        type: 'heatmap',
        coordinateSystem: 'calendar',
        data: data.days.map((d) => [d.day, d.count]),
      },
    ],
  };
}

/** A colour `share` of the way from one hex colour to another (the heat map's steps). */
function mix(a: string, b: string, share: number): string {
  const parse = (hex: string) => {
    const h = hex.replace('#', '');
    const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
    return [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16));
  };
  const [x, y] = [parse(a), parse(b)];
  if (x.some(Number.isNaN) || y.some(Number.isNaN)) return b;
  return `#${x
    .map((v, i) =>
      Math.round(v + ((y[i] as number) - v) * share)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

export function energyOption(data: Insights['energy'], t: ThemeTokens): EChartsCoreOption {
  return overTime(
    t,
    data.weeks.map((w) => formatShortDay(w.start)),
    [
      {
        name: 'Energy spent',
        type: 'bar',
        data: data.weeks.map((w) => ({
          value: w.spent,
          itemStyle: { color: w.spent > data.weeklyBudget ? t.warm : t.accent },
        })),
        itemStyle: { color: t.accent, borderRadius: [3, 3, 0, 0] },
        barMaxWidth: 28,
      },
      {
        name: `Weekly budget (${data.weeklyBudget})`,
        type: 'line',
        step: 'middle',
        symbol: 'none',
        data: data.weeks.map(() => data.weeklyBudget),
        lineStyle: { color: t.text, type: 'dashed', width: 2 },
        itemStyle: { color: t.text },
      },
    ],
  );
}

export function stagesNowOption(data: Insights['stages'], t: ThemeTokens): EChartsCoreOption {
  const rows = [...data.now].reverse();
  return lyingBars(
    t,
    'People',
    rows.map((r) => STAGE_NAMES[r.stage]),
    rows.map((r) => r.count),
  );
}

export function movementOption(data: Insights['stages'], t: ThemeTokens): EChartsCoreOption {
  return overTime(
    t,
    data.months.map((m) => formatMonth(m.month)),
    [
      { name: 'Moved up', type: 'bar', data: data.months.map((m) => m.up), itemStyle: { color: t.accent } },
      {
        name: 'Moved down',
        type: 'bar',
        data: data.months.map((m) => m.down),
        itemStyle: { color: t.danger },
      },
      {
        name: 'New people',
        type: 'line',
        data: data.months.map((m) => m.added),
        lineStyle: { color: t.warm, width: 2 },
        itemStyle: { color: t.warm },
        symbol: 'circle',
        symbolSize: 6,
      },
    ],
  );
}

export function balanceOption(data: Insights['balance'], t: ThemeTokens): EChartsCoreOption {
  return overTime(
    t,
    data.months.map((m) => formatMonth(m.month)),
    [
      { name: 'Gives', type: 'bar', data: data.months.map((m) => m.gives), itemStyle: { color: t.accent } },
      { name: 'Asks', type: 'bar', data: data.months.map((m) => m.asks), itemStyle: { color: t.warm } },
    ],
  );
}

export const SPREAD_ROWS = [
  { key: 'otherOrganisation', name: 'Another organisation', short: 'Other organisations' },
  { key: 'otherTeam', name: 'Your organisation, another team', short: 'Other teams' },
  { key: 'sameTeam', name: 'Your own team', short: 'Your team' },
  { key: 'sameOrganisation', name: 'Your organisation, team not noted', short: 'Team not noted' },
  { key: 'unknown', name: 'No organisation noted', short: 'Not noted' },
] as const;

export function spreadOption(data: Insights['spread'], t: ThemeTokens): EChartsCoreOption {
  const rows = [...SPREAD_ROWS].reverse();
  const outside = new Set(['otherOrganisation', 'otherTeam']);
  return lyingBars(
    t,
    'Ties',
    rows.map((r) => r.short),
    rows.map((r) => ({
      value: data[r.key],
      itemStyle: { color: outside.has(r.key) ? t.accent : r.key === 'unknown' ? t.border : t.warm },
    })),
  );
}
