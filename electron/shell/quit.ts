import { app } from 'electron';
import type { Preferences } from '../../shared/preferences';
import { isActive, type VmStatus } from '../../shared/vm-state';
import type { EventSink } from '../engine/engine-session';

/** What quitting needs from the engine (the real Engine fits). */
export interface QuitEngine {
  preferences: { load(): Promise<Preferences> };
  openSession(send: EventSink): { invoke(name: string, params: unknown): Promise<unknown>; close(): void };
  close(): Promise<void>;
}

/** Seconds each guest gets to power off on quit before it is forced off. */
export const QUIT_SHUTDOWN_TIMEOUT_SEC = 30;
const ENGINE_CLOSE_LIMIT_MS = 10_000;

/**
 * What quitting the app does to VMs. By default nothing: they keep running, and closing the
 * engine only lets go of them. With the preference `shutDownVmsOnQuit`, the first quit is held
 * while every active VM is asked to shut down (forced off after 30 s), then quitting resumes.
 * The engine (and its control socket) is closed on will-quit, before the process ends.
 */
export async function installQuitBehaviour(
  engine: QuitEngine,
  control: { close(): Promise<void> },
): Promise<void> {
  let shutDownVmsOnQuit = (await engine.preferences.load()).shutDownVmsOnQuit;
  const session = engine.openSession((event, payload) => {
    if (event === 'preferences.changed') shutDownVmsOnQuit = (payload as Preferences).shutDownVmsOnQuit;
  });

  let vmsPhase: 'untouched' | 'stopping' | 'done' = 'untouched';
  app.on('before-quit', (event) => {
    if (vmsPhase === 'done' || (vmsPhase === 'untouched' && !shutDownVmsOnQuit)) return;
    event.preventDefault();
    if (vmsPhase === 'stopping') return;
    vmsPhase = 'stopping';
    void shutDownActiveVms(session).finally(() => {
      vmsPhase = 'done';
      app.quit();
    });
  });

  let engineClosed = false;
  let closing = false;
  app.on('will-quit', (event) => {
    if (engineClosed) return;
    event.preventDefault();
    if (closing) return;
    closing = true;
    const close = async () => {
      session.close();
      await control.close();
      await engine.close();
    };
    void withinLimit(close(), ENGINE_CLOSE_LIMIT_MS).finally(() => {
      engineClosed = true;
      app.quit();
    });
  });
}

async function shutDownActiveVms(session: { invoke(name: string, params: unknown): Promise<unknown> }) {
  const vms = (await session.invoke('vm.list', {}).catch(() => [])) as VmStatus[];
  await Promise.allSettled(
    vms
      .filter((vm) => isActive(vm.state))
      .map((vm) =>
        session.invoke('vm.shutdown', { vm: vm.uuid, timeoutSec: QUIT_SHUTDOWN_TIMEOUT_SEC, force: true }),
      ),
  );
}

function withinLimit(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  return Promise.race([work.catch(() => undefined), limit]).finally(() => clearTimeout(timer));
}
