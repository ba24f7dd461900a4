/**
 * The first visit to a fresh install: create the owner account, say how much social
 * energy a week holds, and write down the first few people; then Today. Three short
 * steps, each skippable after the account exists. The step lives in the address
 * (?step=2), so a reload or the browser's Back button keeps your place.
 */
import { type ReactNode, useEffect, useRef } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { useAccount, useSetup } from '../../app/session.ts';
import { ErrorNote } from '../../components/error-note.tsx';
import { Loading } from '../../components/loading.tsx';
import { AccountStep } from './account-step.tsx';
import './first-run.css';
import { PeopleStep } from './people-step.tsx';
import { WeekStep } from './week-step.tsx';

function stepFrom(params: URLSearchParams): 1 | 2 | 3 {
  const step = params.get('step');
  return step === '2' ? 2 : step === '3' ? 3 : 1;
}

export function FirstRunPage() {
  const [params, setParams] = useSearchParams();
  const step = stepFrom(params);
  const setup = useSetup();
  const account = useAccount();
  const main = useRef<HTMLElement>(null);
  const shownStep = useRef(step);

  // A new step is like a new page: start reading (and tabbing) at its top.
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    main.current?.focus();
  }, [step]);

  const goTo = (next: 1 | 2 | 3) => setParams(next === 1 ? {} : { step: String(next) });

  let content: ReactNode;
  if (account.isPending || (step === 1 && setup.isPending)) {
    content = <Loading what="Opening Kindred" />;
  } else if (account.error || (step === 1 && setup.error)) {
    content = <ErrorNote error={account.error ?? setup.error} />;
  } else if (step === 1) {
    // Only a fresh install has a first run; otherwise this page is not for you.
    if (!setup.data?.needsOwner) return <Navigate to={account.data ? '/' : '/signin'} replace />;
    content = <AccountStep onDone={() => goTo(2)} />;
  } else if (!account.data) {
    return <Navigate to="/signin" replace />;
  } else if (step === 2) {
    content = <WeekStep onDone={() => goTo(3)} />;
  } else {
    content = <PeopleStep onBack={() => goTo(2)} />;
  }

  return (
    <main id="main" className="narrow first-run" tabIndex={-1} ref={main}>
      <p className="brand-line" aria-hidden="true">
        Kindred
      </p>
      {content}
    </main>
  );
}
