import type { OsEntry } from '../../../../shared/os-info';

export const DEFAULT_MEMORY_MIB = 2048;
export const DEFAULT_CPUS = 2;
export const DEFAULT_DISK_GIB = 20;

const GIB = 2 ** 30;

export interface Resources {
  memoryMiB: number;
  cpus: number;
  diskGiB: number;
}

const positive = (value: number | null | undefined): value is number =>
  typeof value === 'number' && value > 0;

/** The OS's recommended resources where osinfo has them, else Vireo's defaults (2 GiB, 2 CPUs, 20 GiB). */
export function recommendedResources(os: Pick<OsEntry, 'recommended'> | null): Resources {
  const { memoryMiB, vcpus, diskBytes } = os?.recommended ?? {};
  return {
    memoryMiB: positive(memoryMiB) ? memoryMiB : DEFAULT_MEMORY_MIB,
    cpus: positive(vcpus) ? vcpus : DEFAULT_CPUS,
    diskGiB: positive(diskBytes) ? Math.ceil(diskBytes / GIB) : DEFAULT_DISK_GIB,
  };
}
