import { connect } from 'node:net';
import type { ContractClient } from '../../../shared/contract';
import { createContractClient } from '../../../shared/contract-client';
import { onJsonLines, writeJsonLine } from './frame-socket';

/** A contract client over the engine's control socket; undefined when no engine listens there. */
export function connectControlSocket(path: string, timeoutMs = 2000): Promise<ContractClient | undefined> {
  return new Promise((resolve) => {
    const socket = connect(path);
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(undefined);
    }, timeoutMs);
    socket.once('error', () => {
      clearTimeout(timer);
      resolve(undefined);
    });
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.on('error', () => undefined);
      resolve(
        createContractClient({
          send: (frame) => writeJsonLine(socket, frame),
          onFrame: (listener) => onJsonLines(socket, listener),
          onClose: (listener) => socket.on('close', listener),
          close: () => socket.end(),
        }),
      );
    });
  });
}
