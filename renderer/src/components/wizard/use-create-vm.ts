import { useState } from 'react';
import { randomJobId } from '../../client/random-job-id';
import { useMessages } from '../../i18n/use-messages';
import { useAppStore } from '../../store/store-context';
import { mapCreateError } from './create-issues';
import { createParams } from './create-params';
import { engineError } from './problem';
import type { WizardProblems } from './step-validation';
import { fieldOrder, type WizardDraft } from './wizard-draft';

export type CreatePhase = 'idle' | 'creating' | 'starting';

interface CreateOptions {
  onClose(): void;
  onCreated(uuid: string, openTab: 'console' | 'hardware'): void;
  /** The engine refused the VM (nothing was created): its field-level problems and general message. */
  onRefused(problems: WizardProblems, general: string | null): void;
}

/**
 * `vm.create`, then (unless customizing first) `vm.start`, then `onCreated` and `onClose`. A VM that
 * was created but failed to start is still opened; the start error is reported to the main window.
 */
export function useCreateVm({ onClose, onCreated, onRefused }: CreateOptions) {
  const t = useMessages();
  const client = useAppStore((state) => state.client);
  const reportError = useAppStore((state) => state.reportError);
  const accel = useAppStore((state) => state.preferences.defaultAccel);
  const [phase, setPhase] = useState<CreatePhase>('idle');
  const [progress, setProgress] = useState<number | null>(null);
  /** The creation's job while it runs and can be cancelled (a download, a conversion). */
  const [cancellableJob, setCancellableJob] = useState<string | null>(null);

  const create = async (draft: WizardDraft, name: string) => {
    setPhase('creating');
    setProgress(null);
    // An imported image is converted, a cloud image downloaded, as a job: follow its progress.
    const jobId = randomJobId();
    const listening = client.on('job.updated', (job) => {
      if (job.id !== jobId) return;
      const running = job.state === 'running';
      setProgress(running ? job.progress : null);
      setCancellableJob(running && job.cancellable ? job.id : null);
    });
    const stop = () => {
      listening();
      setCancellableJob(null);
    };
    let uuid: string;
    try {
      ({ uuid } = await client.invoke('vm.create', { ...createParams(draft, name, accel), jobId }));
    } catch (error) {
      stop();
      setPhase('idle');
      const mapped = mapCreateError(error, draft, t.wzKeyLineIssue);
      const problems: WizardProblems = {};
      for (const field of fieldOrder) {
        const text = mapped.fields[field];
        if (text !== undefined) problems[field] = engineError(text);
      }
      onRefused(problems, mapped.general);
      return;
    }
    stop();
    setProgress(null);
    if (!draft.customize) {
      setPhase('starting');
      try {
        await client.invoke('vm.start', { vm: uuid });
      } catch (error) {
        reportError(error, uuid);
      }
    }
    onCreated(uuid, draft.customize ? 'hardware' : 'console');
    onClose();
  };

  /** Cancels the running job: the engine then refuses the VM ("cancelled") and removes its files. */
  const cancel = () => {
    if (cancellableJob !== null)
      void client.invoke('job.cancel', { id: cancellableJob }).catch(() => undefined);
  };

  return { phase, progress, create, cancellable: cancellableJob !== null, cancel };
}
