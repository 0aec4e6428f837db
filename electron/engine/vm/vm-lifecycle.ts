import { constants } from 'node:fs';
import { access, rm } from 'node:fs/promises';
import type { Capabilities } from '../../../shared/capabilities';
import { VireoError } from '../../../shared/errors';
import type { VmConfig } from '../../../shared/vm-config';
import { consoleIds } from '../../../shared/vm-consoles';
import { buildQemuArgv } from '../qemu/argv';
import { clearResumeFrom, resumeFromSnapshot } from '../snapshots/snapshot-ops';
import { discardSavedState, readSavedStateInfo, restoreStateFromDisk } from './saved-state';
import { requireQemu, resolveAccel } from '../qemu/capabilities';
import { hardwareFingerprint } from './hardware-fingerprint';
import { bridgeProblem } from '../host/bridge-check';
import { startSwtpm, stopSwtpm } from './swtpm';
import { startVirtiofsd, virtiofsTags } from './virtiofsd';
import { ensureNvram, launchFirmware, uefiFirmwareFor } from './uefi-nvram';
import { QemuSession } from './qemu-session';
import type { VmInstance } from './vm-instance';

export interface LifecycleDeps {
  capabilities(): Promise<Capabilities>;
  env: NodeJS.ProcessEnv;
}

/** How long a guest gets to answer an ACPI power-off before the VM shows "running" again. */
export const ACPI_PATIENCE_MS = 60_000;
export const FORCE_OFF_WAIT_MS = 15_000;

/** The argv `start` would run: for the saved config, or for `config` (an unsaved edit). */
export async function qemuArgvFor(vm: VmInstance, deps: LifecycleDeps, config: VmConfig = requireConfig(vm)) {
  const caps = await deps.capabilities();
  const { system } = requireQemu(caps);
  const accel = resolveAccel(config.accel, caps, deps.env);
  const firmware = await uefiFirmwareFor(config);
  const shares = await virtiofsTags(config, deps.env);
  const context = { paths: vm.files, accel, firmware: launchFirmware(firmware), virtiofsTags: shares };
  return {
    binary: system,
    qemuImg: caps.qemuImg?.path,
    accel,
    firmware,
    virtiofsTags: shares,
    argv: buildQemuArgv(config, context),
  };
}

/**
 * What must exist before QEMU starts: a UEFI VM's variable store, a TPM VM's swtpm, the shared
 * folders' virtiofsd. Returns how to stop the helpers again if QEMU then does not start.
 */
async function prepareDevices(
  vm: VmInstance,
  config: VmConfig,
  deps: LifecycleDeps,
  launch: Launch,
): Promise<() => Promise<void>> {
  if (launch.firmware) {
    if (!launch.qemuImg)
      throw new VireoError('QEMU_MISSING', 'qemu-img is needed to make the UEFI variable store');
    const hadOne = await access(vm.files.nvram).then(
      () => true,
      () => false,
    );
    if ((await ensureNvram(vm.files, launch.firmware, launch.qemuImg)) && hadOne)
      vm.record('info', 'the UEFI variables were made afresh for the new firmware (Secure Boot changed)');
  }
  if (config.network.mode === 'bridge') {
    const problem = await bridgeProblem(config.network.bridge);
    if (problem)
      throw new VireoError('UNSUPPORTED', `cannot join bridge "${config.network.bridge}": ${problem}`);
  }
  if (config.tpm) await startSwtpm(vm.files, deps.env);
  const stopVirtiofsd = await startVirtiofsd(config, launch.virtiofsTags, vm.files, deps.env);
  return async () => {
    stopVirtiofsd();
    await stopSwtpm(vm.files);
  };
}

type Launch = Awaited<ReturnType<typeof qemuArgvFor>>;

