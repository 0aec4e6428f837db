import { readdir } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ipcChannels, type BridgeResponse } from '../../../shared/bridge';
import { requestNames } from '../../../shared/contract';
import { vmsDir } from '../../engine/paths';
import { bindContract } from '../ipc';
import { createMainWindow } from '../window';
import { FakeWebFrameMain, connectRenderer, dialog, ipcMain } from './fake-electron';
import { asFake, openShell, until, type ShellHarness } from './shell-harness';

const newVm = { name: 'alpha', memoryMiB: 64, network: 'none' } as const;

function expectError(response: BridgeResponse, code: string): void {
  expect(response.ok).toBe(false);
  if (!response.ok) expect(response.error.code).toBe(code);
}

async function vmFolders(shell: ShellHarness): Promise<string[]> {
  return readdir(vmsDir(shell.home.paths)).catch(() => []);
}

describe('contract over IPC', () => {
  let shell: ShellHarness;
  beforeEach(async () => {
    shell = await openShell();
  });
  afterEach(async () => {
    await shell.dispose();
  });

  it('binds one handler for every contract request, and nothing else', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(requestNames.map(ipcChannels.request).sort());
    expect(ipcMain.handlers.size).toBe(requestNames.length);
  });

  it('serves the main frame end to end: vm.create, then vm.list sees it', async () => {
    const created = await shell.bridge.requests['vm.create'](newVm);
    expect(created).toMatchObject({ ok: true, result: { name: 'alpha', state: 'stopped', memoryMiB: 64 } });
    const listed = await shell.bridge.requests['vm.list']({});
    expect(listed.ok && (listed.result as Array<{ name: string }>).map((vm) => vm.name)).toEqual(['alpha']);
    const info = await shell.bridge.requests['engine.info']({});
    expect(info).toMatchObject({ ok: true, result: { kind: 'test', pid: process.pid } });
    expect(await vmFolders(shell)).toHaveLength(1);
  });

  it('answers host.pickFile with the native dialog, and says so in engine.hostInfo', async () => {
    dialog.nextOpenResult = { canceled: false, filePaths: ['/srv/iso/debian.iso'] };
    expect(await shell.bridge.requests['host.pickFile']({ purpose: 'iso' })).toEqual({
      ok: true,
      result: { path: '/srv/iso/debian.iso' },
    });
    expect(dialog.openDialogs[0]?.filters?.[0]?.extensions).toEqual(['iso']);
    dialog.nextOpenResult = { canceled: true, filePaths: [] };
    expect(await shell.bridge.requests['host.pickFile']({ purpose: 'disk' })).toEqual({
      ok: true,
      result: { path: null },
    });
    const bad = await shell.bridge.requests['host.pickFile']({ purpose: 'everything' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const info = await shell.bridge.requests['engine.hostInfo']({});
    expect(info).toMatchObject({ ok: true, result: { nativeFilePicker: true } });
  });

  it('delivers engine events to webContents.send on the event channel, and to onEvent', async () => {
    const seen: Array<{ event: string; payload: unknown }> = [];
    shell.bridge.onEvent((frame) => seen.push(frame));
    await shell.bridge.requests['vm.create'](newVm);
    await until(() => seen.length > 0);
    await until(() => seen.some((frame) => frame.event === 'vm.added'));
    const sent = shell.window.webContents.sent.filter((s) => s.channel === ipcChannels.event);
    expect(sent.map((s) => s.args)).toContainEqual([
      { event: 'vm.added', payload: expect.objectContaining({ name: 'alpha' }) },
    ]);
    expect(seen).toContainEqual({ event: 'vm.added', payload: expect.objectContaining({ name: 'alpha' }) });
  });

  it('refuses a subframe of our own page with FORBIDDEN, and does nothing', async () => {
    const main = shell.window.webContents.mainFrame;
    connectRenderer(shell.window.webContents, new FakeWebFrameMain(main.url, main));
    expectError(await shell.bridge.requests['vm.create'](newVm), 'FORBIDDEN');
    expectError(await shell.bridge.requests['vm.list']({}), 'FORBIDDEN');
    expect(shell.engine.vms.size).toBe(0);
    expect(await vmFolders(shell)).toEqual([]);
  });

  it('refuses the main frame once it shows a page that is not ours', async () => {
    for (const url of ['https://evil.example/', 'file:///tmp/other/index.html', 'data:text/html,hi']) {
      shell.window.webContents.mainFrame.url = url;
      const response = await shell.bridge.requests['vm.create'](newVm);
      expectError(response, 'FORBIDDEN');
    }
    expect(shell.engine.vms.size).toBe(0);
    expect(await vmFolders(shell)).toEqual([]);
  });

  it('refuses another webContents, and a sender whose frame is gone', async () => {
    const other = asFake(createMainWindow(shell.files));
    await other.loadFile((shell.files.renderer as { file: string }).file);
    connectRenderer(other.webContents);
    expectError(await shell.bridge.requests['vm.create'](newVm), 'FORBIDDEN');
    connectRenderer(shell.window.webContents, null);
    expectError(await shell.bridge.requests['vm.create'](newVm), 'FORBIDDEN');
    expect(shell.engine.vms.size).toBe(0);
  });

  it('answers a bad payload with INVALID_INPUT, and does nothing', async () => {
    const bad: unknown[] = [
      { name: 'alpha', memoryMiB: 'lots' },
      { memoryMiB: 64 },
      { name: 'alpha', memoryMiB: 1 },
      'vm.create',
      [newVm],
    ];
    for (const params of bad) expectError(await shell.bridge.requests['vm.create'](params), 'INVALID_INPUT');
    expectError(await shell.bridge.requests['preferences.set']({ changes: { nope: true } }), 'INVALID_INPUT');
    expect(shell.engine.vms.size).toBe(0);
    expect(await vmFolders(shell)).toEqual([]);
    expect(shell.window.webContents.sent).toEqual([]);
  });

  it('answers engine errors with their codes instead of throwing', async () => {
    const response = await shell.bridge.requests['vm.get']({ vm: 'missing' });
    expectError(response, 'NOT_FOUND');
    await shell.bridge.requests['vm.create'](newVm);
    expectError(await shell.bridge.requests['vm.create'](newVm), 'CONFLICT');
  });

  it('closes its session and removes every handler when the window closes', async () => {
    const sessions = shell.engine.sessionCount;
    shell.window.close();
    expect(shell.engine.sessionCount).toBe(sessions - 1);
    expect(ipcMain.handlers.size).toBe(0);
    await expect(shell.bridge.requests['vm.list']({})).rejects.toThrow(/No handler/);
    // A new window can be bound again: no handler is left registered.
    const again = createMainWindow(shell.files);
    const binding = bindContract(shell.engine, again, shell.files.renderer);
    expect(ipcMain.handlers.size).toBe(requestNames.length);
    binding.dispose();
    expect(ipcMain.handlers.size).toBe(0);
    expect(shell.engine.sessionCount).toBe(sessions - 1);
  });
});
