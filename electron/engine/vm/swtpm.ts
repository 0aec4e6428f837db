import { execFile } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { promisify } from 'node:util';
import { VireoError } from '../../../shared/errors';
import type { VmFiles } from '../paths';
import { isProcessAlive, sendSignal } from '../process/process-info';
import { findExecutable } from '../qemu/capabilities';

const run = promisify(execFile);

export const SWTPM_INSTALL_HINT =
  'install swtpm (Debian/Ubuntu: sudo apt install swtpm swtpm-tools; Fedora: sudo dnf install swtpm)';

type TpmFiles = Pick<VmFiles, 'runtimeDir' | 'tpmState' | 'tpmSocket' | 'tpmPidfile' | 'tpmLog'>;

/**
 * Starts the VM's own TPM 2.0 emulator before its QEMU: state in the VM's folder, a control
 * socket QEMU connects to. --terminate ends swtpm when QEMU lets go of it, so the pair lives and
 * dies together, also when QEMU outlives the engine.
 */
export async function startSwtpm(files: TpmFiles, env: NodeJS.ProcessEnv): Promise<void> {
  const swtpm = await findExecutable('swtpm', env.VIREO_SWTPM, env);
  if (!swtpm)
    throw new VireoError('QEMU_MISSING', `this VM has a TPM, which needs swtpm: ${SWTPM_INSTALL_HINT}`);
  await stopSwtpm(files);
  await mkdir(files.tpmState, { recursive: true, mode: 0o700 });
  await mkdir(files.runtimeDir, { recursive: true, mode: 0o700 });
  try {
    await run(
      swtpm,
      [
        'socket',
        '--tpm2',
        '--tpmstate',
        `dir=${optionValue(files.tpmState)},mode=0600`,
        '--ctrl',
        `type=unixio,path=${optionValue(files.tpmSocket)},mode=0600`,
        '--pid',
        `file=${optionValue(files.tpmPidfile)}`,
        '--log',
        `file=${optionValue(files.tpmLog)},level=1`,
        '--daemon',
        '--terminate',
      ],
      { timeout: 10_000 },
    );
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new VireoError('QEMU_FAILED', `swtpm did not start: ${stderr || (error as Error).message}`);
  }
}

/** Ends a VM's swtpm left from an earlier run (QEMU never connected, or was killed). */
export async function stopSwtpm(files: Pick<TpmFiles, 'tpmPidfile' | 'tpmSocket'>): Promise<void> {
  const pid = Number((await readFile(files.tpmPidfile, 'utf8').catch(() => '')).trim());
  if (Number.isInteger(pid) && pid > 0 && (await isProcessAlive(pid))) sendSignal(pid, 'SIGTERM');
  await rm(files.tpmPidfile, { force: true });
  await rm(files.tpmSocket, { force: true });
}

/** swtpm splits its options at commas and has no way to escape one. */
function optionValue(value: string): string {
  if (value.includes(','))
    throw new VireoError('UNSUPPORTED', `swtpm cannot use a path with a comma in it: ${value}`);
  return value;
}
