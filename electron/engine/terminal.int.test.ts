import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../../e2e/fixtures/launch-web';
import { startEngine, type EngineHarness } from '../../e2e/support/engine-harness';
import { SSHD, startTestSshd, type TestSshd } from '../../e2e/support/sshd';
import { waitUntil } from '../../e2e/support/wait';

let harness: EngineHarness | undefined;
let sshd: TestSshd | undefined;

afterEach(async () => {
  sshd?.stop();
  await harness?.dispose();
  harness = undefined;
  sshd = undefined;
});

describe('SSH terminal (node-pty + the system ssh client)', () => {
  it.skipIf(!existsSync(SSHD))(
    'opens a terminal on the forwarded SSH port and shows the remote shell (needs Debian openssh-server)',
    async () => {
      const port = await freePort();
      sshd = await startTestSshd(port);
      harness = await startEngine();
      const { client } = harness;
      // The VM's forward to guest port 22 is what the terminal connects to; here a real sshd answers there.
      await client.invoke('vm.create', {
        name: 'ssh',
        memoryMiB: 64,
        forwards: [{ protocol: 'tcp', hostPort: port, guestPort: 22 }],
      });
      let output = '';
      let exit: { code: number | null } | undefined;
      let received = 0;
      client.on('terminal.output', (event) => {
        output += event.data;
        received += Buffer.byteLength(event.data);
      });
      client.on('terminal.exit', (event) => (exit = event));
      const { id, command } = await client.invoke('terminal.open', {
        vm: 'ssh',
        user: userInfo().username,
        identityFile: sshd.identityFile,
        cols: 100,
        rows: 30,
      });
      expect(command).toEqual(
        expect.arrayContaining(['-p', String(port), `${userInfo().username}@127.0.0.1`]),
      );
      await waitUntil('the remote prompt', () => /[$#] $/.test(output.trimEnd() + ' '), 20_000);
      await client.invoke('terminal.ack', { id, bytes: received });
      await client.invoke('terminal.resize', { id, cols: 120, rows: 40 });
      await client.invoke('terminal.input', { id, data: 'stty size; echo vireo-ssh-$((6*7))\r' });
      await waitUntil('the command output', () => output.includes('vireo-ssh-42'), 10_000);
      expect(output).toContain('40 120');
      await client.invoke('terminal.input', { id, data: 'exit\r' });
      await waitUntil('ssh to exit', () => exit, 10_000);
      expect(exit?.code).toBe(0);
      // The guest's host key was learned into Vireo's own known_hosts, not the user's.
      expect(readFileSync(join(harness.home.paths.configDir, 'known_hosts'), 'utf8')).toContain(
        'ssh-ed25519 ',
      );
      expect(output).not.toContain('Failed to add the host');
    },
  );

  it('says plainly when the VM has no SSH forward', async () => {
    harness = await startEngine();
    await harness.client.invoke('vm.create', { name: 'nossh', memoryMiB: 64, network: 'none' });
    await expect(harness.client.invoke('terminal.open', { vm: 'nossh' })).rejects.toMatchObject({
      code: 'INVALID_STATE',
      message: expect.stringContaining('no TCP port forward to guest port 22'),
    });
  });
});
