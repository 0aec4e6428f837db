import { useId } from 'react';
import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { VireoMark } from '../header/VireoMark';
import { Spinner } from '../wizard/Spinner';
import { CheckItem } from './CheckItem';
import { InstallHint } from './InstallHint';
import { useCapabilities } from './use-capabilities';
import './first-run.css';

/**
 * Shown when the engine reports problems with this host (QEMU missing): what is missing, how to
 * install it on each distribution, whether KVM works, and Check again / Continue.
 */
export function FirstRunScreen({ onContinue }: { onContinue(): void }) {
  const t = useMessages();
  const titleId = useId();
  const { capabilities: caps, checking, failure, check } = useCapabilities();
  const qemuMissing = caps !== null && (caps.qemuSystem === null || caps.qemuImg === null);
  const ready = caps !== null && !qemuMissing;

  return (
    <main className="first-run" aria-labelledby={titleId}>
      <div className="first-run__card">
        <div className="first-run__brand">
          <VireoMark />
        </div>
        <h1 id={titleId} className="first-run__title">
          {ready ? t.frReadyTitle : t.frTitle}
        </h1>
        <p className="first-run__intro">{ready ? t.frReadyIntro : t.frIntro}</p>
        <p className="visually-hidden" role="status">
          {checking ? t.frChecking : ready ? t.frReadyTitle : ''}
        </p>

        {failure !== null && (
          <p className="first-run__failure" role="alert">
            {format(t.frCheckFailed, { message: failure })}
          </p>
        )}

        {caps && (
          <>
            <h2 className="visually-hidden">{t.frChecklist}</h2>
            <ul className="first-run__checklist" aria-busy={checking}>
              <CheckItem ok={caps.qemuSystem !== null} severity="error" title={t.frItemSystem}>
                {caps.qemuSystem ? format(t.frFound, { version: caps.qemuSystem.version }) : t.frMissing}
              </CheckItem>
              <CheckItem ok={caps.qemuImg !== null} severity="error" title={t.frItemImg}>
                {caps.qemuImg ? format(t.frFound, { version: caps.qemuImg.version }) : t.frMissing}
              </CheckItem>
              <CheckItem ok={caps.kvm.usable} severity="warning" title={t.frItemKvm}>
                {caps.kvm.usable ? t.frKvmOk : t.frKvmMissing}
                <span className="first-run__reason">
                  {format(t.frKvmReason, { reason: caps.kvm.reason })}
                </span>
              </CheckItem>
            </ul>

            {qemuMissing && (
              <section className="first-run__install" aria-labelledby={`${titleId}-install`}>
                <h2 id={`${titleId}-install`} className="first-run__heading">
                  {t.frInstallHeading}
                </h2>
                <p className="first-run__hint">
                  {caps.installHints.length > 0 ? t.frInstallIntro : t.frInstallFallback}
                </p>
                <ul className="first-run__hints">
                  {caps.installHints.map((hint) => (
                    <InstallHint key={`${hint.system}:${hint.command}`} {...hint} />
                  ))}
                </ul>
              </section>
            )}

            {caps.problems.length > 0 && (
              <details className="first-run__details">
                <summary>{t.frDetails}</summary>
                <ul>
                  {caps.problems.map((problem) => (
                    <li key={problem}>{problem}</li>
                  ))}
                </ul>
              </details>
            )}
          </>
        )}

        <div className="first-run__actions">
          {/* Not disabled while checking, so keyboard focus stays on it. */}
          <button
            type="button"
            className="button"
            aria-disabled={checking}
            onClick={() => {
              if (!checking) void check();
            }}
          >
            {checking && <Spinner />}
            {checking ? t.frChecking : t.frCheckAgain}
          </button>
          <button type="button" className="button first-run__continue" onClick={onContinue}>
            {t.frContinue}
          </button>
        </div>
      </div>
    </main>
  );
}
