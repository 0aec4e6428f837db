import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { vmConfigSchema } from '../../../shared/vm-config';
import { buildQemuArgv, type LaunchContext } from './argv';

/**
 * Golden tests, as libvirt's qemuxmlconftest: each argv-golden/NAME.json holds a VM config and the
 * launch context; NAME.argv the expected argv, one argument per line. Review the .argv diff like code.
 * Regenerate with: VIREO_UPDATE_GOLDEN=1 npx vitest run electron/engine/qemu/argv.test.ts
 */
const dir = join(import.meta.dirname, 'argv-golden');
const update = process.env.VIREO_UPDATE_GOLDEN === '1';

const caseSchema = z.object({
  accel: z.enum(['kvm', 'tcg']),
  runtimeDir: z.string(),
  dataDir: z.string(),
  config: z.unknown(),
  /** What the firmware descriptors resolve to on the machine, for UEFI VMs. */
  firmware: z
    .object({ code: z.string(), codeFormat: z.enum(['raw', 'qcow2']), requiresSmm: z.boolean() })
    .optional(),
  /** The shares a virtiofsd serves on the machine (root, virtiofsd installed). */
  virtiofsTags: z.array(z.string()).optional(),
});

function contextFor(accel: 'kvm' | 'tcg', runtimeDir: string, dataDir: string): LaunchContext {
  return {
    accel,
    paths: {
      pidfile: `${runtimeDir}/qemu.pid`,
      qmpSocket: `${runtimeDir}/qmp.sock`,
      vncSocket: `${runtimeDir}/vnc.sock`,
      consoleSocket: (id) => `${runtimeDir}/${id === 'serial0' ? 'serial' : id}.sock`,
      consoleLog: (id) => `${dataDir}/${id === 'serial0' ? 'serial' : id}.log`,
      agentSocket: `${runtimeDir}/qga.sock`,
      nvram: `${dataDir}/nvram.qcow2`,
      tpmSocket: `${runtimeDir}/swtpm.sock`,
      virtiofsSocket: (index) => `${runtimeDir}/vfs${index}.sock`,
    },
  };
}

const cases = readdirSync(dir)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.slice(0, -'.json'.length))
  .sort();

describe('QEMU argv golden files', () => {
  it('has at least 12 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  it.each(cases)('%s', (name) => {
    const input = caseSchema.parse(JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')));
    const config = vmConfigSchema.parse(input.config);
    const context = contextFor(input.accel, input.runtimeDir, input.dataDir);
    const argv = buildQemuArgv(config, {
      ...context,
      ...(input.firmware ? { firmware: input.firmware } : {}),
      ...(input.virtiofsTags ? { virtiofsTags: input.virtiofsTags } : {}),
    });
    const actual = `${argv.join('\n')}\n`;
    const goldenPath = join(dir, `${name}.argv`);
    if (update) writeFileSync(goldenPath, actual);
    expect(actual).toBe(readFileSync(goldenPath, 'utf8'));
  });
});
