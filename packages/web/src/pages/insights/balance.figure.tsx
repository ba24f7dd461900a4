/** Give and ask per month, and the people asked more than given. */
import { Link } from 'react-router';
import { DataTable } from '../../components/data-table.tsx';
import { Chart } from './chart.tsx';
import { EmptyInsight, InsightFigure, useChartOption } from './insight-figure.tsx';
import type { Insights } from './insights.api.ts';
import { formatDay, formatLongMonth, plural } from './insights.format.ts';
import { balanceOption } from './insights.options.ts';

export function Balance({ data }: { data: Insights['balance'] }) {
  const option = useChartOption(balanceOption, data);
  const any = data.gives + data.asks > 0;
  const lean =
    data.gives > data.asks
      ? 'You give more than you ask.'
      : data.asks > data.gives
        ? 'You ask more than you give: a small give evens it out.'
        : 'Gives and asks are even.';
  const summary = any
    ? `${plural(data.gives, 'give')} and ${plural(data.asks, 'ask')} since ${formatDay(data.from)}. ${lean}`
    : 'No gives or asks logged in the last 12 months yet.';
  return (
    <InsightFigure
      id="balance"
      title="Give and ask"
      summary={summary}
      table={
        any ? (
          <DataTable
            caption="Gives and asks per month"
            columns={[
              { header: 'Month', cell: (m) => formatLongMonth(m.month) },
              { header: 'Gives', cell: (m) => m.gives, num: true },
              { header: 'Asks', cell: (m) => m.asks, num: true },
            ]}
            rows={data.months}
            rowKey={(m) => m.month}
            totals={{ label: 'Total', cells: [data.gives, data.asks] }}
          />
        ) : undefined
      }
    >
      {any ? (
        <>
          <Chart
            label={`Bar chart of gives and asks per month over the last 12 months. ${summary}`}
            option={option}
            height={280}
            patterns
            testId="chart-balance"
          />
          {data.tilted.length > 0 ? (
            <div className="insight-tilted">
              <h3>Asked more than given</h3>
              <p className="muted">A useful link, a thank-you or an introduction, with no ask attached.</p>
              <ul>
                {data.tilted.map((p) => (
                  <li key={p.personId}>
                    <Link to={`/people/${p.personId}`}>{p.name}</Link>{' '}
                    <span className="muted">
                      {plural(p.asks, 'ask')}, {plural(p.gives, 'give')}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      ) : (
        <EmptyInsight>
          When you log a contact, mark it a give (help, a link, an introduction, congratulations) or an ask
          (advice, a favour). The balance shows here.
        </EmptyInsight>
      )}
    </InsightFigure>
  );
}
