import { randomUUID } from 'node:crypto';
import { VmStore } from '../../electron/engine/vm-store';
import type { VireoPaths } from '../../electron/engine/paths';
import { CONFIG_SCHEMA_VERSION, vmConfigSchema } from '../../shared/vm-config';

/** Writes `count` VM configs (no disks, never started) straight into a data dir, before an engine opens it. */
export async function seedVms(paths: VireoPaths, count: number, prefix = 'bench-vm-'): Promise<void> {
  const store = new VmStore(paths);
  for (let i = 0; i < count; i++) {
    await store.save(
      vmConfigSchema.parse({
        schemaVersion: CONFIG_SCHEMA_VERSION,
        uuid: randomUUID(),
        name: `${prefix}${String(i).padStart(3, '0')}`,
        createdAt: new Date().toISOString(),
        memoryMiB: 512 + (i % 8) * 256,
        cpu: { count: 1 + (i % 4) },
        network: { mode: 'none' },
        display: { vnc: false, vga: 'none' },
      }),
    );
  }
}
