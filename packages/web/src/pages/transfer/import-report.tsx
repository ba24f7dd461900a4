/**
 * What an import did, or on a dry run would do: who is new, who is merged with whom and
 * why, and which records were skipped, each with its line and the reason.
 */
import { Link } from 'react-router';
import type { ImportReport } from '../../api/types.ts';
import { plural } from '../../text/plural.ts';

export function ImportReportView({ report }: { report: ImportReport }) {
  const { created, merged, skipped } = report;
  const links = !report.dryRun;
  return (
    <div className="stack import-report">
      <ul className="report-counts" aria-label="Summary">
        <li>
          <strong>{created.length}</strong> {created.length === 1 ? 'new person' : 'new people'}
        </li>
        <li>
          <strong>{merged.length}</strong> merged with someone you have
        </li>
        <li>
          <strong>{skipped.length}</strong> skipped
        </li>
      </ul>
      <p className="muted">
        {plural(report.records, 'record', 'records')} in this {report.format} file.
      </p>

      {created.length > 0 ? (
        <section aria-labelledby="report-created">
          <h3 id="report-created">{report.dryRun ? 'Will be added' : 'Added'}</h3>
          <ul className="report-list">
            {created.map((r) => (
              <li key={`${r.record}-${r.personId}`}>
                {links ? <Link to={`/people/${r.personId}`}>{r.name}</Link> : r.name}{' '}
                <span className="muted">(line {r.line})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {merged.length > 0 ? (
        <section aria-labelledby="report-merged">
          <h3 id="report-merged">{report.dryRun ? 'Will be merged' : 'Merged'}</h3>
          <p className="muted">
            The same person already in Kindred (or earlier in this file): what is new is added to them,
            nothing is lost.
          </p>
          <ul className="report-list">
            {merged.map((r) => (
              <li key={`${r.record}-${r.personId}`}>
                {r.name} <span className="muted">(line {r.line})</span> → into{' '}
                {links ? (
                  <Link to={`/people/${r.personId}`}>{r.intoName}</Link>
                ) : (
                  <strong>{r.intoName}</strong>
                )}
                : {r.reason}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {skipped.length > 0 ? (
        <section aria-labelledby="report-skipped">
          <h3 id="report-skipped">{report.dryRun ? 'Will be skipped' : 'Skipped'}</h3>
          <p className="muted">
            These records could not be read. {report.dryRun ? 'The rest can still be imported; ' : ''}to bring
            them in too, fix the lines in the file and import it again (people already imported are merged,
            not doubled).
          </p>
          <ul className="report-list skipped-list">
            {skipped.map((r) => (
              <li key={`${r.record}-${r.line}`}>
                <strong>Line {r.line}</strong>
                {r.label ? ` (${r.label})` : ''}: {r.reason}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
