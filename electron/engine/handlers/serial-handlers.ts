import { VireoError } from '../../../shared/errors';
import { Engine } from '../engine';
import type { Handlers } from '../engine-handlers';
import { readFileTail } from '../process/log-tail';

type SerialHandlers = Pick<
  Handlers,
  'serial.history' | 'serial.send' | 'serial.subscribe' | 'serial.unsubscribe' | 'serial.ack'
>;

/** Text consoles: history from their log files, typing, and live output with backpressure. */
export function serialHandlers(engine: Engine): SerialHandlers {
  return {
    'serial.history': async ({ vm, port, maxBytes }) => {
      const instance = engine.find(vm);
      return { data: (await readFileTail(instance.files.consoleLog(port), maxBytes)).toString('base64') };
    },
    'serial.send': async ({ vm, port, text }) => {
      const session = engine.find(vm).running;
      if (!session) throw new VireoError('INVALID_STATE', `"${vm}" is not running`);
      return { bytes: await session.writeConsole(port, text) };
    },
    'serial.subscribe': async ({ vm, port }, session) => {
      const { uuid } = engine.find(vm);
      engine.fanout.subscribe(session, Engine.consoleStream(uuid, port), (data) =>
        session.send('serial.output', { uuid, port, data: data.toString('base64') }),
      );
      return { uuid, port };
    },
    'serial.unsubscribe': async ({ vm, port }, session) => {
      engine.fanout.unsubscribe(session, Engine.consoleStream(engine.find(vm).uuid, port));
      return {};
    },
    'serial.ack': async ({ vm, port, bytes }, session) => {
      engine.fanout.ack(session, Engine.consoleStream(engine.find(vm).uuid, port), bytes);
      return {};
    },
  };
}
