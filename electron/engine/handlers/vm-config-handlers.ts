import { rm } from 'node:fs/promises';
import { fieldError, VireoError } from '../../../shared/errors';
import type { VmConfigChanges } from '../../../shared/vm-requests';
import type { DiskConfig, VmConfig } from '../../../shared/vm-config';
import type { Engine } from '../engine';
import type { Handlers } from '../engine-handlers';
import { readFileTail } from '../process/log-tail';
import { addDisk, describeDisks } from '../vm/disk-ops';
import { hotplugDisk, requireHotpluggable, unplugDisk } from '../vm/disk-hotplug';
import { resizeDisk } from '../vm/disk-resize';
import { hardwareFingerprint } from '../vm/hardware-fingerprint';
import { qemuArgvFor } from '../vm/vm-lifecycle';
import type { VmInstance } from '../vm/vm-instance';
import { editedConfig, otherConfigs, saveConfig, updateVm } from './update-vm';

type VmConfigHandlers = Pick<
  Handlers,
  | 'vm.update'
  | 'vm.previewArgs'
  | 'vm.addDisk'
  | 'vm.removeDisk'
  | 'vm.resizeDisk'
  | 'vm.disks'
  | 'vm.log'
  | 'vm.timeline'
>;

/** A VM's configuration (the Hardware page) and what it has to show (disks, log, timeline). */
export function vmConfigHandlers(engine: Engine): VmConfigHandlers {
  const deps = { capabilities: () => engine.capabilities(), env: engine.env };
  const othersThan = (vm: VmInstance) => otherConfigs(engine, vm);
  const edited = (vm: VmInstance, changes: VmConfigChanges) => editedConfig(engine, vm, changes);
  const save = (vm: VmInstance, next: VmConfig, what: string) => saveConfig(engine, vm, next, what);

  return {
    'vm.update': async ({ vm, changes }) => updateVm(engine, engine.find(vm), changes),
    'vm.previewArgs': async ({ vm, changes }) => {
      const instance = engine.find(vm);
      if (!instance.config) throw new VireoError('INVALID_STATE', `"${instance.name}" has a broken config`);
      const next = await edited(instance, changes);
      const { binary, argv } = await qemuArgvFor(instance, deps, next);
      return { argv: [binary, ...argv] };
    },
    'vm.addDisk': async ({ vm, disk }) => {
      const instance = engine.find(vm);
      return instance.operate('edit', async () => {
        const session = instance.running;
        if (session) requireHotpluggable(disk.bus);
        const current = instance.config as VmConfig;
        const added = await addDisk(current, disk, {
          qemuImg: async () => (await engine.capabilities()).qemuImg?.path,
          diskFolder: (await engine.preferences.load()).diskFolder,
          dataDir: instance.files.dataDir,
          others: othersThan(instance),
        });
        const newDisk = added.disks.at(-1) as DiskConfig;
        if (session) {
          const matched = !instance.status().needsRestart;
          try {
            await hotplugDisk(session.qmp, current.machine, newDisk);
          } catch (error) {
            if (newDisk.managed) await rm(newDisk.path, { force: true });
            throw error;
          }
          if (matched) await session.updateFingerprint(hardwareFingerprint(added));
        }
        return save(instance, added, `disk added${session ? ' (hot-plugged)' : ''}: ${newDisk.path}`);
      });
    },
    'vm.removeDisk': async ({ vm, diskId, deleteFile }) => {
      const instance = engine.find(vm);
      return instance.operate('edit', async () => {
        const current = instance.config as VmConfig;
        const disk = current.disks.find((d) => d.id === diskId);
        if (!disk) throw fieldError('INVALID_INPUT', ['diskId'], `"${instance.name}" has no disk ${diskId}`);
        const session = instance.running;
        if (deleteFile && !disk.managed) {
          throw fieldError(
            'INVALID_INPUT',
            ['deleteFile'],
            `${disk.path} was not created by Vireo: it is only detached`,
          );
        }
        const next = {
          ...current,
          disks: current.disks.filter((d) => d.id !== diskId),
          bootOrder: current.bootOrder.filter((id) => id !== diskId),
        };
        if (session) {
          if (disk.bus !== 'virtio')
            throw new VireoError(
              'INVALID_STATE',
              `“${disk.id}” is a SATA disk: shut the VM down to remove it`,
            );
          const matched = !instance.status().needsRestart;
          await unplugDisk(session.qmp, disk, instance);
          if (matched) await session.updateFingerprint(hardwareFingerprint(next));
        }
        const saved = await save(
          instance,
          next,
          `disk removed${session ? ' (unplugged)' : ''}: ${disk.path}`,
        );
        if (deleteFile) await rm(disk.path, { force: true });
        return saved;
      });
    },
    'vm.resizeDisk': async ({ vm, diskId, sizeBytes }) => {
      const instance = engine.find(vm);
      return instance.operate('edit', async () => {
        const disk = instance.config?.disks.find((d) => d.id === diskId);
        if (!disk) throw fieldError('INVALID_INPUT', ['diskId'], `"${instance.name}" has no disk ${diskId}`);
        const qemuImg = (await engine.capabilities()).qemuImg?.path;
        if (!qemuImg) throw new VireoError('QEMU_MISSING', 'qemu-img is needed to resize disks');
        await resizeDisk(disk, sizeBytes, qemuImg, instance.running);
        instance.record('info', `disk ${diskId} grown to ${sizeBytes} bytes`);
        const [info] = await describeDisks([disk], qemuImg);
        return info as NonNullable<typeof info>;
      });
    },
    'vm.disks': async ({ vm }) => {
      const instance = engine.find(vm);
      return describeDisks(instance.config?.disks ?? [], (await engine.capabilities()).qemuImg?.path);
    },
    'vm.log': async ({ vm, maxBytes }) => {
      const { files } = engine.find(vm);
      const previous = await readFileTail(files.previousQemuLog, maxBytes);
      return {
        current: (await readFileTail(files.qemuLog, maxBytes)).toString('utf8'),
        previous: previous.length > 0 ? previous.toString('utf8') : null,
      };
    },
    'vm.timeline': async ({ vm }) => engine.find(vm).timeline.read(),
  };
}
