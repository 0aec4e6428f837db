/** The details pane's tabs, in order; the names are the tabs' ids, not their labels. */
export const detailsTabs = [
  'overview',
  'console',
  'serial',
  'performance',
  'hardware',
  'snapshots',
  'log',
] as const;
export type DetailsTab = (typeof detailsTabs)[number];

/** The one confirmation (or notice) dialog open over the main window, about one VM. */
export interface PendingDialog {
  kind: 'forceOff' | 'delete' | 'clone' | 'export';
  uuid: string;
}

/** What the main window shows: selection, tab, open dialogs. Not the engine's state. */
export interface UiState {
  /** The VM whose details are shown; may name a VM not listed yet (just created). */
  selectedUuid: string | null;
  detailsTab: DetailsTab;
  dialog: PendingDialog | null;
  wizardOpen: boolean;
  preferencesOpen: boolean;
  /** The user went past the first-run screen in this window. */
  firstRunDismissed: boolean;

  selectVm(uuid: string | null): void;
  /** Selects a VM and shows one of its tabs (after creating it, or Enter in the list). */
  openVm(uuid: string, tab: DetailsTab): void;
  setDetailsTab(tab: DetailsTab): void;
  setDialog(dialog: PendingDialog | null): void;
  setWizardOpen(open: boolean): void;
  setPreferencesOpen(open: boolean): void;
  dismissFirstRun(): void;
}

type Set = (partial: Partial<UiState>) => void;

export function createUiState(set: Set): UiState {
  return {
    selectedUuid: null,
    detailsTab: 'overview',
    dialog: null,
    wizardOpen: false,
    preferencesOpen: false,
    firstRunDismissed: false,
    selectVm: (uuid) => set({ selectedUuid: uuid }),
    openVm: (uuid, tab) => set({ selectedUuid: uuid, detailsTab: tab }),
    setDetailsTab: (tab) => set({ detailsTab: tab }),
    setDialog: (dialog) => set({ dialog }),
    setWizardOpen: (open) => set({ wizardOpen: open }),
    setPreferencesOpen: (open) => set({ preferencesOpen: open }),
    dismissFirstRun: () => set({ firstRunDismissed: true }),
  };
}
