import { useEffect, useId, useRef } from 'react';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { ArgvLines } from './ArgvLines';
import { ProblemList, type ListedProblem } from './ProblemList';
import type { SectionId } from './sections';
import type { Preview } from './use-preview';

interface PreviewPaneProps {
  preview: Preview;
  updating: boolean;
  /** The saved config's command line, to highlight what the edits change. */
  savedArgv: readonly string[] | null;
  /** Client-side problems: shown instead of the command line, nothing is asked meanwhile. */
  clientProblems: readonly ListedProblem[];
  /** The engine's issues with the previewed config. */
  engineProblems: readonly ListedProblem[];
  onGoTo(section: SectionId): void;
}

/** The live "QEMU command line" of the draft, or why there is none. */
export function PreviewPane(props: PreviewPaneProps) {
  const { preview, updating, savedArgv, clientProblems, engineProblems, onGoTo } = props;
  const t = useMessages();
  const headingId = useId();
  const argvBox = useRef<HTMLPreElement>(null);

  // Bring the first changed line into the box's view (its own scroll only, never the page's).
  useEffect(() => {
    const box = argvBox.current;
    const first = box?.querySelector('mark');
    if (!box || !(first instanceof HTMLElement)) return;
    const top = first.offsetTop;
    if (top < box.scrollTop || top + first.offsetHeight > box.scrollTop + box.clientHeight) {
      box.scrollTop = Math.max(0, top - 2 * first.offsetHeight);
    }
  }, [preview, savedArgv]);
  return (
    <section className="hw-preview" aria-labelledby={headingId} aria-busy={updating}>
      <div className="hw-preview__header">
        <h3 id={headingId} className="hw-preview__title">
          {t.hwPreviewTitle}
        </h3>
        <span className="hw-preview__status">{updating ? t.hwPreviewUpdating : ''}</span>
      </div>
      <p className="hw-note">{t.hwPreviewHint}</p>
      {clientProblems.length > 0 ? (
        <div className="hw-preview__problems">
          <p>{t.hwPreviewFixFirst}</p>
          <ProblemList problems={clientProblems} onGoTo={onGoTo} />
        </div>
      ) : preview.kind === 'issues' ? (
        <div className="hw-preview__problems">
          <p>{t.hwPreviewRefused}</p>
          <ProblemList problems={engineProblems} onGoTo={onGoTo} />
        </div>
      ) : preview.kind === 'failed' ? (
        <p className="hw-preview__problems">{format(t.hwPreviewFailed, { message: preview.message })}</p>
      ) : (
        <pre
          ref={argvBox}
          className={`hw-preview__argv${updating ? ' hw-preview__argv--stale' : ''}`}
          role="region"
          aria-labelledby={headingId}
          // Scrollable content must be reachable by keyboard.
          tabIndex={0}
        >
          {preview.kind === 'argv' ? (
            <ArgvLines argv={preview.argv} saved={savedArgv} />
          ) : (
            t.hwPreviewUpdating
          )}
        </pre>
      )}
    </section>
  );
}
