import type { ContractHandlers } from '../../shared/contract';
import type { Engine } from './engine';
import type { EngineSession } from './engine-session';
import { agentHandlers } from './handlers/agent-handlers';
import { forwardHandlers } from './handlers/forward-handlers';
import { hotplugHandlers } from './handlers/hotplug-handlers';
import { firmwareHandlers } from './handlers/firmware-handlers';
import { shareHandlers } from './handlers/share-handlers';
import { usbHandlers } from './handlers/usb-handlers';
import { bundleHandlers } from './handlers/bundle-handlers';
import { cloneHandlers } from './handlers/clone-handlers';
import { consoleHandlers } from './handlers/console-handlers';
import { hostHandlers } from './handlers/host-handlers';
import { metricsHandlers } from './handlers/metrics-handlers';
import { serialHandlers } from './handlers/serial-handlers';
import { snapshotHandlers } from './handlers/snapshot-handlers';
import { vmConfigHandlers } from './handlers/vm-config-handlers';
import { vmHandlers } from './handlers/vm-handlers';

export type Handlers = ContractHandlers<EngineSession>;

/** The engine's side of the contract: one handler per request, params already validated. */
export function createHandlers(engine: Engine): Handlers {
  return {
    ...hostHandlers(engine),
    ...vmHandlers(engine),
    ...vmConfigHandlers(engine),
    ...serialHandlers(engine),
    ...consoleHandlers(engine),
    ...metricsHandlers(engine),
    ...snapshotHandlers(engine),
    ...cloneHandlers(engine),
    ...bundleHandlers(engine),
    ...agentHandlers(engine),
    ...forwardHandlers(engine),
    ...hotplugHandlers(engine),
    ...firmwareHandlers(engine),
    ...shareHandlers(engine),
    ...usbHandlers(engine),
  };
}
