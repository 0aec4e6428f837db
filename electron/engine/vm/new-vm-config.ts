import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { z } from 'zod';
import { CONFIG_SCHEMA_VERSION, vmConfigSchema, type VmConfig } from '../../../shared/vm-config';
import type { createVmParamsSchema } from '../../../shared/vm-requests';

export type ParsedCreateParams = z.output<typeof createVmParamsSchema>;

export const CLOUD_INIT_SEED = 'cidata.iso';

export function randomMac(): string {
  const bytes = [...randomBytes(3)].map((b) => b.toString(16).padStart(2, '0'));
  return ['52', '54', '00', ...bytes].join(':');
}

/**
 * The config of a new VM, before anything touches the disk. Boot order follows what the user gave:
 * install media first, then the disk.
 */
export function newVmConfig(
  params: ParsedCreateParams,
  context: { uuid?: string; dataDir: string; diskDir?: string; createdAt?: string; mac?: string },
): VmConfig {
  const uuid = context.uuid ?? randomUUID();
  const disks: VmConfig['disks'] = [];
  const diskDir = context.diskDir ?? context.dataDir;
  // In a shared disk folder the uuid keeps VMs' files apart.
  const diskName = diskDir === context.dataDir ? 'disk0.qcow2' : `${uuid}-disk0.qcow2`;
  if (params.diskSizeBytes !== undefined || params.importDisk || params.cloudInit) {
    disks.push({
      id: 'disk0',
      path: join(diskDir, diskName),
      format: 'qcow2',
      bus: params.diskBus,
      readOnly: false,
      managed: true,
    });
  }
  if (params.existingDisk) {
    disks.push({
      id: `disk${disks.length}`,
      path: params.existingDisk.path,
      format: params.existingDisk.format,
      bus: params.diskBus,
      readOnly: false,
      managed: false,
    });
  }
  if (params.cloudInit) {
    // The NoCloud seed: a small read-only volume labelled "cidata" that cloud-init looks for.
    disks.push({
      id: 'seed0',
      path: join(context.dataDir, CLOUD_INIT_SEED),
      format: 'raw',
      bus: 'virtio',
      readOnly: true,
      managed: true,
    });
  }
  const cdrom = params.iso
    ? { id: 'cdrom0', path: params.iso }
    : params.emptyCdrom
      ? { id: 'cdrom0', path: null }
      : null;
  return vmConfigSchema.parse({
    schemaVersion: CONFIG_SCHEMA_VERSION,
    uuid,
    name: params.name,
    description: params.description,
    createdAt: context.createdAt ?? new Date().toISOString(),
    os: params.os ?? null,
    memoryMiB: params.memoryMiB,
    cpu: { count: params.cpus, ...(params.maxCpus === undefined ? {} : { maxCount: params.maxCpus }) },
    memoryHotplug: params.maxMemoryMiB === undefined ? null : { maxMiB: params.maxMemoryMiB },
    machine: params.machine,
    accel: params.accel,
    firmware: params.firmware,
    secureBoot: params.secureBoot,
    tpm: params.tpm,
    disks,
    cdrom,
    directKernel: params.kernel
      ? { kernel: params.kernel, initrd: params.initrd, cmdline: params.cmdline ?? '' }
      : null,
    network:
      params.network === 'user'
        ? { mode: 'user', id: 'net0', mac: context.mac ?? randomMac(), forwards: params.forwards }
        : params.network === 'bridge'
          ? { mode: 'bridge', id: 'net0', mac: context.mac ?? randomMac(), bridge: params.bridge ?? '' }
          : { mode: 'none' },
    display: { vnc: params.vnc, vga: 'std' },
    serial: params.serial,
    // Install media first; an imported disk boots on its own.
    bootOrder: [
      ...(cdrom?.path ? [cdrom.id] : []),
      ...disks.filter((d) => d.id !== 'seed0').map((d) => d.id),
      ...(cdrom && !cdrom.path ? [cdrom.id] : []),
    ],
    extraConsoles: params.extraConsoles,
    extraArgs: params.extraArgs,
  } satisfies z.input<typeof vmConfigSchema>);
}
