import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { GUEST_PROMPT } from '../../e2e/guest/test-guest';
import { startEngine, type EngineHarness } from '../../e2e/support/engine-harness';
import { guestKernelBoot } from '../../e2e/support/guest-vm';
import { SerialReader } from '../../e2e/support/serial-reader';
import { waitUntil } from '../../e2e/support/wait';
import { isProcessAlive } from './process/process-info';
import { findUefiFirmware } from './firmware/firmware-descriptors';

const guest = inject('testGuest');
const MiB = 1024 * 1024;
let harness: EngineHarness | undefined;

afterEach(async () => {
  await harness?.dispose();
  harness = undefined;
});

/** A UEFI variable of our own vendor GUID, through the guest's efivarfs. */
const VAR = '/sys/firmware/efi/efivars/VireoTest-3f0c1a52-5d2e-4b8e-9c61-7a0e2f6d4b11';
const MOUNT_EFIVARS = 'mount -t efivarfs efivarfs /sys/firmware/efi/efivars 2>/dev/null; true';

describe('UEFI firmware and TPM (real OVMF and swtpm, TCG)', () => {
  it('boots OVMF with a TPM the guest sees; a RAM snapshot reverts; NVRAM survives a restart; reset NVRAM', async () => {
    harness = await startEngine();
    const { client, engine } = harness;
    await client.invoke('vm.create', {
      name: 'efi',
      memoryMiB: 256,
      cpus: 1,
      network: 'none',
      firmware: 'uefi',
      tpm: true,
      diskSizeBytes: 32 * MiB,
      ...guestKernelBoot(guest),
    });
    const vm = engine.find('efi');
    const serial = await SerialReader.open(client, 'efi');
    await client.invoke('vm.start', { vm: 'efi' });
    await serial.waitFor(GUEST_PROMPT, 120_000);

    expect(await serial.run('ls /sys/firmware/efi/runtime >/dev/null && echo UEFI-YES')).toContain(
      'UEFI-YES',
    );
    expect(await serial.run('ls /dev/tpm0')).toContain('/dev/tpm0');
    const swtpmPid = Number(readFileSync(vm.files.tpmPidfile, 'utf8'));
    expect(await isProcessAlive(swtpmPid)).toBe(true);

    // A variable the guest writes lands in the VM's own variable store.
    await serial.run(MOUNT_EFIVARS);
    await serial.run(`printf '\\007\\000\\000\\000vireo-nvram' > ${VAR}`);
    expect(await serial.run(`cat ${VAR}`)).toContain('vireo-nvram');

    // A snapshot with memory, then a change, then back.
    await client.invoke('snapshot.create', { vm: 'efi', name: 'clean' });
    await serial.run('echo changed > /tmp/marker');
    await client.invoke('snapshot.revert', { vm: 'efi', name: 'clean' });
    expect(await serial.run('cat /tmp/marker 2>&1')).toContain('No such file');

    await client.invoke('vm.forceOff', { vm: 'efi' });
    // swtpm ends with its QEMU.
    await waitUntil('swtpm to exit with QEMU', async () => !(await isProcessAlive(swtpmPid)), 10_000, 100);
    expect(readdirSync(vm.files.tpmState).length).toBeGreaterThan(0);

    await client.invoke('vm.start', { vm: 'efi' });
    await serial.waitFor(GUEST_PROMPT, 120_000, serial.output.length);
    await serial.run(MOUNT_EFIVARS);
    expect(await serial.run(`cat ${VAR}`)).toContain('vireo-nvram');
    await expect(client.invoke('vm.resetNvram', { vm: 'efi' })).rejects.toMatchObject({
      code: 'INVALID_STATE',
    });
    await client.invoke('vm.forceOff', { vm: 'efi' });

    await client.invoke('vm.resetNvram', { vm: 'efi' });
    const template = (await findUefiFirmware({ secureBoot: false, machine: 'q35' })).varsTemplate.filename;
    // Same contents as the template again: qemu-img compare exits 0.
    execFileSync('qemu-img', ['compare', '-f', 'raw', '-F', 'qcow2', template, vm.files.nvram]);
  });

  it('says what to install when swtpm is missing, and leaves nothing running', async () => {
    harness = await startEngine();
    const { client, engine } = harness;
    engine.env.VIREO_SWTPM = '/nonexistent/swtpm';
    await client.invoke('vm.create', {
      name: 'tpm',
      memoryMiB: 128,
      network: 'none',
      tpm: true,
      ...guestKernelBoot(guest),
    });
    await expect(client.invoke('vm.start', { vm: 'tpm' })).rejects.toMatchObject({
      message: expect.stringContaining('sudo apt install swtpm'),
    });
    const status = (await client.invoke('vm.get', { vm: 'tpm' })).status;
    expect(status.state).toBe('stopped');
    expect(existsSync(engine.find('tpm').files.runtimeDir)).toBe(false);
  });
});
