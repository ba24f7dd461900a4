/** Choosing an IANA time zone from those the browser knows; "today" and quiet days follow it. */
import { useMemo } from 'react';
import { Field } from '../../components/field.tsx';
import { timeZoneChoices } from './week-options.ts';

export function TimeZoneSelect({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (zone: string) => void;
  error?: string | undefined;
}) {
  const zones = useMemo(() => timeZoneChoices(value), [value]);
  return (
    <Field
      label="Time zone"
      hint="Your days, your week and your quiet days begin and end in this time zone."
      error={error}
    >
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll('_', ' ')}
          </option>
        ))}
      </select>
    </Field>
  );
}
