import type { ContractClient } from '../../shared/contract';
import { inProcessClient } from '../../electron/engine/control/in-process-client';
import { Engine } from '../../electron/engine/engine';
import { createTempHome, type TempHome } from './temp-home';

export interface EngineHarness {
  home: TempHome;
  engine: Engine;
  client: ContractClient;
  /** Forces off every VM still running, closes the engine, removes the home. */
  dispose(): Promise<void>;
}

/** An engine in this process on a fresh VIREO_HOME (TCG forced), with a contract client. */
export async function startEngine(home: TempHome = createTempHome()): Promise<EngineHarness> {
  return harnessFor(
    home,
    await Engine.open({ paths: home.paths, env: home.env, kind: 'test', version: 'test' }),
  );
}

/** A harness around an engine already open on `home` (e.g. the next engine after a restart). */
export function harnessFor(home: TempHome, engine: Engine): EngineHarness {
  const client = inProcessClient(engine);
  return {
    home,
    engine,
    client,
    dispose: async () => {
      for (const vm of await client.invoke('vm.list', {})) {
        if (vm.pid !== null) await client.invoke('vm.forceOff', { vm: vm.uuid }).catch(() => undefined);
      }
      client.close();
      await engine.close();
      home.remove();
    },
  };
}
