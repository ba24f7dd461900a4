/**
 * Step 3: the first few people, each with where you met and one thing they told you
 * (Kindred's best material for the next conversation). Or bring a file, or skip.
 */
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError, api } from '../../api/client.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Field } from '../../components/field.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { StepProgress } from './step-progress.tsx';

interface Row {
  key: number;
  name: string;
  metWhere: string;
  detail: string;
  error: ApiError | Error | null;
}

let nextKey = 1;
const emptyRow = (): Row => ({ key: nextKey++, name: '', metWhere: '', detail: '', error: null });
const isBlank = (row: Row) => !row.name.trim() && !row.metWhere.trim() && !row.detail.trim();

export function PeopleStep({ onBack }: { onBack: () => void }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [rows, setRows] = useState<Row[]>(() => [emptyRow(), emptyRow(), emptyRow()]);
  const [saved, setSaved] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const change = (key: number, field: 'name' | 'metWhere' | 'detail', value: string) =>
    setRows((all) => all.map((r) => (r.key === key ? { ...r, [field]: value } : r)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const filled = rows.filter((r) => !isBlank(r));
    if (filled.length === 0) {
      setProblem('Write at least one name, or choose “Skip for now”.');
      return;
    }
    setProblem(null);
    setSaving(true);
    const left: Row[] = [];
    const added: string[] = [];
    // One at a time, so a problem in one row leaves the others saved and the row in place.
    for (const row of filled) {
      try {
        await api.post('/people', {
          name: row.name,
          ...(row.metWhere.trim() ? { metWhere: row.metWhere } : {}),
          ...(row.detail.trim() ? { detail: { text: row.detail } } : {}),
        });
        added.push(row.name.trim());
      } catch (error) {
        left.push({ ...row, error: error instanceof Error ? error : new Error(String(error)) });
      }
    }
    setSaving(false);
    setSaved((before) => [...before, ...added]);
    if (added.length) await queryClient.invalidateQueries();
    if (left.length === 0) {
      navigate('/', { replace: true });
      return;
    }
    setRows(left);
  };

  return (
    <>
      <StepProgress step={3} />
      <PageHeader title="Welcome to Kindred" />
      <section className="card stack" aria-labelledby="people-step-heading">
        <h2 id="people-step-heading">A few people you know</h2>
        <p>
          Think of two or three people you met lately. Where you met and one thing they told you (a trip, a
          project, a hobby) is all Kindred needs to suggest a good next hello.
        </p>
        {saved.length ? (
          <p className="note" role="status">
            Saved: {saved.join(', ')}.
          </p>
        ) : null}
        <form className="stack" onSubmit={submit} noValidate>
          {rows.map((row, i) => (
            <PersonRow key={row.key} row={row} n={i + 1} onChange={change} />
          ))}
          <div>
            <button type="button" onClick={() => setRows((all) => [...all, emptyRow()])}>
              Add another person
            </button>
          </div>
          {problem ? (
            <p className="note error" role="alert">
              {problem}
            </p>
          ) : null}
          <FormActions
            className="step-actions"
            submit="Save and open Today"
            pending={saving}
            pendingLabel="Saving…"
          >
            <button type="button" onClick={onBack}>
              Back
            </button>
            <Link to="/" replace className="button">
              Skip for now
            </Link>
          </FormActions>
        </form>
        <p className="muted">
          Keep a list somewhere already (contacts, a spreadsheet)?{' '}
          <Link to="/import">Bring a file instead</Link>.
        </p>
      </section>
    </>
  );
}

const ROW_FIELDS: { key: 'name' | 'metWhere' | 'detail'; label: string; hint?: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'metWhere', label: 'Where you met', hint: 'e.g. the DevOps meetup in March' },
  { key: 'detail', label: 'One thing they told you', hint: 'e.g. training for a half marathon' },
];

function PersonRow({
  row,
  n,
  onChange,
}: {
  row: Row;
  n: number;
  onChange: (key: number, field: 'name' | 'metWhere' | 'detail', value: string) => void;
}) {
  const error = row.error instanceof ApiError ? row.error : null;
  const fieldErrors = {
    name: error?.forField('name'),
    metWhere: error?.forField('metWhere'),
    detail: error?.forField('detail.text') ?? error?.forField('detail'),
  };
  const anyField = Object.values(fieldErrors).some(Boolean);
  return (
    <fieldset className="person-row stack">
      <legend>Person {n}</legend>
      {ROW_FIELDS.map((f) => (
        <Field key={f.key} label={f.label} hint={f.hint} error={fieldErrors[f.key]}>
          <input
            type="text"
            autoComplete="off"
            value={row[f.key]}
            onChange={(e) => onChange(row.key, f.key, e.target.value)}
          />
        </Field>
      ))}
      {row.error && !anyField ? <ErrorNote error={row.error} title={`Person ${n} was not saved.`} /> : null}
    </fieldset>
  );
}
