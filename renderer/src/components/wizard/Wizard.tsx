import { useId, type KeyboardEvent } from 'react';
import { format } from '../../i18n/format';
import { useMessages } from '../../i18n/use-messages';
import { cloudImageKind } from './cloud-draft';
import { CreateProgress, type CreateWork } from './CreateProgress';
import { ModalDialog } from './ModalDialog';
import { OsStep } from './OsStep';
import { ProblemIcon } from './ProblemIcon';
import { ResourcesStep } from './ResourcesStep';
import { SourceStep } from './SourceStep';
import { StepIndicator } from './StepIndicator';
import { stepTitles } from './step-titles';
import { SummaryStep } from './SummaryStep';
import { useWizard, type Wizard as WizardModel, type WizardCallbacks } from './use-wizard';
import { steps, type WizardDraft } from './wizard-draft';
import './wizard.css';

function StepContent({ wizard }: { wizard: WizardModel }) {
  switch (wizard.step) {
    case 'source':
      return <SourceStep wizard={wizard} />;
    case 'os':
      return <OsStep wizard={wizard} />;
    case 'resources':
      return <ResourcesStep wizard={wizard} />;
    case 'summary':
      return <SummaryStep wizard={wizard} />;
  }
}

/** What the engine's job does while creating: converts an import, downloads or prepares a cloud image. */
function createWork(draft: WizardDraft): CreateWork {
  if (draft.source === 'import') return 'converting';
  if (draft.source !== 'cloud') return null;
  return cloudImageKind(draft.cloudImage) === 'url' ? 'downloading' : 'preparing';
}

/** Enter on a radio or checkbox advances too (text fields submit the form by themselves). */
function submitOnEnter(event: KeyboardEvent<HTMLFormElement>) {
  const target = event.target;
  if (event.key !== 'Enter' || !(target instanceof HTMLInputElement)) return;
  if (target.type !== 'radio' && target.type !== 'checkbox') return;
  event.preventDefault();
  event.currentTarget.requestSubmit();
}

/** The New VM wizard's dialog, mounted while open: steps, navigation, and creation. */
export function Wizard({ onClose, onCreated }: WizardCallbacks) {
  const t = useMessages();
  const titleId = useId();
  const stepHeadingId = useId();
  const wizard = useWizard({ onClose, onCreated });
  const { stepIndex, step, notice, busy } = wizard;
  const last = step === 'summary';
  const position = { current: stepIndex + 1, total: steps.length };

  return (
    <ModalDialog labelledBy={titleId} className="wizard" busy={busy} onCancel={onClose}>
      <form
        className="modal-dialog__form"
        noValidate
        aria-describedby={stepHeadingId}
        onKeyDown={submitOnEnter}
        onSubmit={(event) => {
          event.preventDefault();
          wizard.forward();
        }}
      >
        <header className="modal-dialog__header">
          <h2 id={titleId} className="modal-dialog__title">
            {t.wzTitle}
          </h2>
          <StepIndicator current={stepIndex} />
        </header>
        <div className="modal-dialog__body" ref={wizard.panelRef}>
          <p className="wizard__position">{format(t.wzStepOf, position)}</p>
          <h3 id={stepHeadingId} className="wizard__step-title">
            {stepTitles(t)[step]}
          </h3>
          <p className="visually-hidden" aria-live="polite">
            {format(t.wzStepAnnounce, { ...position, title: stepTitles(t)[step] })}
          </p>
          {notice && (
            <p className="modal-dialog__alert" role="alert">
              <ProblemIcon severity="error" />
              <span>
                {notice.kind === 'message'
                  ? format(t.wzCreateFailed, { message: notice.text })
                  : t.wzFixFields}
              </span>
            </p>
          )}
          <fieldset className="wizard__step" disabled={busy}>
            <StepContent wizard={wizard} />
          </fieldset>
        </div>
        <footer className="modal-dialog__footer">
          {/* While creating, Cancel stops the download or conversion, where the engine lets it. */}
          <button
            type="button"
            className="button"
            disabled={busy && !wizard.cancellable}
            onClick={busy ? wizard.cancelCreation : onClose}
          >
            {t.wzCancel}
          </button>
          <CreateProgress
            phase={wizard.phase}
            name={wizard.name}
            work={createWork(wizard.draft)}
            progress={wizard.progress}
          />
          {!busy && <span className="modal-dialog__spacer" />}
          <button type="button" className="button" disabled={busy || stepIndex === 0} onClick={wizard.back}>
            {t.wzBack}
          </button>
          <button type="submit" className="button modal-dialog__primary" disabled={busy}>
            {last ? t.wzCreate : t.wzForward}
          </button>
        </footer>
      </form>
    </ModalDialog>
  );
}
