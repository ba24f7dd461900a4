/**
 * Making an account from an invite link: name, email, password (the time zone is the
 * browser's). Once made, the browser is signed in as it and the invite is used at once,
 * since joining is what the person came for.
 */
import { ErrorNote } from '../../components/error-note.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { SignUpFields, useSignUp } from '../../components/sign-up-fields.tsx';

export function JoinSignUp({ onSignedUp, joining }: { onSignedUp: () => void; joining: boolean }) {
  const form = useSignUp(onSignedUp);
  return (
    <form className="card stack" onSubmit={form.submit} noValidate aria-labelledby="join-sign-up-title">
      <h2 id="join-sign-up-title">New here? Make an account</h2>
      <SignUpFields
        form={form}
        nameHint="What the other members see, e.g. “Sam Lee”."
        emailHint="You sign in with it. Other members do not see it."
      />
      {form.mutation.error && !form.onAField ? <ErrorNote error={form.mutation.error} /> : null}
      <FormActions
        submit="Make my account and join"
        pending={form.mutation.isPending || joining}
        pendingLabel={joining ? 'Joining…' : 'Making your account…'}
      />
    </form>
  );
}
