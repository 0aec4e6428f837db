import { afterEach, describe, expect, inject, it } from 'vitest';
import { GUEST_READY_MARKER } from '../../e2e/guest/test-guest';
import { startEngine, type EngineHarness } from '../../e2e/support/engine-harness';
import { spawnEngineProcess } from '../../e2e/support/engine-process';
import { GUEST_CMDLINE, guestCreateArgs } from '../../e2e/support/guest-vm';
import { runCli } from '../../e2e/support/run-cli';
import { SerialReader } from '../../e2e/support/serial-reader';
import { createTempHome, type TempHome } from '../../e2e/support/temp-home';
import { waitUntil } from '../../e2e/support/wait';

const guest = inject('testGuest');
let harness: EngineHarness | undefined;
let home: TempHome | undefined;

afterEach(async () => {
  if (harness) await harness.dispose();
  else home?.remove();
  harness = undefined;
  home = undefined;
});

const bootArgs = (name: string) => guestCreateArgs(guest, name);

describe('engine restarts (real QEMU, TCG)', () => {
  it('re-attaches to two running VMs after the engine is killed with SIGKILL, losing nothing', async () => {
    home = createTempHome();
    const engineProcess = await spawnEngineProcess(home.env);
    for (const name of ['alpha', 'beta']) {
      expect((await runCli(bootArgs(name), home.env)).code).toBe(0);
      expect((await runCli(['start', name], home.env)).code).toBe(0);
    }
    const env = home.env;
    const history = async (name: string) => (await runCli(['serial', name], env)).stdout;
    for (const name of ['alpha', 'beta']) {
      await waitUntil(
        `${name} to boot`,
        async () => (await history(name)).includes('vireo-guest# '),
        60_000,
        300,
      );
    }
    const before = JSON.parse((await runCli(['list', '--json'], home.env)).stdout) as Array<{
      name: string;
      pid: number;
    }>;
    await runCli(['serial', 'alpha', '--send', 'echo before-kill'], home.env);
    await waitUntil(
      'alpha to answer',
      async () => (await history('alpha')).includes('\nbefore-kill'),
      30_000,
      200,
    );

    engineProcess.kill('SIGKILL');
    await new Promise((resolve) => engineProcess.once('exit', resolve));

    harness = await startEngine(home);
    const { client } = harness;
    const after = await client.invoke('vm.list', {});
    expect(after.map((vm) => [vm.name, vm.state, vm.pid])).toEqual(
      before.map((vm) => [vm.name, 'running', vm.pid]),
    );

    // QMP is ours again: pause and resume work.
    expect((await client.invoke('vm.pause', { vm: 'beta' })).state).toBe('paused');
    expect((await client.invoke('vm.resume', { vm: 'beta' })).state).toBe('running');

    // Serial history survived, and the serial port is connected again.
    const alphaHistory = Buffer.from(
      (await client.invoke('serial.history', { vm: 'alpha' })).data,
      'base64',
    ).toString();
    expect(alphaHistory).toContain(GUEST_READY_MARKER);
    expect(alphaHistory).toContain('before-kill');
    const serial = await SerialReader.open(client, 'alpha');
    expect(await serial.run('echo after-$((40+2))')).toContain('after-42');
  });

  it('marks a VM crashed within 1 s when its QEMU is killed, with the log tail', async () => {
    harness = await startEngine();
    const { client } = harness;
    await client.invoke('vm.create', {
      name: 'victim',
      memoryMiB: 128,
      cpus: 1,
      kernel: guest.kernel,
      initrd: guest.initrd,
      cmdline: GUEST_CMDLINE,
      network: 'none',
    });
    const { pid } = await client.invoke('vm.start', { vm: 'victim' });
    const crashed = new Promise<number>((resolve) =>
      client.on('vm.stateChanged', (vm) => vm.state === 'crashed' && resolve(Date.now())),
    );
    const killedAt = Date.now();
    process.kill(pid as number, 'SIGKILL');
    expect((await crashed) - killedAt).toBeLessThanOrEqual(1000);
    const { status } = await client.invoke('vm.get', { vm: 'victim' });
    expect(status.state).toBe('crashed');
    expect(status.pid).toBeNull();
    expect(status.lastExit?.kind).toBe('crashed');
    expect(status.lastExit?.logTail.some((line) => line.includes('vireo: starting'))).toBe(true);

    // A crashed VM starts again, and its crash record is cleared.
    const again = await client.invoke('vm.start', { vm: 'victim' });
    expect(again.state).toBe('running');
    expect(again.lastExit).toBeNull();
  });

  it('notices a crash that happened while no engine was running', async () => {
    home = createTempHome();
    const first = await startEngine(home);
    await first.client.invoke('vm.create', { name: 'orphan', memoryMiB: 128, cpus: 1, network: 'none' });
    const { pid } = await first.client.invoke('vm.start', { vm: 'orphan' });
    first.client.close();
    await first.engine.close();

    process.kill(pid as number, 'SIGKILL');
    await waitUntil('QEMU to die', () => {
      try {
        process.kill(pid as number, 0);
        return false;
      } catch {
        return true;
      }
    });

    harness = await startEngine(home);
    const { status } = await harness.client.invoke('vm.get', { vm: 'orphan' });
    expect(status.state).toBe('crashed');
    expect(status.lastExit?.reason).toMatch(/without being asked/);
  });

  it('records a clean stop, not a crash, for a guest that powers off while no engine runs', async () => {
    home = createTempHome();
    const env = home.env;
    expect((await runCli(bootArgs('quiet'), env)).code).toBe(0);
    expect((await runCli(['start', 'quiet'], env)).code).toBe(0);
    await waitUntil(
      'boot',
      async () => (await runCli(['serial', 'quiet'], env)).stdout.includes(GUEST_READY_MARKER),
      60_000,
      300,
    );
    // Each command is its own engine here: this one sends the power button and exits at once.
    const asked = await runCli(['shutdown', 'quiet'], env);
    expect(asked.stdout).toContain('Asked "quiet" to power off');
    const status = async () =>
      JSON.parse((await runCli(['status', 'quiet', '--json'], env)).stdout) as {
        state: string;
        lastExit: { kind: string } | null;
      };
    const stopped = await waitUntil(
      'a stopped state',
      async () => {
        const current = await status();
        return current.state === 'stopped' || current.state === 'crashed' ? current : undefined;
      },
      30_000,
      300,
    );
    expect(stopped).toMatchObject({ state: 'stopped', lastExit: { kind: 'shutdown' } });
    expect((await status()).state).toBe('stopped');
  });
});
