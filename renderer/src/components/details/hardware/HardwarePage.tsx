import { useId, useMemo, useRef, useState } from 'react';
import { isActive, isOperationAllowed } from '../../../../../shared/vm-state';
import { format } from '../../../i18n/format';
import { useMessages } from '../../../i18n/use-messages';
import { ApplyBar } from './ApplyBar';
import { fieldLabel } from './field-labels';
import { issueProblems } from './issue-fields';
import { listProblems, problemTexts } from './listed-problems';
import { PreviewPane } from './PreviewPane';
import type { FieldProblems } from './problems';
import { ProblemList } from './ProblemList';
import { SectionList } from './SectionList';
import { SectionPanel } from './SectionPanel';
import { sectionIds, sectionKeys, sectionOfField, type SectionId } from './sections';
import { useDiskInfo } from './use-disk-info';
import { useHardwareEditor } from './use-hardware-editor';
import { useHostInfo } from './use-host-info';
import { usePreview } from './use-preview';
import { useSavedArgv } from './use-saved-argv';
import { useProblemText } from './use-problem-text';

/** One VM's hardware editor; see HardwareTab. */
export function HardwarePage({ uuid }: { uuid: string }) {
  const t = useMessages();
  const text = useProblemText();
  const idPrefix = useId();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const [section, setSection] = useState<SectionId>('cpu');
  const editor = useHardwareEditor(uuid);
  const { state, status, baseline, draft, changes, valid } = editor;
  const hostInfo = useHostInfo();
  const diskInfo = useDiskInfo(uuid, baseline);
  const { preview, updating } = usePreview(uuid, baseline, valid ? changes : null);
  const savedArgv = useSavedArgv(uuid, baseline);

  const previewProblems = useMemo(
    () => issueProblems(valid && preview.kind === 'issues' ? preview.issues : []),
    [preview, valid],
  );
  const applyProblems = useMemo(() => issueProblems(editor.applyIssues), [editor.applyIssues]);
  const problems = useMemo(
    () => ({ ...previewProblems, ...applyProblems, ...editor.problems }),
    [previewProblems, applyProblems, editor.problems],
  );
  const list = (found: FieldProblems) =>
    listProblems(
      found,
      text,
      (field) => fieldLabel(t, field, draft),
      (field, message) => format(t.hwProblemField, { field, message }),
    );
  const withProblems = new Set(Object.keys(problems).flatMap((field) => sectionOfField(field) ?? []));
  const modified = new Set(sectionIds.filter((id) => sectionKeys[id].some((key) => key in changes)));

  if (state.phase === 'loading') return <p className="hw-loading">{t.hwLoading}</p>;
  if (state.phase === 'failed') {
    return (
      <div className="hw-callout hw-callout--danger">
        <p>{format(t.hwLoadFailed, { message: state.message })}</p>
        <button type="button" className="button" onClick={editor.reload}>
          {t.hwRetry}
        </button>
      </div>
    );
  }
  if (state.phase === 'broken' || !baseline || !draft) {
    return <p className="hw-callout hw-callout--danger">{t.hwBroken}</p>;
  }

  const canEdit = status !== undefined && isOperationAllowed(status.state, 'edit');
  const running = status !== undefined && isActive(status.state);
  const focusTab = () => document.getElementById(`${idPrefix}-tab-${section}`)?.focus();
  const apply = async () => {
    await editor.apply();
    statusRef.current?.focus();
  };

  return (
    <div className="hw">
      <SectionList
        selected={section}
        onSelect={setSection}
        modified={modified}
        withProblems={withProblems}
        idPrefix={idPrefix}
      />
      <div className="hw__main">
        <SectionPanel
          section={section}
          idPrefix={idPrefix}
          uuid={uuid}
          baseline={baseline}
          draft={draft}
          update={editor.update}
          errors={problemTexts(problems, text)}
          running={running}
          clipboardAgent={running ? status.clipboardAgent : undefined}
          guestAgent={running ? status.guestAgent : undefined}
          canAddRemoveDisks={['stopped', 'crashed', 'running', 'paused'].includes(status?.state ?? '')}
          locked={!canEdit || editor.applying}
          hostInfo={hostInfo}
          diskInfo={diskInfo}
          onSaved={editor.acceptConfig}
        />
        <ApplyBar
          status={status}
          dirty={editor.dirty}
          valid={valid}
          refused={editor.applyIssues.length > 0}
          saved={editor.saved}
          canEdit={canEdit}
          applying={editor.applying}
          onApply={() => void apply()}
          onRevert={() => {
            editor.revert();
            focusTab();
          }}
          statusRef={statusRef}
        />
        {editor.applyIssues.length > 0 && <ProblemList problems={list(applyProblems)} onGoTo={setSection} />}
        <PreviewPane
          preview={preview}
          updating={updating}
          savedArgv={savedArgv}
          clientProblems={list(editor.problems)}
          engineProblems={list(previewProblems)}
          onGoTo={setSection}
        />
      </div>
    </div>
  );
}
