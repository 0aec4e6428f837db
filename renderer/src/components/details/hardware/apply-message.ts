import type { VmStatus } from '../../../../../shared/vm-state';
import { isActive, isOperationAllowed } from '../../../../../shared/vm-state';
import type { HwMessageKey } from './problems';
import type { Saved } from './use-hardware-editor';

export interface ApplyMessageInput {
  status: Pick<VmStatus, 'state' | 'needsRestart'> | undefined;
  dirty: boolean;
  valid: boolean;
  refused: boolean;
  saved: Saved;
}

export type Tone = 'info' | 'success' | 'warning' | 'danger';

/** The one line next to Apply / Revert: why Apply is off, what the last Apply did, or a pending restart. */
export function applyMessage({ status, dirty, valid, refused, saved }: ApplyMessageInput): {
  key: HwMessageKey;
  tone: Tone;
} {
  if (status && !isOperationAllowed(status.state, 'edit')) return { key: 'hwCannotEdit', tone: 'warning' };
  if (refused) return { key: 'hwRefused', tone: 'danger' };
  if (dirty && !valid) return { key: 'hwFixFirst', tone: 'danger' };
  if (dirty) return { key: 'hwUnsaved', tone: 'info' };
  const running = status !== undefined && isActive(status.state);
  const needsRestart = running && status.needsRestart;
  if (saved === 'restart' && needsRestart) return { key: 'hwSavedRestart', tone: 'warning' };
  if (saved === 'live' && running) return { key: 'hwSavedLive', tone: 'success' };
  if (saved !== null && !needsRestart) return { key: 'hwSaved', tone: 'success' };
  if (needsRestart) return { key: 'hwNeedsRestart', tone: 'warning' };
  return { key: 'hwNoChanges', tone: 'info' };
}
