/**
 * A select over a fixed set of choices named by a table of labels (value → words), with
 * an optional first choice for "none" (the empty value). Props a `Field` passes (id,
 * aria-describedby, aria-invalid) reach the select.
 */
import type { SelectHTMLAttributes } from 'react';

type LabelSelectProps<V extends string> = Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'value' | 'onChange'
> & {
  labels: Record<V, string>;
  value: V;
  onChange: (value: V) => void;
  /** The words for the empty choice, listed first; no empty choice without it. */
  none?: string;
};

export function LabelSelect<V extends string>({
  labels,
  value,
  onChange,
  none,
  ...rest
}: LabelSelectProps<V>) {
  return (
    <select {...rest} value={value} onChange={(e) => onChange(e.target.value as V)}>
      {none === undefined ? null : <option value="">{none}</option>}
      {(Object.entries(labels) as [V, string][]).map(([choice, label]) => (
        <option key={choice} value={choice}>
          {label}
        </option>
      ))}
    </select>
  );
}
