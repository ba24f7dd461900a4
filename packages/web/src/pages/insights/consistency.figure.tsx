/** A year of keeping in touch: a calendar heat map that fits a desktop and scrolls on a phone. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { DataTable } from '../../components/data-table.tsx';
import { Chart, useThemeTokens } from './chart.tsx';
import { EmptyInsight, InsightFigure } from './insight-figure.tsx';
import type { Insights } from './insights.api.ts';
import { formatDay, plural } from './insights.format.ts';
import { heatCell, heatHeight, heatmapOption, heatWidth } from './insights.options.ts';

export function Consistency({ data }: { data: Insights['calendar'] }) {
  const t = useThemeTokens();
  const scroller = useRef<HTMLElement>(null);
  const [room, setRoom] = useState(0);
  const cell = heatCell(room);
  const option = useMemo(() => heatmapOption(data, t, cell), [data, t, cell]);
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setRoom(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  // The latest weeks matter most: a narrow screen starts scrolled to today.
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll again when the cells change size
  useEffect(() => {
    const el = scroller.current;
    if (el) el.scrollLeft = el.scrollWidth;
  }, [cell]);
  const busiest = data.days.reduce<{ day: string; count: number } | null>(
    (best, d) => (!best || d.count > best.count ? d : best),
    null,
  );
  const summary =
    data.total === 0
      ? 'Nothing logged in the last year yet.'
      : `${plural(data.total, 'interaction')} on ${plural(data.activeDays, 'day')} between ${formatDay(data.from)} and ${formatDay(data.to)}; in touch in ${data.activeWeeks} of ${data.weeks} weeks.`;
  const label = `Calendar heat map of the last year. ${summary}${busiest ? ` Busiest day: ${formatDay(busiest.day)}, with ${plural(busiest.count, 'interaction')}.` : ''}`;
  return (
    <InsightFigure
      id="consistency"
      title="A year of keeping in touch"
      summary={summary}
      table={
        data.total > 0 ? (
          <DataTable
            caption="Days with at least one interaction, oldest first"
            columns={[
              { header: 'Day', cell: (d) => formatDay(d.day) },
              { header: 'Interactions', cell: (d) => d.count, num: true },
            ]}
            rows={data.days}
            rowKey={(d) => d.day}
            totals={{ label: 'Total', cells: [data.total] }}
          />
        ) : undefined
      }
    >
      {data.total === 0 ? (
        <EmptyInsight>
          When you log a contact (from Today or on a person’s page), its day lights up here. Small, regular
          gestures show as a steady pattern.
        </EmptyInsight>
      ) : (
        <section
          className="insight-scroll"
          ref={scroller}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must be reachable by keyboard
          tabIndex={0}
          aria-label="Heat map of the year, scrolls sideways"
        >
          <Chart
            label={label}
            option={option}
            height={heatHeight(cell)}
            width={heatWidth(cell)}
            testId="chart-consistency"
          />
        </section>
      )}
    </InsightFigure>
  );
}
