/**
 * One chart: an ECharts instance on a div that is, for assistive technology, a single
 * image with a summary in words. Colours come from the theme's CSS variables and are
 * read again when the theme changes; animation is off when motion is reduced.
 */
import { useEffect, useRef, useState } from 'react';
import { type EChartsCoreOption, echarts } from './echarts.setup.ts';

export interface ThemeTokens {
  text: string;
  muted: string;
  border: string;
  surface: string;
  surfaceMuted: string;
  accent: string;
  accentSoft: string;
  warm: string;
  danger: string;
  font: string;
}

function readTokens(): ThemeTokens {
  const style = getComputedStyle(document.documentElement);
  const v = (name: string) => style.getPropertyValue(name).trim();
  return {
    text: v('--text'),
    muted: v('--text-muted'),
    border: v('--border'),
    surface: v('--surface'),
    surfaceMuted: v('--surface-muted'),
    accent: v('--accent'),
    accentSoft: v('--accent-soft'),
    warm: v('--warm'),
    danger: v('--danger'),
    font: v('--font'),
  };
}

const REDUCED = '(prefers-reduced-motion: reduce)';
const DARK = '(prefers-color-scheme: dark)';

/** The theme's colours now, updated when `data-theme` or the system preference changes. */
export function useThemeTokens(): ThemeTokens {
  const [tokens, setTokens] = useState(readTokens);
  useEffect(() => {
    const update = () => setTokens(readTokens());
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const dark = window.matchMedia(DARK);
    dark.addEventListener('change', update);
    return () => {
      observer.disconnect();
      dark.removeEventListener('change', update);
    };
  }, []);
  return tokens;
}

function useReducedMotion(): boolean {
  const [reduced, setReduced] = useState(() => window.matchMedia(REDUCED).matches);
  useEffect(() => {
    const query = window.matchMedia(REDUCED);
    const update = () => setReduced(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return reduced;
}

interface ChartProps {
  /** What the chart shows, in words: its accessible name. */
  label: string;
  option: EChartsCoreOption;
  height: number;
  /** A fixed drawing width (the heat map); otherwise the chart fills its figure. */
  width?: number;
  /** Patterns on series as well as colours (bars); off for the heat map's small cells. */
  patterns?: boolean;
  testId?: string;
}

export function Chart({ label, option, height, width, patterns = false, testId }: ChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const reduced = useReducedMotion();

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const instance = echarts.init(el, null, { renderer: 'svg' });
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        ...option,
        animation: !reduced,
        // ECharts names the chart for screen readers from this; the div's role says "image".
        aria: { enabled: true, label: { description: label }, decal: { show: patterns } },
      },
      { notMerge: true },
    );
  }, [option, label, reduced, patterns]);

  return (
    <div
      ref={ref}
      className="insight-chart"
      role="img"
      aria-label={label}
      data-testid={testId}
      style={{ height, width: width ?? '100%' }}
    />
  );
}
