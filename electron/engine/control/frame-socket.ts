import type { Socket } from 'node:net';
import { LineSplitter } from '../qmp/line-splitter';

/** JSON frames, one per line, over a stream socket. Malformed lines are handed on as undefined. */
export function onJsonLines(socket: Socket, listener: (frame: unknown) => void): void {
  const splitter = new LineSplitter(
    (line) => {
      try {
        listener(JSON.parse(line));
      } catch {
        listener(undefined);
      }
    },
    () => listener(undefined),
  );
  socket.on('data', (chunk) => splitter.push(chunk));
}

export function writeJsonLine(socket: Socket, frame: unknown): void {
  if (!socket.destroyed && socket.writable) socket.write(`${JSON.stringify(frame)}\n`);
}
