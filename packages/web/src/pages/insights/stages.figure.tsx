/** The ladder: where ties stand now, and how they moved month by month. */
import { Link } from 'react-router';
import { DataTable } from '../../components/data-table.tsx';
import { Chart } from './chart.tsx';
import { EmptyInsight, InsightFigure, useChartOption } from './insight-figure.tsx';
import type { Insights } from './insights.api.ts';
import { formatLongMonth, plural, STAGE_NAMES } from './insights.format.ts';
import { movementOption, stagesNowOption } from './insights.options.ts';

export function StagesNow({ data }: { data: Insights['stages'] }) {
  const option = useChartOption(stagesNowOption, data);
  const people = data.now.reduce((n, s) => n + s.count, 0);
  const words = data.now.map((s) => `${STAGE_NAMES[s.stage]} ${s.count}`).join(', ');
  const summary =
    people === 0
      ? 'No people yet.'
      : `${plural(people, 'person', 'people')}, ${plural(data.ties, 'tie')} past stranger.`;
  return (
    <InsightFigure
      id="stages"
      title="Where your ties stand"
      summary={summary}
      table={
        people > 0 ? (
          <DataTable
            caption="People on each stage of the ladder, now"
            columns={[
              { header: 'Stage', cell: (s) => STAGE_NAMES[s.stage] },
              { header: 'People', cell: (s) => s.count, num: true },
            ]}
            rows={data.now}
            rowKey={(s) => s.stage}
          />
        ) : undefined
      }
    >
      {people > 0 ? (
        <Chart
          label={`Bar chart of people on each stage of the ladder: ${words}.`}
          option={option}
          height={260}
          testId="chart-stages"
        />
      ) : (
        <EmptyInsight>
          Add the people you meet and they appear here by stage, from first contact up to the few you rely on.{' '}
          <Link to="/people">Go to People</Link>.
        </EmptyInsight>
      )}
    </InsightFigure>
  );
}

export function Movement({ data }: { data: Insights['stages'] }) {
  const option = useChartOption(movementOption, data);
  const up = data.months.reduce((n, m) => n + m.up, 0);
  const down = data.months.reduce((n, m) => n + m.down, 0);
  const added = data.months.reduce((n, m) => n + m.added, 0);
  const any = up + down + added > 0;
  const summary = any
    ? `Over the last 12 months: ${plural(up, 'move')} up the ladder, ${down} down, and ${plural(added, 'new person', 'new people')}.`
    : 'No moves on the ladder in the last 12 months yet.';
  return (
    <InsightFigure
      id="movement"
      title="Moves on the ladder"
      summary={summary}
      table={
        any ? (
          <DataTable
            caption="Per month: ties that moved up or down the ladder, and people first noted"
            columns={[
              { header: 'Month', cell: (m) => formatLongMonth(m.month) },
              { header: 'Moved up', cell: (m) => m.up, num: true },
              { header: 'Moved down', cell: (m) => m.down, num: true },
              { header: 'New people', cell: (m) => m.added, num: true },
            ]}
            rows={data.months}
            rowKey={(m) => m.month}
          />
        ) : undefined
      }
    >
      {any ? (
        <Chart
          label={`Bar chart per month of ties moving up and down the ladder, with a line for new people. ${summary}`}
          option={option}
          height={280}
          patterns
          testId="chart-movement"
        />
      ) : (
        <EmptyInsight>
          As you keep in touch, Kindred moves ties up the ladder (and you can set a stage by hand); each move
          shows here by month.
        </EmptyInsight>
      )}
    </InsightFigure>
  );
}