export function startVm(vm: VmInstance, deps: LifecycleDeps): Promise<void> {
  return vm.operate('start', async () => {
    const config = requireConfig(vm);
    await checkFilesExist(config);
    const launch = await qemuArgvFor(vm, deps);
    const { binary, accel, argv: configArgv } = launch;
    const restoring = vm.state === 'saved';
    if (restoring) await requireRestorable(vm, config);
    // A memory snapshot reverted while stopped: this start resumes the guest where it was.
    const resumeFrom = restoring ? null : await resumeFromSnapshot(vm.files.dataDir);
    const argv = restoring
      ? [...configArgv, '-incoming', 'defer']
      : resumeFrom
        ? [...configArgv, '-loadvm', resumeFrom]
        : configArgv;
    const before = vm.state;
    vm.setState('starting');
    await vm.clearLastExit();
    let session: QemuSession;
    let stopHelpers = () => stopSwtpm(vm.files);
    try {
      stopHelpers = await prepareDevices(vm, config, deps, launch);
      session = await QemuSession.launch({
        binary,
        argv,
        accel,
        fingerprint: hardwareFingerprint(config),
        files: vm.files,
        consoles: consoleIds(config),
        onEvent: (event) => vm.handleQmpEvent(event),
      });
    } catch (error) {
      await stopHelpers();
      await rm(vm.files.runtimeDir, { recursive: true, force: true });
      vm.setState(before === 'saved' ? 'saved' : 'stopped');
      throw error;
    }
    if (restoring) {
      try {
        await restoreStateFromDisk(session.qmp, vm.files);
        await session.qmp.execute('cont');
      } catch (error) {
        // The saved state stays as it was: the user can try again, or discard it.
        await session.terminate();
        await session.cleanup();
        vm.setState('saved');
        throw new VireoError('QEMU_FAILED', `could not restore "${vm.name}": ${(error as Error).message}`);
      }
      await discardSavedState(vm.files);
    }
    const { running } = await session.qmp.execute('query-status');
    if (resumeFrom) await clearResumeFrom(vm.files.dataDir);
    vm.adopt(session, running ? 'running' : 'paused');
  });
}

/** Refuses to restore memory into hardware other than what it was saved from. */
async function requireRestorable(vm: VmInstance, config: VmConfig): Promise<void> {
  const info = await readSavedStateInfo(vm.files);
  if (!info) throw new VireoError('INVALID_STATE', `"${vm.name}" has no saved state to restore`);
  if (info.fingerprint !== hardwareFingerprint(config))
    throw new VireoError(
      'INVALID_STATE',
      `"${vm.name}"'s hardware changed since its state was saved: discard the saved state to start afresh`,
    );
}

/** Re-attaches to a QEMU an earlier engine started; marks a VM whose QEMU died unwatched as crashed. */
export async function attachVm(vm: VmInstance): Promise<void> {
  const config = vm.config;
  if (!config) return;
  await vm.loadLastExit();
  if (await readSavedStateInfo(vm.files)) vm.setState('saved');
  const found = await QemuSession.attach(vm.files, vm.uuid, consoleIds(config), (event) =>
    vm.handleQmpEvent(event),
  );
  if (found === undefined) return;
  if (found === 'gone') {
    const intent = await vm.readExitIntent();
    await rm(vm.files.runtimeDir, { recursive: true, force: true });
    await vm.recordExit(intent?.kind, intent?.reason ?? '');
    return;
  }
  const { status, running } = await found.qmp.execute('query-status');
  vm.adopt(found, status === 'guest-panicked' ? 'panicked' : running ? 'running' : 'paused');
  const intent = await vm.readExitIntent();
  if (status === 'shutdown' || intent) {
    // The guest powered off while no engine was watching (-no-shutdown kept QEMU waiting for us),
    // or an earlier engine was ending this QEMU when it stopped: finish the job before going on.
    await vm.expectExit(intent?.kind ?? 'shutdown', intent?.reason ?? 'the guest powered off');
    vm.setState('shutting-down');
    await found.terminate();
    await vm.waitForState(['stopped', 'crashed'], FORCE_OFF_WAIT_MS);
  }
}

export function pauseVm(vm: VmInstance): Promise<void> {
  return vm.operate('pause', async () => {
    await requireSession(vm).qmp.execute('stop');
    vm.setState('paused');
  });
}

export function resumeVm(vm: VmInstance): Promise<void> {
  return vm.operate('resume', async () => {
    await requireSession(vm).qmp.execute('cont');
    vm.setState('running');
  });
}

