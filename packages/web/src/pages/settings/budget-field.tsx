/**
 * The weekly energy budget, asked in the first run and in Settings alike: a short number
 * field, read as a whole number of points, with the same words when it is not one.
 */
import { Field } from '../../components/field.tsx';

export const BUDGET_PROBLEM = 'Give the budget as a whole number of points, such as 20.';

/** The number in a field's text, when it is a whole number; null otherwise. */
export const wholeNumber = (text: string) =>
  text.trim() !== '' && Number.isInteger(Number(text)) ? Number(text) : null;

interface BudgetFieldProps {
  hint: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
}

export function BudgetField({ hint, error, value, onChange }: BudgetFieldProps) {
  return (
    <Field label="Weekly energy budget (points)" hint={hint} error={error}>
      <input
        type="number"
        inputMode="numeric"
        min={1}
        max={500}
        step={1}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className="short-number"
      />
    </Field>
  );
}
