import { describe, expect, it } from 'vitest';
import { testOs } from './test-os';
import { draftReducer, initialDraft, pathFieldsOf, type WizardDraft } from './wizard-draft';

const debian = testOs({ shortId: 'debian12', recommended: { memoryMiB: 1024, vcpus: 1, diskBytes: null } });
const fedora = testOs({ shortId: 'fedora40' });
const win11 = testOs({
  shortId: 'win11',
  family: 'winnt',
  needs: { uefi: true, secureBoot: true, tpm: true },
});
const uefiOnly = testOs({ shortId: 'uefi-only', needs: { uefi: true, secureBoot: false, tpm: false } });
const firmwareOf = (draft: WizardDraft) => ({
  firmware: draft.firmware,
  secureBoot: draft.secureBoot,
  tpm: draft.tpm,
});
const BIOS = { firmware: 'bios', secureBoot: false, tpm: false };
const WIN11 = { firmware: 'uefi', secureBoot: true, tpm: true };

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

describe('draftReducer: firmware proposals', () => {
  it('starts with BIOS, no Secure Boot, no TPM', () => {
    expect(firmwareOf(initialDraft())).toEqual(BIOS);
  });

  it('proposes what a chosen or detected OS needs', () => {
    expect(firmwareOf(draftReducer(initialDraft(), { type: 'chooseOs', os: win11 }))).toEqual(WIN11);
    expect(firmwareOf(draftReducer(initialDraft(), { type: 'detected', os: win11 }))).toEqual(WIN11);
    expect(firmwareOf(draftReducer(initialDraft(), { type: 'chooseOs', os: uefiOnly }))).toEqual({
      firmware: 'uefi',
      secureBoot: false,
      tpm: false,
    });
  });

  it('lets the user change the proposal, and marks it theirs', () => {
    const proposed = draftReducer(initialDraft(), { type: 'chooseOs', os: win11 });
    const noTpm = draftReducer(proposed, { type: 'firmware', change: { tpm: false } });
    expect(noTpm).toMatchObject({ firmware: 'uefi', secureBoot: true, tpm: false, firmwareEdited: true });
  });

  it('resets to BIOS for an OS without needs, unless the user set the firmware', () => {
    const proposed = draftReducer(initialDraft(), { type: 'chooseOs', os: win11 });
    expect(firmwareOf(draftReducer(proposed, { type: 'chooseOs', os: debian }))).toEqual(BIOS);
    expect(firmwareOf(draftReducer(proposed, { type: 'chooseOs', os: null }))).toEqual(BIOS);

    const edited = draftReducer(proposed, { type: 'firmware', change: { tpm: false } });
    const kept = { firmware: 'uefi', secureBoot: true, tpm: false };
    expect(firmwareOf(draftReducer(edited, { type: 'chooseOs', os: debian }))).toEqual(kept);
    expect(firmwareOf(draftReducer(edited, { type: 'chooseOs', os: null }))).toEqual(kept);

    const uefiByHand = draftReducer(initialDraft(), { type: 'firmware', change: { firmware: 'uefi' } });
    expect(draftReducer(uefiByHand, { type: 'chooseOs', os: fedora }).firmware).toBe('uefi');
  });

  it('replaces the user’s firmware with a needy OS’s proposal, like resources', () => {
    const uefiByHand = draftReducer(initialDraft(), { type: 'firmware', change: { firmware: 'uefi' } });
    const proposed = draftReducer(uefiByHand, { type: 'chooseOs', os: win11 });
    expect(proposed).toMatchObject({ ...WIN11, firmwareEdited: false });
    // The proposal is the wizard's again: an OS without needs resets it.
    expect(firmwareOf(draftReducer(proposed, { type: 'chooseOs', os: debian }))).toEqual(BIOS);
  });

  it('drops a detected OS’s proposal with the ISO source', () => {
    const detected = draftReducer(initialDraft(), { type: 'detected', os: win11 });
    expect(firmwareOf(draftReducer(detected, { type: 'source', source: 'empty' }))).toEqual(BIOS);
    const chosen = draftReducer(initialDraft(), { type: 'chooseOs', os: win11 });
    expect(firmwareOf(draftReducer(chosen, { type: 'source', source: 'cloud' }))).toEqual(WIN11);
  });
});

describe('draftReducer: cloud image', () => {
  it('marks the host name as the user’s once typed', () => {
    const typed = draftReducer(initialDraft(), { type: 'text', field: 'hostname', value: 'db' });
    expect(typed).toMatchObject({ hostname: 'db', hostnameEdited: true });
    expect(draftReducer(initialDraft(), { type: 'text', field: 'cloudUser', value: 'ana' })).toMatchObject({
      cloudUser: 'ana',
      hostnameEdited: false,
    });
  });
});

describe('pathFieldsOf', () => {
  it('shows the paths each source needs', () => {
    expect(pathFieldsOf('iso')).toEqual(['isoPath']);
    expect(pathFieldsOf('import')).toEqual(['diskPath']);
    expect(pathFieldsOf('kernel')).toEqual(['kernelPath', 'initrdPath']);
    expect(pathFieldsOf('empty')).toEqual([]);
    expect(pathFieldsOf('cloud')).toEqual([]);
  });
});
