import type { VmConfig } from '../../../../../shared/vm-config';

/** What the console needs to know of a VM's saved config. */
export interface ConsoleConfig {
  vnc: boolean;
  clipboard: boolean;
  /** A TCP forward to guest port 22 exists, so an SSH terminal can open. */
  ssh: boolean;
}

export function consoleConfig(config: VmConfig): ConsoleConfig {
  const ssh =
    config.network.mode === 'user' &&
    config.network.forwards.some((forward) => forward.protocol === 'tcp' && forward.guestPort === 22);
  return { vnc: config.display.vnc, clipboard: config.display.clipboard, ssh };
}
