/** Step 1: the owner account. On success the browser is signed in as it. */
import { ErrorNote } from '../../components/error-note.tsx';
import { FormActions } from '../../components/form-actions.tsx';
import { PageHeader } from '../../components/page-header.tsx';
import { SignUpFields, useSignUp } from '../../components/sign-up-fields.tsx';
import { StepProgress } from './step-progress.tsx';

export function AccountStep({ onDone }: { onDone: () => void }) {
  const form = useSignUp(onDone);
  return (
    <>
      <StepProgress step={1} />
      <PageHeader
        title="Welcome to Kindred"
        lead="A quiet notebook for the people you meet: it remembers what they told you and suggests a few small, kind next steps each week. Three short steps and you are in."
      />
      <form className="card stack" onSubmit={form.submit} noValidate aria-labelledby="account-step-heading">
        <h2 id="account-step-heading">Create your account</h2>
        <p className="muted">What you write down stays on this Kindred server, private to your account.</p>
        <SignUpFields
          form={form}
          nameHint="How Kindred greets you and signs your drafts."
          emailHint="You sign in with it; the weekly email goes here if you ask for it."
        />
        {form.mutation.error ? <ErrorNote error={form.mutation.error} /> : null}
        <FormActions
          className="step-actions"
          submit="Create account and continue"
          pending={form.mutation.isPending}
          pendingLabel="Creating your account…"
        />
      </form>
    </>
  );
}
