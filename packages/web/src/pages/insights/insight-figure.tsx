/**
 * A chart as a figure: a heading and a sentence that says what it shows, the chart, and
 * a disclosure with the same numbers as a real table (for screen readers, keyboards and
 * paper: every table opens before printing).
 */
import { type ReactNode, useEffect, useMemo } from 'react';
import { type ThemeTokens, useThemeTokens } from './chart.tsx';
import type { EChartsCoreOption } from './echarts.setup.ts';

interface InsightFigureProps {
  id: string;
  title: string;
  /** What the numbers say, in a sentence or two. */
  summary: ReactNode;
  /** The chart, or an empty state when there is nothing to draw yet. */
  children: ReactNode;
  /** The same numbers as a table (a `DataTable`), when there are any. */
  table?: ReactNode;
}

export function InsightFigure({ id, title, summary, children, table }: InsightFigureProps) {
  return (
    <figure className="card insight-figure" aria-labelledby={`${id}-title`} id={id}>
      <figcaption>
        <h2 id={`${id}-title`}>{title}</h2>
        <p className="muted">{summary}</p>
      </figcaption>
      {children}
      {table ? (
        <details className="insight-table">
          <summary>
            Show as table<span className="visually-hidden">: {title}</span>
          </summary>
          <section
            className="insight-table-scroll"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a long table scrolls, so it must be reachable by keyboard
            tabIndex={0}
            aria-label={`${title}, as a table`}
          >
            {table}
          </section>
        </details>
      ) : null}
    </figure>
  );
}

/** Opens every table disclosure before printing, so paper carries the numbers. */
export function useOpenTablesForPrint(): void {
  useEffect(() => {
    const open = () => {
      for (const d of document.querySelectorAll<HTMLDetailsElement>('details.insight-table')) d.open = true;
    };
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);
}

export function EmptyInsight({ children }: { children: ReactNode }) {
  return <p className="note insight-empty">{children}</p>;
}

/** A chart's options, built from its numbers and the theme, again only when either changes. */
export function useChartOption<D>(build: (data: D, t: ThemeTokens) => EChartsCoreOption, data: D) {
  const t = useThemeTokens();
  return useMemo(() => build(data, t), [build, data, t]);
}
