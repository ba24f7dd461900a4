/**
 * ECharts, tree-shaken to what Insights draws: a calendar heat map, bars and lines on a
 * grid, tooltips, legends and the accessibility (aria + decal patterns) component, all
 * rendered as SVG. Imported only by the Insights page, so it loads only with it.
 */
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import {
  AriaComponent,
  CalendarComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  HeatmapChart,
  BarChart,
  LineChart,
  CalendarComponent,
  VisualMapComponent,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  AriaComponent,
  SVGRenderer,
]);

export type { EChartsCoreOption } from 'echarts/core';
export { echarts };
