import { VireoError } from '../../../shared/errors';
import type { Engine } from '../engine';
import type { Handlers } from '../engine-handlers';
import { readFileTail } from '../process/log-tail';

type SerialHandlers = Pick<
  Handlers,
  'serial.history' | 'serial.send' | 'serial.subscribe' | 'serial.unsubscribe'
>;

/** The serial console: history from serial.log, typing, and live output to subscribers. */
export function serialHandlers(engine: Engine): SerialHandlers {
  return {
    'serial.history': async ({ vm, maxBytes }) => {
      const instance = engine.find(vm);
      return { data: (await readFileTail(instance.files.serialLog, maxBytes)).toString('base64') };
    },
    'serial.send': async ({ vm, text }) => {
      const session = engine.find(vm).running;
      if (!session) throw new VireoError('INVALID_STATE', `"${vm}" is not running`);
      return { bytes: await session.writeSerial(text) };
    },
    'serial.subscribe': async ({ vm }, session) => {
      const instance = engine.find(vm);
      session.serialSubscriptions.add(instance.uuid);
      return { uuid: instance.uuid };
    },
    'serial.unsubscribe': async ({ vm }, session) => {
      session.serialSubscriptions.delete(engine.find(vm).uuid);
      return {};
    },
  };
}
