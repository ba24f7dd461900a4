/** Spread: how many ties reach beyond your own team and organisation, with a nudge. */
import { Link } from 'react-router';
import { DataTable } from '../../components/data-table.tsx';
import { Chart } from './chart.tsx';
import { EmptyInsight, InsightFigure, useChartOption } from './insight-figure.tsx';
import type { Insights } from './insights.api.ts';
import { plural } from './insights.format.ts';
import { SPREAD_ROWS, spreadOption } from './insights.options.ts';

export function Spread({ data }: { data: Insights['spread'] }) {
  const option = useChartOption(spreadOption, data);
  const where = data.organisation
    ? data.team
      ? `${data.team} at ${data.organisation}`
      : data.organisation
    : 'your organisation';
  const summary =
    data.ties === 0
      ? 'No ties yet.'
      : `${plural(data.outside, 'tie')} of ${data.ties} reach beyond ${where}; ${data.inside} inside it${data.unknown ? `, and ${data.unknown} with no organisation noted` : ''}.`;
  const words = SPREAD_ROWS.map((r) => `${r.name} ${data[r.key]}`).join(', ');
  return (
    <InsightFigure
      id="spread"
      title="Spread"
      summary={summary}
      table={
        data.ties > 0 ? (
          <DataTable
            caption="Where your ties sit, against your own organisation and team"
            columns={[
              { header: 'Where', cell: (r) => r.name },
              { header: 'Ties', cell: (r) => data[r.key], num: true },
            ]}
            rows={SPREAD_ROWS}
            rowKey={(r) => r.key}
          />
        ) : undefined
      }
    >
      {data.ties > 0 ? (
        <Chart
          label={`Bar chart of where your ${plural(data.ties, 'tie')} sit: ${words}.`}
          option={option}
          height={240}
          testId="chart-spread"
        />
      ) : (
        <EmptyInsight>
          Once you have a few ties, this shows how many sit outside your own team or organisation: the
          “peacetime” ties that help when things change.
        </EmptyInsight>
      )}
      {data.nudge ? (
        <p className="note insight-nudge">
          {data.nudge}
          {data.organisation ? null : (
            <>
              {' '}
              <Link to="/settings#introduction">Open Settings</Link>.
            </>
          )}
        </p>
      ) : null}
    </InsightFigure>
  );
}
