/** Energy spent each week against the weekly budget. */
import { DataTable } from '../../components/data-table.tsx';
import { Chart } from './chart.tsx';
import { EmptyInsight, InsightFigure, useChartOption } from './insight-figure.tsx';
import { ENERGY_WEEKS, type Insights } from './insights.api.ts';
import { formatShortDay, plural } from './insights.format.ts';
import { energyOption } from './insights.options.ts';

export function Energy({ data }: { data: Insights['energy'] }) {
  const option = useChartOption(energyOption, data);
  const spent = data.weeks.some((w) => w.spent > 0);
  const last = data.weeks[data.weeks.length - 1];
  const summary = spent
    ? `On average ${data.averageSpent} of your ${data.weeklyBudget} points a week over the last ${ENERGY_WEEKS} weeks; ${data.overBudgetWeeks === 0 ? 'never over budget' : `over budget in ${plural(data.overBudgetWeeks, 'week')}`}.${last ? ` This week so far: ${last.spent}.` : ''}`
    : `Your weekly budget is ${data.weeklyBudget} points. Nothing spent in the last ${ENERGY_WEEKS} weeks yet.`;
  return (
    <InsightFigure
      id="energy"
      title="Energy spent against your budget"
      summary={summary}
      table={
        spent ? (
          <DataTable
            caption={`Energy points spent per week (Monday to Sunday), budget ${data.weeklyBudget}`}
            columns={[
              {
                header: 'Week of',
                cell: (w) => (
                  <>
                    {formatShortDay(w.start)} <span className="muted">({w.week.slice(5)})</span>
                  </>
                ),
              },
              {
                header: 'Spent',
                num: true,
                cell: (w) => (
                  <>
                    {w.spent}
                    {w.spent > data.weeklyBudget ? <span className="pill warm">over</span> : null}
                  </>
                ),
              },
              { header: 'Budget', cell: () => data.weeklyBudget, num: true },
              { header: 'Interactions', cell: (w) => w.interactions, num: true },
            ]}
            rows={data.weeks}
            rowKey={(w) => w.week}
          />
        ) : undefined
      }
    >
      {spent ? (
        <Chart
          label={`Bar chart of energy spent each week for the last ${ENERGY_WEEKS} weeks, against a dashed line at the weekly budget of ${data.weeklyBudget} points. ${summary}`}
          option={option}
          height={280}
          patterns
          testId="chart-energy"
        />
      ) : (
        <EmptyInsight>
          Each contact you log spends a few points (a message 1, a coffee 4, an event more). Weeks fill in
          here, with your budget as a line to stay under.
        </EmptyInsight>
      )}
    </InsightFigure>
  );
}
