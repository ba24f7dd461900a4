/**
 * Insights: charts a person would rather look at than read. A year of keeping in touch,
 * energy spent against the weekly budget, where ties stand and how they moved, give and
 * ask, and how far ties reach beyond your own team. Each chart has its words (a caption
 * and an accessible summary) and its numbers (a table behind "Show as table").
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ErrorNote } from '../../components/error-note.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { Chart, useThemeTokens } from './chart.tsx';
import { EmptyInsight, InsightFigure, useOpenTablesForPrint } from './insight-figure.tsx';
import { ENERGY_WEEKS, type Insights, useInsights } from './insights.api.ts';
import './insights.css';
import { formatDay, formatLongMonth, formatShortDay, plural, STAGE_NAMES } from './insights.format.ts';
import {
  balanceOption,
  energyOption,
  heatCell,
  heatHeight,
  heatmapOption,
  heatWidth,
  movementOption,
  SPREAD_ROWS,
  spreadOption,
  stagesNowOption,
} from './insights.options.ts';

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

function Consistency({ data }: { data: Insights['calendar'] }) {
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
      tableCaption="Days with at least one interaction, oldest first"
      table={
        data.total > 0 ? (
          <>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Interactions</th>
              </tr>
            </thead>
            <tbody>
              {data.days.map((d) => (
                <tr key={d.day}>
                  <td>{formatDay(d.day)}</td>
                  <td className="num">{d.count}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Total</th>
                <td className="num">{data.total}</td>
              </tr>
            </tfoot>
          </>
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

function Energy({ data }: { data: Insights['energy'] }) {
  const t = useThemeTokens();
  const option = useMemo(() => energyOption(data, t), [data, t]);
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
      tableCaption={`Energy points spent per week (Monday to Sunday), budget ${data.weeklyBudget}`}
      table={
        spent ? (
          <>
            <thead>
              <tr>
                <th scope="col">Week of</th>
                <th scope="col">Spent</th>
                <th scope="col">Budget</th>
                <th scope="col">Interactions</th>
              </tr>
            </thead>
            <tbody>
              {data.weeks.map((w) => (
                <tr key={w.week}>
                  <td>
                    {formatShortDay(w.start)} <span className="muted">({w.week.slice(5)})</span>
                  </td>
                  <td className="num">
                    {w.spent}
                    {w.spent > data.weeklyBudget ? <span className="pill warm">over</span> : null}
                  </td>
                  <td className="num">{data.weeklyBudget}</td>
                  <td className="num">{w.interactions}</td>
                </tr>
              ))}
            </tbody>
          </>
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

function StagesNow({ data }: { data: Insights['stages'] }) {
  const t = useThemeTokens();
  const option = useMemo(() => stagesNowOption(data, t), [data, t]);
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
      tableCaption="People on each stage of the ladder, now"
      table={
        people > 0 ? (
          <>
            <thead>
              <tr>
                <th scope="col">Stage</th>
                <th scope="col">People</th>
              </tr>
            </thead>
            <tbody>
              {data.now.map((s) => (
                <tr key={s.stage}>
                  <td>{STAGE_NAMES[s.stage]}</td>
                  <td className="num">{s.count}</td>
                </tr>
              ))}
            </tbody>
          </>
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

function Movement({ data }: { data: Insights['stages'] }) {
  const t = useThemeTokens();
  const option = useMemo(() => movementOption(data, t), [data, t]);
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
      tableCaption="Per month: ties that moved up or down the ladder, and people first noted"
      table={
        any ? (
          <>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">Moved up</th>
                <th scope="col">Moved down</th>
                <th scope="col">New people</th>
              </tr>
            </thead>
            <tbody>
              {data.months.map((m) => (
                <tr key={m.month}>
                  <td>{formatLongMonth(m.month)}</td>
                  <td className="num">{m.up}</td>
                  <td className="num">{m.down}</td>
                  <td className="num">{m.added}</td>
                </tr>
              ))}
            </tbody>
          </>
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

function Balance({ data }: { data: Insights['balance'] }) {
  const t = useThemeTokens();
  const option = useMemo(() => balanceOption(data, t), [data, t]);
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
      tableCaption="Gives and asks per month"
      table={
        any ? (
          <>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col">Gives</th>
                <th scope="col">Asks</th>
              </tr>
            </thead>
            <tbody>
              {data.months.map((m) => (
                <tr key={m.month}>
                  <td>{formatLongMonth(m.month)}</td>
                  <td className="num">{m.gives}</td>
                  <td className="num">{m.asks}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Total</th>
                <td className="num">{data.gives}</td>
                <td className="num">{data.asks}</td>
              </tr>
            </tfoot>
          </>
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

function Spread({ data }: { data: Insights['spread'] }) {
  const t = useThemeTokens();
  const option = useMemo(() => spreadOption(data, t), [data, t]);
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
      tableCaption="Where your ties sit, against your own organisation and team"
      table={
        data.ties > 0 ? (
          <>
            <thead>
              <tr>
                <th scope="col">Where</th>
                <th scope="col">Ties</th>
              </tr>
            </thead>
            <tbody>
              {SPREAD_ROWS.map((r) => (
                <tr key={r.key}>
                  <td>{r.name}</td>
                  <td className="num">{data[r.key]}</td>
                </tr>
              ))}
            </tbody>
          </>
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
