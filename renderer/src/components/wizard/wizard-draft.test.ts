import { describe, expect, it } from 'vitest';
import { testOs } from './test-os';
import { draftReducer, initialDraft, pathFieldsOf, type WizardDraft } from './wizard-draft';

const debian = testOs({ shortId: 'debian12', recommended: { memoryMiB: 1024, vcpus: 1, diskBytes: null } });
const fedora = testOs({ shortId: 'fedora40' });

describe('draftReducer', () => {
  it('takes the OS detected from the ISO, unless the user chose one', () => {
    const detected = draftReducer(initialDraft(), { type: 'detected', os: debian });
    expect(detected).toMatchObject({ os: debian, osOrigin: 'detected', memoryMiB: '1024', cpus: '1' });

    const chosen = draftReducer(detected, { type: 'chooseOs', os: fedora });
    expect(draftReducer(chosen, { type: 'detected', os: debian }).os).toBe(fedora);
  });

  it('drops a detected OS when the source is no longer the ISO, but keeps a chosen one', () => {
    const detected = draftReducer(initialDraft(), { type: 'detected', os: debian });
    expect(draftReducer(detected, { type: 'source', source: 'empty' })).toMatchObject({
      os: null,
      osOrigin: 'none',
    });

    const chosen = draftReducer(initialDraft(), { type: 'chooseOs', os: fedora });
    expect(draftReducer(chosen, { type: 'source', source: 'import' }).os).toBe(fedora);
  });

  it('ignores a detection that repeats the OS already there (keeping edited resources)', () => {
    const detected = draftReducer(initialDraft(), { type: 'detected', os: debian });
    const edited: WizardDraft = draftReducer(detected, { type: 'text', field: 'memoryMiB', value: '3000' });
    expect(draftReducer(edited, { type: 'detected', os: debian }).memoryMiB).toBe('3000');
  });

  it('marks the name as the user’s once typed', () => {
    const named = draftReducer(initialDraft(), { type: 'text', field: 'name', value: 'web' });
    expect(named).toMatchObject({ name: 'web', nameEdited: true });
  });
});

describe('pathFieldsOf', () => {
  it('shows the paths each source needs', () => {
    expect(pathFieldsOf('iso')).toEqual(['isoPath']);
    expect(pathFieldsOf('import')).toEqual(['diskPath']);
    expect(pathFieldsOf('kernel')).toEqual(['kernelPath', 'initrdPath']);
    expect(pathFieldsOf('empty')).toEqual([]);
  });
});
