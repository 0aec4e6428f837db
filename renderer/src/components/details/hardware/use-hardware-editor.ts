import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { VmConfig } from '../../../../../shared/vm-config';
import { isActive, type VmStatus } from '../../../../../shared/vm-state';
import { useAppStore } from '../../../store/store-context';
import { draftFromConfig, type HardwareDraft } from './draft';
import { draftChanges } from './draft-changes';
import { engineIssues, type EngineIssue } from './issue-fields';
import { rebaseDraft } from './rebase-draft';
import { validateDraft } from './validate-draft';
import { useVmConfig } from './use-vm-config';

/** What the last Apply did, for the message after it. */
export type Saved = 'stopped' | 'live' | 'restart' | null;

/**
 * The Hardware tab's state: the saved config, one draft of it edited across every section, the
 * changes between them, and Apply / Revert. The VM's status follows vm.stateChanged (the store);
 * while nothing is edited, each status change rereads the config, so edits made elsewhere show.
 */
export function useHardwareEditor(uuid: string) {
  const client = useAppStore((state) => state.client);
  const reportError = useAppStore((state) => state.reportError);
  const liveStatus = useAppStore((state) => state.vms.find((vm) => vm.uuid === uuid));
  const [draft, setDraft] = useState<HardwareDraft | null>(null);
  const [applying, setApplying] = useState(false);
  const [applyIssues, setApplyIssues] = useState<readonly EngineIssue[]>([]);
  const [saved, setSaved] = useState<Saved>(null);
  // True while nothing is edited or being applied: only then may a reread replace the draft.
  const quiet = useRef(true);
  const { state, reload, accept } = useVmConfig(uuid, (config) => {
    setDraft((current) => (current === null || quiet.current ? draftFromConfig(config) : current));
  });

  const baseline = state.phase === 'ready' ? state.config : null;
  const status: VmStatus | undefined = liveStatus ?? ('status' in state ? state.status : undefined);
  const problems = useMemo(() => (draft ? validateDraft(draft) : {}), [draft]);
  const changes = useMemo(() => (draft && baseline ? draftChanges(baseline, draft) : {}), [draft, baseline]);
  const dirty = Object.keys(changes).length > 0;
  const valid = Object.keys(problems).length === 0;

  useEffect(() => {
    quiet.current = !dirty && !applying;
  });
  const seenStatus = useRef(liveStatus);
  useEffect(() => {
    if (seenStatus.current === liveStatus) return;
    seenStatus.current = liveStatus;
    if (liveStatus && quiet.current) reload();
  }, [liveStatus, reload]);

  const update = useCallback((recipe: (draft: HardwareDraft) => HardwareDraft) => {
    setDraft((current) => (current ? recipe(current) : current));
    setApplyIssues([]);
    setSaved(null);
  }, []);

  /** A config the engine saved by itself (a disk added or removed): unsaved edits are kept. */
  const acceptConfig = useCallback(
    (next: { status: VmStatus; config: VmConfig }) => {
      if (baseline) setDraft((current) => (current ? rebaseDraft(current, baseline, next.config) : current));
      accept(next.status, next.config);
    },
    [accept, baseline],
  );

  const revert = useCallback(() => {
    if (baseline) setDraft(draftFromConfig(baseline));
    setApplyIssues([]);
    setSaved(null);
  }, [baseline]);

  const apply = useCallback(async (): Promise<boolean> => {
    if (!dirty || !valid || applying) return false;
    setApplying(true);
    try {
      const result = await client.invoke('vm.update', { vm: uuid, changes });
      accept(result.status, result.config);
      setDraft(draftFromConfig(result.config));
      setApplyIssues([]);
      const running = isActive(result.status.state);
      setSaved(!running ? 'stopped' : result.status.needsRestart ? 'restart' : 'live');
      return true;
    } catch (error) {
      const issues = engineIssues(error);
      if (issues) setApplyIssues(issues);
      else reportError(error, uuid);
      return false;
    } finally {
      setApplying(false);
    }
  }, [accept, applying, changes, client, dirty, reportError, uuid, valid]);

  return {
    state,
    status,
    baseline,
    draft,
    problems,
    changes,
    dirty,
    valid,
    applying,
    applyIssues,
    saved,
    update,
    acceptConfig,
    revert,
    apply,
    reload,
  };
}

export type HardwareEditor = ReturnType<typeof useHardwareEditor>;
