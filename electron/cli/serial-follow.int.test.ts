import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { GUEST_PROMPT } from '../../e2e/guest/test-guest';
import { runCli, VIREO_BIN } from '../../e2e/support/run-cli';
import { GUEST_CMDLINE, GUEST_CMDLINE_NO_AGENT } from '../../e2e/support/guest-vm';
import { createTempHome, type TempHome } from '../../e2e/support/temp-home';
import { waitUntil } from '../../e2e/support/wait';

const guest = inject('testGuest');
let home: TempHome | undefined;

afterEach(async () => {
  if (home) await runCli(['stop', 'follow', '--force'], home.env);
  home?.remove();
  home = undefined;
});

describe('vireo serial --follow, sockets and disks', () => {
  it('streams serial output live until the VM stops; keeps sockets private; keeps disks on request', async () => {
    home = createTempHome();
    const env = home.env;
    const create = [
      'create',
      '--name',
      'follow',
      '--memory',
      '256',
      '--cpus',
      '1',
      '--disk',
      '32M',
      '--net',
      'none',
    ];
    const boot = ['--kernel', guest.kernel, '--initrd', guest.initrd, '--append', GUEST_CMDLINE_NO_AGENT];
    expect((await runCli([...create, ...boot], env)).code).toBe(0);
    expect((await runCli(['start', 'follow'], env)).code).toBe(0);

    const follower = spawn(process.execPath, [VIREO_BIN, 'serial', 'follow', '--follow'], { env });
    let streamed = '';
    follower.stdout.on('data', (chunk: Buffer) => (streamed += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => follower.once('exit', resolve));
    await waitUntil('the prompt to stream', () => streamed.includes(GUEST_PROMPT), 60_000);

    // While `serial --follow` holds the engine, other commands go through it.
    expect((await runCli(['serial', 'follow', '--send', 'echo live-$((6*7))'], env)).code).toBe(0);
    await waitUntil('the answer to stream', () => streamed.includes('live-42'), 30_000);

    const { sockets } = JSON.parse((await runCli(['status', 'follow', '--json'], env)).stdout) as {
      sockets: Record<string, string>;
    };
    for (const socket of Object.values(sockets)) {
      expect(statSync(socket).mode & 0o777).toBe(0o600);
    }
    expect(statSync(join(home.dir, 'run')).mode & 0o777).toBe(0o700);

    expect((await runCli(['shutdown', 'follow', '--timeout', '60'], env)).code).toBe(0);
    expect(await exited).toBe(0);
    expect(streamed).toContain('VIREO-GUEST-POWEROFF');

    const deleted = await runCli(['delete', 'follow', '--keep-disks'], env);
    expect(deleted.code).toBe(0);
    const kept = /Kept disk: (.+)/.exec(deleted.stdout)?.[1] ?? '';
    expect(kept).toMatch(/disk0\.qcow2$/);
    expect(existsSync(kept)).toBe(true);
    expect((await runCli(['list', '--json'], env)).stdout.trim()).toBe('[]');
  });

  it('refuses a second engine on the same data dir, naming the one that holds it', async () => {
    home = createTempHome();
    const first = spawn(process.execPath, [VIREO_BIN, 'engine'], { env: home.env });
    try {
      await new Promise<void>((resolve) =>
        first.stdout.on('data', (c: Buffer) => c.toString().includes('serving') && resolve()),
      );
      const second = await runCli(['engine'], home.env);
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(`another Vireo engine (engine, pid ${first.pid}) already manages`);
      // Commands still work: they go through the first engine.
      expect((await runCli(['list'], home.env)).code).toBe(0);
    } finally {
      first.kill('SIGTERM');
      await new Promise((resolve) => first.once('exit', resolve));
    }
  });

  it('delivers a long --send whole, even though its engine exits right after writing', async () => {
    home = createTempHome();
    const env = home.env;
    const boot = ['--kernel', guest.kernel, '--initrd', guest.initrd, '--append', GUEST_CMDLINE];
    expect(
      (
        await runCli(
          ['create', '--name', 'follow', '--memory', '256', '--cpus', '1', '--net', 'none', ...boot],
          env,
        )
      ).code,
    ).toBe(0);
    expect((await runCli(['start', 'follow'], env)).code).toBe(0);
    const history = async () => (await runCli(['serial', 'follow'], env)).stdout;
    await waitUntil('the prompt', async () => (await history()).includes(GUEST_PROMPT), 60_000, 300);
    // 200+ bytes: far more than the UART's 16-byte FIFO that QEMU feeds from the socket.
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    expect((await runCli(['serial', 'follow', '--send', `echo ${words} | wc -w`], env)).code).toBe(0);
    await waitUntil(
      'the guest to count 40 words',
      async () => /\r\n\s*40\r\n/.test(await history()),
      30_000,
      300,
    );
  });
});

describe('vireo serial --follow on a terminal, and vireo screenshot', () => {
  it('is interactive like virsh console: keys reach the guest, Ctrl+] detaches', async () => {
    home = createTempHome();
    const env = home.env;
    const boot = ['--kernel', guest.kernel, '--initrd', guest.initrd, '--append', GUEST_CMDLINE];
    const create = ['create', '--name', 'follow', '--memory', '256', '--cpus', '1', '--net', 'none', ...boot];
    expect((await runCli(create, env)).code).toBe(0);
    expect((await runCli(['start', 'follow'], env)).code).toBe(0);
    await waitUntil(
      'the prompt',
      async () => (await runCli(['serial', 'follow'], env)).stdout.includes(GUEST_PROMPT),
      60_000,
      300,
    );

    const { spawn: spawnPty } = await import('node-pty');
    const tty = spawnPty(process.execPath, [VIREO_BIN, 'serial', 'follow', '--follow'], {
      cols: 120,
      rows: 40,
      env: env as Record<string, string>,
    });
    let screen = '';
    tty.onData((data) => (screen += data));
    const exited = new Promise<number>((resolve) => tty.onExit(({ exitCode }) => resolve(exitCode)));
    await waitUntil('the attach banner', () => screen.includes('Press Ctrl+] to detach'), 20_000);
    tty.write('echo typed-$((40+2))\r');
    await waitUntil('the guest to answer', () => screen.includes('typed-42'), 20_000);
    tty.write('\x1d');
    expect(await exited).toBe(0);
    expect(screen).toContain('[detached]');
    // The VM keeps running after the console detaches.
    expect(JSON.parse((await runCli(['status', 'follow', '--json'], env)).stdout)).toMatchObject({
      state: 'running',
    });

    const png = join(home.dir, 'screen shot.png');
    const shot = await runCli(['screenshot', 'follow', png, '--json'], env);
    expect(shot.code).toBe(0);
    const { width, height } = JSON.parse(shot.stdout) as { width: number; height: number };
    const bytes = readFileSync(png);
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([width, height]);
  });
});
