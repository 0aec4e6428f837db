import { useMessages } from '../../i18n/use-messages';
import { stepTitles } from './step-titles';
import { steps } from './wizard-draft';
import './step-indicator.css';

/** The four steps, numbered, the current one marked (aria-current="step") and the done ones ticked. */
export function StepIndicator({ current }: { current: number }) {
  const t = useMessages();
  const titles = stepTitles(t);
  return (
    <ol className="step-indicator" aria-label={t.wzStepsLabel}>
      {steps.map((step, index) => {
        const state = index < current ? 'done' : index === current ? 'current' : 'todo';
        return (
          <li
            key={step}
            className={`step-indicator__step step-indicator__step--${state}`}
            aria-current={index === current ? 'step' : undefined}
          >
            <span className="step-indicator__marker" aria-hidden="true">
              {state === 'done' ? (
                <svg viewBox="0 0 16 16" width="14" height="14" focusable="false">
                  <path
                    d="m3.5 8.5 3 3 6-7"
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="2"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                  />
                </svg>
              ) : (
                index + 1
              )}
            </span>
            <span className="step-indicator__label">{titles[step]}</span>
          </li>
        );
      })}
    </ol>
  );
}