/** A graceful reboot through the guest agent when one answers; a hardware reset otherwise. */
export function rebootVm(vm: VmInstance): Promise<void> {
  return vm.operate('reboot', async () => {
    const session = requireSession(vm);
    if (vm.state === 'panicked') {
      // QEMU holds a panicked guest paused: reset it, then let it run.
      await session.qmp.execute('system_reset');
      await session.qmp.execute('cont');
      return;
    }
    if (await askAgentToPowerOff(vm, 'reboot')) return;
    await session.qmp.execute('system_reset');
  });
}

/**
 * Asks the guest to power off: through its agent when one answers (it works where the guest
 * ignores ACPI), else with the ACPI power button. With a timeout, waits for the guest to power off
 * and then either forces it off (force) or reports that it did not. Without one, returns once the
 * request is sent.
 */
export async function shutdownVm(vm: VmInstance, timeoutSec: number, force: boolean): Promise<void> {
  const session = await vm.operate('shutdown', async () => {
    const current = requireSession(vm);
    if (!(await askAgentToPowerOff(vm, 'powerdown'))) await current.qmp.execute('system_powerdown');
    vm.setState('shutting-down');
    return current;
  });
  const patienceMs = timeoutSec > 0 ? timeoutSec * 1000 : ACPI_PATIENCE_MS;
  const waited = vm.waitForState(['stopped', 'crashed'], patienceMs);
  if (timeoutSec === 0 && !force) {
    void waited.then((stopped) => revertIfIgnored(vm, session, stopped));
    return;
  }
  if (await waited) return;
  if (force) return forceOffVm(vm);
  revertIfIgnored(vm, session, false);
  throw new VireoError(
    'TIMEOUT',
    `"${vm.name}" did not power off within ${timeoutSec} s; use --force to force it off`,
  );
}

/** True when the guest agent took the request. */
async function askAgentToPowerOff(vm: VmInstance, mode: 'powerdown' | 'reboot'): Promise<boolean> {
  const agent = vm.guestAgent;
  if (agent?.state !== 'connected') return false;
  try {
    await agent.execute('guest-shutdown', { mode });
    vm.record('info', `asked the guest agent to ${mode === 'reboot' ? 'reboot' : 'power off'}`);
    return true;
  } catch {
    return false;
  }
}

function revertIfIgnored(vm: VmInstance, session: QemuSession, stopped: boolean): void {
  if (stopped || vm.running !== session || vm.state !== 'shutting-down') return;
  vm.setState('running');
  const how = vm.guestAgent?.state === 'connected' ? 'power-off request' : 'ACPI power-off request';
  vm.emit('problem', `"${vm.name}" ignored the ${how}`);
}

/** quit → SIGTERM → SIGKILL, then waits for the VM to be stopped. */
export function forceOffVm(vm: VmInstance): Promise<void> {
  return vm.operate('forceOff', async () => {
    const session = requireSession(vm);
    await vm.expectExit('forced', 'forced off');
    vm.setState('shutting-down');
    await session.terminate();
    if (!(await vm.waitForState(['stopped', 'crashed'], FORCE_OFF_WAIT_MS))) {
      throw new VireoError('TIMEOUT', `QEMU (pid ${session.pid}) did not exit after SIGKILL`);
    }
  });
}

export function requireConfig(vm: VmInstance): VmConfig {
  if (!vm.config)
    throw new VireoError('INVALID_STATE', `"${vm.name}" has a broken config: ${vm.problem ?? ''}`);
  return vm.config;
}

export function requireSession(vm: VmInstance): QemuSession {
  const session = vm.running;
  if (!session) throw new VireoError('INVALID_STATE', `"${vm.name}" is not running`);
  return session;
}

async function checkFilesExist(config: VmConfig): Promise<void> {
  const needed: Array<[string, string]> = config.disks.map((disk) => [`disk ${disk.id}`, disk.path]);
  if (config.cdrom?.path) needed.push(['ISO', config.cdrom.path]);
  if (config.directKernel) needed.push(['kernel', config.directKernel.kernel]);
  if (config.directKernel?.initrd) needed.push(['initrd', config.directKernel.initrd]);
  for (const [what, path] of needed) {
    try {
      await access(path, constants.R_OK);
    } catch {
      throw new VireoError('INVALID_INPUT', `the ${what} file does not exist or is not readable: ${path}`);
    }
  }
}
