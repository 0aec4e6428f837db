import { useId, useLayoutEffect, useRef } from 'react';
import { useMessages } from '../../../i18n/use-messages';
import { useAppStore } from '../../../store/store-context';
import { LoadProblem } from '../LoadProblem';
import { useRequest } from '../use-request';

/** A log, scrolled to its newest (last) lines whenever it is loaded. */
function LogView({ text, label }: { text: string; label: string }) {
  const t = useMessages();
  const view = useRef<HTMLPreElement>(null);
  useLayoutEffect(() => {
    if (view.current) view.current.scrollTop = view.current.scrollHeight;
  }, [text]);
  if (text === '') return <p className="log-section__empty">{t.mwLogEmpty}</p>;
  return (
    <pre ref={view} className="log-view" tabIndex={0} aria-label={label}>
      {text}
    </pre>
  );
}

/** qemu.log of the current (or last) run, and the run before it folded away. */
export function QemuLogSection({ uuid, refreshKey }: { uuid: string; refreshKey: string }) {
  const t = useMessages();
  const headingId = useId();
  const client = useAppStore((state) => state.client);
  const log = useRequest(() => client.invoke('vm.log', { vm: uuid }), `${uuid}:${refreshKey}`);
  return (
    <section className="log-section" aria-labelledby={headingId} aria-busy={log.loading || undefined}>
      <div className="log-section__head">
        <h3 id={headingId} className="log-section__title">
          {t.mwQemuLog}
        </h3>
        <button type="button" className="button" onClick={log.reload}>
          {t.mwRefresh}
        </button>
      </div>
      {log.error ? (
        <LoadProblem message={log.error} onRetry={log.reload} />
      ) : !log.data ? (
        <p className="log-section__empty">{t.mwLoading}</p>
      ) : (
        <>
          <LogView text={log.data.current} label={t.mwQemuLog} />
          {log.data.previous !== null && (
            <details className="log-section__previous">
              <summary>{t.mwPreviousRun}</summary>
              <LogView text={log.data.previous} label={t.mwPreviousRun} />
            </details>
          )}
        </>
      )}
    </section>
  );
}
