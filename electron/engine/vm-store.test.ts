import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vmConfigSchema, type VmConfig } from '../../shared/vm-config';
import { resolvePaths, vmDataDir, type VireoPaths } from './paths';
import { VmStore } from './vm-store';

let home: string;
let paths: VireoPaths;
let store: VmStore;

const uuidA = '11111111-1111-4111-8111-111111111111';
const uuidB = '22222222-2222-4222-8222-222222222222';
const uuidC = '33333333-3333-4333-8333-333333333333';

function config(uuid: string, name: string): VmConfig {
  return vmConfigSchema.parse({
    schemaVersion: 1,
    uuid,
    name,
    createdAt: '2026-11-22T00:00:00.000Z',
    memoryMiB: 256,
    cpu: { count: 1 },
    network: { mode: 'none' },
    display: { vnc: false, vga: 'none' },
  });
}

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'vireo-store-'));
  paths = resolvePaths({ VIREO_HOME: home });
  store = new VmStore(paths);
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

describe('VmStore', () => {
  it('saves and loads configs, one folder per uuid', async () => {
    await store.save(config(uuidA, 'web, db 服务器'));
    const loaded = await store.loadAll();
    expect(loaded).toEqual([{ uuid: uuidA, config: config(uuidA, 'web, db 服务器') }]);
  });

  it('marks broken configs broken and still loads the others', async () => {
    await store.save(config(uuidA, 'good'));
    mkdirSync(vmDataDir(paths, uuidB), { recursive: true });
    writeFileSync(join(vmDataDir(paths, uuidB), 'config.json'), '{"schemaVersion": 1, "name": ');
    mkdirSync(vmDataDir(paths, uuidC), { recursive: true });
    writeFileSync(
      join(vmDataDir(paths, uuidC), 'config.json'),
      JSON.stringify({ ...config(uuidC, 'x'), memoryMiB: -1 }),
    );
    const loaded = await store.loadAll();
    const byUuid = Object.fromEntries(loaded.map((vm) => [vm.uuid, vm]));
    expect(byUuid[uuidA]?.config?.name).toBe('good');
    expect(byUuid[uuidB]?.problem).toMatch(/config\.json is not valid JSON/);
    expect(byUuid[uuidC]?.problem).toMatch(/memoryMiB: .*16/);
  });

  it('ignores folders that are not VMs and folders holding only kept disks', async () => {
    mkdirSync(join(paths.dataDir, 'vms', 'not-a-uuid'), { recursive: true });
    mkdirSync(vmDataDir(paths, uuidA), { recursive: true });
    writeFileSync(join(vmDataDir(paths, uuidA), 'disk0.qcow2'), '');
    expect(await store.loadAll()).toEqual([]);
  });

  it('refuses a config whose uuid does not match its folder', async () => {
    mkdirSync(vmDataDir(paths, uuidB), { recursive: true });
    writeFileSync(join(vmDataDir(paths, uuidB), 'config.json'), JSON.stringify(config(uuidA, 'moved')));
    const [vm] = await store.loadAll();
    expect(vm?.problem).toMatch(/belongs to uuid 11111111/);
  });

  it('removes a VM folder, or all but its managed disks when asked to keep them', async () => {
    await store.save(config(uuidA, 'a'));
    const dir = vmDataDir(paths, uuidA);
    const disk = join(dir, 'disk0.qcow2');
    writeFileSync(disk, 'disk');
    writeFileSync(join(dir, 'qemu.log'), 'log');
    expect(await store.remove(uuidA, [disk], true)).toEqual([disk]);
    expect(readdirSync(dir)).toEqual(['disk0.qcow2']);
    expect(await store.remove(uuidA, [disk], false)).toEqual([]);
    expect(readdirSync(join(paths.dataDir, 'vms'))).toEqual([]);
  });
});
