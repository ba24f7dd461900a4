/**
 * What each kind of contact costs you, in energy points. Every form shows its default;
 * a tuned cost can go back to it.
 */
import {
  DEFAULT_ENERGY_COSTS,
  FORM_INFO,
  INTERACTION_FORMS,
  type InteractionForm,
} from '@kindred/core/energy/forms.ts';
import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Field } from '../../components/field.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { points } from '../../text/plural.ts';
import { type SettingsView, useSaveSettings } from './settings.api.ts';
import { StatusNote } from './status-note.tsx';

export function CostsSection({ current }: { current: SettingsView }) {
  const [costs, setCosts] = useState<Record<InteractionForm, string>>(
    () =>
      Object.fromEntries(INTERACTION_FORMS.map((f) => [f, String(current.effectiveCosts[f])])) as Record<
        InteractionForm,
        string
      >,
  );
  const [local, setLocal] = useState<Partial<Record<InteractionForm, string>>>({});
  const [said, setSaid] = useState<string | null>(null);
  const save = useSaveSettings();
  const error = save.error instanceof ApiError ? save.error : null;

  const set = (form: InteractionForm, value: string) => setCosts((all) => ({ ...all, [form]: value }));
  const allDefault = INTERACTION_FORMS.every((f) => costs[f] === String(DEFAULT_ENERGY_COSTS[f]));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaid(null);
    const problems: Partial<Record<InteractionForm, string>> = {};
    // A cost at its default is sent as null: it then follows the default, should that change.
    const energyCosts: Partial<Record<InteractionForm, number | null>> = {};
    for (const form of INTERACTION_FORMS) {
      const text = costs[form].trim();
      const n = Number(text);
      if (text === '' || !Number.isInteger(n)) problems[form] = 'Give a whole number of points, 0 to 50.';
      else energyCosts[form] = n === DEFAULT_ENERGY_COSTS[form] ? null : n;
    }
    setLocal(problems);
    if (Object.keys(problems).length) return;
    save.mutate(
      { energyCosts },
      { onSuccess: () => setSaid('Saved. The plan prices its steps with these costs.') },
    );
  };

  return (
    <section className="card stack settings-section" id="costs" aria-labelledby="costs-heading">
      <h2 id="costs-heading">Energy costs</h2>
      <p className="muted">
        What each kind of contact costs you, in points. If calls tire you more than coffee does, say so here:
        the plan fits its steps to your week with these numbers.
      </p>
      <form className="stack" onSubmit={submit} noValidate>
        <ul className="cost-grid">
          {INTERACTION_FORMS.map((form) => {
            const fallback = DEFAULT_ENERGY_COSTS[form];
            const label = FORM_INFO[form].label;
            return (
              <li key={form} className="cost-item">
                <Field
                  label={label}
                  hint={`Default: ${points(fallback)}`}
                  error={local[form] ?? error?.forField(`energyCosts.${form}`)}
                >
                  <input
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={50}
                    value={costs[form]}
                    onChange={(e) => set(form, e.target.value)}
                    className="short-number"
                  />
                </Field>
                {costs[form] !== String(fallback) ? (
                  <button type="button" className="link" onClick={() => set(form, String(fallback))}>
                    Use the default <span className="visually-hidden">for {label}</span>
                  </button>
                ) : null}
              </li>
            );
          })}
        </ul>
        {save.error ? <ErrorNote error={save.error} /> : null}
        <FormActions submit="Save costs" pending={save.isPending} pendingLabel="Saving…">
          <button
            type="button"
            disabled={allDefault}
            onClick={() =>
              setCosts(
                Object.fromEntries(
                  INTERACTION_FORMS.map((f) => [f, String(DEFAULT_ENERGY_COSTS[f])]),
                ) as Record<InteractionForm, string>,
              )
            }
          >
            Put every cost back to its default
          </button>
          <StatusNote message={said} />
        </FormActions>
      </form>
    </section>
  );
}
