/**
 * The email and password fields of signing up, signing in and the account settings: a
 * labelled input of the right type, with the browser's password manager told which
 * password is meant (`autoComplete`).
 */
import { Field } from './field.tsx';

interface CredentialFieldProps {
  label?: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  required?: boolean;
}

export function EmailField({
  label = 'Email',
  autoComplete = 'email',
  ...props
}: CredentialFieldProps & { autoComplete?: 'email' | 'username' }) {
  return <CredentialField type="email" label={label} autoComplete={autoComplete} {...props} />;
}

export function PasswordField({
  label = 'Password',
  autoComplete,
  ...props
}: CredentialFieldProps & { autoComplete: 'current-password' | 'new-password' }) {
  return <CredentialField type="password" label={label} autoComplete={autoComplete} {...props} />;
}

function CredentialField({
  type,
  label,
  hint,
  error,
  autoComplete,
  value,
  onChange,
  required,
}: CredentialFieldProps & { type: 'email' | 'password'; label: string; autoComplete: string }) {
  return (
    <Field label={label} hint={hint} error={error}>
      <input
        type={type}
        autoComplete={autoComplete}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required={required}
      />
    </Field>
  );
}
