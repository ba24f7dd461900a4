/** Where you are in the first run, in words and as a quiet bar of three. */

export const STEP_COUNT = 3;

export function StepProgress({ step }: { step: number }) {
  return (
    <div className="step-progress">
      <p className="muted">
        Step {step} of {STEP_COUNT}
      </p>
      <div className="step-dots" aria-hidden="true">
        {Array.from({ length: STEP_COUNT }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the steps are fixed and never reorder
          <span key={i} className={i < step ? 'done' : ''} />
        ))}
      </div>
    </div>
  );
}
