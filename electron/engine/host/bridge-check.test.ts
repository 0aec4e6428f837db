import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bridgeProblem, hostBridges, type BridgeHost } from './bridge-check';

let dir: string;
let host: BridgeHost;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vireo-bridge-'));
  const net = join(dir, 'net');
  mkdirSync(join(net, 'br0', 'bridge'), { recursive: true });
  mkdirSync(join(net, 'eth0'), { recursive: true });
  const helper = join(dir, 'qemu-bridge-helper');
  writeFileSync(helper, '#!/bin/sh\n');
  chmodSync(helper, 0o755);
  host = {
    sysClassNet: net,
    helperPaths: [join(dir, 'missing'), helper],
    aclFile: join(dir, 'bridge.conf'),
    uid: 0,
  };
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('bridge checks', () => {
  it('lists the bridges, not the other interfaces', async () => {
    expect(await hostBridges(host)).toEqual(['br0']);
  });

  it('says what is missing, one thing at a time, and nothing once all is there', async () => {
    expect(await bridgeProblem('br1', host)).toContain('there is no network interface "br1"');
    expect(await bridgeProblem('eth0', host)).toContain('"eth0" is a network interface but not a bridge');
    expect(await bridgeProblem('br0', { ...host, helperPaths: [] })).toContain(
      'qemu-bridge-helper is not installed',
    );
    expect(await bridgeProblem('br0', host)).toContain(
      'does not exist, so qemu-bridge-helper allows no bridge',
    );
    writeFileSync(host.aclFile, 'allow virbr0\n');
    expect(await bridgeProblem('br0', host)).toContain('add the line "allow br0"');
    writeFileSync(host.aclFile, '# ours\nallow br0\n');
    expect(await bridgeProblem('br0', host)).toBeNull();
    writeFileSync(host.aclFile, 'allow all\ndeny br0\n');
    expect(await bridgeProblem('br0', host)).toContain('does not allow bridge "br0"');
  });

  it('needs a setuid-root helper for a user that is not root', async () => {
    writeFileSync(host.aclFile, 'allow all\n');
    const helper = host.helperPaths[1] as string;
    expect(await bridgeProblem('br0', { ...host, uid: 1000 })).toContain(`sudo chmod u+s ${helper}`);
    if (process.getuid?.() === 0) {
      chmodSync(helper, 0o4755);
      expect(await bridgeProblem('br0', { ...host, uid: 1000 })).toBeNull();
    }
  });
});
