import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { VireoError } from '../../../shared/errors';
import type { Engine } from '../engine';
import type { Handlers } from '../engine-handlers';
import { sshArgs, sshPort } from '../terminal/ssh-command';

type ConsoleHandlers = Pick<
  Handlers,
  | 'console.ticket'
  | 'console.screenshot'
  | 'console.sendKeys'
  | 'monitor.execute'
  | 'terminal.open'
  | 'terminal.input'
  | 'terminal.resize'
  | 'terminal.ack'
  | 'terminal.close'
>;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The graphical console (VNC tickets, screenshots, keys), the QEMU monitor, and SSH terminals. */
export function consoleHandlers(engine: Engine): ConsoleHandlers {
  const running = (ref: string) => {
    const vm = engine.find(ref);
    if (!vm.running) throw new VireoError('INVALID_STATE', `"${vm.name}" is not running`);
    return { vm, session: vm.running };
  };

  return {
    'console.ticket': async ({ vm }) => {
      const instance = running(vm).vm;
      // What the running QEMU has counts, not the saved config: turning VNC on takes a restart.
      if (!existsSync(instance.files.vncSocket)) {
        const why = instance.config?.display.vnc
          ? 'restart it to turn on the graphical console'
          : 'VNC is off';
        throw new VireoError(
          'INVALID_STATE',
          `"${instance.name}" has no graphical console right now: ${why}`,
        );
      }
      const proxyPort = await engine.vncProxy.listen();
      const { ticket, expiresAt } = engine.vncProxy.tickets.issue(instance.uuid);
      return { ticket, path: '/vnc', proxyPort, expiresAt: expiresAt.toISOString() };
    },
    'console.screenshot': async ({ vm }) => {
      const { vm: instance, session } = running(vm);
      const file = instance.files.screendump;
      try {
        await session.qmp.execute('screendump', { filename: file, format: 'png' }, { timeoutMs: 15_000 });
        const png = await readFile(file);
        return { png: png.toString('base64'), ...pngSize(png) };
      } finally {
        await rm(file, { force: true });
      }
    },
    'console.sendKeys': async ({ vm, keys }) => {
      await running(vm).session.qmp.execute('send-key', {
        keys: keys.map((data) => ({ type: 'qcode' as const, data })),
      });
      return {};
    },
    'monitor.execute': async ({ vm, command }) => {
      const output = await running(vm).session.qmp.execute('human-monitor-command', {
        'command-line': command,
      });
      return { output };
    },
    'terminal.open': async ({ vm, user, identityFile, cols, rows }, session) => {
      // Not only while running: the forwarded port is all ssh needs, and ssh says why if it is closed.
      const instance = engine.find(vm);
      if (!instance.config) throw new VireoError('INVALID_STATE', `"${instance.name}" has a broken config`);
      const preferred = (await engine.preferences.load()).sshUser;
      const args = sshArgs({
        port: sshPort(instance.config),
        user: (user ?? preferred) || undefined,
        identityFile,
        knownHosts: join(engine.paths.configDir, 'known_hosts'),
      });
      // ssh keeps what it learns of guests' host keys in Vireo's own known_hosts there.
      await mkdir(engine.paths.configDir, { recursive: true, mode: 0o700 });
      return engine.terminals.open(session, args, { cols, rows });
    },
    'terminal.input': async ({ id, data }, session) => {
      engine.terminals.input(session, id, data);
      return {};
    },
    'terminal.resize': async ({ id, cols, rows }, session) => {
      engine.terminals.resize(session, id, cols, rows);
      return {};
    },
    'terminal.ack': async ({ id, bytes }, session) => {
      engine.terminals.ack(session, id, bytes);
      return {};
    },
    'terminal.close': async ({ id }, session) => {
      engine.terminals.close(session, id);
      return {};
    },
  };
}
