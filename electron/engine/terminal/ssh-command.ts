import { VireoError } from '../../../shared/errors';
import type { VmConfig } from '../../../shared/vm-config';

/** The host port forwarded to the guest's SSH port (TCP 22), or why there is none. */
export function sshPort(config: VmConfig): number {
  const forward =
    config.network.mode === 'user'
      ? config.network.forwards.find((f) => f.protocol === 'tcp' && f.guestPort === 22)
      : undefined;
  if (!forward) {
    throw new VireoError(
      'INVALID_STATE',
      `"${config.name}" has no TCP port forward to guest port 22: add one under Hardware → Network`,
    );
  }
  return forward.hostPort;
}

/** The ssh arguments: Vireo keeps its own known_hosts, and learns a new guest's key on first use. */
export function sshArgs(options: {
  port: number;
  user?: string;
  identityFile?: string;
  knownHosts: string;
}): string[] {
  return [
    '-p',
    String(options.port),
    '-o',
    `UserKnownHostsFile=${options.knownHosts}`,
    '-o',
    'StrictHostKeyChecking=accept-new',
    ...(options.identityFile ? ['-i', options.identityFile] : []),
    options.user ? `${options.user}@127.0.0.1` : '127.0.0.1',
  ];
}
