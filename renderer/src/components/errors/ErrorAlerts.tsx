import { interpolate } from '../../i18n/interpolate';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store/store-context';
import './error-alerts.css';

/**
 * The errors the user has not dismissed, newest last. The role="alert" region is always in the
 * page (empty when there are none) so assistive technology announces each new error.
 */
export function ErrorAlerts() {
  const t = useMessages();
  const errors = useAppStore((state) => state.errors);
  const dismissError = useAppStore((state) => state.dismissError);
  return (
    <div role="alert" aria-label={t.errorsRegion} className="error-alerts">
      {errors.map((error) => (
        <div key={error.id} className="error-alert">
          <svg
            className="error-alert__icon"
            viewBox="0 0 16 16"
            width="16"
            height="16"
            aria-hidden="true"
            focusable="false"
          >
            <circle cx="8" cy="8" r="7" fill="currentColor" />
            <path className="error-alert__icon-mark" d="M8 4.2v4.6" strokeWidth="1.8" strokeLinecap="round" />
            <circle className="error-alert__icon-dot" cx="8" cy="11.4" r="1" />
          </svg>
          <p className="error-alert__message">
            {error.vmName === undefined
              ? error.message
              : interpolate(t.errorAboutVm, { vm: <strong>{error.vmName}</strong>, message: error.message })}
          </p>
          <button type="button" className="button button--quiet" onClick={() => dismissError(error.id)}>
            {t.dismiss}
          </button>
        </div>
      ))}
    </div>
  );
}
