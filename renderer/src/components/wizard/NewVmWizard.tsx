import { Wizard } from './Wizard';

export interface NewVmWizardProps {
  open: boolean;
  onClose(): void;
  /** After creating (and, unless customizing, starting): which tab of the new VM to show. */
  onCreated(uuid: string, openTab: 'console' | 'hardware'): void;
}

/**
 * The New VM wizard: a modal dialog in four steps (install source, OS, resources, summary). It
 * starts afresh each time it opens. On success it calls `onCreated`, then `onClose`.
 */
export function NewVmWizard({ open, onClose, onCreated }: NewVmWizardProps) {
  return open ? <Wizard onClose={onClose} onCreated={onCreated} /> : null;
}
