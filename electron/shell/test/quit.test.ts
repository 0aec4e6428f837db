import { preferencesSchema } from '../../../shared/preferences';
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventName, EventPayload } from '../../../shared/contract';
import type { VmState } from '../../../shared/vm-state';
import { createTempHome, type TempHome } from '../../../e2e/support/temp-home';
import { serveControlSocket } from '../../engine/control/control-server';
import { Engine } from '../../engine/engine';
import type { EventSink } from '../../engine/engine-session';
import { installQuitBehaviour, type QuitEngine } from '../quit';
import { app, resetFakeElectron } from './fake-electron';
import { until } from './shell-harness';

/** An engine whose VMs are in the given states; vm.shutdown waits until release(). */
function stubEngine(shutDownVmsOnQuit: boolean, states: VmState[]) {
  const log: string[] = [];
  const shutdowns: unknown[] = [];
  let sink: EventSink | undefined;
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const engine: QuitEngine = {
    preferences: { load: async () => preferencesSchema.parse({ shutDownVmsOnQuit }) },
    openSession(send) {
      sink = send;
      return {
        invoke: async (name, params) => {
          log.push(name);
          if (name === 'vm.list')
            return states.map((state, i) => ({ uuid: `uuid-${i}`, name: `vm${i}`, state }));
          if (name === 'vm.shutdown') {
            shutdowns.push(params);
            await gate;
            log.push('shutdown done');
          }
          return {};
        },
        close: () => log.push('session closed'),
      };
    },
    close: async () => void log.push('engine closed'),
  };
  const control = { close: async () => void log.push('control closed') };
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => sink?.(event, payload);
  return { engine, control, log, shutdowns, release, emit };
}

/** Records whether each before-quit reached the end of the listeners prevented. */
function watchBeforeQuit(): boolean[] {
  const prevented: boolean[] = [];
  app.on('before-quit', (event: { defaultPrevented: boolean }) => prevented.push(event.defaultPrevented));
  return prevented;
}

const allStates: VmState[] = [
  'stopped',
  'starting',
  'running',
  'paused',
  'shutting-down',
  'crashed',
  'broken',
];

describe('quit', () => {
  beforeEach(() => resetFakeElectron());

  it('leaves VMs running by default, and closes the control socket and engine on will-quit', async () => {
    const stub = stubEngine(false, allStates);
    await installQuitBehaviour(stub.engine, stub.control);
    const beforeQuit = watchBeforeQuit();
    app.quit();
    expect(beforeQuit).toEqual([false]);
    expect(app.quitted).toBe(false); // will-quit holds the exit until the engine is closed
    await until(() => app.quitted);
    expect(stub.shutdowns).toEqual([]);
    expect(stub.log).toEqual(['session closed', 'control closed', 'engine closed']);
  });

  it('with shutDownVmsOnQuit, holds the first quit, shuts down every active VM, then quits', async () => {
    const stub = stubEngine(true, allStates);
    await installQuitBehaviour(stub.engine, stub.control);
    const beforeQuit = watchBeforeQuit();
    app.quit();
    expect(beforeQuit).toEqual([true]);
    await until(() => stub.shutdowns.length === 4);
    expect(stub.shutdowns).toEqual(
      ['uuid-1', 'uuid-2', 'uuid-3', 'uuid-4'].map((vm) => ({ vm, timeoutSec: 30, force: true })),
    );
    // Quitting again meanwhile is held too, without a second round of shutdowns.
    app.quit();
    expect(beforeQuit).toEqual([true, true]);
    expect(stub.log.filter((l) => l === 'vm.list')).toHaveLength(1);
    expect(app.quitted).toBe(false);

    stub.release();
    await until(() => app.quitted);
    expect(stub.log.indexOf('engine closed')).toBeGreaterThan(stub.log.lastIndexOf('shutdown done'));
    expect(stub.shutdowns).toHaveLength(4);
  });

  it('follows the preference as it changes', async () => {
    const stub = stubEngine(false, ['running']);
    await installQuitBehaviour(stub.engine, stub.control);
    stub.emit('preferences.changed', preferencesSchema.parse({ shutDownVmsOnQuit: true }));
    const beforeQuit = watchBeforeQuit();
    app.quit();
    expect(beforeQuit).toEqual([true]);
    stub.release();
    await until(() => app.quitted);
    expect(stub.shutdowns).toEqual([{ vm: 'uuid-0', timeoutSec: 30, force: true }]);
  });

  describe('with a real engine', () => {
    let home: TempHome;
    let engine: Engine;
    beforeEach(async () => {
      home = createTempHome('vireo-shell-quit-');
      engine = await Engine.open({ paths: home.paths, env: home.env, kind: 'app', version: 'test' });
    });
    afterEach(async () => {
      await engine.close();
      home.remove();
    });

    it('lets go of the data dir and removes the control socket', async () => {
      const control = await serveControlSocket(engine);
      await installQuitBehaviour(engine, control);
      expect(existsSync(control.path)).toBe(true);
      app.quit();
      await until(() => app.quitted);
      expect(existsSync(control.path)).toBe(false);
      const next = await Engine.tryOpen({ paths: home.paths, env: home.env, kind: 'test', version: 'test' });
      expect(next).toBeDefined();
      await next?.close();
    });

    it('reads shutDownVmsOnQuit from preferences set through the contract', async () => {
      const control = await serveControlSocket(engine);
      await installQuitBehaviour(engine, control);
      const client = engine.openSession(() => undefined);
      await client.invoke('preferences.set', { changes: { shutDownVmsOnQuit: true } });
      client.close();
      const beforeQuit = watchBeforeQuit();
      app.quit();
      expect(beforeQuit).toEqual([true]); // no VM runs, so it goes on at once
      await until(() => app.quitted);
      // Resumed after the (empty) shutdown round, then once more after the engine closed.
      expect(beforeQuit).toEqual([true, false, false]);
    });
  });
});
