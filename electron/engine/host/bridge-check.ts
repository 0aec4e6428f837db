import { constants } from 'node:fs';
import { access, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface BridgeHost {
  /** Where network interfaces are listed (/sys/class/net). */
  sysClassNet: string;
  /** Where distributions install QEMU's bridge helper, first found wins. */
  helperPaths: readonly string[];
  /** The helper's access list: which bridges users may attach to. */
  aclFile: string;
  /** The engine's uid: root needs no setuid helper. */
  uid: number;
}

export const defaultBridgeHost = (): BridgeHost => ({
  sysClassNet: '/sys/class/net',
  helperPaths: ['/usr/lib/qemu/qemu-bridge-helper', '/usr/libexec/qemu-bridge-helper'],
  aclFile: '/etc/qemu/bridge.conf',
  uid: process.getuid?.() ?? -1,
});

const exists = (path: string) =>
  access(path, constants.F_OK).then(
    () => true,
    () => false,
  );

/** The host's network bridges (interfaces with a bridge/ folder in sysfs), sorted. */
export async function hostBridges(host: BridgeHost = defaultBridgeHost()): Promise<string[]> {
  const names = await readdir(host.sysClassNet).catch(() => []);
  const bridges: string[] = [];
  for (const name of names) if (await exists(join(host.sysClassNet, name, 'bridge'))) bridges.push(name);
  return bridges.sort();
}

/**
 * Why a VM cannot join `bridge` through qemu-bridge-helper here, with what to do about it; null
 * when nothing stands in the way (as far as this user can see: an access list it cannot read is
 * the helper's business).
 */
export async function bridgeProblem(
  bridge: string,
  host: BridgeHost = defaultBridgeHost(),
): Promise<string | null> {
  if (!(await exists(join(host.sysClassNet, bridge))))
    return `there is no network interface "${bridge}" on this host: create a bridge (e.g. nmcli connection add type bridge ifname ${bridge}) or choose an existing one`;
  if (!(await exists(join(host.sysClassNet, bridge, 'bridge'))))
    return `"${bridge}" is a network interface but not a bridge: VMs join the LAN through a bridge that holds it`;
  let helper: string | undefined;
  for (const path of host.helperPaths) if (await exists(path)) helper ??= path;
  if (!helper)
    return 'qemu-bridge-helper is not installed (Debian/Ubuntu: qemu-system-common; Fedora: qemu-common)';
  if (host.uid !== 0) {
    const info = await stat(helper);
    if (info.uid !== 0 || (info.mode & 0o4000) === 0)
      return `${helper} is not setuid root, so it cannot attach VMs to bridges: sudo chmod u+s ${helper}`;
  }
  let acl: string;
  try {
    acl = await readFile(host.aclFile, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EACCES') return null;
    return `${host.aclFile} does not exist, so qemu-bridge-helper allows no bridge: add the line "allow ${bridge}" to it`;
  }
  const rules = acl.split('\n').map((line) => line.replace(/#.*/, '').trim().split(/\s+/));
  const allowed = rules.some(([verb, name]) => verb === 'allow' && (name === bridge || name === 'all'));
  const denied = rules.some(([verb, name]) => verb === 'deny' && (name === bridge || name === 'all'));
  // The helper also follows "include" lines; a list that includes others is taken at its word.
  const includes = rules.some(([verb]) => verb === 'include');
  if ((!allowed || denied) && !includes)
    return `${host.aclFile} does not allow bridge "${bridge}": add the line "allow ${bridge}"`;
  return null;
}
