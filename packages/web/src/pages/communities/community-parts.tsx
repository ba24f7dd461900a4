/**
 * Small pieces the community pages share: the breadcrumb back to a community, and the
 * choice of an IANA time zone (a member's own clock, or the one rounds run on).
 */
import { useMemo } from 'react';
import { Link } from 'react-router';
import { Field } from '../../components/field.tsx';
import { timeZoneChoices } from '../settings/week-options.ts';

/** "Communities / Lisbon office": the way back up, naming the community once it is known. */
export function CommunityCrumbs({ id, name }: { id?: string; name?: string | undefined }) {
  return (
    <nav aria-label="Breadcrumb" className="crumbs no-print">
      <Link to="/communities">Communities</Link>
      {id && name ? (
        <>
          {' '}
          / <Link to={`/communities/${id}`}>{name}</Link>
        </>
      ) : null}
    </nav>
  );
}

export function ZoneSelect({
  label,
  hint,
  value,
  onChange,
  error,
}: {
  label: string;
  hint?: string;
  value: string;
  onChange: (zone: string) => void;
  error?: string | undefined;
}) {
  const zones = useMemo(() => timeZoneChoices(value), [value]);
  return (
    <Field label={label} hint={hint} error={error}>
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
