import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { eventNames, events, isEventName, isRequestName, requestNames, requests } from './contract';
import { createVmParamsSchema, updateVmParamsSchema } from './vm-requests';

/** Each issue as "path: message". */
function issues(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the contract', () => {
  describe('requests', () => {
    it('declares the requests every client relies on', () => {
      expect(requestNames).toEqual(
        expect.arrayContaining(['engine.info', 'vm.list', 'vm.create', 'vm.start']),
      );
      expect(requestNames).toEqual(Object.keys(requests));
    });

    it.each(Object.entries(requests))('%s has zod params and result schemas', (_name, spec) => {
      expect(Object.keys(spec).sort()).toEqual(['params', 'result']);
      expect(spec.params).toBeInstanceOf(z.ZodType);
      expect(spec.result).toBeInstanceOf(z.ZodType);
    });

    it('isRequestName accepts declared names only, not inherited properties', () => {
      for (const name of requestNames) expect(isRequestName(name)).toBe(true);
      expect(isRequestName('vm.explode')).toBe(false);
      expect(isRequestName('constructor')).toBe(false);
      expect(isRequestName('toString')).toBe(false);
      expect(isRequestName(42)).toBe(false);
    });

    it('a request naming a VM refuses an empty reference', () => {
      expect(issues(requests['vm.start'].params, { vm: '' })).toEqual(['vm: a VM name or uuid is required']);
      expect(issues(requests['vm.start'].params, {})).toEqual([expect.stringMatching(/^vm: /)]);
    });

    it('vm.shutdown and vm.delete fill in their defaults', () => {
      expect(requests['vm.shutdown'].params.parse({ vm: 'web' })).toEqual({
        vm: 'web',
        timeoutSec: 0,
        force: false,
      });
      expect(requests['vm.delete'].params.parse({ vm: 'web' })).toEqual({ vm: 'web', keepDisks: false });
    });
  });

  describe('events', () => {
    it.each(Object.entries(events))('%s has a zod payload schema', (_name, schema) => {
      expect(schema).toBeInstanceOf(z.ZodType);
    });

    it('isEventName accepts declared names only', () => {
      expect(eventNames).toEqual(Object.keys(events));
      for (const name of eventNames) expect(isEventName(name)).toBe(true);
      expect(isEventName('vm.start')).toBe(false);
      expect(isEventName('hasOwnProperty')).toBe(false);
      expect(isEventName(undefined)).toBe(false);
    });
  });
});

describe('createVmParamsSchema', () => {
  it('fills in the defaults for a name alone', () => {
    expect(createVmParamsSchema.parse({ name: 'web' })).toEqual({
      name: 'web',
      description: '',
      memoryMiB: 2048,
      cpus: 2,
      diskBus: 'virtio',
      emptyCdrom: false,
      network: 'user',
      forwards: [],
      accel: 'auto',
      machine: 'q35',
      vnc: true,
      serial: true,
      extraConsoles: [],
      extraArgs: [],
      firmware: 'bios',
      secureBoot: false,
      tpm: false,
    });
  });

  it('keeps explicit values over the defaults', () => {
    const parsed = createVmParamsSchema.parse({
      name: 'web',
      memoryMiB: 512,
      cpus: 1,
      network: 'none',
      accel: 'tcg',
    });
    expect(parsed).toMatchObject({ memoryMiB: 512, cpus: 1, network: 'none', accel: 'tcg' });
  });

  it('accepts a kernel with an initrd and a command line', () => {
    const params = {
      name: 'web',
      kernel: '/boot/vmlinuz',
      initrd: '/boot/initrd.img',
      cmdline: 'console=ttyS0',
    };
    expect(issues(createVmParamsSchema, params)).toEqual([]);
  });

  it('refuses an initrd without a kernel', () => {
    expect(issues(createVmParamsSchema, { name: 'web', initrd: '/boot/initrd.img' })).toEqual([
      'kernel: an initrd or kernel command line needs a kernel',
    ]);
  });

  it('refuses a kernel command line without a kernel', () => {
    expect(issues(createVmParamsSchema, { name: 'web', cmdline: 'console=ttyS0' })).toEqual([
      'kernel: an initrd or kernel command line needs a kernel',
    ]);
  });

  it('refuses port forwards when networking is off', () => {
    const params = { name: 'web', network: 'none', forwards: [{ hostPort: 2222, guestPort: 22 }] };
    expect(issues(createVmParamsSchema, params)).toEqual([
      'forwards: port forwards need user-mode networking',
    ]);
  });

  it('accepts port forwards with user-mode networking', () => {
    const parsed = createVmParamsSchema.parse({ name: 'web', forwards: [{ hostPort: 2222, guestPort: 22 }] });
    expect(parsed.forwards).toEqual([
      { protocol: 'tcp', hostAddress: '127.0.0.1', hostPort: 2222, guestPort: 22 },
    ]);
  });

  it('refuses a relative ISO path', () => {
    expect(issues(createVmParamsSchema, { name: 'web', iso: 'debian.iso' })).toEqual([
      'iso: ISO path must be absolute',
    ]);
  });

  it('refuses a relative existing-disk path', () => {
    const params = { name: 'web', existingDisk: { path: 'disk.qcow2', format: 'qcow2' } };
    expect(issues(createVmParamsSchema, params)).toEqual(['existingDisk.path: disk path must be absolute']);
  });

  it('refuses a bad name with the name problem', () => {
    expect(issues(createVmParamsSchema, { name: '..' })).toEqual(['name: must not be ".."']);
  });

  it('refuses memory and CPU counts out of range', () => {
    expect(issues(createVmParamsSchema, { name: 'web', memoryMiB: 8 })).toEqual([
      expect.stringMatching(/^memoryMiB: /),
    ]);
    expect(issues(createVmParamsSchema, { name: 'web', cpus: 0 })).toEqual([
      expect.stringMatching(/^cpus: /),
    ]);
    expect(issues(createVmParamsSchema, { name: 'web', cpus: 256 })).toEqual([
      expect.stringMatching(/^cpus: /),
    ]);
  });
});

describe('updateVmParamsSchema', () => {
  it('accepts a partial set of changes', () => {
    expect(updateVmParamsSchema.parse({ vm: 'web', changes: { memoryMiB: 4096 } })).toEqual({
      vm: 'web',
      changes: { memoryMiB: 4096 },
    });
    expect(issues(updateVmParamsSchema, { vm: 'web', changes: {} })).toEqual([]);
  });

  it('refuses unknown keys in the changes, naming them', () => {
    const result = updateVmParamsSchema.safeParse({ vm: 'web', changes: { memoryMiB: 4096, uuid: 'x' } });
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.code).toBe('unrecognized_keys');
    expect(issue?.path).toEqual(['changes']);
    expect(issue?.message).toContain('uuid');
  });

  it('validates the values it does accept', () => {
    expect(issues(updateVmParamsSchema, { vm: 'web', changes: { name: 'a/b' } })).toEqual([
      'changes.name: must not contain "/": "a/b"',
    ]);
    expect(issues(updateVmParamsSchema, { vm: '', changes: {} })).toEqual([expect.stringMatching(/^vm: /)]);
  });
});
