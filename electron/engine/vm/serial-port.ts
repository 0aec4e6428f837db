import { EventEmitter } from 'node:events';
import { connect, type Socket } from 'node:net';

type SerialEvents = { data: [Buffer]; close: [] };

/**
 * The engine's connection to a VM's serial socket. QEMU serves one client at a time, so the
 * engine holds it and fans the bytes out; QEMU also writes them to serial.log for history.
 */
export class SerialPort extends EventEmitter<SerialEvents> {
  private pending: Buffer[] = [];
  private flushing = false;

  private constructor(private readonly socket: Socket) {
    super();
    // QEMU writes a guest's serial output a byte at a time, so reads come in tiny pieces. Keep
    // reading at once (QEMU's socket buffer holds only a few hundred such bytes), but hand the
    // pieces read in one turn of the event loop on as one chunk.
    socket.on('data', (chunk) => {
      this.pending.push(chunk);
      if (this.flushing) return;
      this.flushing = true;
      setImmediate(() => this.flush());
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      this.flush();
      this.emit('close');
    });
  }

  private flush(): void {
    this.flushing = false;
    const chunks = this.pending;
    if (chunks.length === 0) return;
    this.pending = [];
    this.emit('data', chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks));
  }

  static connect(path: string, timeoutMs = 5000): Promise<SerialPort> {
    return new Promise((resolve, reject) => {
      const socket = connect(path);
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`serial socket ${path} did not answer within ${timeoutMs} ms`));
      }, timeoutMs);
      socket.once('connect', () => {
        clearTimeout(timer);
        resolve(new SerialPort(socket));
      });
      socket.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
  }

  /** Stops reading: QEMU's buffer fills and the guest's port slows down (backpressure). */
  pause(): void {
    this.socket.pause();
  }

  resume(): void {
    this.socket.resume();
  }

  write(data: string | Buffer): Promise<number> {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    return new Promise((resolve, reject) => {
      this.socket.write(bytes, (error) => (error ? reject(error) : resolve(bytes.length)));
    });
  }

  /**
   * Half-closes and waits for QEMU to hang up. QEMU reads the socket only as fast as the guest's
   * UART drains (16 bytes at a time), and a full close can make it drop what it has not read yet;
   * after a half-close it reads everything, then sees end-of-file and closes its side.
   */
  close(graceMs = 2000): Promise<void> {
    if (this.socket.destroyed) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.socket.destroy(), graceMs);
      this.socket.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      this.socket.end();
    });
  }
}
