import type { ContractClient } from '../../../../../shared/contract';
import { base64ToBytes } from '../../terminal/bytes';

/** The most a saved log holds (the contract's limit for one history request). */
const SAVE_BYTES = 64 * 1024 * 1024;

/** The file a console's log is saved as: `<vm>-<port>.log`. */
export function logFileName(vmName: string, port: string): string {
  return `${vmName.replace(/[/\\:*?"<>|]/g, '_')}-${port}.log`;
}

/** Downloads a console's whole history (what the engine keeps of it) as a file. */
export async function saveConsoleLog(
  client: ContractClient,
  vm: { uuid: string; name: string },
  port: string,
) {
  const { data } = await client.invoke('serial.history', { vm: vm.uuid, port, maxBytes: SAVE_BYTES });
  const url = URL.createObjectURL(new Blob([base64ToBytes(data)], { type: 'text/plain' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = logFileName(vm.name, port);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
