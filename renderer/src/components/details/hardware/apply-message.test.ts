import { describe, expect, it } from 'vitest';
import { applyMessage, type ApplyMessageInput } from './apply-message';

const base: ApplyMessageInput = {
  status: { state: 'running', needsRestart: false },
  dirty: false,
  valid: true,
  refused: false,
  saved: null,
};
const key = (input: Partial<ApplyMessageInput>) => applyMessage({ ...base, ...input })?.key;

describe('applyMessage', () => {
  it('asks for a restart after saving changes a running VM cannot take live', () => {
    expect(key({ saved: 'restart', status: { state: 'running', needsRestart: true } })).toBe(
      'hwSavedRestart',
    );
    expect(key({ saved: 'restart', status: { state: 'paused', needsRestart: true } })).toBe('hwSavedRestart');
  });

  it('says live changes (media) reached the running VM', () => {
    expect(key({ saved: 'live' })).toBe('hwSavedLive');
  });

  it('keeps saying a restart is needed until the VM restarts', () => {
    expect(key({ status: { state: 'running', needsRestart: true } })).toBe('hwNeedsRestart');
    expect(key({ saved: 'restart', status: { state: 'stopped', needsRestart: false } })).toBe('hwSaved');
  });

  it('says why Apply is off', () => {
    expect(key({ status: { state: 'starting', needsRestart: false }, dirty: true })).toBe('hwCannotEdit');
    expect(key({ dirty: true, valid: false })).toBe('hwFixFirst');
    expect(key({ dirty: true, refused: true })).toBe('hwRefused');
    expect(key({ dirty: true })).toBe('hwUnsaved');
    expect(key({})).toBe('hwNoChanges');
  });
});
