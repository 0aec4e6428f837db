import { describe, expect, it } from 'vitest';
import type { Capabilities } from '../../../shared/capabilities';
import { preferenceChangesSchema, preferencesSchema } from '../../../shared/preferences';
import { VireoError } from '../../../shared/errors';
import type { VmStatus } from '../../../shared/vm-state';
import { connectAppStore } from './connect-app-store';
import { createAppStore } from './create-app-store';
import { deferred, fakeVm, FakeContractClient } from './testing/fake-contract-client';

const alpha = fakeVm({ uuid: 'u-alpha', name: 'alpha', state: 'running' });
const beta = fakeVm({ uuid: 'u-beta', name: 'beta', state: 'stopped' });
const preferences = preferencesSchema.parse({ language: 'zh-CN', theme: 'dark' });

const capabilities: Capabilities = {
  qemuSystem: { path: '/usr/bin/qemu-system-x86_64', version: '9.2.0' },
  qemuImg: { path: '/usr/bin/qemu-img', version: '9.2.0' },
  kvm: { usable: true, reason: '' },
  defaultAccel: 'kvm',
  machines: ['q35', 'pc'],
  features: { uefi: true, secureBoot: true, tpm: true, virtiofs: false },
  problems: [],
  installHints: [],
};

function engineWith(vms: VmStatus[]): FakeContractClient {
  return new FakeContractClient()
    .handle('vm.list', () => vms)
    .handle('preferences.get', () => preferences)
    .handle('engine.capabilities', () => capabilities);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createAppStore', () => {
  it('loads the VMs and preferences when connected, and again after every reconnect', async () => {
    const client = engineWith([alpha]);
    const store = createAppStore(client);
    expect(store.getState().vmsLoaded).toBe(false);

    store.getState().setConnection('connected');
    await settle();
    expect(store.getState()).toMatchObject({ vms: [alpha], vmsLoaded: true, preferences, capabilities });

    client.handle('vm.list', () => [alpha, beta]);
    store.getState().setConnection('disconnected');
    store.getState().setConnection('connecting');
    expect(store.getState().hasConnected).toBe(true);
    store.getState().setConnection('connected');
    await settle();
    expect(client.callsOf('vm.list')).toHaveLength(2);
    expect(store.getState().vms).toEqual([alpha, beta]);
  });

  it('follows vm.stateChanged, vm.added, vm.removed and preferences.changed', async () => {
    const client = engineWith([alpha, beta]);
    const store = createAppStore(client);
    store.getState().setConnection('connected');
    await settle();

    client.emit('vm.stateChanged', { ...alpha, state: 'paused' });
    client.emit('vm.added', fakeVm({ uuid: 'u-gamma', name: 'gamma' }));
    client.emit('vm.removed', { uuid: 'u-beta', name: 'beta' });
    client.emit('preferences.changed', { ...preferences, theme: 'light' });

    expect(store.getState().vms.map((vm) => [vm.name, vm.state])).toEqual([
      ['alpha', 'paused'],
      ['gamma', 'stopped'],
    ]);
    expect(store.getState().preferences.theme).toBe('light');
  });

  it('replays events that arrive while vm.list is in flight over its older answer', async () => {
    const list = deferred<VmStatus[]>();
    const client = engineWith([]).handle('vm.list', () => list.promise);
    const store = createAppStore(client);
    store.getState().setConnection('connected');

    client.emit('vm.stateChanged', { ...alpha, state: 'paused' });
    list.resolve([alpha, beta]);
    await settle();
    expect(store.getState().vms.find((vm) => vm.uuid === 'u-alpha')?.state).toBe('paused');
  });

  it('runs an action with the VM uuid, busy while in flight, then shows the answer', async () => {
    const answer = deferred<VmStatus>();
    const client = engineWith([beta]).handle('vm.start', () => answer.promise);
    const store = createAppStore(client);
    store.getState().setConnection('connected');
    await settle();

    const done = store.getState().runAction('u-beta', 'start');
    expect(store.getState().busy['u-beta']).toBe('start');
    void store.getState().runAction('u-beta', 'start');
    expect(client.callsOf('vm.start')).toEqual([{ vm: 'u-beta' }]);

    answer.resolve({ ...beta, state: 'running' });
    await done;
    expect(store.getState().busy['u-beta']).toBeUndefined();
    expect(store.getState().vms[0]?.state).toBe('running');
  });

  it('shows a rejected action as its message, naming the VM, until dismissed', async () => {
    const client = engineWith([alpha]).handle('vm.forceOff', () => {
      throw new VireoError('QMP_ERROR', 'QEMU did not answer');
    });
    const store = createAppStore(client);
    store.getState().setConnection('connected');
    await settle();

    await store.getState().runAction('u-alpha', 'forceOff');
    const [error] = store.getState().errors;
    expect(error).toMatchObject({ message: 'QEMU did not answer', vmName: 'alpha' });
    expect(error?.message).not.toMatch(/\bat\b.*:\d+/);
    expect(store.getState().busy).toEqual({});

    store.getState().dismissError(error?.id ?? -1);
    expect(store.getState().errors).toEqual([]);
  });

  it('deletes a VM with keepDisks, busy while in flight, and drops it from the list', async () => {
    const answer = deferred<{ removed: string; keptDisks: string[] }>();
    const client = engineWith([alpha, beta]).handle('vm.delete', () => answer.promise);
    const store = createAppStore(client);
    store.getState().setConnection('connected');
    await settle();

    const done = store.getState().deleteVm('u-beta', true);
    expect(store.getState().busy['u-beta']).toBe('delete');
    answer.resolve({ removed: 'u-beta', keptDisks: ['/vms/beta/disk0.qcow2'] });
    expect(await done).toBe(true);
    expect(client.callsOf('vm.delete')).toEqual([{ vm: 'u-beta', keepDisks: true }]);
    expect(store.getState().vms).toEqual([alpha]);
    expect(store.getState().busy).toEqual({});
  });

  it('keeps a VM whose delete failed, and says why', async () => {
    const client = engineWith([alpha]).handle('vm.delete', () => {
      throw new VireoError('INVALID_STATE', 'shut the VM down before deleting it');
    });
    const store = createAppStore(client);
    store.getState().setConnection('connected');
    await settle();
    expect(await store.getState().deleteVm('u-alpha', false)).toBe(false);
    expect(store.getState().vms).toEqual([alpha]);
    expect(store.getState().errors.map((error) => [error.message, error.vmName])).toEqual([
      ['shut the VM down before deleting it', 'alpha'],
    ]);
  });

  it('reboots through vm.reboot', async () => {
    const client = engineWith([alpha]).handle('vm.reboot', () => alpha);
    const store = createAppStore(client);
    store.getState().setConnection('connected');
    await settle();
    await store.getState().runAction('u-alpha', 'reboot');
    expect(client.callsOf('vm.reboot')).toEqual([{ vm: 'u-alpha' }]);
  });

  it('shows a failed capabilities check, and still loads the VMs', async () => {
    const client = engineWith([alpha]).handle('engine.capabilities', () => {
      throw new VireoError('INTERNAL', 'could not run qemu-system-x86_64 --version');
    });
    const store = createAppStore(client);
    store.getState().setConnection('connected');
    await settle();
    expect(store.getState()).toMatchObject({ vms: [alpha], capabilities: null });
    expect(store.getState().errors.map((error) => error.message)).toEqual([
      'could not run qemu-system-x86_64 --version',
    ]);
  });

  it('keeps the main window state: selection, tab, dialogs', () => {
    const store = createAppStore(engineWith([]));
    store.getState().openVm('u-alpha', 'hardware');
    expect(store.getState()).toMatchObject({ selectedUuid: 'u-alpha', detailsTab: 'hardware' });
    store.getState().setDialog({ kind: 'delete', uuid: 'u-alpha' });
    store.getState().setWizardOpen(true);
    store.getState().dismissFirstRun();
    expect(store.getState()).toMatchObject({
      dialog: { kind: 'delete', uuid: 'u-alpha' },
      wizardOpen: true,
      preferencesOpen: false,
      firstRunDismissed: true,
    });
  });

  it('shows a failed load', async () => {
    const client = engineWith([]).handle('vm.list', () => {
      throw new VireoError('ENGINE_UNAVAILABLE', 'the connection to Vireo was lost');
    });
    const store = createAppStore(client);
    store.getState().setConnection('connected');
    await settle();
    expect(store.getState().errors.map((error) => error.message)).toEqual([
      'the connection to Vireo was lost',
    ]);
  });

  it('shows engine.error events, naming the VM unless the message already does', async () => {
    const client = engineWith([alpha]);
    const store = createAppStore(client);
    store.getState().setConnection('connected');
    await settle();
    client.emit('engine.error', {
      code: 'QEMU_FAILED',
      message: 'the guest kernel panicked',
      uuid: 'u-alpha',
    });
    client.emit('engine.error', {
      code: 'QEMU_FAILED',
      message: '"alpha" ignored the ACPI power-off',
      uuid: 'u-alpha',
    });
    client.emit('engine.error', { code: 'IO_ERROR', message: 'disk full' });

    expect(store.getState().errors.map(({ message, vmName }) => [message, vmName])).toEqual([
      ['the guest kernel panicked', 'alpha'],
      ['"alpha" ignored the ACPI power-off', undefined],
      ['disk full', undefined],
    ]);
  });

  it('saves a preference, and puts it back with an error when saving fails', async () => {
    const client = engineWith([]).handle('preferences.set', ({ changes }) => ({
      ...preferences,
      ...preferenceChangesSchema.parse(changes),
    }));
    const store = createAppStore(client);
    store.getState().setConnection('connected');
    await settle();

    await store.getState().setPreferences({ theme: 'light' });
    expect(client.callsOf('preferences.set')).toEqual([{ changes: { theme: 'light' } }]);
    expect(store.getState().preferences.theme).toBe('light');

    client.handle('preferences.set', () => Promise.reject(new VireoError('IO_ERROR', 'disk full')));
    await store.getState().setPreferences({ language: 'en' });
    expect(store.getState().preferences.language).toBe('zh-CN');
    expect(store.getState().errors.map((error) => error.message)).toEqual(['disk full']);
  });
});

describe('connectAppStore', () => {
  it('handles a transport that reports "connected" before it returns the client', async () => {
    const client = engineWith([alpha]);
    const store = connectAppStore((onStatus) => {
      onStatus('connected');
      return client;
    });
    await settle();
    expect(store.getState()).toMatchObject({ connection: 'connected', vms: [alpha] });
    expect(client.callsOf('vm.list')).toHaveLength(1);
  });
});
