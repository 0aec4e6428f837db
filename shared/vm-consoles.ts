import type { VmConfig } from './vm-config';

/** The text consoles a VM has, each its own tab: serial0 (when serial is on), then the extra ones. */
export function consoleIds(config: Pick<VmConfig, 'serial' | 'extraConsoles'>): string[] {
  return [...(config.serial ? ['serial0'] : []), ...config.extraConsoles.map((c) => c.id)];
}

export const MAIN_CONSOLE = 'serial0';
