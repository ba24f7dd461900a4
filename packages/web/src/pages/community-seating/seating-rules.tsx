/**
 * Who must sit together or apart, as pairs picked from the people coming: "keep
 * together" (every round, or the first round only, for someone who would like a familiar
 * face to start with) and "keep apart". Each rule names people by what the API calls
 * them: a member's user id, or an extra guest's name.
 */
import { useId, useState } from 'react';
import { Field } from '../../components/field.tsx';
import { LabelSelect } from '../../components/label-select.tsx';

export type RuleKind = 'together' | 'first-round' | 'apart';

export interface SeatingRule {
  kind: RuleKind;
  attendees: string[];
}

const KIND_LABELS: Record<RuleKind, string> = {
  together: 'Keep together, every round',
  'first-round': 'Keep together in the first round',
  apart: 'Keep apart',
};

/** The API's two lists, from the rules in the form. */
export function rulesToSetup(rules: SeatingRule[]) {
  return {
    keepTogether: rules
      .filter((r) => r.kind !== 'apart')
      .map((r) => ({
        attendees: r.attendees,
        mode: r.kind === 'first-round' ? ('first-round' as const) : ('always' as const),
      })),
    keepApart: rules.filter((r) => r.kind === 'apart').map((r) => ({ attendees: r.attendees })),
  };
}

/** The form's rules, from an event's two lists. */
export function rulesFromEvent(event: {
  keepTogether: { attendees: string[]; mode: 'always' | 'first-round' }[];
  keepApart: { attendees: string[] }[];
}): SeatingRule[] {
  return [
    ...event.keepTogether.map((r) => ({
      kind: (r.mode === 'first-round' ? 'first-round' : 'together') as RuleKind,
      attendees: r.attendees,
    })),
    ...event.keepApart.map((r) => ({ kind: 'apart' as const, attendees: r.attendees })),
  ];
}

export function SeatingRules({
  people,
  rules,
  onChange,
  error,
}: {
  /** Who is coming: what rules call them (ref) and their name. */
  people: { ref: string; name: string }[];
  rules: SeatingRule[];
  onChange: (rules: SeatingRule[]) => void;
  error?: string | undefined;
}) {
  const [kind, setKind] = useState<RuleKind>('apart');
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const titleId = useId();
  const nameOf = (ref: string) => people.find((p) => p.ref === ref)?.name ?? ref;
  const add = () => {
    if (!first || !second || first === second) return;
    const same = (r: SeatingRule) =>
      r.kind === kind &&
      r.attendees.length === 2 &&
      r.attendees.includes(first) &&
      r.attendees.includes(second);
    if (rules.some(same)) return;
    onChange([...rules, { kind, attendees: [first, second] }]);
    setFirst('');
    setSecond('');
  };
  const options = (
    <>
      <option value="">Choose someone</option>
      {people.map((p) => (
        <option key={p.ref} value={p.ref}>
          {p.name}
        </option>
      ))}
    </>
  );
  return (
    <fieldset className="field seating-rules" aria-labelledby={titleId}>
      <legend id={titleId}>Who sits together or apart (optional)</legend>
      {rules.length > 0 ? (
        <ul className="seating-rule-list">
          {rules.map((rule, i) => (
            <li key={`${rule.kind}:${rule.attendees.join('+')}`} className="row">
              <span>
                {rule.attendees.map(nameOf).join(' and ')}: {KIND_LABELS[rule.kind].toLowerCase()}
              </span>
              <button type="button" onClick={() => onChange(rules.filter((_, j) => j !== i))}>
                Remove rule {i + 1}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {error ? <span className="field-error">{error}</span> : null}
      <div className="seating-numbers">
        <Field label="Rule">
          <LabelSelect labels={KIND_LABELS} value={kind} onChange={setKind} />
        </Field>
        <Field label="Who">
          <select value={first} onChange={(e) => setFirst(e.target.value)}>
            {options}
          </select>
        </Field>
        <Field label="And">
          <select value={second} onChange={(e) => setSecond(e.target.value)}>
            {options}
          </select>
        </Field>
      </div>
      <div className="row">
        <button type="button" onClick={add} disabled={!first || !second || first === second}>
          Add the rule
        </button>
      </div>
    </fieldset>
  );
}
