import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { OsEntry } from '../../../../shared/os-info';
import { useAppStore } from '../../store/store-context';
import { hostnameOf } from './cloud-draft';
import type { Firmware } from './firmware';
import { suggestName } from './name-suggestion';
import { firstError, type Problem } from './problem';
import type { PathCheckState } from './path-check-state';
import { validateStep, type ValidationContext, type WizardProblems } from './step-validation';
import { useCreateVm, type CreatePhase } from './use-create-vm';
import { useHostInfo } from './use-host-info';
import { useIsoDetection } from './use-iso-detection';
import { usePathCheck } from './use-path-check';
import {
  draftReducer,
  fieldOrder,
  fieldStep,
  initialDraft,
  steps,
  type DraftAction,
  type FieldName,
  type InstallSource,
  type PathField,
  type StepId,
  type TextField,
} from './wizard-draft';

export interface WizardCallbacks {
  onClose(): void;
  onCreated(uuid: string, openTab: 'console' | 'hardware'): void;
}

/** A notice over the whole step: the engine's message, or "fields are marked". */
export type WizardNotice = { kind: 'message'; text: string } | { kind: 'fields' } | null;

/** Everything the wizard's steps show and do: the draft, the checks, navigation and creation. */
export function useWizard({ onClose, onCreated }: WizardCallbacks) {
  const vms = useAppStore((state) => state.vms);
  const host = useHostInfo();
  const [draft, dispatch] = useReducer(draftReducer, undefined, initialDraft);
  const [stepIndex, setStepIndex] = useState(0);
  const [touched, setTouched] = useState<ReadonlySet<FieldName>>(() => new Set());
  const [attempted, setAttempted] = useState<ReadonlySet<StepId>>(() => new Set());
  const [engineProblems, setEngineProblems] = useState<WizardProblems>({});
  const [notice, setNotice] = useState<WizardNotice>(null);
  const [focus, setFocus] = useState<{ target: FieldName | 'step' }>({ target: 'step' });
  const panelRef = useRef<HTMLDivElement>(null);

  const checks: Record<PathField, PathCheckState> = {
    isoPath: usePathCheck(draft.isoPath, 'iso', draft.source === 'iso'),
    diskPath: usePathCheck(draft.diskPath, 'disk', draft.source === 'import'),
    kernelPath: usePathCheck(draft.kernelPath, 'kernel', draft.source === 'kernel'),
    initrdPath: usePathCheck(draft.initrdPath, 'initrd', draft.source === 'kernel'),
    // A URL is not checked (it is downloaded when the VM is created).
    cloudImage: usePathCheck(draft.cloudImage.trim(), 'disk', draft.source === 'cloud'),
  };
  const iso = checks.isoPath;
  // Detect once the engine found the file (or could not check it at all).
  const isoReady = iso.status === 'failed' || (iso.status === 'checked' && iso.check.ok);
  const detection = useIsoDetection(draft.isoPath, draft.source === 'iso' && isoReady, (os) =>
    dispatch({ type: 'detected', os }),
  );

  const takenNames = useMemo(() => vms.map((vm) => vm.name), [vms]);
  const name = draft.nameEdited ? draft.name : suggestName(draft.os, takenNames);
  const context: ValidationContext = {
    name,
    takenNames,
    checks,
    totalMemoryMiB: host?.totalMemoryMiB ?? null,
    freeDiskBytes: host?.freeDiskBytes ?? null,
  };
  const step = steps[stepIndex] ?? 'source';

  const goTo = (index: number, target: FieldName | 'step' = 'step') => {
    setStepIndex(index);
    setFocus({ target });
  };

  const showEngineProblems = (problems: WizardProblems, general: string | null) => {
    setEngineProblems(problems);
    const field = firstError(problems, fieldOrder);
    if (field) goTo(steps.indexOf(fieldStep[field]), field);
    setNotice(general !== null ? { kind: 'message', text: general } : field ? { kind: 'fields' } : null);
  };

  const creation = useCreateVm({ onClose, onCreated, onRefused: showEngineProblems });

  // Focus the step's first control when it changes, or the field a problem points at.
  useEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    const selectors =
      focus.target === 'step'
        ? ['input[type="radio"]:checked', 'input, select, textarea']
        : [`[data-field="${focus.target}"]`];
    for (const selector of selectors) {
      const element = panel.querySelector<HTMLElement>(selector);
      if (element) {
        element.focus();
        return;
      }
    }
  }, [focus, stepIndex]);

  /** The problems shown for a step: the engine's, else client errors once touched or tried. */
  const problemsOf = (of: StepId): WizardProblems => {
    const own = validateStep(of, draft, context);
    const shown: WizardProblems = {};
    for (const field of fieldOrder) {
      if (fieldStep[field] !== of) continue;
      const problem: Problem | undefined =
        engineProblems[field] ??
        (own[field]?.severity === 'warning' || attempted.has(of) || touched.has(field)
          ? own[field]
          : undefined);
      if (problem) shown[field] = problem;
    }
    return shown;
  };

  const edit = (field: FieldName, action: DraftAction) => {
    dispatch(action);
    setTouched((before) => new Set(before).add(field));
    setEngineProblems(({ [field]: _dropped, ...rest }) => rest);
    setNotice(null);
  };

  /** Validates every step up to `last`; goes to the first with an error and reports whether all passed. */
  const passes = (last: number): boolean => {
    for (let index = 0; index <= last; index += 1) {
      const of = steps[index] ?? 'source';
      const field = firstError(validateStep(of, draft, context), fieldOrder);
      if (field === undefined) continue;
      setAttempted((before) => new Set(before).add(of));
      goTo(index, field);
      return false;
    }
    return true;
  };

  const forward = () => {
    if (creation.phase !== 'idle') return;
    if (!passes(stepIndex)) return;
    if (step !== 'summary') {
      goTo(stepIndex + 1);
      return;
    }
    // Freeze the suggested name: the new VM itself would make it look taken.
    if (!draft.nameEdited) dispatch({ type: 'text', field: 'name', value: name });
    setNotice(null);
    void creation.create(draft, name);
  };

  return {
    draft,
    name,
    /** The cloud image VM's host name: typed, or made from the name. */
    hostname: hostnameOf(draft, name),
    step,
    stepIndex,
    host,
    checks,
    detection,
    notice,
    panelRef,
    phase: creation.phase satisfies CreatePhase,
    /** How far an imported image's conversion or a cloud image's download is (0–1), while it runs. */
    progress: creation.progress,
    busy: creation.phase !== 'idle',
    /** While creating: whether its long step (a download, a conversion) can be cancelled. */
    cancellable: creation.cancellable,
    cancelCreation: creation.cancel,
    problems: problemsOf(step),
    forward,
    back: () => {
      if (stepIndex > 0 && creation.phase === 'idle') goTo(stepIndex - 1);
    },
    setText: (field: TextField, value: string) => edit(field, { type: 'text', field, value }),
    setSource: (source: InstallSource) => edit('source', { type: 'source', source }),
    setNetwork: (network: 'user' | 'none') => edit('network', { type: 'network', network }),
    setFirmware: (firmware: Firmware) => edit('firmware', { type: 'firmware', change: { firmware } }),
    setSecureBoot: (secureBoot: boolean) => edit('secureBoot', { type: 'firmware', change: { secureBoot } }),
    setTpm: (tpm: boolean) => edit('tpm', { type: 'firmware', change: { tpm } }),
    chooseOs: (os: OsEntry | null) => edit('os', { type: 'chooseOs', os }),
    setCustomize: (customize: boolean) => dispatch({ type: 'customize', customize }),
  };
}

export type Wizard = ReturnType<typeof useWizard>;
