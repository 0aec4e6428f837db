import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { GUEST_CIDATA_HOSTNAME_MARKER, GUEST_PROMPT } from '../../e2e/guest/test-guest';
import { startEngine, type EngineHarness } from '../../e2e/support/engine-harness';
import { GUEST_CMDLINE } from '../../e2e/support/guest-vm';
import { runCli } from '../../e2e/support/run-cli';
import { SerialReader } from '../../e2e/support/serial-reader';
import { waitUntil } from '../../e2e/support/wait';
import { serveControlSocket } from './control/control-server';

const guest = inject('testGuest');
let harness: EngineHarness | undefined;
let server: Server | undefined;

afterEach(async () => {
  server?.close();
  server = undefined;
  await harness?.dispose();
  harness = undefined;
});

/** Serves one file over real HTTP on a loopback port, with its Content-Length. */
async function serveFile(path: string): Promise<string> {
  const body = readFileSync(path);
  const http = createServer((_request, response) => {
    response.writeHead(200, { 'content-length': body.length, 'content-type': 'application/octet-stream' });
    response.end(body);
  });
  server = http;
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as { port: number };
  return `http://127.0.0.1:${port}/images/tiny-cloud.qcow2`;
}

describe('cloud images with a NoCloud seed (real QEMU TCG, real HTTP)', () => {
  it('downloads the image, checks its SHA-256, bases the disk on it, and the guest reads the seed', async () => {
    harness = await startEngine();
    const { client, home } = harness;
    const image = join(home.dir, 'tiny-cloud.qcow2');
    execFileSync('qemu-img', ['create', '-q', '-f', 'qcow2', image, '64M']);
    const sha256 = createHash('sha256').update(readFileSync(image)).digest('hex');
    const url = await serveFile(image);
    const key = join(home.dir, 'id_ed25519.pub');
    writeFileSync(
      key,
      'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl ana@laptop\n',
    );
    const control = await serveControlSocket(harness.engine);
    try {
      const common = [
        'create',
        '--memory',
        '192',
        '--cpus',
        '1',
        '--net',
        'none',
        '--kernel',
        guest.kernel,
        '--initrd',
        guest.initrd,
        '--append',
        GUEST_CMDLINE,
        '--cloud-image',
        url,
      ];
      const wrongSum = await runCli([...common, '--name', 'bad', '--sha256', '0'.repeat(64)], home.env);
      expect(wrongSum.code).toBe(2);
      expect(wrongSum.stderr).toContain(`SHA-256 is ${sha256}`);
      const badHost = await runCli([...common, '--name', 'bad', '--hostname', 'no_underscores'], home.env);
      expect(badHost.code).toBe(2);
      expect(badHost.stderr).toContain('hostname');
      // Nothing of the failed attempts is left: no VM, no downloaded base.
      expect((await client.invoke('vm.list', {})).map((vm) => vm.name)).toEqual([]);
      const bases = join(harness.home.paths.dataDir, 'bases');
      expect(existsSync(bases) ? readdirSync(bases) : []).toEqual([]);

      const made = await runCli(
        [
          ...common,
          '--name',
          'cloudy',
          '--sha256',
          sha256,
          '--hostname',
          'seeded',
          '--user',
          'ana',
          '--ssh-key',
          key,
        ],
        home.env,
      );
      expect(made.stderr).toBe('');
      expect(made.code).toBe(0);
    } finally {
      await control.close();
    }
    const disks = await client.invoke('vm.disks', { vm: 'cloudy' });
    expect(disks.find((d) => d.id === 'disk0')?.backingChain[0]).toContain(join('bases', ''));
    expect(disks.find((d) => d.id === 'seed0')).toMatchObject({ readOnly: true });

    const serial = await SerialReader.open(client, 'cloudy');
    await client.invoke('vm.start', { vm: 'cloudy' });
    const seen = await serial.waitFor(`${GUEST_CIDATA_HOSTNAME_MARKER}seeded`);
    await serial.waitFor(GUEST_PROMPT, 60_000, seen);
    expect(await serial.run('cat /mnt/cidata/user-data')).toContain('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5');

    // The downloaded image goes with the last VM built on it.
    await client.invoke('vm.forceOff', { vm: 'cloudy' });
    await client.invoke('vm.delete', { vm: 'cloudy' });
    const bases = join(harness.home.paths.dataDir, 'bases');
    await waitUntil('the downloaded base to go', () => readdirSync(bases).length === 0, 10_000, 100);
  });
});
