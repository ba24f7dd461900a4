/**
 * Insights: charts a person would rather look at than read. A year of keeping in touch,
 * energy spent against the weekly budget, where ties stand and how they moved, give and
 * ask, and how far ties reach beyond your own team. Each chart has its words (a caption
 * and an accessible summary) and its numbers (a table behind "Show as table").
 */
import { ErrorNote } from '../../components/error-note.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Balance } from './balance.figure.tsx';
import { Consistency } from './consistency.figure.tsx';
import { Energy } from './energy.figure.tsx';
import { useOpenTablesForPrint } from './insight-figure.tsx';
import { type Insights, useInsights } from './insights.api.ts';
import './insights.css';
import { Spread } from './spread.figure.tsx';
import { Movement, StagesNow } from './stages.figure.tsx';

export function InsightsPage() {
  const insights = useInsights();
  useOpenTablesForPrint();
  return (
    <div className="insights-page">
      <PageHeader
        title="Insights"
        lead="How your ties have grown, looking back from today in your own time zone."
        actions={
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
        }
      />
      {insights.data ? (
        <InsightsBody data={insights.data} />
      ) : insights.error ? (
        <ErrorNote error={insights.error} title="Insights could not be read." />
      ) : (
        <Loading what="Adding up your year" />
      )}
    </div>
  );
}

function InsightsBody({ data }: { data: Insights }) {
  return (
    <div className="insights-grid">
      <Consistency data={data.calendar} />
      <Energy data={data.energy} />
      <StagesNow data={data.stages} />
      <Movement data={data.stages} />
      <Balance data={data.balance} />
      <Spread data={data.spread} />
    </div>
  );
}
